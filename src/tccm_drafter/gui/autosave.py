"""Autosave: the open submission is written to the autosave folder every 30 s and when the
window loses focus; a clean close removes it, so one found at start-up means a crash."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from tccm_drafter.app.clock import Clock
from tccm_drafter.errors import InputError
from tccm_drafter.storage import autosave_files
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.autosave_files import AutosaveEntry
from tccm_drafter.storage.paths import AppPaths

INTERVAL_MS = 30_000
_MARKER = autosave_files.MARKER
_DATA = autosave_files.DATA

#: Returns the submission's file text, its own path and the content hash of that file as last
#: read or written ("" unknown) when there is something unsaved, or None when the document is
#: clean (nothing to keep).
Snapshot = Callable[[], "tuple[str, Path | None, str] | None"]


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process: an earlier window that never closed (a test's "crash")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def find_autosaves(paths: AppPaths, exclude: str = "") -> list[AutosaveEntry]:
    """Autosaves of sessions that ended without a clean close (not a running copy's)."""
    return autosave_files.find_autosaves(paths.autosave_dir, _alive, exclude)


class Autosaver(QObject):
    """Writes this session's autosave atomically; ``discard`` on a clean close."""

    def __init__(
        self,
        paths: AppPaths,
        snapshot: Snapshot,
        clock: Clock,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._snapshot = snapshot
        self.session = uuid.uuid4().hex
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.last_error: InputError | OSError | None = None

    @property
    def data_file(self) -> Path:
        return self._paths.autosave_dir / (self.session + _DATA)

    @property
    def marker_file(self) -> Path:
        return self._paths.autosave_dir / (self.session + _MARKER)

    def save_now(self) -> bool:
        """Write the autosave when there are unsaved changes; True when one was written."""
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return False
        text, original, base = snapshot
        marker = autosave_files.marker_text(
            os.getpid(), original, self._clock.now().isoformat(timespec="seconds"), base
        )
        try:
            self._paths.autosave_dir.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.data_file, text)
            atomic_write_text(self.marker_file, marker)
        except (OSError, InputError) as error:
            self.last_error = error  # autosave must never interrupt the user
            return False
        return True

    def discard(self) -> None:
        """Remove this session's autosave (after a save or a clean close)."""
        for file in (self.marker_file, self.data_file):
            with contextlib.suppress(OSError):
                file.unlink()

    def stop(self) -> None:
        self.timer.stop()
