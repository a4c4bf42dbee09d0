"""Preflight for the rules consultations really set: whole-submission limits, exact deadlines,
sign-off and endorsement dates, required cover fields, signatories who have not confirmed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
from docx.shared import Cm, Pt

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.checks.findings import Finding
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import (
    ParagraphBlock,
    Section,
    Signatory,
    SignatoryStatus,
    Submission,
    SubmissionStatus,
    TextBlock,
)
from tccm_drafter.model.deadline import Deadline

TODAY = date(2026, 11, 22)
OSLO = ZoneInfo("Europe/Oslo")


def _check(
    submission: Submission, tmp_path: Path, *, now: datetime | None = None, **options: object
) -> dict[str, Finding]:
    findings = check_submission(
        submission,
        make_library(),
        make_template(tmp_path / "t"),
        today=TODAY,
        now=now,
        **options,  # type: ignore[arg-type]
    )
    return {finding.code: finding for finding in findings}


def _english_only() -> Submission:
    """The helpers' submission without its Arabic paragraph (kept there for the RTL tests)."""
    submission = make_submission()
    blocks = submission.sections[1].blocks
    blocks[:] = [
        b for b in blocks if not (isinstance(b, ParagraphBlock) and b.paragraph_id == "arabic")
    ]
    return submission


def _words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


def _statement(words_per_section: tuple[int, ...]) -> Submission:
    submission = _english_only()
    submission.sections = [
        Section(f"Part {n + 1}", blocks=[TextBlock(_words(count))])
        for n, count in enumerate(words_per_section)
    ]
    return submission


def test_an_843_word_statement_breaks_a_500_word_limit_on_the_whole(tmp_path: Path) -> None:
    submission = _statement((420, 423))
    submission.consultation.rules.word_limit = 500  # applied per section: each part passes
    assert _check(submission, tmp_path) == {}
    submission.consultation.rules.total_word_limit = 500
    finding = _check(submission, tmp_path)["over-total-word-limit"]
    assert finding.message == (
        "The submission has 843 words in all; the limit for the whole submission is 500"
    )
    assert finding.severity == "error"


def test_whole_submission_characters(tmp_path: Path) -> None:
    submission = _statement((100, 100))  # 499 characters each, and the break between them
    submission.consultation.rules.word_limit = None
    submission.consultation.rules.total_char_limit = 999
    assert "over-total-char-limit" not in _check(submission, tmp_path)
    submission.consultation.rules.total_char_limit = 998
    assert _check(submission, tmp_path)["over-total-char-limit"].message == (
        "The submission has 999 characters in all; the limit for the whole submission is 998"
    )


def _reference(path: Path, *, font_pt: float, width_cm: float, height_cm: float) -> Path:
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(width_cm), Cm(height_cm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    word.styles["Normal"].font.size = Pt(font_pt)
    word.save(str(path))
    return path


def test_pages_are_estimated_from_the_reference_document(tmp_path: Path) -> None:
    submission = _statement((450, 450))
    submission.consultation.rules.word_limit = None
    submission.consultation.rules.page_limit = 2
    a4_small = _reference(tmp_path / "a4.docx", font_pt=10, width_cm=21, height_cm=29.7)
    a5_large = _reference(tmp_path / "a5.docx", font_pt=14, width_cm=14.8, height_cm=21)
    assert "over-page-limit" not in _check(submission, tmp_path, reference_docx=a4_small)
    finding = _check(submission, tmp_path, reference_docx=a5_large)["over-page-limit"]
    assert finding.severity == "warning"
    assert "The Word export would take about " in finding.message
    assert "the limit is 2 (an estimate from the reference document's page size, margins and " in (
        finding.message
    )
    assert "14 pt body text" in finding.message


def test_the_submissions_own_reference_document_is_measured(tmp_path: Path) -> None:
    submission = _statement((450, 450))
    submission.consultation.rules.word_limit = None
    submission.consultation.rules.page_limit = 2
    _reference(tmp_path / "letterhead.docx", font_pt=14, width_cm=14.8, height_cm=21)
    submission.organisation.reference_docx = "letterhead.docx"  # relative to the .tccm
    found = _check(submission, tmp_path, submission_path=tmp_path / "statement.tccm")
    assert "over-page-limit" in found
    assert "over-page-limit" not in _check(submission, tmp_path)  # built-in A4, 11 pt


def test_deadline_compares_instants_not_days(tmp_path: Path) -> None:
    submission = _english_only()
    submission.consultation.set_deadline(Deadline(date(2026, 12, 15), time(23, 59), "UTC-11"))
    # 16 December 10:30 UTC: already the 16th in Oslo, still the 15th in UTC-11.
    found = _check(submission, tmp_path, now=datetime(2026, 12, 16, 10, 30, tzinfo=UTC))
    assert "deadline-passed" not in found
    assert found["deadline-near"].message == (
        "The consultation's deadline is within the hour: "
        "16 December 2026, 10:59 UTC (15 December 2026, 23:59 UTC-11)"
    )
    late = _check(submission, tmp_path, now=datetime(2026, 12, 16, 11, 0, tzinfo=OSLO))
    assert "deadline-passed" not in late  # 10:00 UTC
    passed = _check(submission, tmp_path, now=datetime(2026, 12, 16, 12, 0, tzinfo=OSLO))
    assert passed["deadline-passed"].message == (
        "The consultation's deadline, 16 December 2026, 11:59 CET (15 December 2026, 23:59 "
        "UTC-11) (2026-12-15T23:59-11:00), has passed"
    )


def test_deadline_warning_days_ahead(tmp_path: Path) -> None:
    submission = _english_only()
    submission.consultation.set_deadline(Deadline(date(2026, 12, 1), time(12), "Europe/Zurich"))
    now = datetime(2026, 11, 22, 9, 0, tzinfo=OSLO)
    assert "deadline-near" not in _check(submission, tmp_path, now=now)  # 9 days: default 7
    near = _check(submission, tmp_path, now=now, warn_days=10)["deadline-near"]
    assert near.message == "The consultation's deadline is in 9 days: 1 December 2026, 12:00 CET"
    submission.status = SubmissionStatus.SENT
    assert _check(submission, tmp_path, now=now, warn_days=10) == {}


def test_a_plain_date_deadline_still_passes_the_day_after(tmp_path: Path) -> None:
    submission = _english_only()
    submission.consultation.deadline = date(2026, 11, 21)
    assert "deadline-passed" in _check(submission, tmp_path)
    submission.consultation.deadline = TODAY
    assert _check(submission, tmp_path)["deadline-near"].message.startswith(
        "The consultation's deadline is in 23 hours: 22 November 2026"
    )


def test_internal_sign_off(tmp_path: Path) -> None:
    submission = _english_only()
    submission.sign_off = date(2026, 11, 25)
    near = _check(submission, tmp_path)["sign-off-near"]
    assert near.message == "Internal sign-off is in 3 days: 25 November 2026"
    submission.sign_off = date(2026, 11, 20)
    assert _check(submission, tmp_path)["sign-off-passed"].message == (
        "The internal sign-off date, 20 November 2026, has passed and the submission is still "
        "drafting"
    )
    submission.status = SubmissionStatus.APPROVED
    assert _check(submission, tmp_path) == {}


def test_required_cover_fields(tmp_path: Path) -> None:
    submission = _english_only()
    rules = submission.consultation.rules
    rules.required_fields = ["region", "capacity", "ecosoc_status", "country_name"]
    findings = [
        f
        for f in check_submission(
            submission, make_library(), make_template(tmp_path / "t"), today=TODAY
        )
        if f.code == "missing-cover-field"
    ]
    assert [f.message for f in findings] == [
        "The call asks for the region; the organisation's 'Region' is not filled in",
        "The call asks for whether it is sent in an individual or an organisational capacity; "
        "the organisation's 'Capacity' is not filled in",
        "The call asks for the organisation's ECOSOC consultative status; the organisation's "
        "'ECOSOC consultative status' is not filled in",
    ]
    org = submission.organisation
    org.region, org.capacity, org.ecosoc_status = "WEOG", "organisational", "none"
    assert _check(submission, tmp_path) == {}
    org.country = "QQ"
    assert "not a country code the app can name" in (
        _check(submission, tmp_path)["missing-cover-field"].message
    )


def test_invited_signatories_are_flagged_as_the_endorsement_deadline_nears(
    tmp_path: Path,
) -> None:
    submission = _english_only()
    submission.signatories = [
        Signatory("Example IXP", status=SignatoryStatus.CONFIRMED),
        Signatory("Example NOG", status=SignatoryStatus.INVITED),
        Signatory("Example RIR", status=SignatoryStatus.INVITED),
        Signatory("Example Root Ops", status=SignatoryStatus.DECLINED),
    ]
    submission.endorsement_deadline = date(2026, 12, 20)
    assert _check(submission, tmp_path) == {}
    submission.endorsement_deadline = date(2026, 11, 26)
    assert _check(submission, tmp_path)["signatories-unanswered"].message == (
        "2 invited organisations have not answered and the endorsement deadline is in 4 days; "
        "they will not be printed unless they confirm: Example NOG, Example RIR"
    )
    submission.endorsement_deadline = None
    submission.consultation.deadline = date(2026, 11, 24)
    assert "the consultation's deadline is in 2 days" in (
        _check(submission, tmp_path)["signatories-unanswered"].message
    )


def test_a_statement_nobody_has_confirmed(tmp_path: Path) -> None:
    submission = _english_only()
    submission.signatories = [Signatory("Example NOG", status=SignatoryStatus.INVITED)]
    assert _check(submission, tmp_path)["no-confirmed-signatories"].message == (
        "The one signatory has not confirmed; the statement will name no signatories"
    )
