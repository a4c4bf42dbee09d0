"""A block's Markdown as a word processor shows it: paragraphs of formatted runs.

The block editor shows text as it prints, but Markdown stays what is stored. This module reads
a block's Markdown (the same CommonMark + footnotes + block attributes the renderer reads, with
``{{ placeholders }}`` as fields) into :class:`Paragraph` objects made of runs:

- :class:`Text` with its :class:`Style` (bold, italic, code, the link it belongs to),
- :class:`Field`, a placeholder (``{{ org.name }}``), shown with the value it will print,
- :class:`NoteRef`, a footnote marker; the note's own text is in :attr:`RichText.notes`,
- :class:`Break`, a line break inside the paragraph.

Each paragraph keeps its :class:`Piece`: the Markdown it was read from and what stood between
it and the next one (blank lines, footnote definitions), so that ``app/rich_source.py`` can
write every paragraph the user did not change back byte for byte and only the changed ones
anew (``app/rich_markdown.py``). Reading is ``app/rich_read.py``. Constructs the editor
cannot show as they print (quotes, code blocks, tables, list items of several paragraphs)
become one paragraph of kind :attr:`Kind.MARKDOWN` that shows, and keeps, its Markdown.

In the text of a paragraph a field or a note marker is one character, U+FFFC, and a line break
is U+2028, as in Qt's text documents, so positions in :meth:`Paragraph.visible` are positions
in the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

#: How a field or a footnote marker, and a line break, stand in the editor's text.
OBJECT = "\ufffc"
LINE_BREAK = "\u2028"


@dataclass(frozen=True, slots=True)
class Style:
    bold: bool = False
    italic: bool = False
    code: bool = False
    #: The link's target when the text is part of a link.
    link: str | None = None


PLAIN = Style()


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    style: Style = PLAIN


@dataclass(frozen=True, slots=True)
class Field:
    """A placeholder, ``{{ name }}``: it prints the submission's value."""

    name: str
    style: Style = PLAIN


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote marker; the note's text is the block's ``notes[label]``."""

    label: str


@dataclass(frozen=True, slots=True)
class Break:
    """A line break inside a paragraph."""


Run = Text | Field | NoteRef | Break


class Kind(StrEnum):
    PLAIN = "plain"
    BULLET = "bullet"
    ORDERED = "ordered"
    HEADING = "heading"
    #: Shown and kept as Markdown (a quote, a code block, a table...).
    MARKDOWN = "markdown"


@dataclass(frozen=True, slots=True)
class Layout:
    kind: Kind = Kind.PLAIN
    #: A list item's depth (0 = top level) or a heading's level (1-6).
    level: int = 0

    @property
    def is_list(self) -> bool:
        return self.kind in (Kind.BULLET, Kind.ORDERED)


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]
    layout: Layout = Layout()

    def visible(self) -> str:
        """The paragraph's text as the editor holds it (fields and markers as U+FFFC)."""
        return "".join(visible_text(run) for run in self.runs)


def printed_text(runs: tuple[Run, ...], values: Mapping[str, str]) -> str:
    """The runs as plain words, as they print: a field its value (its name in braces when it
    has none), a line break a space, footnote markers left out."""
    out: list[str] = []
    for run in runs:
        if isinstance(run, Text):
            out.append(run.text)
        elif isinstance(run, Field):
            out.append(values.get(run.name, "") or "{{ " + run.name + " }}")
        elif isinstance(run, Break):
            out.append(" ")
    return "".join(out)


def visible_text(run: Run) -> str:
    if isinstance(run, Text):
        return run.text
    return LINE_BREAK if isinstance(run, Break) else OBJECT


@dataclass(frozen=True, slots=True)
class Definition:
    """A footnote's definition as written (``[^1]: ...``, its lines without the last line end)."""

    label: str
    markdown: str


#: What stands between paragraphs: text kept as written, or a footnote's definition.
Segment = str | Definition


@dataclass(frozen=True, slots=True)
class Piece:
    """Where a paragraph stands in the block's Markdown."""

    #: The paragraph's own lines (list marker included), without the line end after them.
    markdown: str
    #: The list marker with its indentation ("  - ", "1. "), a heading's "## ", or "".
    prefix: str
    #: Everything from the end of the paragraph to the start of the next one.
    trailer: tuple[Segment, ...]
    #: The footnotes the paragraph refers to, in order.
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class RichText:
    paragraphs: tuple[Paragraph, ...]
    #: One per paragraph.
    pieces: tuple[Piece, ...]
    #: Before the first paragraph, and after the last.
    head: tuple[Segment, ...] = ()
    tail: tuple[Segment, ...] = ()
    #: Each footnote's text by its label.
    notes: dict[str, tuple[Run, ...]] = field(default_factory=dict)
    #: The Markdown as read (after the text rule); what writing it unchanged gives.
    source: str = ""


class ListDepth:
    """The depth each list item prints at, item after item: one below the nearest item before
    it at a lower level, so an item deeper than its list allows moves up, and its siblings
    with it (Markdown has no item without a parent)."""

    def __init__(self) -> None:
        self.open: list[int] = []

    def depth(self, layout: Layout) -> int:
        if not layout.is_list:
            self.open = []
            return 0
        while self.open and self.open[-1] >= layout.level:
            self.open.pop()
        self.open.append(layout.level)
        return len(self.open) - 1


def segments_text(segments: Iterable[Segment]) -> str:
    return "".join(s.markdown if isinstance(s, Definition) else s for s in segments)


# -- changing runs ---------------------------------------------------------------------------


def length(run: Run) -> int:
    return len(run.text) if isinstance(run, Text) else 1


def cut(runs: Sequence[Run], at: int) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """The runs before and after position ``at`` of the paragraph's text."""
    before: list[Run] = []
    for number, run in enumerate(runs):
        size = length(run)
        if at <= 0:
            return tuple(before), tuple(runs[number:])
        if at < size and isinstance(run, Text):
            before.append(Text(run.text[:at], run.style))
            return tuple(before), (Text(run.text[at:], run.style), *runs[number + 1 :])
        before.append(run)
        at -= size
    return tuple(before), ()


def splice(runs: Sequence[Run], start: int, end: int, put: Sequence[Run]) -> tuple[Run, ...]:
    """The runs with positions [start, end) replaced by ``put``."""
    before, rest = cut(runs, start)
    _, after = cut(rest, end - start)
    return merged((*before, *put, *after))


def restyle(
    runs: Sequence[Run], start: int, end: int, change: Callable[[Style], Style]
) -> tuple[Run, ...]:
    """The runs with the style of text and fields in [start, end) changed."""
    before, rest = cut(runs, start)
    middle, after = cut(rest, end - start)
    changed: list[Run] = []
    for run in middle:
        if isinstance(run, Text):
            changed.append(Text(run.text, change(run.style)))
        elif isinstance(run, Field):
            changed.append(replace(run, style=change(run.style)))
        else:
            changed.append(run)
    return merged((*before, *changed, *after))


def style_at(runs: Sequence[Run], at: int) -> Style:
    """The style text typed at ``at`` takes: the character's before it (the first one's at
    the start), as in a word processor; never a code span's or a field's link."""
    before, after = cut(runs, at)
    for run in (*reversed(before), *after):
        if isinstance(run, Text):
            return run.style
    return PLAIN


def merged(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Neighbouring text of one style as one run; no empty text."""
    out: list[Run] = []
    for run in runs:
        if isinstance(run, Text):
            if not run.text:
                continue
            last = out[-1] if out else None
            if isinstance(last, Text) and last.style == run.style:
                out[-1] = Text(last.text + run.text, run.style)
                continue
        out.append(run)
    return tuple(out)
