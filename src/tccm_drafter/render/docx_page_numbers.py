"""Page numbers for an export on the user's own letterhead, when the letterhead has none.

The built-in reference document's footer says "Page 3 of 7". An organisation's letterhead
may number its pages in a header or footer of its own; when the section the export uses shows
no page number anywhere (no ``PAGE`` field in any of its headers and footers), a centred
"Page {page} of {pages}" line in the document's language is added to its footer (the
letterhead's own footer keeps its content, the line goes under it). Templates and the export
can turn this off.
"""

from __future__ import annotations

import re

from docx.document import Document as WordDocument
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.render.docx_runs import escape
from tccm_drafter.render.docx_styles import W_NS, w

_SLOT = re.compile(r"(\{page\}|\{pages\})")
_PAGE_FIELD = re.compile(r"^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)


def shows_page_numbers(word: WordDocument) -> bool:
    """True when a header or footer of the last section has a page-number field."""
    section = word.sections[-1]
    for part in (
        section.header,
        section.footer,
        section.first_page_header,
        section.first_page_footer,
        section.even_page_header,
        section.even_page_footer,
    ):
        if part.is_linked_to_previous:
            continue
        element = part._element
        for field in element.iter(w("fldSimple")):
            if _PAGE_FIELD.match(field.get(w("instr"), "")):
                return True
        for code in element.iter(w("instrText")):
            if _PAGE_FIELD.match(code.text or ""):
                return True
    return False


def add_page_numbers(word: WordDocument, pattern: str) -> bool:
    """Add a "Page {page} of {pages}" line (``pattern``) to the footer of the last section
    when no header or footer there shows a page number; True when it was added."""
    if shows_page_numbers(word):
        return False
    footer = word.sections[-1].footer
    if footer.is_linked_to_previous:
        footer.is_linked_to_previous = False  # a footer part of its own
    pieces: list[str] = []
    for piece in _SLOT.split(pattern):
        if piece == "{page}":
            pieces.append('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        elif piece == "{pages}":
            pieces.append('<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
        elif piece:
            pieces.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    paragraph = etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:jc w:val="center"/></w:pPr>{"".join(pieces)}</w:p>'
    )
    footer._element.append(paragraph)
    return True


__all__ = ["add_page_numbers", "shows_page_numbers"]
