"""The register of submissions: every submission saved with the app, where it stands.

``<data>/register.toml`` lists each submission's file, consultation, deadline, internal
sign-off date, status (drafting, in review, approved, sent), the day it was sent and where to.
The submission's own file holds the same status fields, so the register is only an index: if it
is lost or damaged, :func:`rebuild_register` makes it again from the files it knew, the recent
files and any folders given. Like the usage index (``usage.py``) it is written atomically after
each save; unlike it, it is TOML, so dates and times keep their type.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model import Submission, SubmissionStatus
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.deadline_fields import deadline_values, read_deadline
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import load_settings
from tccm_drafter.storage.submission_disk import read_submission, save_checked
from tccm_drafter.storage.submission_file import SUFFIX, load_submission
from tccm_drafter.storage.textfile import parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml
from tccm_drafter.storage.writing import refuse_newer_toml, write_user_file

REGISTER_FILE = "register.toml"
KIND = "tccm-register"
#: A rebuild looks at no more files than this in the folders it is given.
MAX_SCANNED = 5000
_STATUSES = tuple(status.value for status in SubmissionStatus)


@dataclass
class RegisterEntry:
    """One submission as the register lists it."""

    path: Path
    uid: str
    title: str = ""
    consultation: str = ""
    organiser: str = ""
    deadline: Deadline | None = None
    sign_off: date | None = None
    status: SubmissionStatus = SubmissionStatus.DRAFTING
    sent_on: date | None = None
    sent_to: str = ""
    #: Last day the app saved (or rebuilt) this entry.
    recorded: date | None = None


@dataclass
class RebuildResult:
    entries: list[RegisterEntry]
    #: Files that were found but could not be read (each names its file and line).
    problems: list[InputError] = field(default_factory=list)


def register_path(paths: AppPaths) -> Path:
    return paths.data_dir / REGISTER_FILE


def path_uid(path: Path) -> str:
    """The identity of a submission whose file has none: derived from where the file is."""
    return uuid.uuid5(uuid.NAMESPACE_URL, Path(path).absolute().as_uri()).hex


def entry_for(path: Path, submission: Submission, *, today: date) -> RegisterEntry:
    path = Path(path).absolute()
    consultation = submission.consultation
    return RegisterEntry(
        path=path,
        uid=submission.uid or path_uid(path),
        title=submission.title,
        consultation=consultation.title,
        organiser=consultation.organiser,
        deadline=consultation.full_deadline(),
        sign_off=submission.sign_off,
        status=submission.status,
        sent_on=submission.sent_on,
        sent_to=submission.sent_to,
        recorded=today,
    )


def load_register(paths: AppPaths) -> list[RegisterEntry]:
    """The register's entries, in file order ([] when there is none yet).

    Raises :class:`InputError` (file and line) when it is damaged: ``rebuild`` replaces it.
    """
    path = register_path(paths)
    if not path.exists():
        return []
    text, _ = read_text(path, limits.RECORD)
    source = ParsedText(path, text)
    data = migrations.migrate(migrations.REGISTER, parse_toml(text, path), source)
    fields = Fields(data, source)
    return [_entry_from(table) for table in fields.tables("submissions")]


def _entry_from(table: Fields) -> RegisterEntry:
    path = Path(table.text("path", required=True))
    if not path.is_absolute() or path.suffix.lower() != SUFFIX:
        # The register only ever leads to submission files: an entry naming anything else
        # was not written by the app, and a status change must never write to it.
        raise table.error(
            "path", f"must be the full path of a {SUFFIX} file (got {str(path)[:200]!r})"
        )
    return RegisterEntry(
        path=path,
        uid=table.text("uid"),
        title=table.text("title"),
        consultation=table.text("consultation"),
        organiser=table.text("organiser"),
        deadline=read_deadline(table),
        sign_off=table.day("sign_off"),
        status=SubmissionStatus(table.choice("status", _STATUSES, "drafting")),
        sent_on=table.day("sent_on"),
        sent_to=table.text("sent_to"),
        recorded=table.day("recorded"),
    )


def save_register(paths: AppPaths, entries: Iterable[RegisterEntry]) -> None:
    document: dict[str, Any] = {
        "format": migrations.CURRENT_FORMAT,
        "kind": KIND,
        "submissions": [_entry_document(entry) for entry in entries],
    }
    write_user_file(register_path(paths), dumps_toml(document), refuse_newer_than=refuse_newer_toml)


def _entry_document(entry: RegisterEntry) -> dict[str, Any]:
    table: dict[str, Any] = {
        "path": str(entry.path),
        "uid": entry.uid,
        "title": entry.title,
        "consultation": entry.consultation,
        "organiser": entry.organiser,
        **deadline_values(entry.deadline),
        "sign_off": entry.sign_off,
        "status": entry.status.value,
        "sent_on": entry.sent_on,
        "sent_to": entry.sent_to,
        "recorded": entry.recorded,
    }
    return {key: value for key, value in table.items() if value is not None}


def record_submission(
    paths: AppPaths, path: Path, submission: Submission, *, today: date
) -> RegisterEntry:
    """Add or update the submission's entry; call it after each save of the ``.tccm``.

    A damaged register is not overwritten: the InputError asks for ``register rebuild``.
    """
    entry = entry_for(path, submission, today=today)
    entries = [e for e in load_register(paths) if e.path != entry.path]
    save_register(paths, [*entries, entry])
    return entry


def forget_submission(paths: AppPaths, path: Path) -> bool:
    """Remove a file's entry (the file itself is left alone); False when it was not listed."""
    target = Path(path).absolute()
    entries = load_register(paths)
    kept = [e for e in entries if e.path != target]
    if len(kept) == len(entries):
        return False
    save_register(paths, kept)
    return True


def set_status(
    paths: AppPaths,
    path: Path,
    status: SubmissionStatus,
    *,
    on: date,
    sent_to: str | None = None,
) -> Submission:
    """Change a submission's status in its file and in the register (SENT records ``on``
    as the day sent, and ``sent_to`` when given). Returns the submission as saved.

    A file changed by someone else between the reading and the writing is not overwritten:
    ``SubmissionChangedError`` (nothing written; run it again).
    """
    path = Path(path).absolute()
    submission, seen = read_submission(path)
    submission.mark_status(status, on, sent_to=sent_to)
    if not submission.uid:
        submission.uid = path_uid(path)  # the identity its calendar entries already had
    save_checked(submission, path, expected=seen)
    record_submission(paths, path, submission, today=on)
    return submission


def rebuild_register(
    paths: AppPaths, folders: Iterable[Path] = (), *, today: date
) -> RebuildResult:
    """Make the register again from the submission files themselves.

    Looks at the files the register listed (when it can still be read), the recent files of
    the settings, and every ``.tccm`` under ``folders``. Files that are gone are dropped;
    files that cannot be read are reported and left out. The new register is saved.
    """
    day = today
    candidates: dict[Path, None] = {}
    problems: list[InputError] = []
    try:
        for entry in load_register(paths):
            candidates.setdefault(entry.path.absolute(), None)
    except InputError as error:
        problems.append(error)
    try:
        for recent in load_settings(paths).recent_files:
            if recent.suffix.lower() == SUFFIX:
                candidates.setdefault(recent.absolute(), None)
    except InputError as error:
        problems.append(error)
    for folder in folders:
        for found in _scan(Path(folder), problems):
            candidates.setdefault(found.absolute(), None)
    entries: list[RegisterEntry] = []
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            entries.append(entry_for(candidate, load_submission(candidate), today=day))
        except InputError as error:
            problems.append(error)
    save_register(paths, entries)
    return RebuildResult(entries, problems)


def _scan(folder: Path, problems: list[InputError]) -> list[Path]:
    if not folder.is_dir():
        problems.append(InputError("folder not found", path=folder))
        return []
    found: list[Path] = []
    for path in sorted(folder.rglob(f"*{SUFFIX}")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        found.append(path)
        if len(found) >= MAX_SCANNED:
            problems.append(
                InputError(
                    f"more than {MAX_SCANNED:,} submissions; the rest were skipped", path=folder
                )
            )
            break
    return found


def by_deadline(entries: Iterable[RegisterEntry], now: datetime) -> list[RegisterEntry]:
    """Entries with the nearest deadline first; those without a deadline last, by title."""
    local = now.tzinfo

    def key(entry: RegisterEntry) -> tuple[int, float, str]:
        if entry.deadline is None:
            return (1, 0.0, entry.title.casefold())
        return (0, entry.deadline.instant(local).timestamp(), entry.title.casefold())

    return sorted(entries, key=key)
