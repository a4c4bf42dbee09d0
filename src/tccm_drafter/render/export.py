"""Export a submission to a file: render once, hand the document to one writer, write atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.render.document import ExportWarning
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template
from tccm_drafter.storage.atomic import atomic_write_text

FORMATS = ("docx", "md", "txt")


def export_submission(
    submission: Submission,
    library: Library,
    template: Template,
    fmt: str,
    out_path: Path,
    *,
    reference_docx: Path | None = None,
    today: date | None = None,
) -> list[ExportWarning]:
    """Write the submission as ``fmt`` (docx, md, txt); returns what the user should know.

    Raises :class:`tccm_drafter.errors.InputError` (nothing written) when a block or the template
    cannot be rendered. Unfilled placeholders do not stop an export; they come back as warnings
    (the preflight check reports them as problems before that).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    for number, section in enumerate(submission.sections, start=1):
        for block in section.blocks:
            if isinstance(block, ParagraphBlock) and block.paragraph_id not in library:
                # A submission must not go out with a hole where a paragraph should be.
                raise InputError(
                    f"section {number} ('{section.title}') uses paragraph "
                    f"'{block.paragraph_id}', which is in none of the libraries",
                    field="id",
                )
    result = render_submission(submission, library, template, today=today)
    if result.errors:
        raise result.errors[0]
    warnings = list(result.document.warnings)
    warnings.extend(ExportWarning(str(item)) for item in result.missing)
    if fmt == "docx":
        from tccm_drafter.render.docx_export import DocxExporter

        exporter = DocxExporter(reference_docx or template.reference_docx)
        warnings.extend(exporter.write(result.document, out_path))
    elif fmt == "md":
        from tccm_drafter.render.markdown_export import to_markdown

        atomic_write_text(out_path, to_markdown(result.document))
    else:
        from tccm_drafter.render.text_export import to_plain_text

        atomic_write_text(out_path, to_plain_text(result.document))
    return warnings
