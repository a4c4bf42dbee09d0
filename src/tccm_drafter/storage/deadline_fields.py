"""A consultation's deadline in TOML: the day, and when the call gives them a time and a zone.

The app writes three keys, each of its own TOML type, so that a file from before deadlines had
times is still valid and a version of the app that knows only the day still reads the day::

    deadline = 2026-12-15          # a date
    deadline_time = 23:59:00       # a local time: the time of day (absent: the end of the day)
    deadline_zone = "UTC-11"       # absent: the user's own time zone

``deadline_zone`` is an IANA zone (``"Europe/Zurich"``), a fixed offset (``"UTC-11"``) or an
abbreviation (``"CET"``); see :mod:`tccm_drafter.model.timezones`. A file written by hand may
instead give ``deadline`` as a date-time, ``2026-12-15T23:59:00-11:00`` (its offset is the zone
when ``deadline_zone`` is absent, and must agree with it when present) or
``2026-12-15T23:59:00``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tccm_drafter.model.deadline import Deadline
from tccm_drafter.model.timezones import (
    UnknownZoneError,
    canonical_zone,
    fixed_label,
    offset_minutes,
    zone_info,
)
from tccm_drafter.storage.fields import Fields


def read_deadline(fields: Fields) -> Deadline | None:
    """The deadline of a table (``[consultation]``, a register entry); errors name the key
    and its line."""
    zone = _zone(fields, "deadline_zone")
    written_time = fields.time_of_day("deadline_time")
    value = fields.moment("deadline")
    if value is None:
        return None
    if not isinstance(value, datetime):
        moment = written_time.replace(second=0, microsecond=0) if written_time else None
        return Deadline(value, moment, zone)
    if written_time is not None:
        raise fields.error(
            "deadline_time",
            f"'{fields.field_name('deadline_time')}' cannot stand beside a "
            f"'{fields.field_name('deadline')}' that has a time already",
        )
    moment = value.time().replace(second=0, microsecond=0)
    offset = value.utcoffset()
    if offset is None:
        return Deadline(value.date(), moment, zone)
    written = offset_minutes(offset)
    if not zone:
        return Deadline(value.date(), moment, fixed_label(written))
    expected = value.replace(tzinfo=zone_info(zone)).utcoffset()
    if expected is not None and offset_minutes(expected) != written:
        raise fields.error(
            "deadline",
            f"'{fields.field_name('deadline')}' is at {fixed_label(written)} but "
            f"'{fields.field_name('deadline_zone')}' ({zone}) is "
            f"{fixed_label(offset_minutes(expected))} on that day; correct one of them",
        )
    return Deadline(value.date(), moment, zone)


def _zone(fields: Fields, key: str) -> str:
    text = fields.text(key)
    if not text:
        return ""
    try:
        return canonical_zone(text)
    except UnknownZoneError as error:
        raise fields.error(key, f"'{fields.field_name(key)}': {error}") from None


def deadline_values(deadline: Deadline | None) -> dict[str, Any]:
    """``deadline``, ``deadline_time`` and ``deadline_zone`` as a table stores them (the
    last two only when the deadline has them)."""
    if deadline is None:
        return {}
    table: dict[str, Any] = {"deadline": deadline.day}
    if deadline.time is not None:
        table["deadline_time"] = deadline.time.replace(second=0, microsecond=0)
    if deadline.zone:
        table["deadline_zone"] = deadline.zone
    return table
