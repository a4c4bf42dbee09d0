"""Autosave: the open submission is written to the autosave folder every 30 s and when the
window loses focus; a clean close removes it, so one found at start-up means a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from tccm_drafter.app.autosave import AutosaveSession
from tccm_drafter.app.clock import Clock
from tccm_drafter.app.paths import AppPaths
from tccm_drafter.errors import InputError

INTERVAL_MS = 30_000

#: Returns the submission's file text, its own path and the content hash of that file as last
#: read or written ("" unknown) when there is something unsaved, or None when the document is
#: clean (nothing to keep).
Snapshot = Callable[[], "tuple[str, Path | None, str] | None"]


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
        self._clock = clock
        self._snapshot = snapshot
        self._copy = AutosaveSession(paths)
        self.session = self._copy.session
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.last_error: InputError | OSError | None = None

    @property
    def data_file(self) -> Path:
        return self._copy.data_file

    @property
    def marker_file(self) -> Path:
        return self._copy.marker_file

    def save_now(self) -> bool:
        """Write the autosave when there are unsaved changes; True when one was written."""
        snapshot = self._snapshot()
        if snapshot is None:
            self.discard()
            return False
        text, original, base = snapshot
        try:
            self._copy.write(text, original, base, self._clock.now())
        except (OSError, InputError) as error:
            self.last_error = error  # autosave must never interrupt the user
            return False
        return True

    def discard(self) -> None:
        """Remove this session's autosave (after a save or a clean close)."""
        self._copy.discard()

    def stop(self) -> None:
        self.timer.stop()
