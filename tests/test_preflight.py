"""Each preflight finding, produced by a case built for it, naming section and paragraph."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import ParagraphBlock, Section, TextBlock

TODAY = date(2026, 11, 22)


def _codes(findings: list[object]) -> list[str]:
    return [f.code for f in findings]  # type: ignore[attr-defined]


def test_clean_submission_has_no_findings(tmp_path: Path) -> None:
    findings = check_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
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
    }
    assert by_code["superseded"].message == (
        "Section 1 ('The IGF'), paragraph 'old-position' has been superseded by 'igf-support'"
    )
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
    submission = make_submission()
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
