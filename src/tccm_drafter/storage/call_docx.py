"""The paragraphs of a call for input written in Word, with Word's own numbering as labels.

python-docx gives the text; the numbers a reader sees ("3.", "b)", "iv.") are not text in the
file but Word numbering, so they are worked out here from ``numbering.xml``: each list level's
format and label pattern, counted through the document. Tables of questions become one
paragraph per row (number, question, limit from a "word limit" column).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.model.questions import CallParagraph, split_label
from tccm_drafter.storage.call_docx_parts import StyleLookup, table_grid

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]
#: Beyond these Word's roman numerals and letters are no labels a reader uses; the number is
#: written in digits instead, so a list numbered from a huge value costs no huge label.
_MAX_ROMAN = 3999
_MAX_LETTER = 26 * 10


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out or "i"


def _letter(number: int) -> str:
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _format(value: int, fmt: str) -> str:
    if (fmt.endswith("Roman") and value > _MAX_ROMAN) or (
        fmt.endswith("Letter") and value > _MAX_LETTER
    ):
        return str(value)
    if fmt == "lowerLetter":
        return _letter(value)
    if fmt == "upperLetter":
        return _letter(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(value)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """Word list definitions and the running counters of each list."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> levels
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, word: WordDocument) -> _Numbering:
        numbering = cls()
        try:
            root = word.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for definition in root.iter(_w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in definition.iter(_w("lvl")):
                level = _Level()
                fmt, text, start = lvl.find(_w("numFmt")), lvl.find(_w("lvlText")), None
                start = lvl.find(_w("start"))
                if fmt is not None:
                    level.fmt = fmt.get(_w("val"), "decimal")
                if text is not None:
                    level.text = text.get(_w("val"), "")
                if start is not None and (start.get(_w("val")) or "").isdigit():
                    level.start = int(start.get(_w("val")))
                levels[int(lvl.get(_w("ilvl"), "0"))] = level
            abstract[definition.get(_w("abstractNumId"), "")] = levels
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                numbering.levels[num.get(_w("numId"), "")] = abstract.get(ref.get(_w("val")), {})
        return numbering

    def label(self, num_id: str, level: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(
            num_id, [levels.get(i, _Level()).start - 1 for i in range(9)]
        )
        level = max(0, min(level, 8))
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels.get(deeper, _Level()).start - 1
        pattern = levels.get(level, _Level())
        if pattern.fmt == "bullet":
            return "•"

        def fill(found: re.Match[str]) -> str:
            index = int(found.group(1)) - 1
            fmt = levels.get(index, _Level()).fmt
            return _format(max(counters[index], 1), fmt)

        return re.sub(r"%(\d)", fill, pattern.text).strip()


def _numbering_of(paragraph: Paragraph, styles: StyleLookup) -> tuple[str, int] | None:
    """(numId, level) from the paragraph or, failing that, its style."""
    properties = paragraph._p.pPr
    sources: list[etree._Element | None] = [properties] if properties is not None else []
    sources.extend(styles.properties(paragraph._p.style))
    for source in sources:
        if source is None:
            continue
        num = source.find(f"{_w('numPr')}/{_w('numId')}")
        if num is not None:
            level = source.find(f"{_w('numPr')}/{_w('ilvl')}")
            value = level.get(_w("val"), "0") if level is not None else "0"
            return num.get(_w("val"), ""), int(value) if value.isdigit() else 0
    return None


def _is_heading(paragraph: Paragraph, styles: StyleLookup) -> bool:
    name = styles.name(paragraph._p.style)
    return name.lower().startswith(("heading", "title", "subtitle"))


def docx_paragraphs(data: bytes) -> list[CallParagraph]:
    """The call's paragraphs and table rows in reading order (``data`` already checked)."""
    word = docx.Document(io.BytesIO(data))
    numbering = _Numbering.of(word)
    styles = StyleLookup(word)  # each style resolved once, not once per paragraph
    out: list[CallParagraph] = []
    body = word.element.body
    for child in body.iterchildren():
        if child.tag == _w("p"):
            paragraph = Paragraph(child, word)
            text = paragraph.text.strip()
            if not text:
                continue
            found = _numbering_of(paragraph, styles)
            label, level = "", 0
            if found is not None:
                label, level = numbering.label(*found), found[1]
            if not label:
                label, text = split_label(text)
            kind = "heading" if _is_heading(paragraph, styles) else "paragraph"
            out.append(CallParagraph(text, label, level, kind))
        elif child.tag == _w("tbl"):
            out.extend(table_rows(Table(child, word)))
    return out


def table_rows(table: Table) -> list[CallParagraph]:
    """One paragraph per row of a table of questions; a header row names the columns."""
    rows = table_grid(table)
    if not rows:
        return []
    header = [cell.lower() for cell in rows[0]]
    is_header = not any("?" in cell for cell in rows[0]) and any(
        key in cell for cell in header for key in ("question", "word", "character", "limit", "no")
    )
    body = rows[1:] if is_header else rows
    width = max(len(row) for row in rows)

    def column(*keys: str) -> int | None:
        if not is_header:
            return None
        return next((i for i, h in enumerate(header) if any(k in h for k in keys)), None)

    words_col = column("word")
    chars_col = column("character", "char.")
    number_col = column("no", "#", "number", "ref")
    question_col = column("question")
    if question_col is None:
        lengths = [sum(len(row[i]) for row in body if i < len(row)) for i in range(width)]
        question_col = max(range(width), key=lambda i: lengths[i])
    out: list[CallParagraph] = []
    for row in body:
        cells = list(dict.fromkeys(row))  # merged cells repeat their text
        if question_col >= len(row) or not row[question_col]:
            continue
        label, text = split_label(row[question_col])
        if number_col is not None and number_col < len(row) and row[number_col]:
            label = row[number_col].strip()
        elif not label and cells and re.fullmatch(r"(?:Q\s*)?\d{1,3}[.)]?", cells[0]):
            label = cells[0]
        for col, unit in ((words_col, "words"), (chars_col, "characters")):
            if col is not None and col < len(row) and col != question_col:
                value = row[col].strip()
                if value:
                    text += (
                        f" ({value} {unit})"
                        if re.fullmatch(r"[\d,.\s]+", value)
                        else (f" ({value})")
                    )
        out.append(CallParagraph(text, label, 0, "table"))
    return out


__all__ = ["docx_paragraphs", "table_rows"]
