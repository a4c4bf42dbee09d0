"""Limits on the whole submission: all answers' words and characters, and printed pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tccm_drafter.checks.findings import ERROR, WARNING, Finding
from tccm_drafter.errors import InputError
from tccm_drafter.model import Rules, Submission
from tccm_drafter.model.counted import counted
from tccm_drafter.render.counting import document_counts
from tccm_drafter.render.document import Document
from tccm_drafter.render.page_estimate import PageModel, estimate_pages
from tccm_drafter.render.templates import Template


def reference_for(
    submission: Submission, template: Template, submission_path: Path | None
) -> Path | None:
    """The Word reference document an export would use: the submission's, else the
    organisation's (relative to the submission's folder), else the template's; None for the
    built-in one. A file that is not there is passed over, as the estimate is only that."""
    chosen = submission.reference_docx or submission.organisation.reference_docx
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_absolute() and submission_path is not None:
            path = submission_path.parent / path
        if path.is_file():
            return path
    return template.reference_docx


def check_totals(
    rules: Rules,
    document: Document,
    reference_docx: Path | None,
    add: Callable[[Finding], None],
) -> None:
    counts = document_counts(document)
    words, chars = counts.words, counts.characters
    if rules.total_word_limit and words > rules.total_word_limit:
        add(
            Finding(
                "over-total-word-limit",
                ERROR,
                f"The submission has {counted(words, 'word')} in all; the limit for the whole "
                f"submission is {rules.total_word_limit:,}",
            )
        )
    if rules.total_char_limit and chars > rules.total_char_limit:
        add(
            Finding(
                "over-total-char-limit",
                ERROR,
                f"The submission has {counted(chars, 'character')} in all; the limit for the whole "
                f"submission is {rules.total_char_limit:,}",
            )
        )
    if not rules.page_limit:
        return
    try:
        model = PageModel.from_reference_docx(reference_docx)
    except InputError as error:
        add(Finding("page-estimate-failed", WARNING, f"Pages cannot be estimated: {error}"))
        return
    pages = estimate_pages(document, model)
    if pages > rules.page_limit:
        add(
            Finding(
                "over-page-limit",
                WARNING,
                f"The Word export would take about {pages:.1f} pages; the limit is "  # pages > 1
                f"{rules.page_limit:,} (an estimate from the reference document's page size, "
                f"margins and {model.font_size:g} pt body text: about "
                f"{counted(model.words_per_page, 'word')} a page)",
            )
        )
