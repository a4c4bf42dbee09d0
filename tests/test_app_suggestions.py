"""Suggestions per question over the starter library: the right paragraphs, in the
submission's language, never retired ones, review dates marked; Draft from Library is one
undo step within the section's limit; the index ranks as the in-memory ranking does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tccm_drafter.app import suggestions
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Consultation, Library, Paragraph, Section, Status, Submission
from tccm_drafter.model.terms import Analyzer
from tccm_drafter.render.counting import count_markdown
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.paths import starter_library_dir

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def starter() -> Library:
    return Library.of(LibraryFolder(starter_library_dir(), writable=False).load().paragraphs)


def ids(found: list[suggestions.Suggestion]) -> list[str]:
    return [s.paragraph_id for s in found]


def test_a_question_gets_the_paragraphs_that_answer_it(starter: Library) -> None:
    found = suggestions.suggest(
        starter, "How should the IGF be funded in the long term?", "en", today=TODAY
    )
    assert "igf-sustainable-funding" in ids(found)[:3]
    funding = found[ids(found).index("igf-sustainable-funding")]
    assert "igf-sustainable-funding-fr" in funding.translations  # linked ones grouped
    assert not any(i.endswith("-fr") for i in ids(found))  # one per family


def test_the_submission_language_is_offered_and_stemming_works_in_it(starter: Library) -> None:
    french = suggestions.suggest(
        starter, "Quel financement durable pour le Forum ?", "fr", today=TODAY
    )
    assert ids(french)[0] == "igf-sustainable-funding-fr"
    english = suggestions.suggest(starter, "How is the Forum financed?", "fr", today=TODAY)
    assert "igf-sustainable-funding-fr" in ids(english)  # French version of an English hit


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("¿Cómo debería financiarse el Foro?", "es", "igf-sustainable-funding-es"),
        ("Как обеспечить финансирование Форума?", "ru", "igf-sustainable-funding-ru"),
        ("كيف ينبغي تمويل المنتدى؟", "ar", "igf-sustainable-funding-ar"),
        ("应如何为论坛提供资金？", "zh-Hans", "igf-sustainable-funding-zh"),
    ],
)
def test_every_language_of_the_library_is_matched(
    starter: Library, question: str, language: str, expected: str
) -> None:
    assert expected in ids(suggestions.suggest(starter, question, language, today=TODAY))[:3]


def test_stems_meet_across_forms() -> None:
    analyzer = Analyzer()
    assert analyzer.terms("strengthening", "en") == analyzer.terms("strengthened", "en")
    assert analyzer.terms("financement", "fr") == analyzer.terms("financements", "fr")
    assert "igf" in analyzer.terms("the Internet Governance Forum", "en")
    assert analyzer.terms("互联网治理", "zh") == ["互联", "联网", "网治", "治理"]


def test_retired_and_superseded_never_drafts_after_approved_review_marked(
    starter: Library,
) -> None:
    question = "Renewing the IGF mandate beyond 2025"  # the retired paragraph's own title
    found = suggestions.suggest(starter, question, "en", today=TODAY)
    assert "igf-renew-mandate-2024" not in ids(found)
    statuses = [s.status for s in found]
    assert statuses == sorted(statuses, key=lambda s: s is not Status.APPROVED)
    late = suggestions.suggest(starter, question, "en", today=date(2027, 7, 1))
    permanent = next(s for s in late if s.paragraph_id == "igf-permanent-mandate")
    assert permanent.review_due  # its review date (2027-06-30) has come
    assert not next(s for s in found if s.paragraph_id == "igf-permanent-mandate").review_due


def test_the_index_ranks_as_the_memory_ranking(tmp_path: Path, starter: Library) -> None:
    index = LibraryIndex.open(tmp_path / "cache")
    indexed, _ = load_library([LibraryFolder(starter_library_dir(), writable=False)], None, index)
    for question in ("How can the IGF be strengthened?", "Local traffic and exchange points"):
        in_memory = suggestions.suggest(starter, question, "en", today=TODAY)
        from_index = suggestions.suggest(indexed, question, "en", today=TODAY)
        assert ids(from_index) == ids(in_memory)


def _workspace(starter: Library, section: Section) -> Workspace:
    submission = Submission(
        title="Response",
        consultation=Consultation(title="Call", language="en"),
        sections=[section],
    )
    return Workspace(submission, Libraries([], starter.copy()))


def test_draft_from_library_fills_an_empty_section_within_its_limit(starter: Library) -> None:
    section = Section(
        title="Funding", question="How should the IGF be funded and strengthened?", word_limit=250
    )
    ws = _workspace(starter, section)
    edit = suggestions.draft(ws, 0, today=TODAY)
    assert edit is not None and edit.label == "Draft from Library"
    edit.apply(ws)
    blocks = ws.submission.sections[0].blocks
    assert 1 <= len(blocks) <= 3
    words = sum(
        count_markdown(starter.get(b.paragraph_id).body).words  # type: ignore[union-attr]
        for b in blocks
    )
    assert words <= 250
    edit.revert(ws)  # one undo step takes all of them away
    assert ws.submission.sections[0].blocks == []
    assert suggestions.draft(ws, 0, today=TODAY) is not None


def test_draft_leaves_a_section_with_text_alone(starter: Library) -> None:
    ws = _workspace(starter, Section(title="Funding", question="How should the IGF be funded?"))
    edit = suggestions.draft(ws, 0, today=TODAY)
    assert edit is not None
    edit.apply(ws)
    assert suggestions.draft(ws, 0, today=TODAY) is None
    unlimited = ws.submission.sections[0]
    assert 1 <= len(unlimited.blocks) <= suggestions.UNLIMITED_DRAFT  # no limit: the best few
    ws2 = _workspace(starter, replace(unlimited, blocks=[], question="zzzz qqqq"))
    assert suggestions.draft(ws2, 0, today=TODAY) is None  # nothing answers it


def _paragraph(pid: str, title: str, body: str, language: str = "en-GB") -> Paragraph:
    return Paragraph(pid, title, body, status=Status.APPROVED, language=language)


def test_a_question_is_compared_with_the_paragraphs_of_its_language() -> None:
    """French "sécurité" and English "security" share the stem "secur": the French
    paragraphs neither stand in for an English answer nor make the word look common."""
    french = [
        _paragraph(f"fr-{i}", f"Texte {i}", "La sécurité du réseau et son financement.", "fr")
        for i in range(6)
    ]
    english = [
        _paragraph("security", "Operations", "Security of the network depends on operators."),
        _paragraph("funding", "Funding", "Stable funding for the forum."),
    ]
    library = Library.of([*french, *english])
    found = ids(suggestions.suggest(library, "How is security financed?", "en", today=TODAY))
    assert found == ["security"]  # not the French ones, which hold "secur" and "financ"
    # A library with nothing in the question's language is compared in its languages.
    only_french = Library.of(french)
    assert ids(suggestions.suggest(only_french, "sécurité du réseau", "en", today=TODAY))
