"""Work budgets for Word files from outside: what a .docx may ask the app to do.

A byte budget (:mod:`tccm_drafter.storage.zipread`) is not enough: a 7 MB .docx can hold 1.2
million tiny paragraphs, a 180 KB one a chain of 20,000 styles each based on the next, a single
table cell can claim to span two billion columns and a list can ask to be numbered from forty
million in a pattern of two thousand levels. Each of these cost minutes and gigabytes before
these caps. Every check here runs on the raw parts before python-docx or our own walkers build
anything, and each cap is far beyond what Word, LibreOffice or Google Docs write:

- XML elements in all parts together (what a parsed tree costs: about 170 bytes each);
- paragraphs in the main document part;
- how many columns a table cell spans (Word's own maximum is 63 columns);
- where a numbered list starts (Word accepts at most 32,767), how many number placeholders
  a level's pattern holds (one per level: 9) and its length;
- styles, and how deep ``basedOn`` chains go (a loop counts as too deep).

Past a cap the file is refused with one InputError that names it and what was too large.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted
from tccm_drafter.storage import limits

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
_GRID_SPAN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?gridSpan\s[^>]*?val\s*=\s*[\"']\s*([0-9]+)")
_PLACEHOLDER = re.compile(r"%[1-9]")


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def element_count(data: bytes) -> int:
    """An upper bound of the elements an XML part holds (start and empty tags), cheaply."""
    return data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")


class ElementBudget:
    """XML elements parsed from one file, all parts together, against one cap."""

    def __init__(self, path: Path, cap: int | None = None) -> None:
        self.path = path
        self.cap = cap if cap is not None else limits.DOCX_MAX_XML_ELEMENTS
        self.spent = 0

    def spend(self, data: bytes, name: str) -> None:
        """Count ``name``'s elements before it is parsed; InputError past the cap."""
        self.spent += element_count(data)
        if self.spent > self.cap:
            raise InputError(
                f"the document has more than {self.cap:,} XML elements (counted up to "
                f"{name}); no real document is that large, so it was not read",
                path=self.path,
            )


def check_parts(parts: Iterable[tuple[str, bytes]], path: Path) -> None:
    """The element budget over every XML part of a package (python-docx parses them all)."""
    budget = ElementBudget(path)
    for name, data in parts:
        if name.endswith((".xml", ".rels")):
            budget.spend(data, name)


def check_body(data: bytes, path: Path, max_paragraphs: int | None = None) -> None:
    """Paragraphs (at most ``max_paragraphs``, by default ``limits.DOCX_MAX_PARAGRAPHS``) and
    table spans of the main document part, counted in its bytes."""
    cap = max_paragraphs if max_paragraphs is not None else limits.DOCX_MAX_PARAGRAPHS
    paragraphs = sum(1 for _ in _PARAGRAPH.finditer(data))
    if paragraphs > cap:
        raise InputError(
            f"the document has {counted(paragraphs, 'paragraph')}, more than the {cap:,} "
            "that are read",
            path=path,
        )
    for found in _GRID_SPAN.finditer(data):
        span = int(found.group(1)[:12])
        if span > limits.DOCX_MAX_TABLE_SPAN:
            raise InputError(
                f"a table cell spans {span:,} columns; Word tables have at most "
                f"{limits.DOCX_MAX_TABLE_SPAN}",
                path=path,
            )


def check_numbering(root: etree._Element, path: Path) -> None:
    """List starts and level patterns of ``numbering.xml`` (already parsed)."""
    for start in root.iter(_w("start"), _w("startOverride")):
        value = _number(start.get(_w("val")))
        if value is not None and abs(value) > limits.DOCX_MAX_LIST_START:
            raise InputError(
                f"a numbered list starts at {_shown(value)}; Word lists start at most at "
                f"{limits.DOCX_MAX_LIST_START:,}",
                path=path,
            )
    for text in root.iter(_w("lvlText")):
        pattern = text.get(_w("val")) or ""
        if (
            len(pattern) > limits.DOCX_MAX_LEVEL_TEXT
            or len(_PLACEHOLDER.findall(pattern)) > limits.DOCX_MAX_LEVELS
        ):
            raise InputError(
                f"a list level's number pattern has {counted(len(pattern), 'character')} and "
                f"{counted(len(_PLACEHOLDER.findall(pattern)), 'number')}; Word's have at most "
                f"{limits.DOCX_MAX_LEVELS} numbers",
                path=path,
            )


def check_styles(root: etree._Element, path: Path) -> None:
    """The number of styles and the depth of their ``basedOn`` chains (loops included)."""
    parent: dict[str, str] = {}
    for count, style in enumerate(root.iterchildren(_w("style")), start=1):
        if count > limits.DOCX_MAX_STYLES:
            raise InputError(
                f"the document defines more than {limits.DOCX_MAX_STYLES:,} styles; it was not "
                "read",
                path=path,
            )
        based = style.find(_w("basedOn"))
        if based is not None:
            parent[style.get(_w("styleId")) or ""] = based.get(_w("val")) or ""
    depth: dict[str, int] = {}
    for start in parent:
        chain: list[str] = []
        current: str | None = start
        while current is not None and current not in depth:
            if len(chain) > limits.DOCX_MAX_STYLE_DEPTH or current in chain:
                raise InputError(
                    f"its styles are based on one another more than "
                    f"{limits.DOCX_MAX_STYLE_DEPTH} deep (or in a loop), starting at style "
                    f"{start[:100]!r}",
                    path=path,
                )
            chain.append(current)
            current = parent.get(current)
        below = depth.get(current, 0) if current is not None else 0
        for offset, style_id in enumerate(reversed(chain)):
            depth[style_id] = below + offset + 1
        if depth[start] > limits.DOCX_MAX_STYLE_DEPTH:
            raise InputError(
                f"its styles are based on one another more than {limits.DOCX_MAX_STYLE_DEPTH} "
                f"deep, starting at style {start[:100]!r}",
                path=path,
            )


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _shown(value: int) -> str:
    text = f"{value:,}"
    return text if len(text) <= 30 else text[:27] + "…"
