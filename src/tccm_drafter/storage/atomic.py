"""Atomic file writes: the old file stays whole until the new one is safely on disk."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

#: Temporary files carry this prefix so a start-up sweep can find those a crash left behind.
TEMP_PREFIX = ".tccm-tmp-"
_STALE_AFTER_SECONDS = 3600.0


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old or the new file, never half.

    Temp file in the same folder, flush, fsync, ``os.replace``, then fsync the folder so the
    rename itself survives a power cut. On any error the temp file is removed and the
    previous file is untouched.
    """
    path = Path(path)
    folder = path.parent
    with naming(path):
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            # Keep the permissions a user gave the file they are replacing.
            _copy_mode(tmp_name, path)
            os.replace(tmp_name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    fsync_folder(folder)


@contextlib.contextmanager
def naming(path: Path) -> Iterator[None]:
    """An OSError in the block names ``path``, the file the user asked for, when it named no
    file or only our temporary one: a full disk then reads "No space left on device:
    'submission.docx'", not the bare reason."""
    try:
        yield
    except OSError as error:
        named = str(error.filename) if error.filename is not None else ""
        if named and not os.path.basename(named).startswith(TEMP_PREFIX):
            raise
        raise OSError(error.errno, error.strerror or str(error), str(path)) from error


def atomic_write_many(items: list[tuple[Path, bytes]]) -> None:
    """Write many files atomically each, with far fewer disk flushes than one by one.

    Every new text goes to a temp file first; they are all flushed to disk (one ``sync`` on
    Linux, an fsync per file elsewhere) before any is renamed over its old file, and each
    folder is flushed once at the end. A failure before the renames leaves every old file
    as it was; each rename on its own is atomic.
    """
    written: list[tuple[str, Path]] = []
    bulk = os.name == "posix" and hasattr(os, "sync") and sys.platform.startswith("linux")
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        for number, (path, data) in enumerate(items):
            try:  # the new file gets the old one's permissions (else the umask's default)
                mode = os.stat(path).st_mode & 0o7777
            except OSError:
                mode = 0o666
            with naming(path):
                tmp_name, fd = _create_temp(path.parent, number, flags, mode)
                written.append((tmp_name, path))
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    if not bulk:
                        handle.flush()
                        os.fsync(handle.fileno())
        if bulk:
            os.sync()
    except BaseException:
        for tmp_name, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise
    for tmp_name, path in written:
        os.replace(tmp_name, path)
    for folder in {path.parent for _, path in written}:
        fsync_folder(folder)


def write_new_folder(target: Path, files: list[tuple[str, bytes]]) -> None:
    """Create the folder ``target`` holding ``files`` (names inside it), whole or not at all.

    The files are written into a temporary folder beside it, flushed to disk (one ``sync`` on
    Linux), and the folder is renamed into place: one rename instead of one per file, and a
    reader never sees the folder half-filled. ``target`` must not exist yet.
    """
    target = Path(target)
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=target.parent))
    bulk = hasattr(os, "sync") and sys.platform.startswith("linux")
    try:
        for name, data in files:
            with open(staging / name, "xb") as handle:
                handle.write(data)
                if not bulk:
                    handle.flush()
                    os.fsync(handle.fileno())
        if bulk:
            os.sync()
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_folder(target.parent)


def _create_temp(folder: Path, number: int, flags: int, mode: int) -> tuple[str, int]:
    """A new temp file with a short name: the final name may use the whole length allowed."""
    while True:
        name = os.path.join(folder, f"{TEMP_PREFIX}{number:x}-{secrets.token_hex(4)}.part")
        try:
            return name, os.open(name, flags, mode)
        except FileExistsError:
            continue


def _copy_mode(tmp_name: str, path: Path) -> None:
    if path.exists():
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
    else:
        with contextlib.suppress(OSError):
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with ``\\n`` line ends on every platform (clean diffs in git)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_create_text(path: Path, text: str) -> None:
    """Create ``path`` with ``text``, whole or not at all; FileExistsError if it exists.

    The text is flushed to a temp file first, which is then hard-linked to the name (a link
    never replaces an existing file). Where links are not possible (some network and FAT
    drives) the file is checked for and renamed into place.
    """
    path = Path(path)
    with naming(path):
        _create_text(path, text)
    fsync_folder(path.parent)


def _create_text(path: Path, text: str) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            raise
        except OSError:
            if path.exists():
                raise FileExistsError(17, "File exists", str(path)) from None
            os.replace(tmp_name, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


def sweep_stale_temp_files(folder: Path, older_than: float = _STALE_AFTER_SECONDS) -> int:
    """Remove temp files an interrupted write left in ``folder``; returns how many.

    Only files older than ``older_than`` seconds go, so a write in progress in another
    running copy of the app is left alone. Age is measured against the folder's own last
    change when that is earlier than this computer's clock: a file's time comes from the
    file system (a synced or network folder keeps its own clock), and a computer whose clock
    runs ahead must not take a write that just started for an old one.
    """
    removed = 0
    try:
        now = min(time.time(), os.stat(folder).st_mtime)
    except OSError:
        return 0
    try:
        with os.scandir(folder) as scan:
            entries = [entry for entry in scan if entry.name.startswith(TEMP_PREFIX)]
    except OSError:
        return 0
    for entry in entries:
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)  # a link is never followed nor removed
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (nothing to do on Windows)."""
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals renames.
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
