"""Autosave: the open submission is written to the autosave folder every 30 s and when the
window loses focus; a clean close removes it, so one found at start-up means a crash."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from tccm_drafter.app.clock import Clock
from tccm_drafter.errors import InputError
from tccm_drafter.model import Submission
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import load_submission

INTERVAL_MS = 30_000
_MARKER = ".json"
_DATA = ".tccm"

#: Returns the submission's file text and its own path when there is something unsaved,
#: or None when the document is clean (nothing to keep).
Snapshot = Callable[[], "tuple[str, Path | None] | None"]


@dataclass(frozen=True)
class AutosaveEntry:
    """An autosaved copy left behind by a session that did not close cleanly."""

    data_file: Path
    marker_file: Path
    original: Path | None
    saved_at: str

    @property
    def name(self) -> str:
        return self.original.name if self.original is not None else self.data_file.name

    def load(self) -> Submission:
        return load_submission(self.data_file)

    def remove(self) -> None:
        for file in (self.data_file, self.marker_file):
            with contextlib.suppress(OSError):
                file.unlink()


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
    folder = paths.autosave_dir
    found: list[AutosaveEntry] = []
    if not folder.is_dir():
        return found
    for marker in sorted(folder.glob("*" + _MARKER)):
        session = marker.name.removesuffix(_MARKER)
        data = marker.with_name(session + _DATA)
        if session == exclude or not data.exists():
            continue
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
            pid = int(info.get("pid", 0))
        except (OSError, ValueError, AttributeError):
            continue
        if pid and _alive(pid):
            continue
        original = info.get("original") or None
        found.append(
            AutosaveEntry(
                data, marker, Path(original) if original else None, str(info.get("saved_at", ""))
            )
        )
    return found


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
        text, original = snapshot
        marker = {
            "pid": os.getpid(),
            "original": str(original) if original else "",
            "saved_at": self._clock.now().isoformat(timespec="seconds"),
        }
        try:
            self._paths.autosave_dir.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.data_file, text)
            atomic_write_text(self.marker_file, json.dumps(marker))
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
