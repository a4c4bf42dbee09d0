"""What the secretariat reads: the built-in templates and the starter paragraphs never splice
the consultation's title into a sentence as if it were a noun phrase (they quote it, or say
"this consultation"), and print the stakeholder group exactly as the user wrote it."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tccm_drafter.model import Library
from tccm_drafter.render.i18n import document_labels
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template
from tccm_drafter.render.text_export import to_plain_text
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

TODAY = date(2026, 12, 7)
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
#: A title as calls write them: a phrase of its own, not a noun phrase that fits a sentence.
TITLE = "Call for inputs on the Global Digital Compact"
GROUP = "Technical community (registries)"  # written so, in no starter paragraph
#: Quote marks around a title, in the six languages ("“…”", "« … »", "«…»").
QUOTED = re.compile(r"[“«]\u00a0?" + re.escape(TITLE) + r"\u00a0?[”»]")


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    return Library.of(loaded.paragraphs, "starter")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("example", sorted(p.name for p in examples_dir().glob("*.tccm")))
def test_the_title_is_quoted_or_stands_alone_and_the_group_keeps_its_case(
    example: str, language: str, library: Library
) -> None:
    submission = load_submission(examples_dir() / example)
    submission.consultation.title = TITLE
    submission.consultation.language = language
    submission.organisation.stakeholder_group = GROUP
    template = find_template(submission.template, None)
    doc = render_submission(submission, library, template, today=TODAY).document
    text = to_plain_text(doc, counts=False)
    assert TITLE in text
    for chunk in text.split("\n\n"):
        if TITLE not in chunk:
            continue
        # The consultation-response subtitle starts with the title, as a heading would.
        alone = chunk.startswith(TITLE + " · ") or chunk == TITLE
        assert alone or QUOTED.search(chunk), chunk
    printed = re.findall(re.escape(GROUP), text, flags=re.IGNORECASE)
    assert all(found == GROUP for found in printed), printed
    if submission.template == "consultation-response":
        assert len(printed) == 2  # the cover line and the thanks paragraph


def test_labels_that_name_the_consultation_quote_it() -> None:
    for language in LANGUAGES:
        labels = document_labels(language)
        for name in ("contribution_to", "joint_statement_on"):
            filled = labels[name].before + TITLE + labels[name].after
            assert QUOTED.search(filled), (language, name, filled)


def test_starter_paragraphs_quote_the_title_and_set_the_group_apart(library: Library) -> None:
    for paragraph in library:
        for text in (paragraph.body, paragraph.short):
            for found in re.finditer(r"\{\{\s*consultation\.title\s*\}\}", text):
                around = text[found.start() - 1 : found.end() + 1]
                assert around[0] in "“«" and around[-1] in "”»", (paragraph.id, around)
            for found in re.finditer(r"\{\{\s*org\.stakeholder_group\s*\}\}", text):
                around = text[found.start() - 1 : found.end() + 1]
                assert around == "(" + found.group() + ")", (paragraph.id, around)
