"""Each preflight finding, produced by a case built for it, naming section and paragraph."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.checks.preflight import Finding, check_submission
from tccm_drafter.model import (
    Library,
    Paragraph,
    ParagraphBlock,
    Section,
    Status,
    Submission,
    TextBlock,
)
from tccm_drafter.model.paragraph import revised
from tccm_drafter.model.translations import linked_to

TODAY = date(2026, 11, 22)


def _codes(findings: list[object]) -> list[str]:
    return [f.code for f in findings]  # type: ignore[attr-defined]


def _english_only() -> Submission:
    """The helpers' submission without its Arabic paragraph (kept there for the RTL tests)."""
    submission = make_submission()
    blocks = submission.sections[1].blocks
    blocks[:] = [
        b for b in blocks if not (isinstance(b, ParagraphBlock) and b.paragraph_id == "arabic")
    ]
    return submission


def test_clean_submission_has_no_findings(tmp_path: Path) -> None:
    findings = check_submission(
        _english_only(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert findings == []


def test_each_problem_is_found_where_it_is(tmp_path: Path) -> None:
    submission = make_submission(footnotes=False)
    submission.consultation.deadline = date(2026, 1, 31)
    submission.organisation.country = ""
    submission.consultation.rules.word_limit = None
    submission.sections[1].word_limit = 5
    submission.sections[1].char_limit = 20
    submission.sections[0].blocks.append(ParagraphBlock("old-position", version=1))
    submission.sections[0].blocks.append(ParagraphBlock("no-such-paragraph"))
    submission.sections[0].blocks.append(TextBlock("From {{ org.country }}."))
    stale = submission.sections[0].blocks[0]
    assert isinstance(stale, ParagraphBlock)
    stale.version = 1  # the library holds version 2
    submission.sections.append(Section("Anything else?"))
    findings = check_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    by_code = {f.code: f for f in findings}
    assert set(by_code) == {
        "deadline-passed",
        "superseded",
        "unknown-paragraph",
        "update-available",
        "missing-placeholder",
        "over-word-limit",
        "over-char-limit",
        "empty-section",
        "footnotes-not-allowed",
        "language-mismatch",
    }
    assert by_code["superseded"].message == (
        "Section 1 ('The IGF'), paragraph “Renew the mandate” has been superseded by "
        "“Supporting the IGF”"
    )
    assert by_code["superseded"].fix == "take-latest"
    assert (by_code["superseded"].section, by_code["superseded"].block) == (0, 2)
    assert by_code["unknown-paragraph"].paragraph_id == "no-such-paragraph"
    assert "version 1 -> 2" in by_code["update-available"].message
    assert by_code["missing-placeholder"].block == 4
    assert "{{ org.country }}" in by_code["missing-placeholder"].message
    assert by_code["over-word-limit"].section == 1
    assert "the limit is 5" in by_code["over-word-limit"].message
    assert by_code["empty-section"].section == 2
    assert by_code["footnotes-not-allowed"].paragraph_id == "igf-support"
    assert "2026-01-31" in by_code["deadline-passed"].message
    assert by_code["language-mismatch"].message == (
        "Section 2 ('The Internet'): “Arabic” is in Arabic, but the consultation is in English"
    )
    assert (by_code["language-mismatch"].section, by_code["language-mismatch"].block) == (1, 1)


def test_counts_follow_words_not_markup(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[1].blocks = [TextBlock("**multi-stakeholder** [WSIS+20](https://x.org)")]
    submission.sections[1].word_limit = 2
    submission.sections[1].char_limit = len("multi-stakeholder WSIS+20")
    findings = check_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert "over-word-limit" not in _codes(findings)
    assert "over-char-limit" not in _codes(findings)
    submission.sections[1].char_limit -= 1
    findings = check_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert "over-char-limit" in _codes(findings)


def test_edited_hash_mismatch_is_an_update(tmp_path: Path) -> None:
    submission = _english_only()
    library = make_library()
    block = submission.sections[1].blocks[0]
    assert isinstance(block, ParagraphBlock)
    block.base_hash = "0" * 16
    findings = check_submission(submission, library, make_template(tmp_path / "t"), today=TODAY)
    assert _codes(findings) == ["update-available"]
    paragraph = library.get("open-internet")
    assert paragraph is not None
    block.base_hash = paragraph.content_hash()
    assert check_submission(submission, library, make_template(tmp_path / "t"), today=TODAY) == []


def _with(submission: Submission, *paragraphs: Paragraph) -> tuple[Submission, Library]:
    """The English-only submission with ``paragraphs`` added to the library and to section 1."""
    library = make_library()
    for paragraph in paragraphs:
        library.put(paragraph)
        submission.sections[0].blocks.append(
            ParagraphBlock(paragraph.id, paragraph.version, paragraph.content_hash())
        )
    return submission, library


def test_review_due_names_the_paragraph_by_title(tmp_path: Path) -> None:
    timely = Paragraph(
        "welcome-outcome",
        "Welcoming the outcome",
        "We welcome the outcome.",
        status=Status.APPROVED,
        review_by=date(2027, 6, 30),
    )
    submission, library = _with(_english_only(), timely)
    template = make_template(tmp_path / "t")
    assert check_submission(submission, library, template, today=TODAY) == []
    late = check_submission(submission, library, template, today=date(2027, 6, 30))
    assert [(f.code, f.severity, f.block) for f in late] == [("review-due", "warning", 2)]
    assert late[0].message == (
        "Section 1 ('The IGF'): “Welcoming the outcome” was due for review on 2027-06-30; "
        "check that it still holds before sending"
    )


def test_a_translation_whose_source_changed_is_stale(tmp_path: Path) -> None:
    source = Paragraph("funding", "Funding the IGF", "Fund it.", status=Status.APPROVED)
    french = linked_to(
        Paragraph(
            "funding-fr", "Financer le FGI", "Financez-le.", status=Status.APPROVED, language="fr"
        ),
        source,
    )
    submission, library = _with(_english_only(), french)
    submission.consultation.language = "fr-FR"
    template = make_template(tmp_path / "t")
    library.put(source)
    ours = [
        f.code
        for f in check_submission(submission, library, template, today=TODAY)
        if f.paragraph_id == "funding-fr"
    ]
    assert ours == []  # current, and French as the consultation is

    library.put(revised(source, replace(source, body="Fund it from many sources.")))
    stale = [
        f
        for f in check_submission(submission, library, template, today=TODAY)
        if f.code == "translation-stale"
    ]
    assert [(f.severity, f.section, f.block, f.paragraph_id) for f in stale] == [
        ("warning", 0, 2, "funding-fr")
    ]
    assert stale[0].message == (
        "Section 1 ('The IGF'): “Financer le FGI” may be out of date: the English source "
        "(“Funding the IGF”) changed since this French text was made"
    )


def test_language_mismatch_compares_primary_subtags_and_offers_the_translation(
    tmp_path: Path,
) -> None:
    source = Paragraph("funding", "Funding the IGF", "Fund it.", language="en-GB")
    spanish = linked_to(
        Paragraph("funding-es", "Financiar el FGI", "Financiarlo.", language="es"), source
    )
    submission, library = _with(_english_only(), source)
    library.put(spanish)
    template = make_template(tmp_path / "t")
    for same in ("en", "en-GB", "EN-us"):
        submission.consultation.language = same
        assert check_submission(submission, library, template, today=TODAY) == [
            Finding(
                "draft",
                "info",
                "Section 1 ('The IGF'), paragraph “Funding the IGF” is still a draft in the "
                "library",
                0,
                2,
                "funding",
            )
        ]
    submission.consultation.language = "es-419"
    mismatch = [
        f
        for f in check_submission(submission, library, template, today=TODAY)
        if f.code == "language-mismatch"
    ]
    assert len(mismatch) == 3  # two English paragraphs from the helpers, and ours
    assert [f.paragraph_id for f in mismatch] == ["igf-support", "funding", "open-internet"]
    assert mismatch[1].message == (
        "Section 1 ('The IGF'): “Funding the IGF” is in English, but the consultation is in "
        "Spanish; the library has it in Spanish: “Financiar el FGI”"
    )
    submission.consultation.language = ""
    assert "language-mismatch" not in _codes(
        check_submission(submission, library, template, today=TODAY)
    )
