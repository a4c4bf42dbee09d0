"""Exports, prepared the same way for every front end.

``prepare_export`` settles every question before anything is rendered: the format, the
template, the Word reference document (relative paths are relative to the submission's folder,
whoever asks) and paragraphs that are in no library (refused: a submission must not go out with
a hole in it). ``render_export`` renders and refuses a document with broken blocks, so a file
and standard output are refused alike; ``write_export`` writes the file atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.render.document import Document, ExportWarning
from tccm_drafter.render.export import document_text, write_document
from tccm_drafter.render.formats import FORMATS, SUFFIXES, TEXT_FORMATS, format_for_path

if TYPE_CHECKING:  # the renderer loads when an export is prepared (not for `library list`)
    from tccm_drafter.render.pipeline import RenderCache
    from tccm_drafter.render.templates import Template

#: What the default file name of the copy for review ends in.
REVIEW_SUFFIX = "-for-review"


@dataclass(frozen=True)
class ExportPlan:
    submission: Submission
    library: Library
    template: Template
    fmt: str
    #: None: the text goes to standard output (Markdown and plain text only).
    output: Path | None
    reference_docx: Path | None
    #: Add page numbers to a Word export on a letterhead that shows none.
    page_numbers: bool = True
    #: The Word copy for review (with the marks a review import reads back), not for sending.
    for_review: bool = False
    #: The plain text's "[Words: …]" line after each answer.
    counts: bool = True


@dataclass(frozen=True)
class RenderedExport:
    document: Document
    warnings: list[ExportWarning]


def choose_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the output file's, else Markdown."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InputError(f"unknown export format '{fmt}' (use {', '.join(FORMATS)})")
        return fmt
    return (format_for_path(output) if output is not None else None) or "md"


def reference_document(
    submission: Submission, submission_path: Path | None, explicit: Path | None
) -> Path | None:
    """The Word file whose styles and letterhead to use: the one given, else the submission's,
    else the organisation profile's; relative paths start at the submission's folder."""
    if explicit is not None:
        chosen = Path(explicit).expanduser()
    else:
        named = submission.reference_docx or submission.organisation.reference_docx
        if not named:
            return None
        chosen = Path(named).expanduser()
        if not chosen.is_absolute():
            base = submission_path.parent if submission_path is not None else Path.cwd()
            chosen = base / chosen
    if not chosen.is_file():
        raise InputError("Word reference document not found", path=chosen)
    return chosen


def refuse_unknown_paragraphs(
    submission: Submission, library: Library, submission_path: Path | None
) -> None:
    for number, section in enumerate(submission.sections, start=1):
        for block in section.blocks:
            if isinstance(block, ParagraphBlock) and block.paragraph_id not in library:
                raise InputError(
                    f"section {number} ('{section.title}') uses paragraph "
                    f"'{block.paragraph_id}', which is in none of the libraries",
                    path=submission_path,
                    line=_line_of(submission_path, f'"{block.paragraph_id}"'),
                    field="id",
                )


def _line_of(path: Path | None, needle: str) -> int | None:
    if path is None:
        return None
    try:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if line.lstrip().startswith("id") and needle in line:
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return None


def prepare_export(
    submission: Submission,
    library: Library,
    templates_dir: Path | None,
    *,
    submission_path: Path | None = None,
    fmt: str | None = None,
    output: Path | None = None,
    template: str | Template | None = None,
    reference_docx: Path | None = None,
    page_numbers: bool | None = None,
    for_review: bool = False,
    counts: bool = True,
) -> ExportPlan:
    """Check everything an export needs; raises InputError (one line) when it cannot go.

    ``page_numbers``: add page numbers to a Word export on a letterhead that shows none
    (None: as the template says, which is yes unless its template.toml says
    ``page_numbers = false``). ``for_review``: the Word copy for reviewers, with the marks
    a review import needs (the default is the copy for sending, which has none); its default
    file name ends in "-for-review". ``counts``: the plain text's count lines."""
    from tccm_drafter.render.templates import Template, find_template

    chosen = choose_format(fmt, output)
    if for_review and chosen != "docx":
        raise InputError("the copy for review is a Word document: export it as .docx")
    if output is None and chosen not in ("md", "txt"):
        if submission_path is None:
            raise InputError("a Word export needs a file to write to")
        output = default_output(submission_path, for_review=for_review)
    if output is not None and not output.parent.is_dir():
        raise InputError("the folder to write into does not exist", path=output.parent)
    found = (
        template
        if isinstance(template, Template)
        else find_template(template or submission.template, templates_dir)
    )
    refuse_unknown_paragraphs(submission, library, submission_path)
    reference = None
    if chosen == "docx":
        chosen_reference = reference_document(submission, submission_path, reference_docx)
        reference = chosen_reference or found.reference_docx
    numbers = found.page_numbers if page_numbers is None else page_numbers
    return ExportPlan(
        submission, library, found, chosen, output, reference, numbers, for_review, counts
    )


def default_output(submission_path: Path, *, for_review: bool) -> Path:
    """Where a Word export goes when no file is named: next to the submission, the copy for
    review named apart ("response-for-review.docx") so the two are not confused."""
    stem = submission_path.stem + (REVIEW_SUFFIX if for_review else "")
    return submission_path.with_name(stem + ".docx")


def render_export(
    plan: ExportPlan, *, today: date, cache: RenderCache | None = None
) -> RenderedExport:
    """Render the plan's submission; a block that cannot be rendered refuses the export."""
    from tccm_drafter.render.pipeline import render_submission

    result = render_submission(
        plan.submission, plan.library, plan.template, today=today, cache=cache
    )
    if result.errors:
        raise result.errors[0]
    warnings = list(result.document.warnings)
    warnings.extend(ExportWarning(str(item)) for item in result.missing)
    return RenderedExport(result.document, warnings)


def export_text(plan: ExportPlan, *, today: date) -> tuple[str, list[ExportWarning]]:
    """Markdown or plain text for standard output, refused exactly as a file would be."""
    rendered = render_export(plan, today=today)
    return document_text(rendered.document, plan.fmt, counts=plan.counts), rendered.warnings


def write_export(plan: ExportPlan, *, now: datetime) -> list[ExportWarning]:
    """Render and write the file atomically; returns what the user should know. ``now``
    (the front end's clock) dates the document and the file's properties."""
    if plan.output is None:
        raise InputError("no file to write to")
    rendered = render_export(plan, today=now.date())
    rendered.document.meta.created = now
    written = write_document(
        rendered.document,
        plan.fmt,
        plan.output,
        reference_docx=plan.reference_docx,
        page_numbers=plan.page_numbers,
        review_marks=plan.for_review,
        counts=plan.counts,
    )
    return rendered.warnings + written


def suffix_for(fmt: str) -> str:
    """The file suffix of an export format (".docx")."""
    return SUFFIXES[fmt]


__all__ = [
    "FORMATS",
    "REVIEW_SUFFIX",
    "TEXT_FORMATS",
    "ExportPlan",
    "ExportWarning",
    "RenderedExport",
    "choose_format",
    "default_output",
    "export_text",
    "prepare_export",
    "reference_document",
    "refuse_unknown_paragraphs",
    "render_export",
    "suffix_for",
    "write_export",
]
