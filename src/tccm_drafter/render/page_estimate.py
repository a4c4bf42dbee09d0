"""How many pages the Word export will take: an estimate from the reference document.

Only Word knows where its pages break, so this is a model, kept simple enough to explain:

- The **text area** is the page size less the margins of the reference document's last
  section (``w:sectPr``: ``w:pgSz``, ``w:pgMar``); a document without them is taken as A4 with
  2.5 cm margins.
- The **body font size** is the Normal style's (through ``basedOn`` and the document defaults;
  11 pt when nothing sets it), its **line spacing** the Normal style's or the defaults' (single
  when neither sets it), its **space after** likewise.
- A **line** holds ``text width / (0.5 × font size)`` characters: proportional fonts average
  about half an em a character, space included. A line is ``1.2 × font size × line spacing``
  high.
- Each **paragraph** (list items and footnotes included) takes as many lines as its characters
  fill, at least one, then its space after. Headings and the title are set larger: they count
  1.5 times their lines and twice the space after.

For the built-in reference document (A4, 2.5 cm margins, 11 pt, 1.15 spacing, 6 pt after) a page
holds about 46 lines of 82 characters: some 580 words of running text. Treat the result as
"about": a different font, a table or a picture moves it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as WordDocument
from docx.section import Section
from docx.shared import Length

from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Heading,
    ListBlock,
    Paragraph,
    Role,
    plain_text,
)
from tccm_drafter.render.docx_styles import ensure_styles, w

#: A4 in points, and 2.5 cm margins: what a reference document without a page set-up gets.
_A4 = (595.3, 841.9)
_MARGIN = 70.9
_LARGEST_FONT = 1638.0
#: Average character width as a share of the font size, line height as a multiple of it.
CHAR_WIDTH = 0.5
LINE_HEIGHT = 1.2
#: Characters of an average English word with the space after it (for words_per_page).
CHARS_PER_WORD = 6.0
_LARGE = (Role.TITLE, Role.SUBTITLE)


@dataclass(frozen=True)
class PageModel:
    """Page and body text measurements, in points."""

    text_width: float
    text_height: float
    font_size: float = 11.0
    line_spacing: float = 1.0  # multiple of single spacing
    space_after: float = 0.0

    @property
    def chars_per_line(self) -> int:
        return max(int(self.text_width / (CHAR_WIDTH * self.font_size)), 10)

    @property
    def line_height(self) -> float:
        return LINE_HEIGHT * self.font_size * self.line_spacing

    @property
    def lines_per_page(self) -> float:
        return max(self.text_height / self.line_height, 1.0)

    @property
    def words_per_page(self) -> int:
        """Running text (paragraphs of five lines) a page holds, for telling the user."""
        gap = self.space_after / self.line_height
        lines = self.lines_per_page * 5 / (5 + gap)
        return int(lines * self.chars_per_line / CHARS_PER_WORD)

    @classmethod
    def from_word(cls, word: WordDocument) -> PageModel:
        """Measurements of an opened Word document (python-docx)."""
        section = word.sections[-1] if len(word.sections) else None
        width = _pt(section, "page_width", _A4[0])
        height = _pt(section, "page_height", _A4[1])
        left = _pt(section, "left_margin", _MARGIN)
        right = _pt(section, "right_margin", _MARGIN)
        top = _pt(section, "top_margin", _MARGIN)
        bottom = _pt(section, "bottom_margin", _MARGIN)
        styles = ensure_styles(word.styles.element)
        # Word's font sizes run from 1 to 1,638 pt; a file that says 0 (or 10^9) gets the
        # nearest one instead of a division by zero.
        font_size = min(max(styles.size_of(styles.ids["Normal"]) / 2, 1.0), _LARGEST_FONT)
        spacing, after = _normal_spacing(word, font_size)
        return cls(
            text_width=max(width - left - right, 72.0),
            text_height=max(height - top - bottom, 72.0),
            font_size=font_size,
            line_spacing=spacing,
            space_after=after,
        )

    @classmethod
    def from_reference_docx(cls, reference_docx: Path | None = None) -> PageModel:
        """Measurements of a reference document (.docx or .dotx; None: the built-in one).

        Raises :class:`~tccm_drafter.errors.InputError` when it cannot be read.
        """
        from tccm_drafter.render.docx_export import DocxExporter

        return cls.from_word(DocxExporter(reference_docx).reference_document())


def _pt(section: Section | None, name: str, fallback: float) -> float:
    """A page measurement in points; ``fallback`` when the file gives none, or one that is
    no number (``1e9``, ``abc``: python-docx raises ValueError reading those)."""
    if section is None:
        return fallback
    try:
        value: Length | int | None = getattr(section, name)
    except ValueError:
        return fallback
    return Length(value).pt if value else fallback


def _normal_spacing(word: WordDocument, font_size: float) -> tuple[float, float]:
    """(line spacing as a multiple, space after in points) of body text."""
    spacing = word.styles.element.find(
        f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}/{w('spacing')}"
    )
    multiple, after = 1.0, 0.0
    if spacing is not None:
        multiple = _multiple(spacing.get(w("line")), spacing.get(w("lineRule")), font_size)
        after = _twips(spacing.get(w("after")), 0.0)
    try:
        normal = word.styles["Normal"]
    except KeyError:
        return multiple, after
    own = normal.element.find(f"{w('pPr')}/{w('spacing')}")
    if own is not None:
        if own.get(w("line")) is not None:
            multiple = _multiple(own.get(w("line")), own.get(w("lineRule")), font_size)
        after = _twips(own.get(w("after")), after)
    return multiple, after


def _multiple(line: str | None, rule: str | None, font_size: float) -> float:
    value = _number(line)
    if value is None or value <= 0:
        return 1.0
    if rule in (None, "auto"):
        return value / 240  # in 240ths of a line
    # "exact" or "atLeast": a height in twentieths of a point.
    return max(value / 20 / (LINE_HEIGHT * font_size), 0.5)


def _twips(value: str | None, fallback: float) -> float:
    number = _number(value)
    return number / 20 if number is not None else fallback


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class PageLayout:
    """Where the Word export's pages are estimated to begin, for the preview.

    ``breaks`` has one entry per page after the first: the top-level node (an index into
    ``document.blocks``) in which the page begins and how far into that node, as a share of
    its lines (0.0: the page begins with it). Word breaks within paragraphs, so may this.
    """

    pages: int
    breaks: list[tuple[int, float]]


def lay_out(document: Document, model: PageModel) -> PageLayout:
    """The pages of :func:`estimate_pages`, with where each begins."""
    gap = model.space_after / model.line_height
    capacity = model.lines_per_page
    used = 0.0
    breaks: list[tuple[int, float]] = []
    for index, node in enumerate(document.blocks):
        lines = _node_lines(node, model.chars_per_line, gap)
        next_start = capacity * (len(breaks) + 1)
        while used + lines > next_start + 1e-9:
            breaks.append((index, max(next_start - used, 0.0) / lines))
            next_start = capacity * (len(breaks) + 1)
        used += lines
    return PageLayout(max(math.ceil(used / capacity - 1e-9), 1), breaks)


def estimate_pages(document: Document, model: PageModel) -> float:
    """Pages the document takes under ``model``, to one decimal (see the module doc)."""
    lines = 0.0
    gap = model.space_after / model.line_height
    for node in document.blocks:
        lines += _node_lines(node, model.chars_per_line, gap)
    pages = lines / model.lines_per_page
    return math.ceil(pages * 10) / 10


def _node_lines(node: BlockNode, per_line: int, gap: float) -> float:
    if isinstance(node, ListBlock):
        return sum(
            _node_lines(child, per_line, gap) for item in node.items for child in item.blocks
        )
    text = plain_text(node.inlines)
    own = max(math.ceil(len(text) / per_line), 1)
    large = isinstance(node, Heading) or (isinstance(node, Paragraph) and node.role in _LARGE)
    total = own * 1.5 + 2 * gap if large else own + gap
    for inline in node.inlines:
        if isinstance(inline, FootnoteRef):
            note = plain_text(list(inline.content))
            total += max(math.ceil(len(note) / per_line), 1)
    return total
