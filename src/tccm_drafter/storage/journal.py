"""Changing many files of a library folder all or nothing: stage, journal, switch.

An import writes hundreds of paragraph files; killed half-way (a crash, a power cut, the task
manager) it must leave the library as it was before or as it is after, never a mix. The
caller holds the folder's lock (:mod:`tccm_drafter.storage.folder_lock`) throughout.

1. **Stage**: every new text is written to ``.tccm-journal/<n>.new`` inside the library
   folder and flushed to disk. Killed now, the next writer or reader finds a journal folder
   without a journal and removes it: the library is as before.
2. **Commit**: ``.tccm-journal/journal.json`` lists each change (file, staged text or
   removal). It is written to a temporary name, flushed and renamed: from this instant on the
   change will happen.
3. **Switch**: each staged file is renamed over its target (``os.replace``, atomic), each
   removal done. Killed now, :func:`recover` repeats the step: a staged file still present is
   renamed, one already gone was renamed before; a removal happens only if the file still
   holds what it held when the change was planned.
4. **Clean up**: the journal is removed, then the journal folder.

:func:`recover` runs before every write to the folder and on every load of a writable folder
(the command line and the desktop app both load), so an interrupted change is finished by the
next command or the next start. A journal is trusted only as far as it names ``.md`` files
inside the folder (and the folder's import record, ``.tccm-last-import.json``), reached
through real folders only (never a linked one: :mod:`tccm_drafter.storage.library_paths`),
and staged files inside the journal folder, so one planted in a synced folder can do no more
than a planted paragraph file could. Any other journal is refused with one line naming it,
removed and not carried out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import fsync_folder
from tccm_drafter.storage.library_paths import linked_folder, safe_relative, writable_path
from tccm_drafter.storage.textfile import read_bytes

JOURNAL_DIR = ".tccm-journal"
JOURNAL_FILE = "journal.json"
#: The undo record of the last import into the folder, switched in with the import itself.
IMPORT_RECORD = ".tccm-last-import.json"
_STAGED = re.compile(r"[0-9]{1,6}\.new")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: The most changes one journal may list (an import of the largest bundle, plus its record).
MAX_CHANGES = limits.BUNDLE_MAX_MEMBERS + 1
_RECORD_NAMES = frozenset((IMPORT_RECORD,))


@dataclass(frozen=True)
class Change:
    """Replace ``target`` with ``data``, or remove it when ``data`` is None.

    A removal with ``remove_if`` (a SHA-256 hex digest) happens only while the file still has
    exactly that content.
    """

    target: Path
    data: bytes | None
    remove_if: str | None = None


def pending(folder: Path) -> bool:
    """True when an interrupted change waits in ``folder`` (cheap: one ``stat``)."""
    return os.path.lexists(Path(folder) / JOURNAL_DIR)


def switch(folder: Path, changes: list[Change]) -> None:
    """Make every change in ``folder``, all or nothing (the caller holds the folder's lock)."""
    folder = Path(folder)
    recover(folder)
    if not changes:
        return
    staging = folder / JOURNAL_DIR
    targets = [_relative(folder, change.target) for change in changes]  # checked before staging
    entries: list[dict[str, Any]] = []
    staging.mkdir()
    bulk = sys.platform.startswith("linux") and hasattr(os, "sync")
    for number, change in enumerate(changes):
        entry: dict[str, Any] = {"target": targets[number]}
        if change.data is not None:
            entry["new"] = f"{number}.new"
            _write(staging / entry["new"], change.data, _mode_of(change.target), flush=not bulk)
        elif change.remove_if is not None:
            entry["remove_if"] = change.remove_if
        entries.append(entry)
    if bulk:
        os.sync()  # one flush for every staged file
    temporary = staging / "journal.tmp"
    _write(temporary, json.dumps({"format": 1, "changes": entries}).encode("utf-8"), None)
    os.replace(temporary, staging / JOURNAL_FILE)
    fsync_folder(staging)
    try:
        _finish(folder, entries)
    except OSError as exc:
        raise CommittedError(exc) from exc


class CommittedError(Exception):
    """The change is committed but could not be finished now (a file in use, a full disk):
    :func:`recover` finishes it before the folder's next write or load."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or str(cause))


def recover(folder: Path) -> bool:
    """Finish or undo an interrupted change in ``folder``; True when there was one.

    A journal folder that is not a real folder, or a journal that names anything but
    paragraph files of this library reached through real folders, is removed without being
    carried out, and an InputError naming it says so. The caller holds the folder's lock.
    """
    folder = Path(folder)
    staging = folder / JOURNAL_DIR
    if not os.path.lexists(staging):
        return False
    if not _real_folder(staging):
        _remove_tree(staging)
        raise InputError(
            "this is not a journal folder the app made (a link or a file); it was removed "
            "and nothing was changed",
            path=staging,
        )
    journal_file = staging / JOURNAL_FILE
    if not os.path.lexists(journal_file):  # never committed: the library is as it was before
        _remove_tree(staging)
        return True
    entries = _read_journal(folder, staging)
    if isinstance(entries, str):
        _remove_tree(staging)
        raise InputError(
            f"{entries}; this journal was not written by the app for this library, so it was "
            "removed without being carried out",
            path=journal_file,
        )
    _finish(folder, entries)
    return True


def _real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _finish(folder: Path, entries: list[dict[str, Any]]) -> None:
    staging = folder / JOURNAL_DIR
    touched: set[Path] = set()
    for entry in entries:
        target = folder / entry["target"]
        staged = entry.get("new")
        if staged is not None:
            source = staging / staged
            if os.path.lexists(source):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        elif _may_remove(target, entry.get("remove_if")):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
        touched.add(target.parent)
    for parent in touched:
        fsync_folder(parent)
    os.unlink(staging / JOURNAL_FILE)
    _remove_tree(staging)


def _may_remove(target: Path, remove_if: str | None) -> bool:
    if remove_if is None:
        return True
    try:
        data = read_bytes(target, limits.PARAGRAPH)
    except InputError:
        return False
    return hashlib.sha256(data).hexdigest() == remove_if


def _read_journal(folder: Path, staging: Path) -> list[dict[str, Any]] | str:
    """The journal's changes, or what makes it unusable."""
    try:
        raw = read_bytes(staging / JOURNAL_FILE, limits.RECORD)
        document = json.loads(raw.decode("utf-8"))
    except InputError as error:
        return error.message
    except (ValueError, RecursionError):
        return "the journal is damaged (not JSON)"
    changes = document.get("changes") if isinstance(document, dict) else None
    if not isinstance(changes, list):
        return "the journal is damaged (no list of changes)"
    if len(changes) > MAX_CHANGES:
        return f"the journal lists {counted(len(changes), 'change')}, more than {MAX_CHANGES:,}"
    for entry in changes:
        problem = _entry_problem(folder, staging, entry)
        if problem is not None:
            return problem
    return changes


def _entry_problem(folder: Path, staging: Path, entry: object) -> str | None:
    if not isinstance(entry, dict):
        return "the journal is damaged (a change that is not a table)"
    target = entry.get("target")
    checked = safe_relative(target, _RECORD_NAMES)
    if checked is None:
        return f"it names {str(target)[:200]!r}, which is not a paragraph file inside the library"
    link = linked_folder(folder, checked)
    if link is not None:
        return f"it names '{checked}', which lies in '{link.name}', a link to a folder elsewhere"
    staged, remove_if = entry.get("new"), entry.get("remove_if")
    if staged is not None:
        if not (isinstance(staged, str) and _STAGED.fullmatch(staged)):
            return f"it names the staged file {str(staged)[:200]!r}, which the app never writes"
        try:
            info = os.lstat(staging / staged)
        except FileNotFoundError:
            return None  # renamed into place before the interruption
        except OSError:
            return f"the staged file '{staged}' cannot be examined"
        if not stat.S_ISREG(info.st_mode):
            return f"the staged file '{staged}' is not an ordinary file (a link?)"
    if remove_if is not None and not (isinstance(remove_if, str) and _SHA256.fullmatch(remove_if)):
        return "the journal is damaged (a removal without a proper content hash)"
    return None


def _relative(folder: Path, target: Path) -> str:
    relative = str(PurePosixPath(*Path(os.path.relpath(target, folder)).parts))
    writable_path(folder, relative, named_by=target, allowed_names=_RECORD_NAMES)
    return relative


def _mode_of(target: Path) -> int | None:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return None


def _write(path: Path, data: bytes, mode: int | None, *, flush: bool = True) -> None:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        if flush:
            handle.flush()
            os.fsync(handle.fileno())
    if mode is not None:
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def _remove_tree(path: Path) -> None:
    if os.path.islink(path) or not os.path.isdir(path):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return
    shutil.rmtree(path)
