"""Markdown (CommonMark + footnotes + block attributes) -> document model blocks.

markdown-it-py does the parsing; this module only walks its token stream. Footnote references
come out numbered by their order inside the parsed text; the pipeline renumbers them for the
whole document afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tccm_drafter.model.text_hygiene import clean_text
from tccm_drafter.render.document import (
    BlockNode,
    FootnoteRef,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Placeholder,
    Role,
    Text,
)
from tccm_drafter.render.placeholders import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN

#: Unfilled placeholders (PLACEHOLDER_OPEN name PLACEHOLDER_CLOSE, see ``placeholders.py``)
#: become :class:`Placeholder` nodes here.

_ROLES = {role.value: role for role in Role}

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Imported here: the window's first frame needs no parser (the editor's empty text
    # is read without one), the renderer and the first block shown load it.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.attrs import attrs_block_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    return (
        MarkdownIt(
            "commonmark",
            # Deeper nesting than maxNesting is silently dropped by markdown-it; bodies are
            # checked against MAX_NESTING (well below it) before they get here.
            {"html": False, "linkify": False, "typographer": False, "maxNesting": 100},
        )
        .use(footnote_plugin)
        .use(attrs_block_plugin)
    )


def parse_markdown(text: str) -> list[BlockNode]:
    """Parse Markdown into block nodes; footnotes are attached where they are referenced.

    Every export's text passes here, so the text rule (``model.text_hygiene``) is applied
    here once: no Word, Markdown or text export prints a control character or U+FFFD for one.
    """
    tokens = _parser().parse(clean_text(text))
    footnotes = _footnote_contents(tokens)
    walker = _Walker(tokens, footnotes)
    return walker.blocks(0, len(tokens))


def _footnote_contents(tokens: list[Token]) -> dict[int, tuple[Inline, ...]]:
    contents: dict[int, tuple[Inline, ...]] = {}
    current: int | None = None
    parts: list[Inline] = []
    for token in tokens:
        if token.type == "footnote_open":
            current = int(token.meta["id"])
            parts = []
        elif token.type == "footnote_close" and current is not None:
            contents[current] = tuple(parts)
            current = None
        elif current is not None and token.type == "inline":
            if parts:
                parts.append(Text(" "))
            parts.extend(_inlines(token.children or [], {}))
    return contents


class _Walker:
    def __init__(self, tokens: list[Token], footnotes: dict[int, tuple[Inline, ...]]) -> None:
        self.tokens = tokens
        self.footnotes = footnotes

    def _close_index(self, start: int) -> int:
        """Index of the token closing the one opened at ``start``."""
        depth = 0
        for index in range(start, len(self.tokens)):
            nesting = self.tokens[index].nesting
            depth += nesting
            if depth == 0:
                return index
        return len(self.tokens) - 1

    def blocks(self, start: int, end: int) -> list[BlockNode]:
        out: list[BlockNode] = []
        index = start
        while index < end:
            token = self.tokens[index]
            kind = token.type
            if kind == "footnote_block_open":
                index = self._close_index(index) + 1
                continue
            if kind == "paragraph_open":
                close = self._close_index(index)
                role = _ROLES.get(str(token.attrs.get("class", "")).split(" ")[0], Role.BODY)
                inline = self.tokens[index + 1]
                out.append(Paragraph(self._inline(inline), role=role))
                index = close + 1
            elif kind == "heading_open":
                close = self._close_index(index)
                level = min(int(token.tag[1:]), 3)
                out.append(Heading(level, self._inline(self.tokens[index + 1])))
                index = close + 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                close = self._close_index(index)
                out.append(self._list(index, close))
                index = close + 1
            elif kind == "blockquote_open":
                close = self._close_index(index)
                out.extend(self.blocks(index + 1, close))
                index = close + 1
            elif kind in ("fence", "code_block"):
                lines = token.content.rstrip("\n").split("\n")
                inlines: list[Inline] = []
                for number, line in enumerate(lines):
                    if number:
                        inlines.append(LineBreak())
                    inlines.append(Text(line, code=True))
                out.append(Paragraph(inlines))
                index += 1
            else:  # hr, stray closers
                index += 1
        return out

    def _list(self, start: int, close: int) -> ListBlock:
        opener = self.tokens[start]
        ordered = opener.type == "ordered_list_open"
        first = int(opener.attrs.get("start", 1) or 1) if ordered else 1
        items: list[ListItem] = []
        index = start + 1
        while index < close:
            token = self.tokens[index]
            if token.type == "list_item_open":
                item_close = self._close_index(index)
                children = [
                    block
                    for block in self.blocks(index + 1, item_close)
                    if isinstance(block, Paragraph | ListBlock)
                ]
                items.append(ListItem(children))
                index = item_close + 1
            else:
                index += 1
        return ListBlock(ordered=ordered, items=items, start=first)

    def _inline(self, token: Token) -> list[Inline]:
        return _inlines(token.children or [], self.footnotes)


def _inlines(children: list[Token], footnotes: dict[int, tuple[Inline, ...]]) -> list[Inline]:
    out: list[Inline] = []
    bold = italic = 0
    link_stack: list[tuple[str, list[Inline]]] = []

    def emit(node: Inline) -> None:
        (link_stack[-1][1] if link_stack else out).append(node)

    for child in children:
        kind = child.type
        if kind == "text":
            for node in _split_placeholders(child.content, bold > 0, italic > 0):
                emit(node)
        elif kind == "code_inline":
            emit(Text(child.content, code=True))
        elif kind == "softbreak":
            emit(Text(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            emit(LineBreak())
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            link_stack.append((str(child.attrs.get("href", "")), []))
        elif kind == "link_close" and link_stack:
            target, inner = link_stack.pop()
            emit(Link(target, tuple(inner)))
        elif kind == "image":
            emit(Text(child.content, bold > 0, italic > 0))
        elif kind == "footnote_ref":
            number = int(child.meta["id"])
            emit(FootnoteRef(number + 1, footnotes.get(number, ())))
    while link_stack:  # unbalanced: keep the text
        target, inner = link_stack.pop()
        for node in inner:
            emit(node)
    return _merge_text(out)


def _split_placeholders(text: str, bold: bool, italic: bool) -> list[Inline]:
    if PLACEHOLDER_OPEN not in text:
        return [Text(text, bold, italic)] if text else []
    nodes: list[Inline] = []
    rest = text
    while PLACEHOLDER_OPEN in rest:
        before, _, after = rest.partition(PLACEHOLDER_OPEN)
        name, found, rest = after.partition(PLACEHOLDER_CLOSE)
        if before:
            nodes.append(Text(before, bold, italic))
        if not found:
            nodes.append(Text(name, bold, italic))
            return nodes
        nodes.append(Placeholder(name))
    if rest:
        nodes.append(Text(rest, bold, italic))
    return nodes


def _merge_text(nodes: list[Inline]) -> list[Inline]:
    """Join neighbouring text runs with the same formatting (fewer runs in Word)."""
    merged: list[Inline] = []
    for node in nodes:
        last = merged[-1] if merged else None
        if (
            isinstance(node, Text)
            and isinstance(last, Text)
            and (last.bold, last.italic, last.code) == (node.bold, node.italic, node.code)
        ):
            merged[-1] = replace(last, text=last.text + node.text)
        else:
            merged.append(node)
    return merged
