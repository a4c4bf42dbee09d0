"""Time zones as consultations name them: "UTC-11", "CET", "Geneva time", "Europe/Zurich".

A zone is kept as a short text (``Consultation.deadline_zone``) in one of three forms:

- an IANA zone name such as ``Europe/Zurich`` or ``America/New_York``: local time there,
  summer time included;
- a fixed offset written ``UTC``, ``UTC-11`` or ``UTC+5:30``;
- one of the abbreviations in :data:`ABBREVIATIONS` (``CET``, ``EST``, ``AoE``...), which
  stands for its fixed offset: a call that says "17:00 CET" in July means UTC+1 as written.

:func:`canonical_zone` turns what a call says into one of those forms; :func:`zone_info` gives
the ``tzinfo`` for it. The IANA data come from the system or, on Windows, from ``tzdata``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Abbreviations calls use, with their fixed offset in minutes. CST is the North American one.
ABBREVIATIONS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "WAT": 60,
    "CAT": 120,
    "SAST": 120,
    "EAT": 180,
    "MSK": 180,
    "GST": 240,
    "PKT": 300,
    "IST": 330,
    "ICT": 420,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "AST": -240,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AOE": -720,
}
#: How an abbreviation is written back (most are upper case; "Anywhere on Earth" is AoE).
_ABBREVIATION_LABEL = {"AOE": "AoE"}

#: Names of zones in words, and cities that are not themselves IANA zone names.
NAMED_ZONES: dict[str, str] = {
    "anywhere on earth": "AoE",
    "coordinated universal time": "UTC",
    "greenwich mean time": "GMT",
    "central european time": "CET",
    "central european summer time": "CEST",
    "eastern european time": "EET",
    "east africa time": "EAT",
    "eastern time": "America/New_York",
    "central time": "America/Chicago",
    "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "et": "America/New_York",
    "pt": "America/Los_Angeles",
    "geneva": "Europe/Zurich",
    "bonn": "Europe/Berlin",
    "the hague": "Europe/Amsterdam",
    "strasbourg": "Europe/Paris",
    "washington": "America/New_York",
    "washington dc": "America/New_York",
    "washington d.c.": "America/New_York",
    "boston": "America/New_York",
    "ottawa": "America/Toronto",
    "montreal": "America/Toronto",
    "san francisco": "America/Los_Angeles",
    "new delhi": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "abu dhabi": "Asia/Dubai",
    "doha": "Asia/Qatar",
    "kyoto": "Asia/Tokyo",
    "hanoi": "Asia/Bangkok",
    "geneva, switzerland": "Europe/Zurich",
}
_REGIONS = (
    "Europe",
    "America",
    "Africa",
    "Asia",
    "Australia",
    "Pacific",
    "Atlantic",
    "Indian",
    "America/Argentina",
)
_OFFSET = re.compile(
    r"(?:UTC|GMT|Z)?\s*([+\-−–])\s*(\d{1,2})(?:(?::|\.|h)?(\d{2}))?(?:\s*h(?:ours?|rs)?)?",
    re.IGNORECASE,
)
_IANA = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)+")
_FILLER = re.compile(r"\b(?:time|local|standard|hours?|hrs|zone)\b", re.IGNORECASE)


class UnknownZoneError(ValueError):
    """A text that names no time zone this app knows."""


def fixed_label(minutes: int) -> str:
    """``UTC``, ``UTC-11`` or ``UTC+5:30`` for an offset in minutes."""
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def offset_minutes(offset: timedelta) -> int:
    return int(offset.total_seconds() // 60)


def _fixed_offset(text: str) -> int | None:
    if text.upper() in ("UTC", "GMT", "Z"):
        return 0
    found = _OFFSET.fullmatch(text.strip())
    if found is None or not re.match(r"(?i)UTC|GMT|Z|[+\-−–]", text.strip()):
        return None
    sign = -1 if found.group(1) in "-−–" else 1
    hours, minutes = int(found.group(2)), int(found.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * (hours * 60 + minutes)


def _iana(name: str) -> str | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _city(words: str) -> str | None:
    key = words.strip().lower()
    if key in NAMED_ZONES:
        return NAMED_ZONES[key]
    city = "_".join(part.capitalize() for part in key.split())
    if not city or not re.fullmatch(r"[A-Za-z_\-]+", city):
        return None
    for region in _REGIONS:
        found = _iana(f"{region}/{city}")
        if found:
            return found
    return None


def canonical_zone(text: str) -> str:
    """The zone a text names, in one of the forms this module keeps (see the module doc).

    Accepts ``UTC-11``, ``UTC−11:00``, ``GMT+1``, ``+05:30``, ``CET``, ``AoE``,
    ``Europe/Zurich``, ``Geneva time``, ``New York time``, ``(Nairobi time)``, ``Central
    European Time``. Raises :class:`UnknownZoneError` for anything else.
    """
    cleaned = text.strip().strip("()[]").strip().rstrip(".").strip()
    if not cleaned:
        raise UnknownZoneError("no time zone given")
    minutes = _fixed_offset(cleaned)
    if minutes is not None:
        return fixed_label(minutes)
    upper = cleaned.upper()
    if upper in ABBREVIATIONS:
        return _ABBREVIATION_LABEL.get(upper, upper)
    if _IANA.fullmatch(cleaned):
        found = _iana(cleaned)
        if found:
            return found
    lowered = cleaned.lower()
    if lowered in NAMED_ZONES:
        return NAMED_ZONES[lowered]
    words = " ".join(_FILLER.sub(" ", cleaned).split())
    if words.upper() in ABBREVIATIONS:
        return _ABBREVIATION_LABEL.get(words.upper(), words.upper())
    found = _city(words) if words else None
    if found:
        return found
    raise UnknownZoneError(
        f"'{text.strip()}' is not a time zone this app knows; write it as an offset such as "
        "UTC-11 or UTC+1, an abbreviation such as CET, or a zone such as Europe/Zurich"
    )


def zone_info(zone: str) -> tzinfo:
    """The ``tzinfo`` of a zone kept by this module (see :func:`canonical_zone`)."""
    upper = zone.upper()
    if upper in ABBREVIATIONS:
        fixed = ABBREVIATIONS[upper]
        return timezone(timedelta(minutes=fixed), _ABBREVIATION_LABEL.get(upper, upper))
    minutes = _fixed_offset(zone)
    if minutes is not None:
        return timezone(timedelta(minutes=minutes), fixed_label(minutes))
    found = _iana(zone)
    if found is None:
        raise UnknownZoneError(f"'{zone}' is not a time zone this app knows")
    return ZoneInfo(found)


def is_known_zone(zone: str) -> bool:
    try:
        zone_info(zone)
    except UnknownZoneError:
        return False
    return True


def zone_label(zone: str, at: datetime) -> str:
    """How a time in ``zone`` is labelled: ``UTC-11``, ``CET``, or for an IANA zone its
    abbreviation at that moment (``CEST`` in summer) or, when it has none, its offset."""
    upper = zone.upper()
    if upper in ABBREVIATIONS:
        return _ABBREVIATION_LABEL.get(upper, upper)
    minutes = _fixed_offset(zone)
    if minutes is not None:
        return fixed_label(minutes)
    return local_label(at.astimezone(zone_info(zone)))


def local_label(moment: datetime) -> str:
    """The zone label of an aware datetime: its abbreviation, else ``UTC+3``-style offset."""
    name = moment.tzname() or ""
    if re.fullmatch(r"[A-Za-z]{2,5}", name):
        return name
    offset = moment.utcoffset()
    return fixed_label(offset_minutes(offset) if offset is not None else 0)
