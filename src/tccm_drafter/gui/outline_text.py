"""What the outline writes for a section and a block (translated in the outline's context)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from tccm_drafter.app.fields import first_words
from tccm_drafter.gui.block_notes import notes_marker
from tccm_drafter.gui.i18n import number_text
from tccm_drafter.model import Block, Library, SectionRole, Submission, TextBlock
from tccm_drafter.model.blocks import Marker
from tccm_drafter.model.counting import Counts


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SubmissionOutline", text, None, n)


def section_name(submission: Submission, index: int) -> str:
    """ "3. Funding the IGF", "Introduction", "Closing"."""
    section = submission.sections[index]
    if section.role is SectionRole.INTRODUCTION:
        return QCoreApplication.translate("SubmissionOutline", "Introduction")
    if section.role is SectionRole.CLOSING:
        return QCoreApplication.translate("SubmissionOutline", "Closing")
    title = section.title or QCoreApplication.translate("SubmissionOutline", "(untitled section)")
    return f"{submission.question_number(index)}. {title}"


def section_tip(submission: Submission, index: int) -> str:
    section = submission.sections[index]
    if section.role is SectionRole.INTRODUCTION:
        return QCoreApplication.translate(
            "SubmissionOutline", "Text before the first question, printed without a heading"
        )
    if section.role is SectionRole.CLOSING:
        return QCoreApplication.translate(
            "SubmissionOutline", "Text after the last question, printed without a heading"
        )
    return section.question or section.title


def count_text(submission: Submission, index: int, counts: Counts | None) -> str:
    """ "212 / 250 words · 1,480 / 1,500 characters" ("…" until the first render)."""
    section = submission.sections[index]
    rules = submission.consultation.rules
    words = "…" if counts is None else number_text(counts.words)
    chars = "…" if counts is None else number_text(counts.characters)
    parts = []
    word_limit = section.effective_word_limit(rules)
    char_limit = section.effective_char_limit(rules)
    if word_limit is not None:
        parts.append(
            QCoreApplication.translate("SubmissionOutline", "{0} / {1} words").format(
                words, number_text(word_limit)
            )
        )
    if char_limit is not None:
        parts.append(
            QCoreApplication.translate("SubmissionOutline", "{0} / {1} characters").format(
                chars, number_text(char_limit)
            )
        )
    if not parts:
        count = counts.words if counts is not None else 2
        parts.append(_tr("{0} word(s)", count).format(words))
    return " · ".join(parts)


def block_label(
    block: Block, library: Library, found: list[Marker], values: Mapping[str, str]
) -> str:
    """ "¶ Funding the IGF [edited] [2 notes]", "Text: We add that…" (a free-text block's
    first words as they print, fields with their ``values``)."""
    translate = QCoreApplication.translate
    labels = {
        Marker.FREE_TEXT: translate("SubmissionOutline", "free text"),
        Marker.EDITED: translate("SubmissionOutline", "edited"),
        Marker.NEWER: translate("SubmissionOutline", "newer in library"),
        Marker.RETIRED: translate("SubmissionOutline", "retired"),
        Marker.SUPERSEDED: translate("SubmissionOutline", "superseded"),
        Marker.SHORT: translate("SubmissionOutline", "short variant"),
        Marker.MISSING: translate("SubmissionOutline", "not in library"),
        Marker.STALE_TRANSLATION: translate("SubmissionOutline", "translation out of date"),
        Marker.REVIEW_DUE: translate("SubmissionOutline", "review due"),
    }
    marks = "".join(f" [{labels.get(m, str(m))}]" for m in found)
    marks += notes_marker(block.notes)
    if isinstance(block, TextBlock):
        shown = first_words(block.text, values) or translate("SubmissionOutline", "(empty)")
        return translate("SubmissionOutline", "Text: {0}").format(shown) + marks
    paragraph = library.get(block.paragraph_id)
    title = paragraph.title if paragraph is not None else block.paragraph_id
    return translate("SubmissionOutline", "¶ {0}").format(title) + marks
