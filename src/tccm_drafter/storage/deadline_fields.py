"""A consultation's deadline in TOML: a date, a local date-time or an offset date-time.

``deadline = 2026-12-15`` is a day (files from before deadlines had times are like this);
``deadline = 2026-12-15T23:59:00`` is a time of day in the user's own zone;
``deadline = 2026-12-15T23:59:00-11:00`` is an exact moment. ``deadline_zone`` names the zone
the call used (``"Europe/Zurich"``, ``"CET"``, ``"UTC-11"``); with an offset date-time the two
must agree. An older app reads any of these as the day alone.
"""

from __future__ import annotations

from datetime import date, datetime, time
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


def read_deadline(
    fields: Fields, key: str = "deadline", zone_key: str = "deadline_zone"
) -> Deadline | None:
    """The deadline of a ``[consultation]`` table; errors name the key and its line."""
    zone = _zone(fields, zone_key)
    fields.day(key)  # marks the key as read and reports anything that is not a date
    value: Any = fields.data.get(key)
    if value is None:
        return None
    if not isinstance(value, datetime):
        return Deadline(value, None, zone)
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
            key,
            f"'{fields.field_name(key)}' is at {fixed_label(written)} but "
            f"'{fields.field_name(zone_key)}' ({zone}) is {fixed_label(offset_minutes(expected))} "
            "on that day; correct one of them",
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
    """``deadline`` (and ``deadline_zone``) as the TOML table stores them."""
    if deadline is None:
        return {}
    if deadline.time is None:
        value: date | datetime = deadline.day
    else:
        value = datetime.combine(deadline.day, time(deadline.time.hour, deadline.time.minute))
        if deadline.zone:
            # TOML keeps the offset at that moment; deadline_zone keeps the zone itself.
            value = value.replace(tzinfo=zone_info(deadline.zone))
    table: dict[str, Any] = {"deadline": value}
    if deadline.zone:
        table["deadline_zone"] = deadline.zone
    return table
