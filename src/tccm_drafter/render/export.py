"""The exporters behind one door: a rendered document written as Word, Markdown or text."""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.render.document import Document, ExportWarning
from tccm_drafter.storage.atomic import atomic_write_text


def document_text(doc: Document, fmt: str, *, counts: bool = True) -> str:
    """The document as Markdown or plain text (``counts``: the plain text's count lines)."""
    if fmt == "md":
        from tccm_drafter.render.markdown_export import to_markdown

        return to_markdown(doc)
    if fmt == "txt":
        from tccm_drafter.render.text_export import to_plain_text

        return to_plain_text(doc, counts=counts)
    raise ValueError(f"{fmt!r} is not a text format")


def write_document(
    doc: Document,
    fmt: str,
    out_path: Path,
    *,
    reference_docx: Path | None = None,
    page_numbers: bool = True,
    review_marks: bool = False,
    counts: bool = True,
) -> list[ExportWarning]:
    """Write ``doc`` atomically as ``fmt``; returns what the writer had to change.

    ``page_numbers``: a Word export on a letterhead that shows none gets page numbers.
    ``review_marks``: the Word file is the copy for review, with the marks a review import
    reads back (else the copy for sending, with none). ``counts``: the plain text's count
    lines."""
    if fmt == "docx":
        from tccm_drafter.render.docx_export import DocxExporter

        exporter = DocxExporter(
            reference_docx, page_numbers=page_numbers, review_marks=review_marks
        )
        return exporter.write(doc, out_path)
    atomic_write_text(out_path, document_text(doc, fmt, counts=counts))
    return []
