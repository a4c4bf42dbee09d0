"""Read a consultation's call for input (.docx, .pdf, .txt, .md) into its paragraphs.

The file comes from outside: only an ordinary file of at most ``limits.CALL_FILE`` is read,
a .docx's zip is checked against the caps before anything is inflated, a PDF is read for at
most ``limits.CALL_MAX_PDF_PAGES`` pages (all in :mod:`tccm_drafter.storage.limits`).
What the paragraphs mean (which are questions, their limits) is decided in
:mod:`tccm_drafter.model.questions`; :func:`read_call_sections` does both.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model import Section
from tccm_drafter.model.questions import CallParagraph, sections_from_call
from tccm_drafter.storage import limits
from tccm_drafter.storage.call_text import markdown_paragraphs, text_paragraphs
from tccm_drafter.storage.docx_package import DocxPackage
from tccm_drafter.storage.pdf_text import pdf_text
from tccm_drafter.storage.textfile import decode_text, read_bytes

if TYPE_CHECKING:
    from pypdf import PageObject

MAX_PDF_PAGES = limits.CALL_MAX_PDF_PAGES
MAX_TEXT_CHARS = limits.CALL_MAX_TEXT_CHARS
SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown")
_WHAT = "a call for input as .docx, .pdf, .txt or .md"


def read_call(path: Path) -> list[CallParagraph]:
    """The paragraphs of a call file; raises :class:`InputError` naming the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"cannot read this kind of file; choose {_WHAT}", path=path)
    data = read_bytes(path, limits.CALL_FILE)
    if suffix == ".docx":
        return _docx(data, path)
    if suffix == ".pdf":
        return text_paragraphs(_pdf_text(data, path), layout=True)
    text = decode_text(data, path)[:MAX_TEXT_CHARS]
    return markdown_paragraphs(text) if suffix in (".md", ".markdown") else text_paragraphs(text)


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def read_call_text(text: str) -> list[CallParagraph]:
    """The paragraphs of a call's text pasted from its web page or document, read as a .txt
    file is (:func:`text_paragraphs`). Text copied from a web page often ends a paragraph with
    one line break rather than a blank line: when the text has no blank line at all, each line
    is a paragraph. At most ``limits.CALL_MAX_TEXT_CHARS`` characters are read."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_TEXT_CHARS]
    if not _BLANK_LINE.search(text.strip()):
        text = text.replace("\n", "\n\n")
    return text_paragraphs(text)


def read_call_sections(path: Path) -> list[Section]:
    """The sections a call's questions make (see :func:`sections_from_call`)."""
    return sections_from_call(read_call(path))


def _docx(data: bytes, path: Path) -> list[CallParagraph]:
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree  # type: ignore[import-untyped]

    from tccm_drafter.storage.call_docx import docx_paragraphs

    # Sizes, then work (storage/docx_budget.py): python-docx parses every part at once.
    DocxPackage(data, path).check_work(limits.CALL_MAX_PARAGRAPHS)
    try:
        return docx_paragraphs(data)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(f"not a Word document that can be read ({exc})", path=path) from None


def _pdf_text(data: bytes, path: Path) -> str:
    text = pdf_text(
        data, path, max_pages=MAX_PDF_PAGES, max_chars=MAX_TEXT_CHARS, page_text=_page_text
    )
    if not text.strip():
        raise InputError(
            "the PDF has no text to read (a scan?); copy the questions and paste them", path=path
        )
    return text


def _page_text(page: PageObject) -> str:
    """The page laid out line by line (blank lines between paragraphs, lists indented), or
    its plain text where the layout cannot be worked out."""
    from pypdf.errors import PyPdfError

    try:
        return page.extract_text(extraction_mode="layout") or ""
    except (PyPdfError, ValueError, KeyError, TypeError, ZeroDivisionError, IndexError):
        return page.extract_text() or ""
