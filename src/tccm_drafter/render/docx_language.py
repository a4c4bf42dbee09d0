"""The document's language in the Word export: right to left throughout for Arabic (and the
other RTL scripts), East Asian fonts for Chinese, Japanese and Korean, the footer's page label.

Everything here works on the parts of the reference document (styles, section properties,
headers, footers, font table) once per export; the body's own paragraphs and runs are written
right to left by the body writer (see ``docx_export._BodyWriter``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.render.docx_styles import W_NS, w
from tccm_drafter.render.i18n import is_rtl, primary_language

_REGIONS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ar": "ar-SA",
    "ru": "ru-RU",
    "zh": "zh-CN",
    "pt": "pt-PT",
    "de": "de-DE",
    "it": "it-IT",
    "nl": "nl-NL",
    "he": "he-IL",
    "fa": "fa-IR",
    "ur": "ur-PK",
    "ja": "ja-JP",
    "ko": "ko-KR",
}

# Schema order of the children that matter here (everything else keeps its place).
_PPR_AFTER_BIDI = (
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
_RPR_AFTER_RTL = ("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_SECT_AFTER_BIDI = ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")
_TBL_AFTER_BIDI = (
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
)
_PAGE_SLOT = re.compile(r"(\{page\}|\{pages\})")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@dataclass(frozen=True)
class EastAsianFont:
    """A font for Chinese, Japanese or Korean text that Windows and macOS both have (or that
    Word replaces by the font of the same character set: ``charset``), and its local name."""

    name: str
    local_name: str
    charset: str  # hex, as the font table writes it
    language: str  # w:lang/@w:eastAsia


_SIMPLIFIED = EastAsianFont("Microsoft YaHei", "微软雅黑", "86", "zh-CN")
_TRADITIONAL = EastAsianFont("Microsoft JhengHei", "微軟正黑體", "88", "zh-TW")
_JAPANESE = EastAsianFont("Yu Gothic", "游ゴシック", "80", "ja-JP")
_KOREAN = EastAsianFont("Malgun Gothic", "맑은 고딕", "81", "ko-KR")


def word_language(tag: str) -> str:
    """BCP 47 tag -> what Word expects in ``w:lang``: a bare language gets its usual region."""
    tag = tag.strip().replace("_", "-")
    if not tag:
        return "en-GB"
    return _REGIONS.get(tag.lower(), tag) if "-" not in tag else tag


def east_asian_font(tag: str) -> EastAsianFont | None:
    """The East Asian font for a Chinese, Japanese or Korean document; None for others."""
    primary = primary_language(tag)
    lowered = tag.lower().replace("_", "-")
    if primary == "zh":
        traditional = any(p in lowered.split("-") for p in ("hant", "tw", "hk", "mo"))
        return _TRADITIONAL if traditional else _SIMPLIFIED
    return {"ja": _JAPANESE, "ko": _KOREAN}.get(primary)


# ---------------------------------------------------------------------- helpers


def _insert(parent: etree._Element, child: etree._Element, before: tuple[str, ...]) -> None:
    """Add ``child`` to ``parent`` ahead of the first existing child named in ``before``."""
    names = {w(name) for name in before}
    for existing in parent:
        if existing.tag in names:
            existing.addprevious(child)
            return
    parent.append(child)


def _flag(parent: etree._Element, tag: str, before: tuple[str, ...]) -> None:
    """Switch on an on/off property (``w:bidi``, ``w:rtl``...) in ``parent``."""
    found = parent.find(w(tag))
    if found is None:
        _insert(parent, etree.Element(w(tag)), before)
    else:
        found.attrib.pop(w("val"), None)


def _child(parent: etree._Element, tag: str, index: int = 0) -> etree._Element:
    found = parent.find(w(tag))
    if found is None:
        found = etree.Element(w(tag))
        parent.insert(index, found)
    return found


def _story_parts(word: WordDocument) -> list[etree._Element]:
    """The root elements of the headers and footers."""
    roots: list[etree._Element] = []
    for rel in word.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        element = getattr(rel.target_part, "element", None)
        if element is not None:
            roots.append(element)
    return roots


def _numbering_root(word: WordDocument) -> etree._Element | None:
    """The numbering part's root, when the document has one."""
    for rel in word.part.rels.values():
        if not rel.is_external and rel.reltype == RT.NUMBERING:
            return getattr(rel.target_part, "element", None)
    return None


def _defaults(styles: etree._Element) -> tuple[etree._Element, etree._Element]:
    """``(pPr, rPr)`` of the document defaults, created when missing."""
    doc_defaults = _child(styles, "docDefaults")
    rpr_default = _child(doc_defaults, "rPrDefault")
    ppr_default = doc_defaults.find(w("pPrDefault"))
    if ppr_default is None:
        ppr_default = etree.Element(w("pPrDefault"))
        rpr_default.addnext(ppr_default)
    return _child(ppr_default, "pPr"), _child(rpr_default, "rPr")


# ---------------------------------------------------------------------- right to left


def make_right_to_left(word: WordDocument) -> None:
    """Page, defaults, headers, footers and tables of the reference become right to left.

    The body is written right to left by the body writer; this turns the rest around: the
    section (``w:bidi`` in every ``w:sectPr``: page numbers, columns and gutter mirror), the
    document defaults (``w:bidi`` paragraphs, ``w:rtl`` runs), every numbering level (the
    exporter's own levels are written right to left already), every paragraph and run of the
    headers and footers, and every table (``w:bidiVisual``). Call it after the body is built.
    """
    body = word.element.body
    for sect_pr in body.iter(w("sectPr")):
        _flag(sect_pr, "bidi", _SECT_AFTER_BIDI)
    ppr, rpr = _defaults(word.styles.element)
    _flag(ppr, "bidi", _PPR_AFTER_BIDI)
    _flag(rpr, "rtl", _RPR_AFTER_RTL)
    _mirror_styles(word.styles.element)
    for root in [body, *_story_parts(word)]:
        for table_pr in root.iter(w("tblPr")):
            _flag(table_pr, "bidiVisual", _TBL_AFTER_BIDI)
    numbering = _numbering_root(word)
    for level in numbering.iter(w("lvl")) if numbering is not None else ():
        level_ppr = level.find(w("pPr"))
        if level_ppr is None:
            level_ppr = etree.Element(w("pPr"))
            _insert(level, level_ppr, ("rPr",))
        _flag(level_ppr, "bidi", _PPR_AFTER_BIDI)
    for root in _story_parts(word):
        for paragraph in root.iter(w("p")):
            ppr = paragraph.find(w("pPr"))
            if ppr is None:
                ppr = etree.Element(w("pPr"))
                paragraph.insert(0, ppr)
            _flag(ppr, "bidi", _PPR_AFTER_BIDI)
        for run in root.iter(w("r")):
            run_pr = run.find(w("rPr"))
            if run_pr is None:
                run_pr = etree.Element(w("rPr"))
                run.insert(0, run_pr)
            _flag(run_pr, "rtl", _RPR_AFTER_RTL)
            size = run_pr.find(w("sz"))
            if size is not None and run_pr.find(w("szCs")) is None:
                # Right-to-left runs are measured by their complex-script size.
                size.addnext(etree.Element(w("szCs"), {w("val"): size.get(w("val"), "22")}))


def _mirror_styles(styles: etree._Element) -> None:
    """Paragraph borders are drawn on a physical side: a question's bar on the left becomes a
    bar on the right. Letter spacing is dropped: it pulls joined Arabic letters apart."""
    for style in styles.iterchildren(w("style")):
        borders = style.find(f"{w('pPr')}/{w('pBdr')}")
        if borders is not None:
            left, right = borders.find(w("left")), borders.find(w("right"))
            if left is not None:
                left.tag = w("right")
            if right is not None:
                right.tag = w("left")
            # Schema order inside pBdr: top, left, bottom, right, between, bar.
            order = ["top", "left", "bottom", "right", "between", "bar"]
            for child in sorted(
                borders,
                key=lambda el: (
                    order.index(etree.QName(el).localname)
                    if etree.QName(el).localname in order
                    else len(order)
                ),
            ):
                borders.append(child)
        spacing = style.find(f"{w('rPr')}/{w('spacing')}")
        if spacing is not None:
            spacing.getparent().remove(spacing)


# ---------------------------------------------------------------------- East Asian fonts


def use_east_asian_font(word: WordDocument, font: EastAsianFont) -> None:
    """Chinese/Japanese/Korean text in ``font``: document defaults, every style that names an
    East Asian font, the East Asian language, and a font-table entry Word can substitute by."""
    styles = word.styles.element
    _, rpr = _defaults(styles)
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        fonts = etree.Element(w("rFonts"))
        rpr.insert(0, fonts)
    fonts.set(w("eastAsia"), font.name)
    fonts.attrib.pop(w("eastAsiaTheme"), None)
    for style_fonts in styles.iter(w("rFonts")):
        if style_fonts is fonts:
            continue
        if w("eastAsia") in style_fonts.attrib or w("eastAsiaTheme") in style_fonts.attrib:
            style_fonts.set(w("eastAsia"), font.name)
            style_fonts.attrib.pop(w("eastAsiaTheme"), None)
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.Element(w("lang"))
        _insert(rpr, lang, ("eastAsianLayout", "specVanish", "oMath"))
    lang.set(w("eastAsia"), font.language)
    _add_to_font_table(word, font)


def _add_to_font_table(word: WordDocument, font: EastAsianFont) -> None:
    """Name the font in the font table with its local name and character set, so Word on a
    machine without it picks the system's font for that script."""
    for rel in word.part.rels.values():
        if not rel.is_external and rel.reltype == RT.FONT_TABLE:
            part = rel.target_part
            break
    else:
        return
    blob = part.blob
    if not blob or font.name.encode() in blob:
        return
    try:
        table = etree.fromstring(blob, _PARSER)
    except etree.XMLSyntaxError:
        return  # a reference document's broken font table is left as it is
    table.append(
        etree.fromstring(
            f'<w:font xmlns:w="{W_NS}" w:name="{font.name}"><w:altName w:val="{font.local_name}"/>'
            f'<w:charset w:val="{font.charset}"/><w:family w:val="swiss"/>'
            '<w:pitch w:val="variable"/></w:font>'
        )
    )
    # python-docx keeps the font table as plain bytes (no XML part class of its own).
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


# ---------------------------------------------------------------------- page label


def localise_page_label(word: WordDocument, pattern: str) -> None:
    """The built-in footer's "Page {PAGE} of {NUMPAGES}" becomes ``pattern`` ("Page {page} of
    {pages}", "第 {page} 页，共 {pages} 页"...), keeping the fields and the run formatting."""
    for root in _story_parts(word):
        for paragraph in list(root.iter(w("p"))):
            fields = {
                (field.get(w("instr")) or "").strip().upper(): field
                for field in paragraph.iter(w("fldSimple"))
            }
            if "PAGE" not in fields or "NUMPAGES" not in fields:
                continue
            plain = [run for run in paragraph.findall(w("r")) if run.find(w("t")) is not None]
            run_pr = plain[0].find(w("rPr")) if plain else None
            for child in list(paragraph):
                if child.tag != w("pPr"):
                    paragraph.remove(child)
            for piece in _PAGE_SLOT.split(pattern):
                if piece == "{page}":
                    paragraph.append(fields["PAGE"])
                elif piece == "{pages}":
                    paragraph.append(fields["NUMPAGES"])
                elif piece:
                    run = etree.SubElement(paragraph, w("r"))
                    if run_pr is not None:
                        run.append(copy.deepcopy(run_pr))
                    text = etree.SubElement(run, w("t"))
                    text.text = piece
                    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


__all__ = [
    "EastAsianFont",
    "east_asian_font",
    "is_rtl",
    "localise_page_label",
    "make_right_to_left",
    "use_east_asian_font",
    "word_language",
]
