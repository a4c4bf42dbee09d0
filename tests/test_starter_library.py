"""The starter library is right as of late 2026, in the project's own words, in six languages."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tccm_drafter.model import Library, ParagraphBlock, Status, TextBlock
from tccm_drafter.model.translations import is_stale, translation_for, translations_of
from tccm_drafter.render.placeholders import split_placeholders
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import context_shingles

#: When the library was last checked against its sources (issue 23); review dates lie after it.
REVIEWED_ON = date(2026, 12, 7)
UN_LANGUAGES = {"ar", "en", "es", "fr", "ru", "zh"}
KEY_IGF = ("igf-permanent-mandate", "igf-sustainable-funding", "igf-strengthening")
STARTER_FILES = sorted(starter_library_dir().rglob("*.md"))
EXAMPLE_FILES = sorted(examples_dir().glob("*.tccm"))


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    assert loaded.errors == []
    assert len(loaded.paragraphs) == len(STARTER_FILES)
    return Library.of(loaded.paragraphs, "starter")


def test_authors_and_endorsers_are_the_secretariat_or_nobody(library: Library) -> None:
    for paragraph in library:
        assert paragraph.author in ("TCCM Secretariat", ""), paragraph.id
        assert set(paragraph.endorsed_by) <= {"TCCM Secretariat"}, paragraph.id


def test_every_translation_links_to_the_current_wording_of_its_source(library: Library) -> None:
    translations = [p for p in library if p.translation_of]
    assert len(translations) >= 15
    for translation in translations:
        source = library.get(translation.translation_of or "")
        assert source is not None, translation.id
        assert translation.language.split("-")[0] != source.language.split("-")[0]
        assert translation.translated_from_version == source.version, translation.id
        assert translation.translated_from_hash == source.content_hash(), translation.id
        assert not is_stale(translation, source)
        assert translation.review_by == source.review_by, translation.id
        assert translation.topics == source.topics, translation.id


def _shape(markdown: str) -> tuple[int, int, int, list[str]]:
    """Paragraph breaks, list items, footnotes and placeholders: what a translation keeps."""
    names = [part.name for part in split_placeholders(markdown) if part.path]
    return (
        markdown.count("\n\n"),
        len(re.findall(r"^- ", markdown, flags=re.MULTILINE)),
        len(re.findall(r"\[\^\d+\]", markdown)),
        sorted(names),
    )


@pytest.mark.parametrize("source_id", KEY_IGF)
def test_key_igf_paragraphs_exist_in_all_six_un_languages(library: Library, source_id: str) -> None:
    source = library.get(source_id)
    assert source is not None
    versions = {source.language.split("-")[0]: source}
    versions |= {p.language.split("-")[0]: p for p in translations_of(library, source_id)}
    assert set(versions) == UN_LANGUAGES
    for language, version in versions.items():
        assert translation_for(library, source_id, language) == version
        # a full translation of today's English: same structure, placeholders, short variant
        assert _shape(version.body) == _shape(source.body), version.id
        assert bool(version.short) == bool(source.short), version.id
        assert _shape(version.short)[3] == _shape(source.short)[3], version.id
        assert version.status is Status.APPROVED


TIME_BOUND = {
    "wsis20-welcome-outcome",  # "we welcome the outcome" ages
    "igf-permanent-mandate",
    "igf-sustainable-funding",  # responds to a proposal still being taken forward
    "wsis20-implementation",  # the road maps are being drawn up
    "action-lines-fit",
    "gdc-wsis-alignment",
    "ai-governance-existing-fora",  # the Panel and the Dialogue are new
    "meaningful-connectivity",  # the ITU publishes new figures every year
    # the positions added for the consultations of 2026-27 follow processes under way
    "igf-funding-proposal-response",
    "action-line-roadmaps-c2-c5",
    "digital-financing-task-force",
    "gdc-review-2027",
    "ai-dialogue-technical-view",
    "data-governance-cross-border",
    "ict-security-global-mechanism",
    "itu-pp26-follow-up",
}


def test_time_bound_paragraphs_are_looked_at_again_within_a_year(library: Library) -> None:
    welcoming = {
        p.id
        for p in library
        if not p.is_retired and p.language.startswith("en") and "welcome" in p.body.casefold()
    }
    assert welcoming <= TIME_BOUND
    within_a_year = REVIEWED_ON.replace(year=REVIEWED_ON.year + 1)
    for paragraph_id in TIME_BOUND:
        paragraph = library.get(paragraph_id)
        assert paragraph is not None and paragraph.review_by is not None, paragraph_id
        assert paragraph.review_by <= within_a_year, paragraph_id
    for paragraph in library:
        if paragraph.review_by is not None:
            assert not paragraph.review_due(REVIEWED_ON), paragraph.id
            assert paragraph.review_due(paragraph.review_by)


def test_the_points_issue_11_corrected_stay_corrected(library: Library) -> None:
    def text(paragraph_id: str) -> str:
        found = library.get(paragraph_id)
        assert found is not None
        return " ".join([found.title, found.body, found.short])

    connectivity = text("meaningful-connectivity")
    assert "2.2 billion" in connectivity and "quarter" in connectivity
    assert "third" not in connectivity
    standards = text("open-standards")
    for fact in ("RFC 6852", "royalty-free", "FRAND", "ISO", "IEEE", "ITU-T", "W3C", "IETF"):
        assert fact in standards
    ai = text("ai-governance-existing-fora")
    assert "Scientific Panel" in ai and "Global Dialogue on AI Governance" in ai
    ai_sources = library.get("ai-governance-existing-fora").sources  # type: ignore[union-attr]
    assert any("79/325" in source.citation for source in ai_sources)
    assert "no single actor" not in text("multistakeholder-model-works").casefold()
    # the enhanced-cooperation paragraphs of the Tunis Agenda are no anchor for cooperation
    # among all stakeholders
    for paragraph in library:
        for source in paragraph.sources:
            if "Tunis" in source.citation:
                assert not re.search(r"\b(35|37|69|70|71)\b", source.citation), paragraph.id
    # responses to what the WSIS+20 outcome decided, not proposals of it
    assert "road map" in text("wsis20-implementation")
    assert "We suggest" not in text("wsis20-implementation")
    assert "Secretary-General" in text("igf-sustainable-funding")


def _example_texts(path: Path) -> list[str]:
    submission = load_submission(path)
    texts = [submission.title, submission.consultation.title, submission.addressee]
    for section in submission.sections:
        texts += [section.title, section.question]
        for block in section.blocks:
            if isinstance(block, TextBlock):
                texts.append(block.text)
            elif isinstance(block, ParagraphBlock) and block.local_text is not None:
                texts.append(block.local_text)
    return texts


_CHECKED = [(p, p.read_text(encoding="utf-8")) for p in STARTER_FILES] + [
    (p, "\n".join(_example_texts(p))) for p in EXAMPLE_FILES
]


@pytest.mark.parametrize(("path", "text"), _CHECKED, ids=lambda v: getattr(v, "name", ""))
def test_no_run_of_eight_words_from_the_coalition_statements(path: Path, text: str) -> None:
    shared = context_shingles.shared_runs(text, context_shingles.load_fingerprints())
    assert shared == [], f"{path.name} repeats the coalition's wording: {shared}"


def test_the_fingerprint_check_catches_a_copied_sentence(tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(
        "We believe the forum’s Future depends on many hands working in the open together.",
        encoding="utf-8",
    )
    prints = context_shingles.fingerprints(context_shingles.statements(tmp_path))
    copied = "Our members agree: the Forum's future depends on many HANDS working in the open."
    assert context_shingles.shared_runs(copied, prints) == [
        "the forum's future depends on many hands working",
        "forum's future depends on many hands working in",
        "future depends on many hands working in the",
        "depends on many hands working in the open",
    ]
    reworded = "Our members agree: what the Forum becomes depends on everyone, working openly."
    assert context_shingles.shared_runs(reworded, prints) == []
    seven = "the forum's future depends on many hands"  # seven words are not a run
    assert context_shingles.shared_runs(seven, prints) == []


_LIVE = context_shingles.context_dir()


@pytest.mark.skipif(_LIVE is None, reason="the coalition's statements are not on this machine")
def test_fingerprints_match_the_statements_and_catch_their_sentences() -> None:
    assert _LIVE is not None
    texts = context_shingles.statements(_LIVE)
    committed = context_shingles.load_fingerprints()
    assert context_shingles.fingerprints(texts) == committed, (
        "run tools/context_shingles.py: the statements changed"
    )
    sentence = max(re.split(r"(?<=[.!?])\s+", texts[0]), key=len)
    assert context_shingles.shared_runs(sentence, committed)
    for path, text in _CHECKED:
        live = context_shingles.fingerprints([text]) & context_shingles.fingerprints(texts)
        assert not live, path.name


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_check_on_each_example_reports_no_stale_translation_or_update(path: Path) -> None:
    """The command line, with a first-run personal library copied from the starter library.

    ``check`` uses today's date, so deadlines and review dates may pass as the calendar moves
    on; what must never appear is a library that disagrees with its own examples.
    """
    result = subprocess.run(
        [sys.executable, "-m", "tccm_drafter", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.strip(), "check prints its findings or 'no findings'"
    for symptom in ("changed in the library", "may be out of date", "but the consultation is in"):
        assert symptom not in result.stdout
