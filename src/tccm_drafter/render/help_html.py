"""HTML for the app's own help pages (the user guide, the third-party notices) from Markdown.

Raw HTML in the Markdown is not passed through: it shows as the text it is. Headings carry
``<a name>`` anchors made from their text (``## The library`` -> ``#the-library``), so links
within the page work; links and image addresses are left for the viewer to allow or refuse.
Pictures get a width, so a screenshot fits the window and three in a table row fit beside
each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

#: Width in pixels of a picture on its own, and of one in a table cell.
IMAGE_WIDTH = 640
CELL_IMAGE_WIDTH = 200

_NOT_IN_SLUG = re.compile(r"[^\w\- ]", re.UNICODE)


def slug(text: str) -> str:
    """The anchor name of a heading, as GitHub makes it: lower case, spaces as hyphens."""
    return _NOT_IN_SLUG.sub("", text.strip().lower()).replace(" ", "-")


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of every heading of a Markdown page, in order."""
    tokens = _parser().parse(markdown)
    return [
        (int(token.tag[1:]), tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def to_html(markdown: str, *, title: str = "") -> str:
    """A whole HTML page for Qt's rich-text viewer."""
    parser = _parser()
    tokens = parser.parse(markdown)
    _name_headings(tokens)
    _size_images(tokens)
    body = parser.renderer.render(tokens, parser.options, {})
    head = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<html><head><meta charset="utf-8"/>{head}</head>'
        f'<body style="font-size:11pt;">{body}</body></html>'
    )


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable("table")
    parser.add_render_rule("heading_open", _render_heading_open)
    return parser


def _name_headings(tokens: list[Token]) -> None:
    used: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        name = slug(tokens[index + 1].content) or "section"
        count = used.get(name, 0)
        used[name] = count + 1
        token.meta["anchor"] = name if count == 0 else f"{name}-{count}"


def _size_images(tokens: list[Token]) -> None:
    in_table = False
    for token in tokens:
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"
        for child in token.children or []:
            if child.type == "image":
                child.attrSet("width", str(CELL_IMAGE_WIDTH if in_table else IMAGE_WIDTH))


def _render_heading_open(
    self: Any, tokens: Sequence[Token], index: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[index]
    anchor = token.meta.get("anchor", "")
    return f'<{token.tag}><a name="{escape(anchor, quote=True)}"></a>'
