"""Styles and tables of a call's Word file, each read in work proportional to its size.

python-docx looks a style up by searching every style, once per paragraph and again for each
style it is based on, and reads a vertically merged table cell by recursing through every row
above it. For a real call that does not matter; a hostile file with thousands of styles, or a
cell merged down thousands of rows, turns it into minutes of work or a RecursionError. Here
each style is resolved once per document (its ``basedOn`` chain capped at
``limits.DOCX_MAX_STYLE_DEPTH``, loops ended) and each table row once, left to right, with
the text of the cell above remembered by column.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.table import Table, _Cell
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.storage import limits

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ON = ("1", "true", "on")


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


class StyleLookup:
    """The paragraph styles of one document by id, each chain worked out once."""

    def __init__(self, word: WordDocument) -> None:
        self._by_id: dict[str, etree._Element] = {}
        self._default: etree._Element | None = None
        for style in word.styles.element.iterchildren(_w("style")):
            if (style.get(_w("type")) or "paragraph") != "paragraph":
                continue
            self._by_id.setdefault(style.get(_w("styleId")) or "", style)
            if self._default is None and style.get(_w("default")) in _ON:
                self._default = style
        self._chains: dict[str, tuple[etree._Element, ...]] = {}

    def chain(self, style_id: str | None) -> tuple[etree._Element, ...]:
        """The paragraph's style, then the styles it is based on (an unknown or missing id
        is the document's default paragraph style, as in Word)."""
        key = style_id or ""
        found = self._chains.get(key)
        if found is not None:
            return found
        style = self._by_id.get(key) if style_id else None
        style = style if style is not None else self._default
        chain: list[etree._Element] = []
        while style is not None and len(chain) < limits.DOCX_MAX_STYLE_DEPTH:
            if any(style is seen for seen in chain):
                break  # a loop of basedOn
            chain.append(style)
            based = style.find(_w("basedOn"))
            style = self._by_id.get(based.get(_w("val")) or "") if based is not None else None
        self._chains[key] = tuple(chain)
        return self._chains[key]

    def properties(self, style_id: str | None) -> list[etree._Element | None]:
        """The paragraph properties (``w:pPr``) of the style and those it is based on."""
        return [style.find(_w("pPr")) for style in self.chain(style_id)]

    def name(self, style_id: str | None) -> str:
        """The style's name as Word shows it ("" for none)."""
        chain = self.chain(style_id)
        if not chain:
            return ""
        name = chain[0].find(_w("name"))
        return (name.get(_w("val")) or "") if name is not None else ""


def table_grid(table: Table) -> list[list[str]]:
    """Each row's cell texts, a cell repeated for every column it spans and a vertically
    merged cell holding the text of the cell it continues (as python-docx's ``row.cells``)."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in table._tbl.tr_lst:
        row: list[str] = []
        offset = getattr(tr, "grid_before", 0) or 0
        for tc in tr.tc_lst:
            span = max(1, min(tc.grid_span, limits.DOCX_MAX_TABLE_SPAN))
            if tc.vMerge == "continue":
                text = above.get(offset, "")
            else:
                text = _Cell(tc, table).text.strip()
            for column in range(offset, offset + span):
                above[column] = text
            row.extend([text] * span)
            offset += span
        rows.append(row)
    return rows
