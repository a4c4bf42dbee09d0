"""Reading a block's Markdown into paragraphs of runs (``app/rich_text.py``).

The same parser as the renderer (markdown-it-py, CommonMark with footnotes and block
attributes; ``render/markdown_parse.py``) reads the block, with each ``{{ placeholder }}``
standing as the renderer's marker, so the editor sees what will print. Its line map gives
each paragraph's own lines and what stands between paragraphs, kept for writing them back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from tccm_drafter.app.rich_text import (
    LINE_BREAK,
    Break,
    Definition,
    Field,
    Kind,
    Layout,
    NoteRef,
    Paragraph,
    Piece,
    RichText,
    Run,
    Segment,
    Style,
    Text,
    merged,
)
from tccm_drafter.model.text_hygiene import clean_text
from tccm_drafter.render.placeholders import (
    PLACEHOLDER_CLOSE,
    PLACEHOLDER_OPEN,
    Part,
    PlaceholderError,
    split_placeholders,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

_LINE_END = re.compile(r"\r\n|\r|\n")
_MARKER = re.compile(r"[ \t]*(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]{1,4}(?=\S)|[ \t]*$| )?")
_HEADING_MARK = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_PLACEHOLDER = re.compile(PLACEHOLDER_OPEN + "([^" + PLACEHOLDER_CLOSE + "]*)" + PLACEHOLDER_CLOSE)


def _with_fields(text: str) -> str:
    """The text with each placeholder as the renderer's marker (a line with template code
    the renderer would refuse keeps its braces as text)."""
    try:
        return _marked(split_placeholders(text))
    except PlaceholderError:
        return "".join(_with_fields_line(line) for line in text.splitlines(keepends=True))


def _with_fields_line(line: str) -> str:
    try:
        return _marked(split_placeholders(line))
    except PlaceholderError:
        return line


def _marked(parts: Iterable[Part]) -> str:
    return "".join(
        PLACEHOLDER_OPEN + part.name + PLACEHOLDER_CLOSE if part.path else part.text
        for part in parts
    )


def _literal(text: str) -> str:
    """Placeholder markers back to ``{{ name }}`` (inside code, inside a link's target)."""
    return _PLACEHOLDER.sub(lambda m: "{{ " + m.group(1) + " }}", text)


@lru_cache(maxsize=4096)
def parse(markdown: str) -> RichText:
    """Read a block's Markdown (cached: the result is never changed)."""
    text = clean_text(markdown)
    if not text:  # no tokens: read without loading the parser (a new, empty editor)
        return _Reader(text, []).read()
    from tccm_drafter.render.markdown_parse import _parser

    return _Reader(text, _parser().parse(_with_fields(text))).read()


class _Reader:
    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [0]  # offset of each line's start; ends: offset of its line end
        self.ends: list[int] = []
        for found in _LINE_END.finditer(text):
            self.ends.append(found.start())
            self.starts.append(found.end())
        self.ends.append(len(text))
        self.found: list[tuple[int, int, Paragraph, str, tuple[str, ...]]] = []
        self.notes: dict[str, tuple[Run, ...]] = {}
        self.definitions: list[tuple[int, int, str]] = []  # first line, end line, label

    def read(self) -> RichText:
        self._blocks(0, len(self.tokens), 0)
        self.found.sort(key=lambda item: item[0])
        pieces: list[Piece] = []
        paragraphs: list[Paragraph] = []
        head_end = self._start(self.found[0][0]) if self.found else len(self.text)
        head = self._segments(0, head_end)
        for number, (first, last, paragraph, prefix, labels) in enumerate(self.found):
            begin, end = self._start(first), self.ends[last - 1]
            following = self.found[number + 1][0] if number + 1 < len(self.found) else None
            stop = self._start(following) if following is not None else len(self.text)
            trailer = self._segments(end, stop) if following is not None else ()
            pieces.append(Piece(self.text[begin:end], prefix, trailer, labels))
            paragraphs.append(paragraph)
        tail: tuple[Segment, ...] = ()
        if self.found:
            tail = self._segments(self.ends[self.found[-1][1] - 1], len(self.text))
        return RichText(tuple(paragraphs), tuple(pieces), head, tail, self.notes, self.text)

    def _start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def _segments(self, begin: int, end: int) -> tuple[Segment, ...]:
        """The text between two paragraphs, with the footnote definitions in it marked."""
        out: list[Segment] = []
        at = begin
        for first, last, label in self.definitions:
            start, stop = self._start(first), self.ends[last - 1]
            if start >= begin and stop <= end:
                if start > at:
                    out.append(self.text[at:start])
                out.append(Definition(label, self.text[start:stop]))
                at = stop
        if at < end:
            out.append(self.text[at:end])
        return tuple(out)

    # -- walking the tokens ------------------------------------------------------------------
    def _close(self, start: int) -> int:
        depth = 0
        for index in range(start, len(self.tokens)):
            depth += self.tokens[index].nesting
            if depth == 0:
                return index
        return len(self.tokens) - 1

    def _blocks(self, start: int, end: int, depth: int) -> None:
        index = start
        while index < end:
            token = self.tokens[index]
            close = self._close(index) if token.nesting == 1 else index
            kind = token.type
            if kind == "footnote_block_open":
                self._footnotes(index, close)
            elif token.map is None:
                pass
            elif kind == "paragraph_open":
                runs = self._runs(self.tokens[index + 1])
                self._add(token.map, Paragraph(runs), "")
            elif kind == "heading_open":
                level = int(token.tag[1:])
                runs = self._runs(self.tokens[index + 1])
                line = self.text[self._start(token.map[0]) : self.ends[token.map[0]]]
                mark = _HEADING_MARK.match(line)
                prefix = mark.group(0) if mark else "#" * level + " "
                self._add(token.map, Paragraph(runs, Layout(Kind.HEADING, level)), prefix)
            elif kind in ("bullet_list_open", "ordered_list_open") and self._simple(index, close):
                self._list(index, close, 0)
            else:
                self._add(token.map, self._as_markdown(token.map), "")
            index = close + 1

    def _add(self, lines: list[int], paragraph: Paragraph, prefix: str) -> None:
        labels = tuple(run.label for run in paragraph.runs if isinstance(run, NoteRef))
        end = self.ends[lines[1] - 1]
        source = self.text[self._start(lines[1] - 1) : end]
        spaces = source[len(source.rstrip(" \t")) :]
        if spaces and paragraph.runs and paragraph.layout.kind is not Kind.MARKDOWN:
            # Markdown drops the spaces at a paragraph's end; the editor keeps them, so the
            # next word typed goes after them, as the user typed it.
            paragraph = Paragraph(merged((*paragraph.runs, Text(spaces))), paragraph.layout)
        self.found.append((lines[0], lines[1], paragraph, prefix, labels))

    def _as_markdown(self, lines: list[int]) -> Paragraph:
        source = self.text[self._start(lines[0]) : self.ends[lines[1] - 1]]
        shown = _LINE_END.sub(LINE_BREAK, source)
        return Paragraph((Text(shown),), Layout(Kind.MARKDOWN))

    def _simple(self, start: int, close: int) -> bool:
        """A list the editor can show: each item one paragraph, then nested simple lists."""
        index = start + 1
        while index < close:
            item = self.tokens[index]
            if item.type != "list_item_open":
                return False
            item_close = self._close(index)
            if self.tokens[index + 1].type != "paragraph_open":
                return False
            inner = self._close(index + 1) + 1
            while inner < item_close:
                child = self.tokens[inner]
                child_close = self._close(inner)
                if child.type not in ("bullet_list_open", "ordered_list_open"):
                    return False
                if not self._simple(inner, child_close):
                    return False
                inner = child_close + 1
            index = item_close + 1
        return True

    def _list(self, start: int, close: int, level: int) -> None:
        kind = Kind.ORDERED if self.tokens[start].type == "ordered_list_open" else Kind.BULLET
        index = start + 1
        while index < close:
            item = self.tokens[index]
            item_close = self._close(index)
            paragraph = self.tokens[index + 1]
            assert item.map is not None and paragraph.map is not None
            first_line = self.text[self._start(item.map[0]) : self.ends[item.map[0]]]
            mark = _MARKER.match(first_line)
            prefix = mark.group(0) if mark else ""
            runs = self._runs(self.tokens[index + 2])
            self._add([item.map[0], paragraph.map[1]], Paragraph(runs, Layout(kind, level)), prefix)
            inner = self._close(index + 1) + 1
            while inner < item_close:
                child_close = self._close(inner)
                self._list(inner, child_close, level + 1)
                inner = child_close + 1
            index = item_close + 1

    def _footnotes(self, start: int, close: int) -> None:
        index = start + 1
        while index < close:
            token = self.tokens[index]
            if token.type != "footnote_open":
                index += 1
                continue
            note_close = self._close(index)
            label = str(token.meta.get("label", ""))
            runs: list[Run] = []
            lines: list[int] = []
            for inner in range(index + 1, note_close):
                child = self.tokens[inner]
                if child.map is not None:
                    lines += child.map
                if child.type == "inline":
                    if runs:
                        runs.append(Text(" "))
                    runs += self._runs(child)
            self.notes.setdefault(label, merged(runs))
            self._definition(label, lines)
            index = note_close + 1

    def _definition(self, label: str, lines: list[int]) -> None:
        """Where the definition of ``label`` is written: its first line starts ``[^label]:``."""
        pattern = re.compile(r" {0,3}\[\^" + re.escape(label) + r"\]:")
        first = min(lines) if lines else None
        last = max(lines) if lines else None
        candidates = range(first, -1, -1) if first is not None else range(len(self.ends))
        for line in candidates:
            if pattern.match(self.text, self._start(line), self.ends[line]):
                if last is None or last <= line:
                    last = line + 1
                self.definitions.append((line, last, label))
                self.definitions.sort()
                return

    # -- inline ------------------------------------------------------------------------------
    def _runs(self, inline: Token) -> tuple[Run, ...]:
        return merged(_inline_runs(inline.children or []))


def _inline_runs(children: list[Token]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    links: list[str] = []

    def style(code: bool = False) -> Style:
        return Style(bold > 0, italic > 0, code, links[-1] if links else None)

    for child in children:
        kind = child.type
        if kind in ("text", "image"):
            runs += _split_fields(child.content, style())
        elif kind == "code_inline":
            runs.append(Text(_literal(child.content), style(code=True)))
        elif kind == "softbreak":
            runs.append(Text(" ", style()))
        elif kind == "hardbreak":
            runs.append(Break())
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            links.append(_literal(str(child.attrs.get("href", ""))))
        elif kind == "link_close" and links:
            links.pop()
        elif kind == "footnote_ref":
            runs.append(NoteRef(str(child.meta.get("label", ""))))
    return runs


def _split_fields(text: str, style: Style) -> list[Run]:
    if PLACEHOLDER_OPEN not in text:
        return [Text(text, style)] if text else []
    runs: list[Run] = []
    at = 0
    for found in _PLACEHOLDER.finditer(text):
        if found.start() > at:
            runs.append(Text(text[at : found.start()], style))
        runs.append(Field(found.group(1), Style(style.bold, style.italic, False, style.link)))
        at = found.end()
    if at < len(text):
        runs.append(Text(text[at:], style))
    return runs
