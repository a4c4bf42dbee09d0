"""The footnotes part of the Word export (``/word/footnotes.xml``).

A reference document that already has a footnotes part keeps it (its separators and their
formatting) with its own footnotes removed; otherwise a new part with the two standard
separator footnotes (ids -1 and 0) is made and related from the document part.
"""

from __future__ import annotations

import contextlib

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.render.docx_styles import W_NS, w

_KEEP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}

_NEW_PART = (
    f'<w:footnotes xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


class Footnotes:
    """Hands out footnote ids and holds the part the footnote bodies go into."""

    def __init__(self, word: WordDocument) -> None:
        self._word = word
        self._part: XmlPart | None = None
        self._next_id = 1

    @property
    def part(self) -> XmlPart:
        if self._part is None:
            self._part = self._make_part()
        return self._part

    def add(self, body_xml: str) -> int:
        """Append a footnote whose ``w:footnote`` content is ``body_xml``; returns its id."""
        root = self.part.element
        note_id = self._next_id
        self._next_id += 1
        root.append(
            etree.fromstring(
                f'<w:footnote xmlns:w="{W_NS}" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                f'w:id="{note_id}">{body_xml}</w:footnote>',
                etree.XMLParser(huge_tree=True),
            )
        )
        return note_id

    def _make_part(self) -> XmlPart:
        document_part = self._word.part
        old: Part | None = None
        rel_found = None
        for rel in document_part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                rel_found, old = rel, rel.target_part
                break
        if old is None:
            element = etree.fromstring(_NEW_PART)
            part = XmlPart(
                PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, document_part.package
            )
            document_part.relate_to(part, RT.FOOTNOTES)
            return part
        element = old.element if isinstance(old, XmlPart) else etree.fromstring(old.blob)
        highest = 0
        for note in list(element.iterchildren(w("footnote"))):
            if note.get(w("type")) in _KEEP_TYPES:
                with contextlib.suppress(ValueError):
                    highest = max(highest, int(note.get(w("id"), "0")))
            else:
                element.remove(note)
        self._next_id = highest + 1
        part = XmlPart(old.partname, CT.WML_FOOTNOTES, element, document_part.package)
        # Same part name and relationship id; the package writes the new part in its place.
        # Relationships of the old part (hyperlinks in its footnotes) go with the footnotes.
        assert rel_found is not None
        rel_found._target = part  # python-docx has no public setter
        return part
