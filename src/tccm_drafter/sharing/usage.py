"""Where did we say this before? An index of the submissions that used each paragraph.

Every submission the app saves or opens is recorded in ``<data>/usage.json`` with the paragraph
ids and versions it uses. A paragraph's page can then list the submissions that quoted it, and
a submission can show which of its paragraphs the library has moved past.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.model.blocks import has_update
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.textfile import read_bytes

USAGE_FILE = "usage.json"


@dataclass(frozen=True)
class Usage:
    path: Path
    title: str
    consultation: str
    recorded: str  # ISO date
    version: int


@dataclass(frozen=True)
class UpdateAvailable:
    section: int
    block: int
    paragraph_id: str
    used_version: int
    library_version: int


def _load(paths: AppPaths) -> dict[str, dict[str, object]]:
    try:
        raw = read_bytes(paths.data_dir / USAGE_FILE, limits.RECORD)
        data = json.loads(raw.decode("utf-8"))
    except (InputError, ValueError, RecursionError):
        return {}  # a missing or damaged index is rebuilt as submissions are saved
    return data if isinstance(data, dict) else {}


def record_submission(
    paths: AppPaths, submission_path: Path, submission: Submission, *, today: date
) -> None:
    index = _load(paths)
    versions: dict[str, int] = {}
    for section in submission.sections:
        for block in section.blocks:
            if isinstance(block, ParagraphBlock):
                versions[block.paragraph_id] = block.version
    index[str(submission_path.resolve())] = {
        "title": submission.title,
        "consultation": submission.consultation.title,
        "recorded": today.isoformat(),
        "paragraphs": versions,
    }
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(
        paths.data_dir / USAGE_FILE, json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True)
    )


def submissions_using(paths: AppPaths, paragraph_id: str) -> list[Usage]:
    """The recorded submissions that use the paragraph, newest first."""
    found: list[Usage] = []
    for key, entry in _load(paths).items():
        paragraphs = entry.get("paragraphs") if isinstance(entry, dict) else None
        if not isinstance(paragraphs, dict) or paragraph_id not in paragraphs:
            continue
        version = paragraphs[paragraph_id]
        if isinstance(version, int) and not isinstance(version, bool) and 0 <= version < 2**31:
            # An index entry the app did not write (a version that is no number) is skipped:
            # the index is rebuilt as submissions are saved.
            found.append(
                Usage(
                    Path(key),
                    str(entry.get("title", "")),
                    str(entry.get("consultation", "")),
                    str(entry.get("recorded", "")),
                    version,
                )
            )
    return sorted(found, key=lambda usage: usage.recorded, reverse=True)


def last_used(paths: AppPaths) -> dict[str, date]:
    """When each paragraph was last used: the newest date a submission using it was recorded."""
    found: dict[str, date] = {}
    for entry in _load(paths).values():
        paragraphs = entry.get("paragraphs") if isinstance(entry, dict) else None
        try:
            recorded = date.fromisoformat(str(entry.get("recorded", "")))
        except (ValueError, AttributeError):
            continue
        if not isinstance(paragraphs, dict):
            continue
        for paragraph_id in paragraphs:
            if paragraph_id not in found or found[paragraph_id] < recorded:
                found[str(paragraph_id)] = recorded
    return found


def updates_available(submission: Submission, library: Library) -> list[UpdateAvailable]:
    """Blocks whose paragraph the library has a newer version of."""
    found: list[UpdateAvailable] = []
    for s, section in enumerate(submission.sections):
        for b, block in enumerate(section.blocks):
            if not isinstance(block, ParagraphBlock):
                continue
            paragraph = library.get(block.paragraph_id)
            if paragraph is None:
                continue
            if has_update(block, paragraph):
                found.append(
                    UpdateAvailable(s, b, block.paragraph_id, block.version, paragraph.version)
                )
    return found
