"""The autosave copy of an open submission: written atomically into the autosave folder under
a session name, removed on a clean close, so one found at start-up means a session crashed.
The file format (``<session>.tccm`` + a JSON marker) is ``storage/autosave_files.py``; this is
what the desktop app does with it (it owns the timer)."""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.storage import autosave_files
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.autosave_files import AutosaveEntry
from tccm_drafter.storage.paths import AppPaths


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


@dataclass
class AutosaveSession:
    """This session's autosave copy."""

    paths: AppPaths
    session: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def data_file(self) -> Path:
        return self.paths.autosave_dir / (self.session + autosave_files.DATA)

    @property
    def marker_file(self) -> Path:
        return self.paths.autosave_dir / (self.session + autosave_files.MARKER)

    def write(self, text: str, original: Path | None, base_digest: str, now: datetime) -> None:
        """Write the copy and its marker (raises OSError / InputError)."""
        marker = autosave_files.marker_text(
            os.getpid(), original, now.isoformat(timespec="seconds"), base_digest
        )
        self.paths.autosave_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.data_file, text)
        atomic_write_text(self.marker_file, marker)

    def discard(self) -> None:
        """Remove this session's copy (after a save or a clean close)."""
        for file in (self.marker_file, self.data_file):
            with contextlib.suppress(OSError):
                file.unlink()


__all__ = ["AutosaveEntry", "AutosaveSession", "InputError", "find_autosaves"]
