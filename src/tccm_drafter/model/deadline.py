"""Deadlines with a day, maybe a time, maybe a time zone; read from how calls write them.

A :class:`Deadline` is a day, an optional time of day and an optional zone (see
:mod:`tccm_drafter.model.timezones`). Without a time it ends with that day; without a zone it
is in the user's own time zone. :func:`parse_deadline` reads "15 December 2026, 23:59 UTC-11",
"12:00 Geneva time", "midnight New York time" or ISO "2026-12-15T23:59-11:00";
:func:`format_deadline` shows it in the user's local time, with the call's own time after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from tccm_drafter.errors import InputError
from tccm_drafter.model.formatting import format_date
from tccm_drafter.model.timezones import (
    UnknownZoneError,
    canonical_zone,
    fixed_label,
    local_label,
    offset_minutes,
    zone_info,
    zone_label,
)

#: The last moment of a day: a deadline without a time, and "midnight", end there.
END_OF_DAY = time(23, 59)
#: English month names, for reading dates as English calls write them (writing goes
#: through Babel: format_day).
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Month names as calls write them: English (also abbreviated), French and Spanish (the UN
#: languages in the Latin script).
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, start=1)} | {
    name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)
}
_MONTH_NUMBER |= {"sept": 9}
for _number, _names in enumerate(
    (
        "janvier enero",
        "février fevrier febrero",
        "mars marzo",
        "avril abril",
        "mai mayo",
        "juin junio",
        "juillet julio",
        "août aout agosto",
        "septembre septiembre setiembre",
        "octobre octubre",
        "novembre noviembre",
        "décembre decembre diciembre",
    ),
    start=1,
):
    _MONTH_NUMBER |= dict.fromkeys(_names.split(), _number)
_MONTH = "(" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"
_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (
        re.compile(
            rf"\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})\b", re.IGNORECASE
        ),
        "dmy",
    ),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.IGNORECASE), "mdy"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), "numeric"),
)
_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE
)
_TIMES = (
    (re.compile(r"\b(?:12(?::00)?\s*)?(?:midnight|end of (?:the )?day)\b", re.IGNORECASE), "eod"),
    (re.compile(r"\b(?:12(?::00)?\s*)?(?:noon|midday)\b", re.IGNORECASE), "noon"),
    (
        re.compile(
            r"\b(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])", re.IGNORECASE
        ),
        "ampm",
    ),
    (re.compile(r"\b(\d{1,2})(?::|\.|h)(\d{2})(?::\d{2})?\b(?!\s*[/.]\d)"), "24h"),
    (re.compile(r"\b(\d{1,2})h\b"), "24h"),
)
_FILLER = re.compile(
    r"\b(?:at|by|on|before|until|the|of|hrs|hours|o'clock|deadline|due)\b|[,;()\[\]]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Deadline:
    """A day, with a time of day and a zone when the call gives them ("" = the user's own)."""

    day: date
    time: time | None = None
    zone: str = ""

    def local_start(self, zone: tzinfo | None) -> datetime:
        """The wall-clock moment in ``zone`` (the deadline's own), aware."""
        moment = datetime.combine(self.day, self.time or END_OF_DAY)
        if zone is None:
            return moment.astimezone()
        return moment.replace(tzinfo=zone)

    def instant(self, local: tzinfo | None = None) -> datetime:
        """The moment the deadline passes, as an aware datetime.

        Without a time the deadline is the end of its day (23:59); without a zone it is in
        ``local`` (the user's zone; the computer's when None).
        """
        zone = zone_info(self.zone) if self.zone else local
        moment = self.local_start(zone)
        if self.time is None:
            moment += timedelta(seconds=59)
        return moment

    def in_local(self, local: tzinfo | None = None) -> datetime:
        """The moment the deadline passes, on the user's clock (``local``; the computer's
        zone when None)."""
        instant = self.instant(local)
        return instant.astimezone(local) if local is not None else instant.astimezone()

    def iso(self) -> str:
        """``2026-12-15``, ``2026-12-15T23:59`` or ``2026-12-15T23:59-11:00``."""
        if self.time is None:
            return self.day.isoformat()
        if not self.zone:
            return datetime.combine(self.day, self.time).isoformat(timespec="minutes")
        return self.instant().isoformat(timespec="minutes")


def format_day(value: date, language: str = "en") -> str:
    """ "15 December 2026", "15 décembre 2026" (CLDR, through Babel)."""
    return format_date(value, language)


def own_time(deadline: Deadline) -> str:
    """The time as the call gives it: "23:59 UTC-11", "12:00 CET", "" without a time."""
    if deadline.time is None:
        return ""
    text = f"{deadline.time:%H:%M}"
    if deadline.zone:
        text += " " + zone_label(deadline.zone, deadline.instant())
    return text


def format_deadline(deadline: Deadline, local: tzinfo | None = None, language: str = "en") -> str:
    """The deadline in the user's local time, then the call's own time when it differs:

    "15 December 2026, 11:59 CET (23:59 UTC-11)"; "15 December 2026" without a time.
    ``local`` is the user's zone (the computer's when None); ``language`` the one the days
    are written in.
    """

    def day(value: date) -> str:
        return format_day(value, language)

    if deadline.time is None:
        return day(deadline.day)
    if not deadline.zone:
        return f"{day(deadline.day)}, {deadline.time:%H:%M}"
    mine = deadline.in_local(local)
    text = f"{day(mine.date())}, {mine:%H:%M} {local_label(mine)}"
    theirs = own_time(deadline)
    if theirs != f"{mine:%H:%M} {local_label(mine)}" or mine.date() != deadline.day:
        if mine.date() != deadline.day:
            theirs = f"{day(deadline.day)}, {theirs}"
        text += f" ({theirs})"
    return text


def days_left(deadline: Deadline, now: datetime) -> float:
    """Days from ``now`` (aware) until the deadline passes; negative once it has."""
    local = now.tzinfo
    return (deadline.instant(local) - now).total_seconds() / 86400


class DeadlineState(StrEnum):
    """Where a deadline stands: the one rule behind the checks, the status bar and the
    register (what colour it gets, whether it warns)."""

    LATER = "later"
    NEAR = "near"  # within the days the settings warn ahead
    PASSED = "passed"
    SENT = "sent"  # the submission went: the deadline no longer matters


def deadline_state(
    deadline: Deadline, now: datetime, warn_days: int, *, sent: bool
) -> DeadlineState:
    if sent:
        return DeadlineState.SENT
    left = days_left(deadline, now)
    if left < 0:
        return DeadlineState.PASSED
    return DeadlineState.NEAR if left <= warn_days else DeadlineState.LATER


@dataclass(frozen=True)
class TimeLeft:
    """How long until a deadline, as people say it: whole days, else whole hours, else less
    than an hour (``days`` and ``hours`` both 0); ``passed`` once it has gone."""

    days: int = 0
    hours: int = 0
    passed: bool = False


def time_left(days: float) -> TimeLeft:
    if days < 0:
        return TimeLeft(passed=True)
    if days >= 1:
        return TimeLeft(days=int(days))
    return TimeLeft(hours=int(days * 24))


def parse_deadline(text: str, *, default_day: date | None = None) -> Deadline:
    """A deadline from how a call writes it.

    Dates: ``2026-12-15``, ``15 December 2026``, ``Tuesday 15th Dec. 2026``, ``December 15,
    2026``, ``15/12/2026`` (day first unless the first number cannot be a month). Times:
    ``23:59``, ``23.59``, ``17h00``, ``5 pm``, ``11:59 p.m.``, ``noon``, ``midnight`` (the end of
    the day: 23:59). Zones: see :func:`~tccm_drafter.model.timezones.canonical_zone`. A text
    without a date uses ``default_day``. Raises :class:`InputError` naming what it could not read.
    """
    raw = " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())
    if not raw:
        raise InputError("no deadline given", field="deadline")
    iso = _iso_deadline(raw)
    if iso is not None:
        return iso
    rest = raw
    day, rest = _take_date(rest)
    if day is None:
        if default_day is None:
            raise InputError(f"no date found in '{raw}'", field="deadline")
        day = default_day
    moment, rest = _take_time(rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = " ".join(_FILLER.sub(" ", rest).split()).strip(" -–")
    zone = ""
    if rest:
        if moment is None:
            raise InputError(
                f"'{rest}' in '{raw}' is neither a date nor a time of day", field="deadline"
            )
        try:
            zone = canonical_zone(rest)
        except UnknownZoneError as error:
            raise InputError(str(error), field="deadline") from None
    return Deadline(day, moment, zone)


def find_dates(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a whole date (with its year), as :func:`parse_deadline` reads
    them: (start, end) spans in order, none overlapping."""
    spans: list[tuple[int, int]] = []
    for pattern, _ in _DATES:
        for found in pattern.finditer(text):
            start, end = found.span()
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


def _iso_deadline(text: str) -> Deadline | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d{2}-\d{2} \d", text) else text
    candidate = candidate.replace("−", "-")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}(:?\d{2})?)?)?", candidate):
        return None
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if "T" not in candidate:
        return Deadline(value.date())
    offset = value.utcoffset()
    zone = "" if offset is None else fixed_label(offset_minutes(offset))
    return Deadline(value.date(), value.time().replace(second=0, microsecond=0), zone)


def _take_date(text: str) -> tuple[date | None, str]:
    for pattern, order in _DATES:
        found = pattern.search(text)
        if found is None:
            continue
        groups = found.groups()
        try:
            if order == "ymd":
                day = date(int(groups[0]), int(groups[1]), int(groups[2]))
            elif order == "dmy":
                day = date(int(groups[2]), _MONTH_NUMBER[groups[1].lower()], int(groups[0]))
            elif order == "mdy":
                day = date(int(groups[2]), _MONTH_NUMBER[groups[0].lower()], int(groups[1]))
            else:
                first, second = int(groups[0]), int(groups[1])
                month_first = second > 12 >= first
                day = date(
                    int(groups[2]),
                    first if month_first else second,
                    second if month_first else first,
                )
        except ValueError:
            raise InputError(f"'{found.group(0)}' is not a real date", field="deadline") from None
        return day, text[: found.start()] + " " + text[found.end() :]
    return None, text


def _take_time(text: str) -> tuple[time | None, str]:
    for pattern, kind in _TIMES:
        found = pattern.search(text)
        if found is None:
            continue
        rest = text[: found.start()] + " " + text[found.end() :]
        if kind == "eod":
            return END_OF_DAY, rest
        if kind == "noon":
            return time(12, 0), rest
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        if kind == "ampm":
            if not 1 <= hour <= 12:
                break
            afternoon = found.group(3).lower().startswith("p")
            hour = hour % 12 + (12 if afternoon else 0)
        if hour == 24 and minute == 0:
            return END_OF_DAY, rest
        if hour > 23 or minute > 59:
            raise InputError(f"'{found.group(0)}' is not a time of day", field="deadline")
        return time(hour, minute), rest
    return None, text
