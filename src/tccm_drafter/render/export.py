"""The exporters behind one door: a rendered document written as Word, Markdown or text."""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.render.document import Document, ExportWarning
from tccm_drafter.storage.atomic import atomic_write_text

#: Every export format, in the order front ends offer them.
FORMATS = ("docx", "md", "txt")
#: Formats that are text and can be written to standard output.
TEXT_FORMATS = ("md", "txt")


def format_for_path(path: Path) -> str | None:
    """The format a file name asks for ("report.docx" -> "docx"), or None."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def document_text(doc: Document, fmt: str) -> str:
    """The document as Markdown or plain text."""
    if fmt == "md":
        from tccm_drafter.render.markdown_export import to_markdown

        return to_markdown(doc)
    if fmt == "txt":
        from tccm_drafter.render.text_export import to_plain_text

        return to_plain_text(doc)
    raise ValueError(f"{fmt!r} is not a text format")


def write_document(
    doc: Document,
    fmt: str,
    out_path: Path,
    *,
    reference_docx: Path | None = None,
    page_numbers: bool = True,
) -> list[ExportWarning]:
    """Write ``doc`` atomically as ``fmt``; returns what the writer had to change.

    ``page_numbers``: a Word export on a letterhead that shows none gets page numbers."""
    if fmt == "docx":
        from tccm_drafter.render.docx_export import DocxExporter

        return DocxExporter(reference_docx, page_numbers=page_numbers).write(doc, out_path)
    atomic_write_text(out_path, document_text(doc, fmt))
    return []
