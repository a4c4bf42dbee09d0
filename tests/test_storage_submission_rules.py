"""The .tccm keys for real consultation rules: deadline times and zones, whole-submission
limits, cover fields, signatory statuses and the submission's own status; old files still read."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.model import (
    Consultation,
    Organisation,
    Rules,
    Signatory,
    SignatoryStatus,
    Submission,
    SubmissionStatus,
)
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles, save_profile
from tccm_drafter.storage.settings import Settings, load_settings, save_settings
from tccm_drafter.storage.submission_file import (
    dumps_submission,
    load_submission,
    loads_submission,
    save_submission,
)

OLD_FILE = """\
format = 1
kind = "tccm-submission"
title = "Written before statuses existed"

[consultation]
title = "IGF call"
deadline = 2027-03-31

[consultation.rules]
word_limit = 500

[[signatories]]
organisation = "Example IXP"
country = "KE"
"""


def _full() -> Submission:
    return Submission(
        title="Joint statement",
        uid="2f1c0e5a9b7d4c3e8f6a1b2c3d4e5f60",
        status=SubmissionStatus.SENT,
        sent_on=date(2026, 12, 14),
        sent_to="IGF Secretariat, inputs@igf.example",
        sign_off=date(2026, 12, 10),
        endorsement_deadline=date(2026, 12, 12),
        consultation=Consultation(
            title="IGF call",
            deadline=date(2026, 12, 15),
            deadline_time=time(12, 0),
            deadline_zone="Europe/Zurich",
            rules=Rules(
                total_word_limit=500,
                total_char_limit=3500,
                page_limit=2,
                required_fields=["country_name", "capacity", "ecosoc_status", "region"],
                signatories_at="start",
            ),
        ),
        organisation=Organisation(
            name="Example Registry",
            country="NO",
            region="Western European and Others Group",
            capacity="organisational",
            ecosoc_status="special",
        ),
        signatories=[
            Signatory("Example IXP", "Ola", "KE", SignatoryStatus.CONFIRMED, date(2026, 12, 1)),
            Signatory(
                "Example NOG",
                "",
                "IN",
                SignatoryStatus.INVITED,
                date(2026, 11, 20),
                "a@nog.example",
            ),
            Signatory("Example RIR", status=SignatoryStatus.DECLINED),
            Signatory("Example Research Network", status=SignatoryStatus.WITHDRAWN),
        ],
    )


def test_every_new_field_survives_a_save(tmp_path: Path) -> None:
    path = tmp_path / "joint.tccm"
    save_submission(_full(), path)
    assert load_submission(path) == _full()
    text = path.read_text(encoding="utf-8")
    # Three keys of their own types: a version of the app that knows only the day reads it.
    assert 'deadline = 2026-12-15\ndeadline_time = 12:00:00\ndeadline_zone = "Europe/Zurich"\n' in (
        text
    )
    assert 'required_fields = ["country_name", "capacity", "ecosoc_status", "region"]' in text
    assert 'status = "sent"' in text and "sent_on = 2026-12-14" in text


def test_old_file_reads_as_before_and_signatories_as_confirmed(tmp_path: Path) -> None:
    submission = loads_submission(OLD_FILE, tmp_path / "old.tccm")
    assert submission.consultation.full_deadline() is not None
    assert submission.consultation.deadline == date(2027, 3, 31)
    assert submission.consultation.deadline_time is None
    assert submission.consultation.deadline_zone == ""
    assert submission.signatories[0].status is SignatoryStatus.CONFIRMED
    assert submission.signatories[0].status_date is None
    assert submission.status is SubmissionStatus.DRAFTING
    assert submission.consultation.rules.total_word_limit is None
    assert submission.consultation.rules.signatories_at == "end"
    assert submission.uid == ""


def test_a_file_without_the_new_keys_writes_none_of_them() -> None:
    text = dumps_submission(loads_submission(OLD_FILE, Path("old.tccm")))
    for key in ("deadline_zone", "sign_off", "status =", "uid", "total_word_limit", "region"):
        assert key not in text.replace('status = "confirmed"', "")
    assert "deadline = 2027-03-31\n" in text


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        ("2026-12-15T23:59:00-11:00", (time(23, 59), "UTC-11")),
        ("2026-12-15T23:59:00Z", (time(23, 59), "UTC")),
        ("2026-12-15T23:59:00", (time(23, 59), "")),
        ('"2026-12-15T23:59:00-11:00"', (time(23, 59), "UTC-11")),  # quoted, by hand
        ('2026-12-15\ndeadline_time = 23:59:00\ndeadline_zone = "CET"', (time(23, 59), "CET")),
    ],
)
def test_deadline_forms(tmp_path: Path, deadline: str, expected: tuple[time, str]) -> None:
    text = f'title = "x"\n[consultation]\ndeadline = {deadline}\n'
    consultation = loads_submission(text, tmp_path / "x.tccm").consultation
    assert (consultation.deadline_time, consultation.deadline_zone) == expected
    assert consultation.deadline == date(2026, 12, 15)


def test_a_zone_by_name_can_stand_beside_a_local_time(tmp_path: Path) -> None:
    text = (
        "format = 1\n[consultation]\ndeadline = 2026-12-15T12:00:00\n"
        'deadline_zone = "Geneva time"\n'
    )
    consultation = loads_submission(text, tmp_path / "x.tccm").consultation
    assert consultation.deadline_zone == "Europe/Zurich"


@pytest.mark.parametrize(
    ("snippet", "line", "message"),
    [
        (
            '[consultation]\ndeadline = 2026-12-15T12:00:00-11:00\ndeadline_zone = "CET"\n',
            3,
            "'consultation.deadline' is at UTC-11 but 'consultation.deadline_zone' (CET) is UTC+1",
        ),
        ('[consultation]\ndeadline = 2026-12-15\ndeadline_zone = "Mars"\n', 4, "'Mars' is not"),
        (
            "[consultation]\ndeadline = 2026-12-15T12:00:00\ndeadline_time = 13:00:00\n",
            4,
            "cannot stand beside a 'consultation.deadline' that has a time already",
        ),
        ('[consultation]\ndeadline = 2026-12-15\ndeadline_time = "noon"\n', 4, "time of day"),
        (
            '[consultation.rules]\nrequired_fields = ["region", "shoe_size"]\n',
            3,
            "names 'shoe_size', which is not a cover field",
        ),
        ("[consultation.rules]\ntotal_word_limit = 0\n", 3, "must be a positive number"),
        ('[consultation.rules]\nsignatories_at = "middle"\n', 3, "must be one of end, start"),
        ('[organisation]\ncapacity = "corporate"\n', 3, "one of , organisational, individual"),
        ('[[signatories]]\norganisation = "X"\nstatus = "maybe"\n', 4, "invited, confirmed"),
        ('status = "lost"\n', 2, "drafting, in-review, approved, sent"),
    ],
)
def test_bad_values_name_their_line(tmp_path: Path, snippet: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        loads_submission('title = "x"\n' + snippet, tmp_path / "bad.tccm")
    assert message in caught.value.message
    assert caught.value.line == line, str(caught.value)


def test_profile_carries_the_cover_fields(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config")
    org = Organisation(
        name="Example Registry",
        country="NO",
        region="WEOG",
        capacity="individual",
        ecosoc_status="roster",
    )
    save_profile(paths, org)
    assert load_profiles(paths) == [org]


def test_warning_days_setting(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config")
    assert load_settings(paths).deadline_warning_days == 7
    save_settings(paths, Settings(deadline_warning_days=14))
    assert load_settings(paths).deadline_warning_days == 14
    paths.settings_file.write_text("format = 1\ndeadline_warning_days = -2\n", encoding="utf-8")
    with pytest.raises(InputError, match="between 0 and 365"):
        load_settings(paths)
