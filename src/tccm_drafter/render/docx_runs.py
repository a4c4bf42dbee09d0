"""Inline nodes -> WordprocessingML runs, as XML text (the fast path of the Word export).

The body is built as one XML string and parsed once; python-docx's object API costs a style
lookup and several element creations per run, far too slow for a 40,000-word submission.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from tccm_drafter.render.document import FootnoteRef, Inline, LineBreak, Link, Placeholder, Text
from tccm_drafter.render.links import anchor_name, is_safe_link

#: Characters XML 1.0 cannot hold: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPECIAL = re.compile("(\t|\r\n|\r|\n)")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_MONO = (
    '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" '
    'w:eastAsia="Courier New"/>'
)


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


@dataclass(frozen=True)
class RunStyle:
    """What every run of one paragraph shares (direction, language, complex-script size)."""

    rtl: bool = False
    #: Left to right inside a right-to-left document: written as w:rtl="0" against the defaults.
    ltr: bool = False
    lang: str | None = None
    size: int = 22  # half-points of the paragraph style; written as w:sz/w:szCs when rtl


class RunWriter:
    """Writes the runs of one story part (the document or the footnotes).

    ``sanitise`` strips forbidden characters and counts them for the caller's warning;
    ``footnote`` turns a footnote's content into its id (None inside footnotes themselves);
    ``refused`` hears of every link target written as plain text (see render/links.py).
    """

    def __init__(
        self,
        part: Part,
        styles: dict[str, str],
        sanitise: Callable[[str], str],
        footnote: Callable[[FootnoteRef, RunStyle], int] | None,
        refused: Callable[[str], None] = lambda target: None,
    ) -> None:
        self._part = part
        self._hyperlink_style = styles["Hyperlink"]
        self._note_style = styles["Footnote Reference"]
        self._sanitise = sanitise
        self._footnote = footnote
        self._refused = refused
        self._rels: dict[str, str] = {}
        self._next_rel = 1
        self._indexed = False

    def runs(
        self, inlines: Iterable[Inline], style: RunStyle, char_style: str | None = None
    ) -> str:
        out: list[str] = []
        for node in inlines:
            if isinstance(node, Text):
                out.append(
                    self._text_run(
                        node.text, style, char_style, node.bold, node.italic, node.code, False
                    )
                )
            elif isinstance(node, Link):
                out.append(self._link(node, style))
            elif isinstance(node, Placeholder):
                out.append(
                    self._text_run(
                        "{{ " + node.name + " }}", style, char_style, False, False, False, True
                    )
                )
            elif isinstance(node, LineBreak):
                out.append(f"<w:r>{_rpr(style, char_style)}<w:br/></w:r>")
            elif isinstance(node, FootnoteRef) and self._footnote is not None:
                note_id = self._footnote(node, style)
                out.append(
                    f"<w:r>{_rpr(style, self._note_style)}"
                    f'<w:footnoteReference w:id="{note_id}"/></w:r>'
                )
        return "".join(out)

    def footnote_mark(self, style: RunStyle) -> str:
        """The number at the start of a footnote's own text, and the space after it."""
        return (
            f"<w:r>{_rpr(style, self._note_style)}<w:footnoteRef/></w:r>"
            f'<w:r>{_rpr(style)}<w:t xml:space="preserve"> </w:t></w:r>'
        )

    def _link(self, node: Link, style: RunStyle) -> str:
        target = node.target
        if not is_safe_link(target):
            # Checked as written, before any cleaning: never a hyperlink, only its text.
            if target.strip():
                self._refused(target)
            return self.runs(_flatten(node.children), style)
        inner = self.runs(_flatten(node.children), style, self._hyperlink_style)
        anchor = anchor_name(target)
        if anchor is not None:
            return f'<w:hyperlink w:anchor="{escape(anchor)}">{inner}</w:hyperlink>'
        rel_id = self._rels.get(target)
        if rel_id is None:
            rel_id = self._add_hyperlink_rel(target)
        return f'<w:hyperlink r:id="{rel_id}" w:history="1">{inner}</w:hyperlink>'

    def _add_hyperlink_rel(self, target: str) -> str:
        # python-docx's relate_to scans every relationship per call (quadratic for thousands
        # of links); existing ones are indexed once and new ids counted here instead.
        rels = self._part.rels
        if not self._indexed:
            self._indexed = True
            for rel in rels.values():
                if rel.is_external and rel.reltype == RT.HYPERLINK:
                    self._rels.setdefault(rel.target_ref, rel.rId)
            if target in self._rels:
                return self._rels[target]
        while f"rId{self._next_rel}" in rels:
            self._next_rel += 1
        rel_id = f"rId{self._next_rel}"
        rels.add_relationship(RT.HYPERLINK, target, rel_id, is_external=True)
        self._rels[target] = rel_id
        return rel_id

    def _text_run(
        self,
        text: str,
        style: RunStyle,
        char_style: str | None,
        bold: bool,
        italic: bool,
        code: bool,
        highlight: bool,
    ) -> str:
        text = self._sanitise(text)
        if not text:
            return ""
        rpr = _rpr(style, char_style, bold, italic, code, highlight)
        if _SPECIAL.search(text) is None:
            return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        content: list[str] = []
        for piece in _SPECIAL.split(text):
            if piece == "\t":
                content.append("<w:tab/>")
            elif piece in ("\n", "\r", "\r\n"):
                content.append("<w:br/>")
            elif piece:
                content.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        return f"<w:r>{rpr}{''.join(content)}</w:r>"


def _flatten(inlines: Iterable[Inline]) -> list[Inline]:
    """Link children without nested links (Word cannot nest hyperlinks)."""
    flat: list[Inline] = []
    for node in inlines:
        if isinstance(node, Link):
            flat.extend(_flatten(node.children))
        else:
            flat.append(node)
    return flat


def _rpr(
    style: RunStyle,
    char_style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    code: bool = False,
    highlight: bool = False,
) -> str:
    """``w:rPr`` with its children in schema order (rStyle, rFonts, b, bCs, i, iCs, sz,
    szCs, highlight, rtl, lang)."""
    parts: list[str] = []
    if char_style:
        parts.append(f'<w:rStyle w:val="{char_style}"/>')
    if code:
        parts.append(_MONO)
    if bold:
        parts.append("<w:b/><w:bCs/>" if style.rtl else "<w:b/>")
    if italic:
        parts.append("<w:i/><w:iCs/>" if style.rtl else "<w:i/>")
    if style.rtl:
        parts.append(f'<w:sz w:val="{style.size}"/><w:szCs w:val="{style.size}"/>')
    if highlight:
        parts.append('<w:highlight w:val="yellow"/>')
    if style.rtl:
        parts.append("<w:rtl/>")
    elif style.ltr:
        parts.append('<w:rtl w:val="0"/>')
    if style.lang:
        lang = escape(style.lang)
        parts.append(
            f'<w:lang w:val="{lang}" w:bidi="{lang}"/>'
            if style.rtl
            else f'<w:lang w:val="{lang}"/>'
        )
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def with_size(style: RunStyle, size: int) -> RunStyle:
    return replace(style, size=size) if style.size != size else style
