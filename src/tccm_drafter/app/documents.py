"""Submission files, for both front ends: open one, save it only over the file as it was
read (``storage/submission_disk.py``), keep both versions, create a new one, and what the app
records after every save (recent files, which paragraphs the submission uses, the register of
submissions), so a submission written from the command line is recorded as the window's are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Submission
from tccm_drafter.storage.atomic import atomic_create_text, atomic_write_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings, add_recent, save_settings
from tccm_drafter.storage.submission_disk import (
    SubmissionChangedError,
    file_digest,
    read_submission,
    save_checked,
    save_copy,
)
from tccm_drafter.storage.submission_file import (
    SUFFIX,
    dumps_submission,
    load_submission,
    save_submission,
)


@dataclass(frozen=True)
class Opened:
    """A submission as read, with the content hash of its file's bytes (for the save check)."""

    submission: Submission
    digest: str


def open_submission(path: Path) -> Opened:
    """Read a submission file (raises InputError naming the file; changes nothing)."""
    submission, digest = read_submission(Path(path))
    return Opened(submission, digest)


def save(submission: Submission, path: Path, *, expected: str | None) -> str:
    """Write ``submission`` to ``path`` atomically; returns the new content hash.

    With ``expected`` (the hash of the file as read or last written), a file that changed on
    disk since raises :class:`SubmissionChangedError` and nothing is written; None writes
    without the check (the user chose to keep their version)."""
    return save_checked(submission, Path(path), expected=expected)


def save_beside(submission: Submission, path: Path) -> tuple[Path, str]:
    """Keep both: ``submission`` saved next to ``path`` under a name no file has."""
    return save_copy(submission, Path(path))


def create(path: Path, submission: Submission) -> None:
    """A new submission file; refuses a name that is taken or a folder that is not there."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        raise InputError(f"a submission file ends in {SUFFIX}", path=path)
    if not path.parent.is_dir():
        raise InputError("the folder to write into does not exist", path=path.parent)
    try:
        atomic_create_text(path, dumps_submission(submission))
    except FileExistsError:
        raise InputError("this file exists already; choose another name", path=path) from None
    except OSError as exc:
        raise InputError(f"could not write ({exc.strerror or exc})", path=path) from None


def record_saved(
    paths: AppPaths,
    settings: Settings | None,
    path: Path,
    submission: Submission,
    *,
    today: date,
) -> list[str]:
    """After a submission was written to ``path``: the recent files (when ``settings`` are
    given), the usage index and the register. Returns what could not be recorded, one line
    each (the submission itself is saved; these never undo that)."""
    from tccm_drafter.sharing import register, usage  # at the first save, not at start-up

    problems: list[str] = []

    def attempt(step: Callable[[], object]) -> None:
        try:
            step()
        except (InputError, OSError) as error:
            problems.append(str(error))

    if settings is not None:
        add_recent(settings, path)
        attempt(lambda: save_settings(paths, settings))
    attempt(lambda: usage.record_submission(paths, path, submission, today=today))
    attempt(lambda: register.record_submission(paths, path, submission, today=today))
    return problems


def keep_backup(paths: AppPaths, path: Path, submission: Submission, *, folder: str) -> Path:
    """A copy of ``submission`` as it was before a change the user did not make by hand (a
    review import), in ``<data>/<folder>/<file name>``; returns where."""
    backup = paths.data_dir / folder / Path(path).name
    backup.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(backup, dumps_submission(submission))
    return backup


def text_of(submission: Submission) -> str:
    """The submission as its file holds it (the autosave copy)."""
    return dumps_submission(submission)


__all__ = [
    "SUFFIX",
    "Opened",
    "SubmissionChangedError",
    "create",
    "dumps_submission",
    "file_digest",
    "keep_backup",
    "load_submission",
    "open_submission",
    "read_submission",
    "record_saved",
    "save",
    "save_beside",
    "save_checked",
    "save_copy",
    "save_submission",
    "text_of",
]
