"""Limits on the whole submission: all answers' words and characters, and printed pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tccm_drafter.checks.findings import ERROR, WARNING, Finding
from tccm_drafter.errors import InputError
from tccm_drafter.model import Rules
from tccm_drafter.model.counted import counted
from tccm_drafter.render.counting import document_counts
from tccm_drafter.render.document import Document
from tccm_drafter.render.page_estimate import PageModel, estimate_pages


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
