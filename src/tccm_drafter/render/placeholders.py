r"""Placeholders in paragraph bodies: ``{{ org.name }}`` and nothing else.

A paragraph body is text with placeholders, never a template, and it is never given to Jinja.
The rules, in full:

- ``{{ name }}`` or ``{{ name.part }}`` (letters, digits and ``_``, no piece starting with ``_``)
  on one line is a placeholder; its value is looked up in a dictionary of plain strings.
- ``{{ ... }}`` on one line holding anything else (a call, a filter, an operator, a literal)
  is refused with the line, so nobody believes template code works in a paragraph.
- ``{%`` followed by a template keyword (``if``, ``for``, ``set``, ``include``, ``endif``...) is
  refused the same way.
- Everything else is ordinary text: ``{#``, ``{%}``, ``50 {%``, a lone ``{``, ``}`` or ``}}``,
  a ``{{`` that is never closed on its line, an empty ``{{ }}``. A backslash before the brace
  (``\{{ org.name }}``) prints the braces as typed (Markdown turns ``\{`` into ``{``).

A body may hold at most :data:`MAX_BODY_CHARS` characters and :data:`MAX_PLACEHOLDERS`
placeholders; there is no nesting, so no input can make the scanner recurse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted

#: Unfilled placeholders travel through Markdown as PLACEHOLDER_OPEN name PLACEHOLDER_CLOSE
#: (private-use characters nobody types); ``render/markdown_parse.py`` makes them
#: :class:`~tccm_drafter.render.document.Placeholder` nodes. Kept here, with the rules, so
#: the block editor can mark placeholders without loading the Markdown parser.
PLACEHOLDER_OPEN = "\ue000"
PLACEHOLDER_CLOSE = "\ue001"

#: A paragraph body (or free text block) may hold at most this many characters ...
MAX_BODY_CHARS = 1_000_000
#: ... and at most this many ``{{`` openings.
MAX_PLACEHOLDERS = 1_000

#: ... and nest block quotes and lists at most this deep.
MAX_NESTING = 20

_CONTAINER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))")
_SLOT = re.compile(r"\{\{([^{}\n]*)\}\}")
_DOTTED = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*")
_STATEMENT = re.compile(
    r"\{%[-+]?\s*(if|elif|else|for|set|include|import|from|extends|macro|call|filter|block|"
    r"with|without|autoescape|raw|do|break|continue|trans|pluralize|end[a-z]*)\b"
)
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


def _escaped(text: str, index: int) -> bool:
    """True when the character at ``index`` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _nesting(line: str) -> int:
    """How deep a line nests quotes and lists (markers, plus list indentation in steps of 2)."""
    depth = 0
    position = 0
    while True:
        found = _CONTAINER.match(line, position)
        if found is None:
            break
        indent = len(found.group(0)) - len(found.group(0).lstrip(" \t"))
        depth += 1 + indent // 2
        position = found.end()
    return depth


def _check_size(text: str) -> None:
    if len(text) > MAX_BODY_CHARS:
        raise PlaceholderError(
            f"the text has {counted(len(text), 'character')}; a paragraph may hold at most "
            f"{MAX_BODY_CHARS:,}"
        )
    if ">" not in text and "  " not in text and "\t" not in text:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if _nesting(line) > MAX_NESTING:
            raise PlaceholderError(
                f"quotes or lists are nested more than {MAX_NESTING} deep", line=number
            )


@lru_cache(maxsize=8192)
def split_placeholders(text: str) -> tuple[Part, ...]:
    """Split a body into literal text and placeholders, refusing template code.

    Raises :class:`PlaceholderError` (an :class:`InputError`; the caller adds the paragraph
    and file) with the line inside the text.
    """
    _check_size(text)
    if "{" not in text:
        return (Part(text=text),)
    if len(text) > MAX_BODY_CHARS:
        raise PlaceholderError(
            f"the text has {counted(len(text), 'character')}; a paragraph may hold at most "
            f"{MAX_BODY_CHARS:,}"
        )
    if text.count("{{") > MAX_PLACEHOLDERS:
        raise PlaceholderError(
            f"the text has {text.count('{{'):,} placeholders; a paragraph may hold at most "
            f"{MAX_PLACEHOLDERS:,}"
        )
    for found in _STATEMENT.finditer(text):
        if not _escaped(text, found.start()):
            raise PlaceholderError(
                "only placeholders such as {{ org.name }} are allowed in paragraph text, "
                f"not a {{% {found.group(1)} %}} statement (write \\{{% to print the braces)",
                line=_line(text, found.start()),
            )
    parts: list[Part] = []
    start = 0
    for found in _SLOT.finditer(text):
        if _escaped(text, found.start()) or not found.group(1).strip():
            continue  # ``\{{ x }}`` prints as typed; ``{{}}`` and ``{{ }}`` are punctuation
        line = _line(text, found.start())
        dotted = _DOTTED.fullmatch(found.group(1))
        if dotted is None:
            raise PlaceholderError(
                "only plain placeholders such as {{ org.name }} are allowed in paragraph "
                "text (no calls, filters, operators or literals)",
                line=line,
            )
        path = tuple(dotted.group(1).split("."))
        if any(piece.startswith("_") for piece in path):
            raise PlaceholderError(
                f"placeholder {dotted.group(1)!r} is not allowed: names may not start "
                "with an underscore",
                line=line,
            )
        if found.start() > start:
            parts.append(Part(text=text[start : found.start()], line=_line(text, start)))
        parts.append(Part(path=path, line=line))
        start = found.end()
    if start < len(text):
        parts.append(Part(text=text[start:], line=_line(text, start)))
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
