"""The register's dates as an iCalendar (.ics) file for any calendar application.

One event per consultation deadline and one per internal sign-off date. Each event's UID is
made from the submission's identity (``uid`` in the .tccm, else one derived from its path), so
importing the file again updates the events instead of doubling them. A deadline with a time
is an event at that instant, written in UTC so every calendar shows it at the right local time;
a deadline without a time, and a sign-off date, are all-day events.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from tccm_drafter import APP_NAME, __version__
from tccm_drafter.model.deadline import own_time
from tccm_drafter.sharing.register import RegisterEntry
from tccm_drafter.storage.atomic import atomic_write_bytes

_DOMAIN = "tccm-drafter"


def register_calendar(entries: Iterable[RegisterEntry], *, now: datetime) -> bytes:
    """The .ics file's bytes. ``now`` (aware) is the time stamp every event carries."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{APP_NAME}: submission deadlines")
    stamp = now.astimezone(UTC)
    for entry in entries:
        name = entry.title or entry.consultation or entry.path.stem
        if entry.deadline is not None:
            event = _event(f"{entry.uid}-deadline@{_DOMAIN}", stamp)
            event.add("summary", f"Deadline: {name}")
            if entry.deadline.time is None:
                event.add("dtstart", entry.deadline.day)
                event.add("dtend", entry.deadline.day + timedelta(days=1))
            else:
                moment = entry.deadline.instant().astimezone(UTC)
                event.add("dtstart", moment)
                event.add("dtend", moment)
            event.add("description", _description(entry, own_time(entry.deadline)))
            calendar.add_component(event)
        if entry.sign_off is not None:
            event = _event(f"{entry.uid}-sign-off@{_DOMAIN}", stamp)
            event.add("summary", f"Sign-off: {name}")
            event.add("dtstart", entry.sign_off)
            event.add("dtend", entry.sign_off + timedelta(days=1))
            event.add("description", _description(entry, ""))
            calendar.add_component(event)
    return bytes(calendar.to_ical())


def _event(uid: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("transp", "TRANSPARENT")
    return event


def _description(entry: RegisterEntry, own: str) -> str:
    lines = []
    if entry.consultation:
        lines.append(f"Consultation: {entry.consultation}")
    if entry.organiser:
        lines.append(f"Organiser: {entry.organiser}")
    if own:
        lines.append(f"Deadline as the call gives it: {own}")
    status = entry.status.value.replace("-", " ")
    if entry.sent_on is not None:
        status += f" on {entry.sent_on.isoformat()}"
    if entry.sent_to:
        status += f" to {entry.sent_to}"
    lines.append(f"Status: {status}")
    lines.append(f"File: {entry.path}")
    return "\n".join(lines)


def write_register_calendar(path: Path, entries: Iterable[RegisterEntry], *, now: datetime) -> None:
    """Write the .ics file atomically."""
    atomic_write_bytes(Path(path), register_calendar(entries, now=now))
