"""Reading a Word package (a zip of XML parts) within a byte budget, and the small XML edits
the reference-document cleaner makes (see :mod:`tccm_drafter.render.docx_reference`)."""

from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.errors import InputError
from tccm_drafter.storage import limits
from tccm_drafter.storage.docx_budget import check_parts
from tccm_drafter.storage.zipread import BoundedZip, ZipLimits, ZipRefused

#: At most this many members, and this many bytes unpacked in all.
MAX_MEMBERS = limits.REFERENCE_DOCX_MAX_PARTS
MAX_UNPACKED_BYTES = limits.REFERENCE_DOCX_MAX_UNPACKED_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)


def q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def parse_part(data: bytes, name: str, path: Path) -> etree._Element:
    """An XML part, parsed without DTDs, entities or network; one InputError otherwise."""
    try:
        tree = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"part {name!r} of the Word file is not XML ({exc})", path=path) from None
    if tree.getroottree().docinfo.doctype:
        raise InputError(f"part {name!r} of the Word file declares a DTD", path=path)
    return tree


def read_members(raw: bytes, path: Path) -> dict[str, bytes]:
    """Every member of the zip through storage's bounded reader: stored and deflate only, at
    most :data:`MAX_MEMBERS` parts and :data:`MAX_UNPACKED_BYTES` unpacked, read in steps."""
    bounds = ZipLimits(
        max_members=MAX_MEMBERS,
        max_member_bytes=MAX_UNPACKED_BYTES,
        max_total_bytes=MAX_UNPACKED_BYTES,
        max_ratio=limits.REFERENCE_DOCX_MAX_RATIO,
    )
    try:
        with BoundedZip(raw, path, bounds) as archive:
            members = {info.filename: archive.read(info) for info in archive.infos}
    except ZipRefused as error:
        where = f"part '{error.member}' of " if error.member else ""
        raise InputError(
            f"{where}the Word file cannot be used: {error.reason}", path=path
        ) from None
    check_parts(members.items(), path)
    return members


def to_xml(element: etree._Element) -> bytes:
    data: bytes = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def drop(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def unwrap(element: etree._Element) -> None:
    """Replace an element by its children (a hyperlink or field keeps its visible text)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(
        c for c in element if not str(c.tag).endswith("}instr") and c.tag != q(W, "rPr")
    ):
        parent.insert(index + offset, child)
    parent.remove(element)


_CONTAINERS = {q(W, "drawing"), q(W, "pict"), q(W, "object")}
_CLICKS = {"hlinkClick", "hlinkHover", "hlinkMouseOver"}


def unlink(root: etree._Element, dropped: set[str]) -> None:
    """Take out whatever still refers to a dropped relationship."""
    if not dropped:
        return
    prefix = "{" + OFFICE_REL + "}"
    for element in list(root.iter()):
        refs = [
            k for k, v in element.attrib.items() if str(k).startswith(prefix) and str(v) in dropped
        ]
        if not refs or (element.getparent() is None and element is not root):
            continue
        local = etree.QName(element).localname
        if element.tag == q(W, "hyperlink"):
            unwrap(element)
        elif local in _CLICKS or refs == [prefix + "link"]:
            if local in _CLICKS:
                drop(element)
            else:
                del element.attrib[prefix + "link"]
        else:
            container = next((a for a in element.iterancestors() if a.tag in _CONTAINERS), element)
            drop(container)


def empty_body(root: etree._Element) -> None:
    """The reference's own text (and what it shows) never reaches an export: keep the last
    section's properties, with the headers and footers it shows.

    Word carries a header or footer forward: a section whose properties name no header of a
    kind (default, first page, even pages) shows the previous section's. Only the last
    section is kept, so what it inherits is written into it.
    """
    body = root.find(q(W, "body"))
    if body is None:
        return
    sections = list(body.iter(q(W, "sectPr")))
    last = body.find(q(W, "sectPr"))
    if last is not None and len(sections) > 1:
        _inherit_headers(sections, last)
    for child in list(body):
        if child.tag != q(W, "sectPr"):
            body.remove(child)


_REFERENCES = (q(W, "headerReference"), q(W, "footerReference"))


def _inherit_headers(sections: list[etree._Element], last: etree._Element) -> None:
    shown: dict[tuple[str, str], etree._Element] = {}
    for section in sections:
        for reference in section:
            if reference.tag in _REFERENCES:
                shown[(str(reference.tag), str(reference.get(q(W, "type"), "default")))] = reference
    own = {(str(r.tag), str(r.get(q(W, "type"), "default"))) for r in last if r.tag in _REFERENCES}
    # References come first in w:sectPr (headers, then footers); keep that order.
    missing = [ref for key, ref in shown.items() if key not in own]
    missing.sort(key=lambda ref: _REFERENCES.index(ref.tag))
    anchor = next((c for c in last if c.tag not in _REFERENCES), None)
    for reference in missing:
        copied = copy.deepcopy(reference)
        if anchor is not None:
            anchor.addprevious(copied)
        else:
            last.append(copied)


def only_separators(root: etree._Element) -> None:
    """The reference's own footnotes and endnotes belong to its old body."""
    for note in list(root):
        if note.get(q(W, "type")) not in (
            "separator",
            "continuationSeparator",
            "continuationNotice",
        ):
            root.remove(note)
