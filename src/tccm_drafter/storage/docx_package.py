"""Reading a Word file that came from someone else: in memory, bounded, never extracted.

A .docx is a zip of XML parts. :class:`DocxPackage` reads the file once with the shared
bounded reader (an ordinary file of at most ``limits.REVIEWED_DOCX``), checks the zip with
:class:`~tccm_drafter.storage.zipread.BoundedZip` against the caps in
:mod:`tccm_drafter.storage.limits` before any part is inflated, and parses parts with an XML
parser that resolves no entities, loads no DTD and uses no network.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.errors import InputError
from tccm_drafter.storage import limits
from tccm_drafter.storage.docx_budget import (
    ElementBudget,
    check_body,
    check_numbering,
    check_parts,
    check_styles,
)
from tccm_drafter.storage.textfile import read_bytes
from tccm_drafter.storage.zipread import BoundedZip, ZipLimits

DOCX_ZIP = ZipLimits(
    max_members=limits.DOCX_MAX_MEMBERS,
    max_member_bytes=limits.DOCX_MAX_PART_BYTES,
    max_total_bytes=limits.DOCX_MAX_TOTAL_BYTES,
    max_ratio=limits.DOCX_MAX_RATIO,
)
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def xml_parser() -> etree.XMLParser:
    """The only parser for untrusted XML: no entities, no DTD, no network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=False
    )


def checked_zip(data: bytes, path: Path) -> BoundedZip:
    """The .docx's zip, checked against the caps before anything is inflated."""
    return BoundedZip(data, path, DOCX_ZIP)


class DocxPackage:
    """The parts of a .docx read from bytes, with their relationships."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.path = path
        self._zip = checked_zip(data, path)
        self._names = {info.filename for info in self._zip.infos}
        self._budget = ElementBudget(path)
        self.main = ""
        main = self._main_part()
        if main is None:
            raise InputError("not a Word document (no main document part)", path=path)
        self.main = main

    @classmethod
    def open(cls, path: Path) -> DocxPackage:
        return cls(read_bytes(path, limits.REVIEWED_DOCX), path)

    def check_work(self, max_paragraphs: int | None = None) -> None:
        """Every work cap, for a reader that parses the whole package at once (python-docx):
        elements of all parts, paragraphs and table spans of the main part, list numbering
        and style chains (:mod:`tccm_drafter.storage.docx_budget`)."""
        parts = ((n, self.read(n)) for n in self.names() if n.endswith((".xml", ".rels")))
        check_parts(parts, self.path)
        check_body(self.read(self.main), self.path, max_paragraphs)
        for part in self.related(self.main, "numbering"):
            check_numbering(self.xml(part), self.path)
        for part in self.related(self.main, "styles"):
            check_styles(self.xml(part), self.path)

    def has(self, name: str) -> bool:
        return name in self._names

    def names(self) -> list[str]:
        return sorted(self._names)

    def read(self, name: str) -> bytes:
        return self._zip.read(name)

    def xml(self, name: str) -> etree._Element:
        """A part parsed, after its elements are counted against the file's work budget
        (and, for the main part, its paragraphs: :mod:`tccm_drafter.storage.docx_budget`)."""
        data = self.read(name)
        self._budget.spend(data, name)
        if name == self.main:
            check_body(data, self.path)
        try:
            return etree.fromstring(data, xml_parser())
        except etree.XMLSyntaxError as exc:
            raise InputError(
                f"damaged Word document: {name} is not well-formed XML ({exc})", path=self.path
            ) from None

    def relationships(self, part: str) -> list[tuple[str, str, str, bool]]:
        """``(id, type, target, external)`` of a part; internal targets as part names."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self._names:
            return []
        found: list[tuple[str, str, str, bool]] = []
        for rel in self.xml(rels_name).iter(f"{{{_PKG_RELS}}}Relationship"):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external:
                target = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
            found.append((rel.get("Id", ""), rel.get("Type", ""), target, external))
        return found

    def related(self, part: str, rel_type_suffix: str) -> list[str]:
        """Internal parts related from ``part`` with a type ending in ``/rel_type_suffix``."""
        return [
            target
            for _, kind, target, external in self.relationships(part)
            if not external and kind.endswith("/" + rel_type_suffix) and target in self._names
        ]

    def _main_part(self) -> str | None:
        for _, kind, target, external in self.relationships(""):
            if not external and kind in (OFFICE_DOCUMENT, _STRICT_OFFICE_DOCUMENT):
                return target if target in self._names else None
        return "word/document.xml" if "word/document.xml" in self._names else None
