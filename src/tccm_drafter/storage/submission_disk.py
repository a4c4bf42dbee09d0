"""Saving a submission only over the file as it was when it was opened or last saved.

A ``.tccm`` file can change on disk while the window holds unsaved edits of it: the command
line's ``register set-status``, another copy of the app, a sync client. Saving then must not
throw that change away without a word. The rule, as for library paragraphs
(:class:`tccm_drafter.storage.library_folder.DiskChangedError`): whoever reads a submission
keeps the content hash of the bytes it read (:func:`read_submission`); a save that passes it
(:func:`save_checked`) first compares it with the file on disk and raises
:class:`SubmissionChangedError` instead of writing when they differ. The front end then
offers the three ways out: take the file on disk, keep its own version (save again without
the check) or keep both (:func:`save_copy` writes its version beside the file, under a name
no file has).

The comparison and the write are two steps: a change landing in the instant between them is
not seen (there is no lock on a submission file that other programs would honour).
"""

from __future__ import annotations

import os
from pathlib import Path

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Submission
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_create_text
from tccm_drafter.storage.submission_file import (
    SUFFIX,
    dumps_submission,
    loads_submission,
    save_submission,
)
from tccm_drafter.storage.textfile import FileMissingError, decode_text, digest, read_bytes

#: Names tried for "keep both" before giving up ("name (2).tccm" ... "name (99).tccm").
_MAX_COPIES = 99


class SubmissionChangedError(InputError):
    """The submission's file changed on disk since it was read or written here.

    ``on_disk`` is the submission the file now holds (None when it is gone or cannot be
    read); ``seen`` the content hash of its bytes ("" when gone).
    """

    def __init__(self, message: str, *, path: Path, on_disk: Submission | None, seen: str) -> None:
        super().__init__(message, path=path)
        self.on_disk = on_disk
        self.seen = seen


def read_submission(path: Path) -> tuple[Submission, str]:
    """A submission and the content hash of the bytes it was read from."""
    path = Path(path)
    data = read_bytes(path, limits.SUBMISSION)
    return loads_submission(decode_text(data, path), path), digest(data)


def file_digest(path: Path) -> str:
    """The content hash of the file as it is now ("" when there is none)."""
    try:
        return digest(read_bytes(Path(path), limits.SUBMISSION))
    except InputError:
        return ""


def check_unchanged(path: Path, expected: str) -> None:
    """Raise :class:`SubmissionChangedError` unless ``path`` still holds bytes of hash
    ``expected``."""
    path = Path(path)
    try:
        data = read_bytes(path, limits.SUBMISSION)
    except FileMissingError:
        raise SubmissionChangedError(
            "the submission's file was deleted or moved since it was opened",
            path=path,
            on_disk=None,
            seen="",
        ) from None
    except InputError as error:
        if not os.path.lexists(path):
            raise
        raise SubmissionChangedError(
            f"the submission's file was replaced since it was opened ({error.message})",
            path=path,
            on_disk=None,
            seen="",
        ) from None
    seen = digest(data)
    if seen == expected:
        return
    try:
        on_disk: Submission | None = loads_submission(decode_text(data, path), path)
    except NewerFormatError:
        raise
    except InputError:
        on_disk = None
    raise SubmissionChangedError(
        "the submission's file changed on disk since it was opened or last saved (another "
        "program or another copy of the app wrote it)",
        path=path,
        on_disk=on_disk,
        seen=seen,
    )


def save_checked(submission: Submission, path: Path, *, expected: str | None) -> str:
    """Write the submission over ``path`` and return the content hash written.

    With ``expected`` (the hash of what was last read or written here) a file that changed
    since raises :class:`SubmissionChangedError` and nothing is written; None writes
    without looking (a new file, or the user chose to keep their version).
    """
    path = Path(path)
    if expected is not None:
        check_unchanged(path, expected)
    text = dumps_submission(submission)
    save_submission(submission, path)
    return digest(text.encode("utf-8"))


def save_copy(submission: Submission, beside: Path) -> tuple[Path, str]:
    """Write the submission to a new file next to ``beside`` ("name (2).tccm", the first
    name no file has; never over one) and return its path and content hash."""
    beside = Path(beside)
    stem = beside.name.removesuffix(SUFFIX) if beside.name.endswith(SUFFIX) else beside.stem
    text = dumps_submission(submission)
    for number in range(2, _MAX_COPIES + 1):
        candidate = beside.with_name(f"{stem} ({number}){SUFFIX}")
        try:
            atomic_create_text(candidate, text)
        except FileExistsError:
            continue
        except OSError as error:
            raise InputError(
                f"could not save a copy ({error.strerror or error})", path=candidate
            ) from None
        return candidate, digest(text.encode("utf-8"))
    raise InputError(
        f"could not find a free name for a copy (up to “{stem} ({_MAX_COPIES}){SUFFIX}”)",
        path=beside,
    )
