"""Build the built-in Word reference document, ``templates/reference.docx``.

Usage: ``python tools/make_reference_docx.py [OUT]``. The result is deterministic (fixed core
property dates, fixed zip timestamps), so re-running it gives the same file.

A4, 2.5 cm margins, Liberation Sans 11 pt (metric-compatible with Arial, present on Linux and
replaced by Arial on Windows/macOS), 1.15 line spacing, 6 pt after paragraphs. Chinese,
Japanese and Korean characters default to Microsoft YaHei (the exporter picks the East Asian
font of a Chinese, Japanese or Korean document's own script). The header holds the marker
``ORGANISATION``, which the exporter replaces with the organisation's name; the footer reads
"Page X of Y" with real PAGE and NUMPAGES fields, which the exporter words in the document's
language.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from typing import cast

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle

from tccm_drafter.render.docx_language import east_asian_font, use_east_asian_font

ROOT = Path(__file__).resolve().parent.parent
FONT = "Liberation Sans"
DARK_BLUE = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
FIXED_DATE = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def _fonts(style: BaseStyle, name: str = FONT) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    # East Asian text keeps the document default's East Asian font.
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)
    fonts.attrib.pop(qn("w:eastAsia"), None)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _size(style: BaseStyle, points: float) -> None:
    style.font.size = Pt(points)  # type: ignore[attr-defined]
    rpr = style.element.get_or_add_rPr()
    half = str(int(points * 2))
    sz_cs = rpr.find(qn("w:szCs"))
    if sz_cs is None:
        sz_cs = parse_xml(f'<w:szCs {nsdecls("w")} w:val="{half}"/>')
        rpr.find(qn("w:sz")).addnext(sz_cs)
    sz_cs.set(qn("w:val"), half)


def _paragraph_style(doc: docx.document.Document, name: str) -> BaseStyle:
    try:
        return cast(BaseStyle, doc.styles[name])
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
        return cast(BaseStyle, style)


def build() -> bytes:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)

    # Document defaults: font and size for every script.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for child in list(rpr):
        if child.tag in (qn("w:rFonts"), qn("w:sz"), qn("w:szCs")):
            rpr.remove(child)
    rpr.insert(
        0,
        parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'),
    )
    # Schema order: sz and szCs come before lang.
    lang = rpr.find(qn("w:lang"))
    for xml in (f'<w:sz {nsdecls("w")} w:val="22"/>', f'<w:szCs {nsdecls("w")} w:val="22"/>'):
        if lang is not None:
            lang.addprevious(parse_xml(xml))
        else:
            rpr.append(parse_xml(xml))

    normal = doc.styles["Normal"]
    _fonts(normal)
    _size(normal, 11)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.15

    for name, size, before, after, colour in (
        ("Title", 24, 0, 6, DARK_BLUE),
        ("Subtitle", 14, 0, 12, GREY),
        ("Heading 1", 16, 18, 6, DARK_BLUE),
        ("Heading 2", 13, 12, 4, DARK_BLUE),
        ("Heading 3", 11.5, 10, 3, DARK_BLUE),
    ):
        style = doc.styles[name]
        _fonts(style)
        _size(style, size)
        style.font.color.rgb = colour
        style.font.bold = name != "Subtitle"
        style.font.italic = False
        pf = style.paragraph_format
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if name == "Title":
            pborder = style.element.get_or_add_pPr().find(qn("w:pBdr"))
            if pborder is not None:
                pborder.getparent().remove(pborder)

    question = _paragraph_style(doc, "Question")
    question.font.italic = True  # type: ignore[attr-defined]
    question.font.color.rgb = DARK_BLUE  # type: ignore[attr-defined]
    qpf = question.paragraph_format  # type: ignore[attr-defined]
    qpf.space_before, qpf.space_after = Pt(6), Pt(6)
    qpf.left_indent, qpf.right_indent = Cm(0.3), Cm(0.2)
    qpf.keep_with_next = True
    ppr = question.element.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="18" '
            'w:space="8" w:color="2F5496"/></w:pBdr>'
        )
    )
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="EEF2F8"/>'))
    _reorder_ppr(ppr)

    extra: tuple[tuple[str, int, float | None, RGBColor | None], ...] = (
        ("Meta", 0, None, GREY),
        ("Addressee", 0, None, None),
        ("Signature", 0, None, None),
        ("Signatory", 0, None, None),
        ("Reference", 3, 10, None),
        ("Note", 3, 9, GREY),
    )
    for name, after, pt_size, tint in extra:
        style = _paragraph_style(doc, name)
        style.paragraph_format.space_after = Pt(after)  # type: ignore[attr-defined]
        if pt_size:
            _size(style, pt_size)
        if tint:
            style.font.color.rgb = tint  # type: ignore[attr-defined]
    doc.styles["Signature"].paragraph_format.space_before = Pt(12)
    doc.styles["Signatory"].paragraph_format.left_indent = Cm(0.6)
    reference = doc.styles["Reference"].paragraph_format
    reference.left_indent, reference.first_line_indent = Cm(0.75), Cm(-0.75)

    footnote_text = _paragraph_style(doc, "Footnote Text")
    _size(footnote_text, 9)
    ftf = footnote_text.paragraph_format  # type: ignore[attr-defined]
    ftf.space_after, ftf.line_spacing = Pt(0), 1.0
    try:
        ref_style = doc.styles["Footnote Reference"]
    except KeyError:
        ref_style = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref_style.font.superscript = True
    try:
        link = doc.styles["Hyperlink"]
    except KeyError:
        link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True

    # Header: organisation name (replaced at export), right-aligned, small and grey.
    header = section.header
    header.is_linked_to_previous = False
    hpara = header.paragraphs[0]
    hpara.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hpara.add_run("ORGANISATION")
    run.font.size, run.font.color.rgb = Pt(9), GREY
    # Footer: "Page X of Y" with PAGE and NUMPAGES fields.
    footer = section.footer
    footer.is_linked_to_previous = False
    fpara = footer.paragraphs[0]
    fpara.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rpr_xml = '<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    for xml in (
        f'<w:r {nsdecls("w")}>{rpr_xml}<w:t xml:space="preserve">Page </w:t></w:r>',
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r>{rpr_xml}<w:t>1</w:t></w:r>'
        "</w:fldSimple>",
        f'<w:r {nsdecls("w")}>{rpr_xml}<w:t xml:space="preserve"> of </w:t></w:r>',
        f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r>{rpr_xml}<w:t>1</w:t></w:r>'
        "</w:fldSimple>",
    ):
        fpara._p.append(parse_xml(xml))

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    chinese = east_asian_font("zh")
    assert chinese is not None
    use_east_asian_font(doc, chinese)
    _prune(doc)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = "", "TCCM Drafter", "TCCM Drafter"
    props.comments, props.keywords, props.subject = "", "", ""
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


#: Styles the exporter uses; everything else of python-docx's 350 KB styles.xml goes.
_KEEP_STYLES = {
    "normal",
    "title",
    "subtitle",
    "heading 1",
    "heading 2",
    "heading 3",
    "question",
    "meta",
    "addressee",
    "signature",
    "signatory",
    "reference",
    "note",
    "list bullet",
    "list number",
    "list paragraph",
    "hyperlink",
    "footnote text",
    "footnote reference",
    "header",
    "footer",
    "quote",
    "strong",
    "emphasis",
    "table grid",
}


def _prune(doc: docx.document.Document) -> None:
    """Drop parts and styles the reference document does not need (smaller, faster exports)."""
    part = doc.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            part.drop_rel(rel_id)
    package_rels = part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rel_id]
    styles = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
    keep: set[str] = set()
    todo = [
        sid
        for sid, s in by_id.items()
        if s.get(qn("w:default")) == "1"
        or (
            s.find(qn("w:name")) is not None
            and s.find(qn("w:name")).get(qn("w:val")).lower() in _KEEP_STYLES
        )
    ]
    while todo:
        sid = todo.pop()
        if sid in keep or sid not in by_id:
            continue
        keep.add(sid)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[sid].find(qn(tag))
            if ref is not None:
                todo.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)


_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
]


def _reorder_ppr(ppr: object) -> None:
    children = list(ppr)  # type: ignore[call-overload]
    rank = {qn(f"w:{name}"): i for i, name in enumerate(_PPR_ORDER)}
    children.sort(key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        ppr.append(child)  # type: ignore[attr-defined]


def _normalise_zip(data: bytes) -> bytes:
    """Same bytes every run: fixed timestamps, sorted-as-written entries, one compression."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "templates" / "reference.docx"
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
