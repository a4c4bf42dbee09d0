"""Styles for the Word export: make sure every style the exporter uses exists, resolve ids once.

python-docx looks a style up by name with a scan of styles.xml for every paragraph; the exporter
instead resolves each style to its id here, once per export, and writes ``w:pStyle`` /
``w:rStyle`` directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.render.document import Role

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W_NS + "}"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` -> ``{...main}p``."""
    return _W + tag


# name, type, based on, pPr xml, rPr xml: used only when the reference document lacks the style.
_STYLE_DEFS: list[tuple[str, str, str | None, str, str]] = [
    ("Normal", "paragraph", None, "", ""),
    (
        "Title",
        "paragraph",
        "Normal",
        '<w:spacing w:after="120"/><w:contextualSpacing/>',
        '<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="48"/><w:szCs w:val="48"/>',
    ),
    (
        "Subtitle",
        "paragraph",
        "Normal",
        '<w:spacing w:after="240"/>',
        '<w:color w:val="44546A"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    (
        "Heading 1",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
        '<w:outlineLvl w:val="0"/>',
        '<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
    ),
    (
        "Heading 2",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
        '<w:outlineLvl w:val="1"/>',
        '<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/>',
    ),
    (
        "Heading 3",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/>'
        '<w:outlineLvl w:val="2"/>',
        '<w:b/><w:bCs/><w:color w:val="2F5496"/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "Question",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="2F5496"/>'
        '</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/>'
        '<w:spacing w:before="120" w:after="120"/><w:ind w:left="170" w:right="113"/>',
        '<w:i/><w:iCs/><w:color w:val="1F3864"/>',
    ),
    ("Meta", "paragraph", "Normal", '<w:spacing w:after="0"/>', '<w:color w:val="404040"/>'),
    ("Addressee", "paragraph", "Normal", '<w:spacing w:before="240" w:after="360"/>', ""),
    (
        "Signature",
        "paragraph",
        "Normal",
        '<w:keepNext/><w:spacing w:before="240" w:after="0"/>',
        "",
    ),
    ("Signatory", "paragraph", "Normal", '<w:spacing w:after="0"/><w:ind w:left="360"/>', ""),
    (
        "Reference",
        "paragraph",
        "Normal",
        '<w:spacing w:after="60"/><w:ind w:left="425" w:hanging="425"/>',
        '<w:sz w:val="20"/><w:szCs w:val="20"/>',
    ),
    (
        "Note",
        "paragraph",
        "Normal",
        '<w:spacing w:after="60"/>',
        '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    ("List Bullet", "paragraph", "Normal", '<w:ind w:left="360" w:hanging="360"/>', ""),
    ("List Number", "paragraph", "Normal", '<w:ind w:left="360" w:hanging="360"/>', ""),
    (
        "Footnote Text",
        "paragraph",
        "Normal",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    ("Hyperlink", "character", None, "", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
    ("Footnote Reference", "character", None, "", '<w:vertAlign w:val="superscript"/>'),
]

_ROLE_STYLE: dict[Role, str] = {
    Role.TITLE: "Title",
    Role.SUBTITLE: "Subtitle",
    Role.META: "Meta",
    Role.QUESTION: "Question",
    Role.BODY: "Normal",
    Role.ADDRESSEE: "Addressee",
    Role.SIGNATURE: "Signature",
    Role.SIGNATORY: "Signatory",
    Role.REFERENCE: "Reference",
    Role.NOTE: "Note",
}

_DEFAULT_SZ = 22  # half-points: what Word assumes when nothing sets a size (11 pt in our base)


@dataclass
class ResolvedStyles:
    """Style ids by the name the exporter uses, plus each paragraph style's effective size."""

    ids: dict[str, str]
    sizes: dict[str, int]

    def role(self, role: Role) -> str:
        return self.ids[_ROLE_STYLE[role]]

    def heading(self, level: int) -> str:
        return self.ids[f"Heading {min(max(level, 1), 3)}"]

    def size_of(self, style_id: str) -> int:
        return self.sizes.get(style_id, _DEFAULT_SZ)


def ensure_styles(styles: etree._Element) -> ResolvedStyles:
    """Add the styles the export needs that ``styles`` (a ``w:styles`` element) lacks."""
    by_name: dict[str, tuple[str, str]] = {}
    taken_ids: set[str] = set()
    for style in styles.iterchildren(w("style")):
        style_id = style.get(w("styleId")) or ""
        taken_ids.add(style_id)
        name_el = style.find(w("name"))
        name = name_el.get(w("val"), "") if name_el is not None else style_id
        by_name.setdefault(name.lower(), (style_id, style.get(w("type")) or "paragraph"))
    ids: dict[str, str] = {}
    for name, kind, based_on, ppr, rpr in _STYLE_DEFS:
        found = by_name.get(name.lower())
        if found is not None and found[1] == kind:
            ids[name] = found[0]
            continue
        style_id = _free_id(name.replace(" ", ""), taken_ids)
        taken_ids.add(style_id)
        parent = ids.get(based_on) if based_on else None
        styles.append(_style_xml(name, kind, style_id, parent, ppr, rpr))
        ids[name] = style_id
        by_name[name.lower()] = (style_id, kind)
    return ResolvedStyles(ids=ids, sizes=_effective_sizes(styles))


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}{n}"
    return candidate


def _style_xml(
    name: str, kind: str, style_id: str, based_on: str | None, ppr: str, rpr: str
) -> etree._Element:
    parts = [
        f'<w:style xmlns:w="{W_NS}" w:type="{kind}" w:customStyle="1" '
        f'w:styleId="{style_id}"><w:name w:val="{name}"/>'
    ]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if kind == "paragraph" and name != "Normal":
        parts.append(f'<w:next w:val="{based_on or style_id}"/>')
    if kind == "character":
        parts.append('<w:uiPriority w:val="99"/><w:unhideWhenUsed/>')
    parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append("</w:style>")
    return etree.fromstring("".join(parts))


def _effective_sizes(styles: etree._Element) -> dict[str, int]:
    """Font size (half-points) each style ends up with through basedOn and docDefaults."""
    default = _DEFAULT_SZ
    sz = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}")
    if sz is not None:
        default = _int(sz.get(w("val")), default)
    own: dict[str, int] = {}
    parent: dict[str, str] = {}
    for style in styles.iterchildren(w("style")):
        style_id = style.get(w("styleId")) or ""
        size = style.find(f"{w('rPr')}/{w('sz')}")
        if size is not None:
            own[style_id] = _int(size.get(w("val")), default)
        based = style.find(w("basedOn"))
        if based is not None:
            parent[style_id] = based.get(w("val")) or ""
    result: dict[str, int] = {}
    for style_id in set(own) | set(parent):
        # Each style is resolved once: the chain walked from it settles every style on the
        # way (a chain of n styles costs n steps, not n * n), and a loop ends the walk.
        chain: dict[str, None] = {}
        current: str | None = style_id
        size = default
        while current is not None and current not in result:
            if current in own:
                size = own[current]
                break
            if current in chain:
                break
            chain[current] = None
            current = parent.get(current)
        else:
            if current is not None:
                size = result[current]
        for walked in chain:
            result[walked] = size
        result.setdefault(style_id, size)
    result.setdefault("", default)
    return result


def _int(value: str | None, fallback: int) -> int:
    try:
        return int(value) if value is not None else fallback
    except ValueError:
        return fallback


def set_document_language(styles: etree._Element, language: str, bidi_language: str) -> None:
    """Write ``w:lang`` on the document defaults: Latin text ``language``, complex script
    ``bidi_language``; an existing East Asian language is kept."""
    doc_defaults = styles.find(w("docDefaults"))
    if doc_defaults is None:
        doc_defaults = etree.Element(w("docDefaults"))
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(w("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(w("rPrDefault"))
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(w("rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, w("rPr"))
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.Element(w("lang"))
        # w:lang comes after every run property except eastAsianLayout/specVanish/oMath.
        anchor = None
        for tag in ("eastAsianLayout", "specVanish", "oMath"):
            anchor = rpr.find(w(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(w("val"), language)
    lang.set(w("bidi"), bidi_language)
