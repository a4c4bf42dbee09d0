"""Real Word list numbering for the export: abstract definitions and one ``w:num`` per sequence.

Numbered paragraphs and lists are bound with ``w:numPr``; Word draws the numbers, so nothing
like "1." is ever typed into the text. Every ``w:num`` made here carries a ``startOverride``, so
a new sequence really starts again (Word would otherwise continue a shared abstract counter).
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.parts.numbering import NumberingPart
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.render.docx_styles import W_NS, w

_BULLETS = ("\u2022", "\u25e6", "\u25aa")


class Numbering:
    """Adds definitions to a document's numbering part (creating the part when missing)."""

    def __init__(self, word: WordDocument, *, rtl: bool = False) -> None:
        self._word = word
        self._rtl = rtl
        self._root: etree._Element | None = None
        self._abstract: dict[str, int] = {}
        self._next_abstract = 0
        self._next_num = 1

    # ------------------------------------------------------------------ public

    def paragraph_sequence(self, start: int) -> int:
        """A new numbering sequence for numbered paragraphs, first number ``start``."""
        return self._new_num(self._abstract_id("paragraphs"), start, 0)

    def list_sequence(self, ordered: bool, start: int, level: int) -> int:
        """A new list at ``level`` (0-based): decimal when ``ordered``, else bullets."""
        kind = "decimal" if ordered else "bullet"
        return self._new_num(self._abstract_id(kind), start if ordered else 1, level)

    # ------------------------------------------------------------------ internals

    def _numbering(self) -> etree._Element:
        if self._root is not None:
            return self._root
        document_part = self._word.part
        try:
            part = document_part.part_related_by(RT.NUMBERING)
        except KeyError:
            element = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}"/>')
            part = NumberingPart(
                PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, document_part.package
            )
            document_part.relate_to(part, RT.NUMBERING)
        root: etree._Element = part.element  # type: ignore[attr-defined]
        for abstract in root.iterchildren(w("abstractNum")):
            self._next_abstract = max(
                self._next_abstract, int(abstract.get(w("abstractNumId"), "0")) + 1
            )
        for num in root.iterchildren(w("num")):
            self._next_num = max(self._next_num, int(num.get(w("numId"), "0")) + 1)
        self._root = root
        return root

    def _abstract_id(self, kind: str) -> int:
        if kind in self._abstract:
            return self._abstract[kind]
        root = self._numbering()
        abstract_id = self._next_abstract
        self._next_abstract += 1
        element = etree.fromstring(_abstract_xml(abstract_id, kind, self._rtl))
        existing = list(root.iterchildren(w("abstractNum")))
        if existing:
            existing[-1].addnext(element)
        else:
            first_num = root.find(w("num"))
            if first_num is not None:
                first_num.addprevious(element)
            else:
                root.insert(_after_pictures(root), element)
        self._abstract[kind] = abstract_id
        return abstract_id

    def _new_num(self, abstract_id: int, start: int, level: int) -> int:
        root = self._numbering()
        num_id = self._next_num
        self._next_num += 1
        element = etree.fromstring(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{max(start, 0)}"/>'
            "</w:lvlOverride></w:num>"
        )
        cleanup = root.find(w("numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(element)
        else:
            root.append(element)
        return num_id


def _after_pictures(root: etree._Element) -> int:
    """Index after any ``w:numPicBullet`` (they come first in numbering.xml)."""
    return sum(1 for _ in root.iterchildren(w("numPicBullet")))


def _abstract_xml(abstract_id: int, kind: str, rtl: bool = False) -> str:
    """Nine levels; in a right-to-left document each level's paragraph is right to left, so
    the number stands on the right and the text indents from the right margin."""
    bidi = "<w:bidi/>" if rtl else ""
    levels: list[str] = []
    for level in range(9):
        if kind == "paragraphs":
            # Numbered paragraphs: number in the margin-side gutter, text aligned at 1 cm.
            fmt, text, left, hanging = "decimal", f"%{level + 1}.", 567 * (level + 1), 567
        elif kind == "decimal":
            fmt, text, left, hanging = "decimal", f"%{level + 1}.", 360 * (level + 1) + 357, 357
        else:
            fmt, text = "bullet", _BULLETS[level % len(_BULLETS)]
            left, hanging = 360 * (level + 1), 360
        fonts = (
            (
                '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" '
                'w:hint="default"/></w:rPr>'
            )
            if fmt == "bullet"
            else ""
        )
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>{bidi}'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{fonts}</w:lvl>'
        )
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x7CC30000 + abstract_id:08X}"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/>' + "".join(levels) + "</w:abstractNum>"
    )
