"""Deadlines as calls write them: parsed, placed in time, and shown in the user's own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.model import Consultation
from tccm_drafter.model.deadline import Deadline, days_left, format_deadline, parse_deadline
from tccm_drafter.model.timezones import UnknownZoneError, canonical_zone, zone_info

OSLO = ZoneInfo("Europe/Oslo")
DAY = date(2026, 12, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 December 2026, 23:59 UTC-11", Deadline(DAY, time(23, 59), "UTC-11")),
        ("15 December 2026, 23:59 UTC−11:00", Deadline(DAY, time(23, 59), "UTC-11")),
        ("2026-12-15 12:00 Geneva time", Deadline(DAY, time(12), "Europe/Zurich")),
        ("by 12:00 (Geneva time) on 15 December 2026", Deadline(DAY, time(12), "Europe/Zurich")),
        ("17:00 CET, 15 Dec 2026", Deadline(DAY, time(17), "CET")),
        (
            "midnight New York time, 15 December 2026",
            Deadline(DAY, time(23, 59), "America/New_York"),
        ),
        ("2026-12-15T23:59-11:00", Deadline(DAY, time(23, 59), "UTC-11")),
        ("2026-12-15T10:00Z", Deadline(DAY, time(10), "UTC")),
        ("2026-12-15", Deadline(DAY)),
        (
            "Tuesday, 15th December 2026 at 5 p.m. (Nairobi time)",
            Deadline(DAY, time(17), "Africa/Nairobi"),
        ),
        ("December 15, 2026 11:59pm EST", Deadline(DAY, time(23, 59), "EST")),
        ("15/12/2026 17h00 AoE", Deadline(DAY, time(17), "AoE")),
        ("12/15/2026 noon GMT+5:30", Deadline(DAY, time(12), "UTC+5:30")),
        ("15.12.2026, 18.00 Central European Time", Deadline(DAY, time(18), "CET")),
        ("15 December 2026, 23:59", Deadline(DAY, time(23, 59))),
    ],
)
def test_wordings_calls_use(text: str, expected: Deadline) -> None:
    assert parse_deadline(text) == expected


def test_a_time_alone_takes_the_day_given() -> None:
    assert parse_deadline("23:59 UTC-11", default_day=DAY) == Deadline(DAY, time(23, 59), "UTC-11")
    with pytest.raises(InputError, match="no date found in '23:59 UTC-11'"):
        parse_deadline("23:59 UTC-11")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("15 December 2026 23:59 Mars time", "'Mars time' is not a time zone this app knows"),
        ("31 February 2027", "'31 February 2027' is not a real date"),
        ("15 December 2026 25:00", "'25:00' is not a time of day"),
        ("15 December 2026 please", "'please' in '15 December 2026 please' is neither"),
        ("   ", "no deadline given"),
    ],
)
def test_what_cannot_be_read_is_named(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_deadline(text)
    assert caught.value.field == "deadline"


def test_the_instant_depends_on_the_zone_not_just_the_day() -> None:
    samoa_like = Deadline(DAY, time(23, 59), "UTC-11")
    assert samoa_like.instant() == datetime(2026, 12, 16, 10, 59, tzinfo=UTC)
    geneva = Deadline(DAY, time(12), "Europe/Zurich")
    assert geneva.instant() == datetime(2026, 12, 15, 11, 0, tzinfo=UTC)
    summer = Deadline(date(2026, 7, 1), time(12), "Europe/Zurich")
    assert summer.instant() == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    # CET as written is UTC+1 even in July.
    assert Deadline(date(2026, 7, 1), time(12), "CET").instant() == datetime(
        2026, 7, 1, 11, 0, tzinfo=UTC
    )


def test_a_day_without_time_ends_with_that_day_in_the_users_zone() -> None:
    plain = Deadline(DAY)
    assert plain.instant(OSLO) == datetime(2026, 12, 15, 23, 59, 59, tzinfo=OSLO)
    now = datetime(2026, 12, 15, 22, 0, tzinfo=OSLO)
    assert 0 < days_left(plain, now) < 0.1


def test_shown_in_local_time_with_the_calls_own_time() -> None:
    assert format_deadline(Deadline(DAY, time(23, 59), "UTC-11"), OSLO) == (
        "16 December 2026, 11:59 CET (15 December 2026, 23:59 UTC-11)"
    )
    assert format_deadline(Deadline(DAY, time(12), "Europe/Zurich"), OSLO) == (
        "15 December 2026, 12:00 CET"
    )
    assert format_deadline(Deadline(DAY, time(17), "EAT"), OSLO) == (
        "15 December 2026, 15:00 CET (17:00 EAT)"
    )
    new_york = ZoneInfo("America/New_York")
    assert format_deadline(Deadline(date(2026, 7, 1), time(12), "Europe/Zurich"), new_york) == (
        "1 July 2026, 06:00 EDT (12:00 CEST)"
    )
    assert format_deadline(Deadline(DAY), OSLO) == "15 December 2026"
    assert format_deadline(Deadline(DAY, time(9, 30)), OSLO) == "15 December 2026, 09:30"


def test_zones_in_every_form() -> None:
    assert canonical_zone("UTC") == "UTC"
    assert canonical_zone("GMT+0") == "UTC"
    assert canonical_zone("+05:30") == "UTC+5:30"
    assert canonical_zone("(New York time)") == "America/New_York"
    assert canonical_zone("anywhere on earth") == "AoE"
    assert canonical_zone("Europe/Vienna") == "Europe/Vienna"
    assert zone_info("UTC-11").utcoffset(None) == timedelta(hours=-11)
    assert zone_info("AoE") == timezone(timedelta(hours=-12), "AoE")
    with pytest.raises(UnknownZoneError):
        canonical_zone("UTC+25")
    with pytest.raises(UnknownZoneError):
        canonical_zone("Atlantis")


def test_consultation_keeps_day_time_and_zone_apart() -> None:
    consultation = Consultation(deadline=DAY)
    assert consultation.full_deadline() == Deadline(DAY)
    consultation.set_deadline(Deadline(DAY, time(23, 59), "UTC-11"))
    assert (consultation.deadline, consultation.deadline_time, consultation.deadline_zone) == (
        DAY,
        time(23, 59),
        "UTC-11",
    )
    consultation.set_deadline(None)
    assert consultation.full_deadline() is None and consultation.deadline_zone == ""


def test_one_rule_for_where_a_deadline_stands() -> None:
    from tccm_drafter.model.deadline import DeadlineState, TimeLeft, deadline_state, time_left

    due = Deadline(date(2026, 12, 15), time(12, 0), "UTC")
    at = lambda hours: datetime(2026, 12, 15, 12, 0, tzinfo=UTC) - timedelta(hours=hours)  # noqa: E731
    assert deadline_state(due, at(24 * 8), 7, sent=False) is DeadlineState.LATER
    assert deadline_state(due, at(24 * 7), 7, sent=False) is DeadlineState.NEAR
    assert deadline_state(due, at(-1), 7, sent=False) is DeadlineState.PASSED
    assert deadline_state(due, at(-1), 7, sent=True) is DeadlineState.SENT
    assert time_left(3.9) == TimeLeft(days=3)
    assert time_left(0.5) == TimeLeft(hours=12)
    assert time_left(0.01) == TimeLeft()
    assert time_left(-0.01) == TimeLeft(passed=True)
