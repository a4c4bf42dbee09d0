"""Read a consultation's call for input (.docx, .pdf, .txt, .md) into its paragraphs.

The file comes from outside: only an ordinary file of at most ``limits.CALL_FILE`` is read,
a .docx's zip is checked against the caps before anything is inflated, a PDF is read for at
most ``limits.CALL_MAX_PDF_PAGES`` pages (all in :mod:`tccm_drafter.storage.limits`).
What the paragraphs mean (which are questions, their limits) is decided in
:mod:`tccm_drafter.model.questions`; :func:`read_call_sections` does both.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Section
from tccm_drafter.model.questions import (
    CallParagraph,
    limit_only,
    sections_from_call,
    split_label,
)
from tccm_drafter.storage import limits
from tccm_drafter.storage.docx_package import checked_zip
from tccm_drafter.storage.textfile import decode_text, read_bytes

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
        return text_paragraphs(_pdf_text(data, path), wrapped=True)
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

    checked_zip(data, path).close()
    try:
        return docx_paragraphs(data)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(f"not a Word document that can be read ({exc})", path=path) from None


def _pdf_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise InputError("the PDF is encrypted; save an unprotected copy", path=path)
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(
                f"the PDF has {len(reader.pages)} pages; at most {MAX_PDF_PAGES} are read",
                path=path,
            )
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
            pages.append(text)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise InputError(f"not a PDF that can be read ({exc})", path=path) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(
            "the PDF has no text to read (a scan?); copy the questions and paste them", path=path
        )
    return text


def text_paragraphs(text: str, *, wrapped: bool = False) -> list[CallParagraph]:
    """Paragraphs of plain text: blank lines separate them, a numbered line starts one.

    ``wrapped`` (PDF text, where every line of the layout ends with a break): a line that
    ends a question ("?") or a sentence before a capitalised line also ends its paragraph.
    """
    out: list[CallParagraph] = []
    current: list[str] = []
    label, level = "", 0

    def flush() -> None:
        nonlocal current, label, level
        if current:
            out.append(CallParagraph(" ".join(current).strip(), label, level))
        current, label, level = [], "", 0

    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    for number, raw in enumerate(lines):
        line = raw.replace("\u00ad", "").rstrip()
        if not line.strip():
            flush()
            continue
        found, rest = split_label(line)
        if not found and limit_only(line):
            flush()
            current = [line.strip()]
            flush()
            continue
        if found:
            flush()
            label, level = found, 1 if len(line) - len(line.lstrip()) >= 2 else 0
            current = [rest]
        elif current and current[-1].endswith("-") and wrapped:
            current[-1] = current[-1][:-1] + line.strip()
        else:
            current.append(line.strip())
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        ends = line.rstrip()[-1:]
        if wrapped and (
            ends == "?" or (ends in ".)" and following[:1].isupper() and len(line) < 0.8 * width)
        ):
            flush()
    flush()
    return [p for p in out if p.text]


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def markdown_paragraphs(text: str) -> list[CallParagraph]:
    """Paragraphs of Markdown: headings marked as such, emphasis and links as plain text."""
    out: list[CallParagraph] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            out.extend(text_paragraphs(_MD_LINK.sub(r"\1", "\n".join(chunk))))
            chunk.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        plain = _MD_EMPHASIS.sub(r"\2", line)
        if _MD_HEADING.match(plain):
            flush()
            heading = _MD_HEADING.sub("", plain).strip().rstrip("#").strip()
            label, rest = split_label(heading)
            out.append(CallParagraph(_MD_LINK.sub(r"\1", rest), label, 0, "heading"))
        else:
            chunk.append(plain)
    flush()
    return out
