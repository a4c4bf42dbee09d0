"""File format versions: refuse files from newer app versions, bring older ones up to date.

Every file carries ``format = N``. Each kind of file has a list of step functions; step ``i``
turns a format-``i`` document into a format-``i + 1`` one. A new format adds one function to
its kind's list and raises ``CURRENT_FORMAT``. Steps work on the parsed TOML data (plain dicts),
before the typed reading, so they never need to know about the model classes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.storage.fields import ParsedText
from tccm_drafter.storage.locate import TablePath

#: The format this version of the app reads and writes, for every kind of file.
CURRENT_FORMAT = 1

Step = Callable[[dict[str, Any]], dict[str, Any]]

PARAGRAPH = "paragraph"
SUBMISSION = "submission"
PROFILE = "profile"
SETTINGS = "settings"
REGISTER = "register"


def _dates_from_text(table: dict[str, Any], keys: tuple[str, ...]) -> None:
    """Hand-written files often quote dates ("2025-12-17"); TOML dates have no quotes."""
    for key in keys:
        value = table.get(key)
        if isinstance(value, str):
            # A text that is not a date stays text: the typed reading reports it at its line.
            text = value.strip()
            with contextlib.suppress(ValueError):
                table[key] = (
                    datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
                )


def _paragraph_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0: a paragraph file written by hand, before ``format`` existed."""
    topics = data.get("topics")
    if isinstance(topics, str):
        data["topics"] = [t.strip() for t in topics.split(",") if t.strip()]
    sources = data.get("sources")
    if isinstance(sources, str):
        sources = [sources]
    if isinstance(sources, list):
        data["sources"] = [{"citation": s} if isinstance(s, str) else s for s in sources]
    for key in ("supersedes", "endorsed_by"):
        if isinstance(data.get(key), str):
            data[key] = [data[key]]
    if isinstance(data.get("language"), str):
        data["language"] = data["language"].replace("_", "-")
    _dates_from_text(data, ("created", "updated", "reviewed", "review_by"))
    return data


def _submission_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0: a submission written by hand; dates may be quoted."""
    data.setdefault("kind", "tccm-submission")
    _dates_from_text(data, ("date",))
    consultation = data.get("consultation")
    if isinstance(consultation, dict):
        _dates_from_text(consultation, ("deadline",))
    return data


def _no_change(data: dict[str, Any]) -> dict[str, Any]:
    return data


#: Step functions per kind of file, oldest first: ``STEPS[kind][i]`` migrates format i -> i+1.
STEPS: Mapping[str, tuple[Step, ...]] = {
    PARAGRAPH: (_paragraph_0_to_1,),
    SUBMISSION: (_submission_0_to_1,),
    PROFILE: (_no_change,),
    SETTINGS: (_no_change,),
    REGISTER: (_no_change,),
}


def file_format(data: Mapping[str, Any], source: ParsedText) -> int:
    """The ``format`` number of a parsed file (0 when absent: written by hand)."""
    value = data.get("format", 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(
            f"'format' must be a whole number such as {CURRENT_FORMAT} (got {value!r})",
            path=source.path,
            line=source.line_of("format", TablePath()),
            field="format",
        )
    return value


def check_not_newer(data: Mapping[str, Any], source: ParsedText) -> int:
    """Refuse a file from a newer app version; returns its format number otherwise."""
    found = file_format(data, source)
    if found > CURRENT_FORMAT:
        raise NewerFormatError(
            f"written by a newer version of TCCM Drafter (format {found}; this version reads "
            f"up to {CURRENT_FORMAT}). Update TCCM Drafter to open it; the file is left as it is",
            path=source.path,
            line=source.line_of("format", TablePath()),
            field="format",
        )
    return found


def migrate(kind: str, data: dict[str, Any], source: ParsedText) -> dict[str, Any]:
    """Bring parsed ``data`` of ``kind`` up to ``CURRENT_FORMAT`` (``format`` key removed)."""
    found = check_not_newer(data, source)
    steps = STEPS[kind]
    for step in steps[found:CURRENT_FORMAT]:
        data = step(data)
    data.pop("format", None)
    return data
