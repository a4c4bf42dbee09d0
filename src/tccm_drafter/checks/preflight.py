"""Preflight: everything worth fixing before a submission is sent, each with its place.

Counts come from the rendered document through the one counting rule (render/counting.py),
the same numbers the outline, Copy Section and the plain-text export show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from tccm_drafter.checks.cover import check_cover
from tccm_drafter.checks.findings import (
    ERROR,
    INFO,
    TAKE_LATEST,
    USE_TRANSLATION,
    WARNING,
    Finding,
)
from tccm_drafter.checks.schedule import DEFAULT_WARN_DAYS, check_schedule, start_of_day
from tccm_drafter.checks.totals import check_totals
from tccm_drafter.errors import InputError
from tccm_drafter.model import Block, Library, ParagraphBlock, Submission
from tccm_drafter.model.blocks import block_source, has_update, is_blank
from tccm_drafter.model.counted import counted
from tccm_drafter.model.translations import (
    is_stale,
    language_name,
    same_language,
    translation_for,
)
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.document import Document, FootnoteRef, ListBlock
from tccm_drafter.render.markdown_parse import parse_markdown
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template, reference_for

__all__ = ["DEFAULT_WARN_DAYS", "ERROR", "INFO", "WARNING", "Finding", "check_submission"]


def _where(
    submission: Submission,
    section: int,
    block: int | None = None,
    paragraph_id: str | None = None,
    library: Library | None = None,
) -> str:
    """ "Section 2 ('The IGF'), paragraph “Funding the IGF”": places named as the user sees
    them (a paragraph by its title; its id only when no library has it)."""
    where = submission.place_name(section)
    where = where[0].upper() + where[1:]
    paragraph = library.get(paragraph_id) if library is not None and paragraph_id else None
    if paragraph is not None:
        where += f", paragraph “{paragraph.title}”"
    elif paragraph_id:
        where += f", paragraph '{paragraph_id}'"
    elif block is not None:
        where += f", block {block + 1}"
    return where


def _has_footnotes(markdown: str) -> bool:
    if "[^" not in markdown:
        return False

    def walk(nodes: list[object]) -> bool:
        for node in nodes:
            if isinstance(node, ListBlock):
                if any(walk(list(item.blocks)) for item in node.items):
                    return True
            elif any(isinstance(i, FootnoteRef) for i in getattr(node, "inlines", [])):
                return True
        return False

    return walk(list(parse_markdown(markdown)))


def check_submission(
    submission: Submission,
    library: Library,
    template: Template,
    *,
    today: date,
    now: datetime | None = None,
    warn_days: int = DEFAULT_WARN_DAYS,
    submission_path: Path | None = None,
    reference_docx: Path | None = None,
) -> list[Finding]:
    """Everything worth fixing before the submission is sent.

    ``now`` (aware) is the moment deadlines are measured from; without it, the start of
    ``today`` in the computer's zone. ``warn_days``: how many days ahead of the deadline, the
    sign-off date and the endorsement deadline to warn. ``reference_docx`` is the Word file the
    page estimate measures; without it, the one an export would use (the submission's or the
    organisation's, found relative to ``submission_path``; else the template's or built-in).
    """
    findings: list[Finding] = []
    add = findings.append
    rules = submission.consultation.rules
    check_schedule(submission, now or start_of_day(today), warn_days, add)
    check_cover(submission, add)

    for s, section in enumerate(submission.sections):
        if not section.blocks:
            add(Finding("empty-section", WARNING, f"{_where(submission, s)} has no text yet", s))
        for b, block in enumerate(section.blocks):
            if isinstance(block, ParagraphBlock):
                _check_paragraph(submission, library, s, b, block, add)
                _check_currency(submission, library, s, b, block, add, today)
            _check_blank(submission, library, s, b, block, add)
            if not rules.footnotes_allowed and _has_footnotes(block_source(block, library)):
                pid = block.paragraph_id if isinstance(block, ParagraphBlock) else None
                fallback = (
                    "in brackets in the text"
                    if template.footnote_fallback == "inline"
                    else "as a list of references"
                )
                add(
                    Finding(
                        "footnotes-not-allowed",
                        WARNING,
                        f"{_where(submission, s, b, pid, library)} has footnotes, which this "
                        f"consultation does not allow; they will be printed {fallback}",
                        s,
                        b,
                        pid,
                    )
                )

    try:
        result = render_submission(submission, library, template, today=today)
    except InputError as error:
        add(Finding("render-failed", ERROR, f"The template cannot be rendered: {error}"))
        return findings
    for problem in result.errors:
        add(Finding("bad-placeholder", ERROR, problem.message))
    for missing in result.missing:
        add(
            Finding(
                "missing-placeholder",
                ERROR,
                _where(submission, missing.section, missing.block, missing.paragraph_id, library)
                + f": the placeholder {{{{ {missing.name} }}}} has no value",
                missing.section,
                missing.block,
                missing.paragraph_id,
            )
        )
    _check_limits(submission, result.document, add)
    reference = reference_docx or reference_for(submission, template, submission_path)
    check_totals(rules, result.document, reference, add)
    return findings


def _check_blank(
    submission: Submission,
    library: Library,
    s: int,
    b: int,
    block: Block,
    add: Callable[[Finding], None],
) -> None:
    """A block with nothing of its own to print: empty, or only placeholders."""
    pid = block.paragraph_id if isinstance(block, ParagraphBlock) else None
    if pid is not None and pid not in library:
        return  # "unknown-paragraph" says it
    text = block_source(block, library)
    if not is_blank(text):
        return
    what = "is empty" if not text.strip() else "has nothing but placeholders"
    add(
        Finding(
            "empty-block",
            WARNING,
            f"{_where(submission, s, b, pid, library)} {what}: write its text or remove it",
            s,
            b,
            pid,
        )
    )


def _check_paragraph(
    submission: Submission,
    library: Library,
    s: int,
    b: int,
    block: ParagraphBlock,
    add: Callable[[Finding], None],
) -> None:
    where = _where(submission, s, b, block.paragraph_id, library)
    paragraph = library.get(block.paragraph_id)
    if paragraph is None:
        add(
            Finding(
                "unknown-paragraph",
                ERROR,
                f"{where} is in none of the libraries",
                s,
                b,
                block.paragraph_id,
            )
        )
        return
    if paragraph.superseded_by:
        successor = library.latest(block.paragraph_id)
        named = (
            f"“{successor.title}”"
            if successor is not None and successor.id != paragraph.id
            else f"'{paragraph.superseded_by}'"
        )
        add(
            Finding(
                "superseded",
                WARNING,
                f"{where} has been superseded by {named}",
                s,
                b,
                block.paragraph_id,
                fix=TAKE_LATEST if successor is not None and successor.id != paragraph.id else "",
            )
        )
    elif paragraph.is_retired:
        add(
            Finding(
                "retired",
                WARNING,
                f"{where} has been retired from the library",
                s,
                b,
                block.paragraph_id,
            )
        )
    elif paragraph.status.value == "draft":
        add(
            Finding(
                "draft", INFO, f"{where} is still a draft in the library", s, b, block.paragraph_id
            )
        )
    if has_update(block, paragraph):
        add(
            Finding(
                "update-available",
                WARNING,
                f"{where} has changed in the library since it was inserted ("
                + (
                    f"version {block.version} -> {paragraph.version}"
                    if paragraph.version > block.version
                    else f"its wording was edited and it is still version {paragraph.version}"
                )
                + "): update available",
                s,
                b,
                block.paragraph_id,
                fix=TAKE_LATEST,
            )
        )


def _check_currency(
    submission: Submission,
    library: Library,
    s: int,
    b: int,
    block: ParagraphBlock,
    add: Callable[[Finding], None],
    today: date,
) -> None:
    """Is the paragraph still timely, in the consultation's language, and its translation current?

    These findings name the paragraph by its title, the way the user sees it in the library.
    """
    paragraph = library.get(block.paragraph_id)
    if paragraph is None:
        return
    section = _where(submission, s)
    named = f"“{paragraph.title}”"

    def found(code: str, message: str, fix: str = "") -> None:
        add(Finding(code, WARNING, f"{section}: {message}", s, b, block.paragraph_id, fix))

    if paragraph.review_due(today) and paragraph.review_by is not None:
        found(
            "review-due",
            f"{named} was due for review on {paragraph.review_by.isoformat()}; "
            "check that it still holds before sending",
        )
    source = library.get(paragraph.translation_of) if paragraph.translation_of else None
    if source is not None and is_stale(paragraph, source):
        found(
            "translation-stale",
            f"{named} may be out of date: the {language_name(source.language)} source "
            f"(“{source.title}”) changed since this {language_name(paragraph.language)} "
            "text was made",
        )
    wanted = submission.consultation.language
    if wanted and not same_language(paragraph.language, wanted):
        message = (
            f"{named} is in {language_name(paragraph.language)}, but the consultation is in "
            f"{language_name(wanted)}"
        )
        other = translation_for(library, paragraph.id, wanted)
        if other is not None:
            message += f"; the library has it in {language_name(wanted)}: “{other.title}”"
        found("language-mismatch", message, USE_TRANSLATION if other is not None else "")


def _check_limits(
    submission: Submission, document: Document, add: Callable[[Finding], None]
) -> None:
    for s, summary in enumerate(document.sections):
        counts = section_counts(document, s)
        words, chars = counts.words, counts.characters
        if summary.word_limit and words > summary.word_limit:
            add(
                Finding(
                    "over-word-limit",
                    ERROR,
                    f"{_where(submission, s)} has {counted(words, 'word')}; the limit is "
                    f"{summary.word_limit:,}",
                    s,
                )
            )
        if summary.char_limit and chars > summary.char_limit:
            add(
                Finding(
                    "over-char-limit",
                    ERROR,
                    f"{_where(submission, s)} has {counted(chars, 'character')}; the limit is "
                    f"{summary.char_limit:,}",
                    s,
                )
            )
