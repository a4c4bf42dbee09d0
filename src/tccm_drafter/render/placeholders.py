"""Placeholders in paragraph bodies: ``{{ org.name }}`` and nothing else.

A paragraph body is never executed as a template. It is parsed by Jinja2's parser only, every
node is checked (plain text, or an expression that is a name with dotted attributes, no leading
underscore) and the values are then looked up by this module in a dictionary of plain strings.
Calls, filters, loops, conditions, indexing and literals are refused with a clear message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from tccm_drafter.errors import InputError
from tccm_drafter.render.markdown_parse import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN
from tccm_drafter.render.sandbox import DrafterSandbox

_ASCII_PUNCTUATION_TO_ESCAPE = set("\\`*_{}[]<>()#+-.!|~&")
_NO_MARKERS = {code: None for code in range(0xE000, 0xE020)}


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would otherwise read as markup (CommonMark allows it)."""
    # Private-use marker characters are the pipeline's own; a value may never forge one.
    text = text.translate(_NO_MARKERS)
    if not any(ch in _ASCII_PUNCTUATION_TO_ESCAPE for ch in text):
        return text
    return "".join("\\" + ch if ch in _ASCII_PUNCTUATION_TO_ESCAPE else ch for ch in text)


@dataclass(frozen=True)
class Part:
    """A piece of a paragraph body: literal text, or a placeholder path like ("org", "name")."""

    text: str = ""
    path: tuple[str, ...] = ()
    line: int = 0

    @property
    def name(self) -> str:
        return ".".join(self.path)


class PlaceholderError(InputError):
    """A paragraph body uses template syntax beyond plain placeholders."""


@lru_cache(maxsize=1)
def _environment() -> DrafterSandbox:
    return DrafterSandbox()


def _dotted(node: nodes.Node) -> tuple[str, ...] | None:
    if isinstance(node, nodes.Name) and node.ctx == "load":
        return (node.name,)
    if isinstance(node, nodes.Getattr):
        head = _dotted(node.node)
        return None if head is None else (*head, node.attr)
    return None


@lru_cache(maxsize=8192)
def split_placeholders(text: str) -> tuple[Part, ...]:
    """Split a body into literal text and placeholders, refusing anything else.

    Raises :class:`PlaceholderError` (an :class:`InputError`; the caller adds the file or
    paragraph) with the line inside the text.
    """
    if "{" not in text:
        return (Part(text=text),)
    try:
        tree = _environment().parse(text)
    except TemplateSyntaxError as error:
        raise PlaceholderError(
            f"placeholder syntax error: {error.message}", line=error.lineno
        ) from None
    parts: list[Part] = []
    for statement in tree.body:
        if not isinstance(statement, nodes.Output):
            raise PlaceholderError(
                "only placeholders such as {{ org.name }} are allowed in paragraph text, "
                f"not a {{% {type(statement).__name__.lower()} %}} block",
                line=statement.lineno,
            )
        for node in statement.nodes:
            if isinstance(node, nodes.TemplateData):
                parts.append(Part(text=node.data, line=node.lineno))
                continue
            path = _dotted(node)
            if path is None:
                raise PlaceholderError(
                    "only plain placeholders such as {{ org.name }} are allowed in paragraph "
                    "text (no calls, filters, operators or literals)",
                    line=node.lineno,
                )
            if any(piece.startswith("_") for piece in path):
                raise PlaceholderError(
                    f"placeholder {'.'.join(path)!r} is not allowed: names may not start "
                    "with an underscore",
                    line=node.lineno,
                )
            parts.append(Part(path=path, line=node.lineno))
    return tuple(parts)


def lookup(values: Mapping[str, Any], path: tuple[str, ...]) -> str:
    """The value at ``path`` as text, or "" when there is none."""
    current: Any = values
    for piece in path:
        if not isinstance(current, Mapping) or piece not in current:
            return ""
        current = current[piece]
    if current is None or isinstance(current, Mapping | list):
        return ""
    return str(current)


def fill(text: str, values: Mapping[str, Any]) -> tuple[str, list[str]]:
    """Fill a body's placeholders (Markdown-escaped); unfilled ones become markers.

    Returns the Markdown and the names of the placeholders that had no value.
    """
    out: list[str] = []
    missing: list[str] = []
    for part in split_placeholders(text):
        if not part.path:
            out.append(part.text)
            continue
        value = lookup(values, part.path)
        if value.strip():
            out.append(escape_markdown(value))
        else:
            missing.append(part.name)
            out.append(PLACEHOLDER_OPEN + part.name + PLACEHOLDER_CLOSE)
    return "".join(out), missing
