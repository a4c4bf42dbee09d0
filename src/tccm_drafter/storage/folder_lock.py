"""One writer at a time per library folder: an operating-system lock on ``.tccm-lock``.

Every write to a library folder (a paragraph save, an import, an undo, the completion of an
interrupted import) holds this lock from its check ("has the file changed since it was
loaded?") to its last rename, so two copies of the app can never both pass the check and
then overwrite each other.

Why an OS lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) rather than a
lock file created with ``O_EXCL``: the operating system releases the lock when its holder
exits or is killed, so a crash never leaves a stale lock that someone must recognise and
break (process ids are reused, clocks differ). The file itself stays (empty and hidden);
only the lock on it comes and goes. Such locks are reliable between programs on one
computer, which is where two copies of the app race; copies on two computers sharing a sync
folder never write the same disk at the same moment, and the sync client's conflict copies
are handled like any other change on disk.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tccm_drafter.errors import InputError

LOCK_FILE = ".tccm-lock"
#: How long a writer waits for another copy of the app to finish its write.
WAIT_SECONDS = 20.0
_POLL_SECONDS = 0.005

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def folder_lock(folder: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's write lock for the ``with`` block (waits up to ``wait`` seconds)."""
    path = Path(folder) / LOCK_FILE
    flags = (
        os.O_RDWR
        | os.O_CREAT
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOCTTY", 0)
    )
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        raise InputError(
            f"cannot lock the library folder for writing ({exc.strerror or exc})", path=folder
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, pipe or device planted there
            raise InputError(
                f"cannot lock the library folder for writing ({LOCK_FILE} is not an ordinary file)",
                path=folder,
            )
        deadline = time.monotonic() + wait
        delay = _POLL_SECONDS
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise InputError(
                    "the library is busy: another copy of TCCM Drafter is writing to it; "
                    "nothing was changed, try again in a moment",
                    path=folder,
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
