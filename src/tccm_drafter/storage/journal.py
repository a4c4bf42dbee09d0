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
inside the folder (and the folder's import record, ``.tccm-last-import.json``) and staged
files inside the journal folder, so one planted in a synced folder can do no more than a
planted paragraph file could.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import fsync_folder
from tccm_drafter.storage.textfile import read_bytes

JOURNAL_DIR = ".tccm-journal"
JOURNAL_FILE = "journal.json"
#: The undo record of the last import into the folder, switched in with the import itself.
IMPORT_RECORD = ".tccm-last-import.json"
_STAGED = re.compile(r"[0-9]{1,6}\.new")


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
    entries: list[dict[str, Any]] = []
    staging.mkdir()
    bulk = sys.platform.startswith("linux") and hasattr(os, "sync")
    for number, change in enumerate(changes):
        entry: dict[str, Any] = {"target": _relative(folder, change.target)}
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

    The caller holds the folder's lock.
    """
    folder = Path(folder)
    staging = folder / JOURNAL_DIR
    if not os.path.lexists(staging):
        return False
    entries = _read_journal(folder, staging)
    if entries is None:  # never committed (or not ours): the library is as it was before
        _remove_tree(staging)
    else:
        _finish(folder, entries)
    return True


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


def _read_journal(folder: Path, staging: Path) -> list[dict[str, Any]] | None:
    """The journal's changes, or None when there is no usable journal."""
    try:
        raw = read_bytes(staging / JOURNAL_FILE, limits.RECORD)
        document = json.loads(raw.decode("utf-8"))
    except (InputError, ValueError, RecursionError):
        return None
    changes = document.get("changes") if isinstance(document, dict) else None
    if not isinstance(changes, list):
        return None
    for entry in changes:
        if not isinstance(entry, dict) or not _safe_target(entry.get("target")):
            return None
        staged, remove_if = entry.get("new"), entry.get("remove_if")
        if staged is not None and not (isinstance(staged, str) and _STAGED.fullmatch(staged)):
            return None
        if remove_if is not None and not isinstance(remove_if, str):
            return None
    return changes


def _safe_target(value: object) -> bool:
    """A relative ``.md`` path inside the folder, outside any hidden folder (or the record)."""
    if value == IMPORT_RECORD:
        return True
    if not isinstance(value, str) or "\\" in value or "\x00" in value or ":" in value:
        return False
    pure = PurePosixPath(value)
    return (
        not pure.is_absolute()
        and value.endswith(".md")
        and all(part not in ("", ".", "..") and not part.startswith(".") for part in pure.parts)
    )


def _relative(folder: Path, target: Path) -> str:
    relative = PurePosixPath(*Path(os.path.relpath(target, folder)).parts)
    if not _safe_target(str(relative)):
        raise InputError("a library change must stay inside the library folder", path=target)
    return str(relative)


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
