"""Autosaved copies left by a session that did not close cleanly: finding them safely.

The desktop app writes ``<session>.tccm`` (the submission) and ``<session>.json`` (a marker:
the process, the file the submission belongs to, when) into the autosave folder; a clean close
removes both, so a pair found at start-up means a crash. The folder is the user's own, but
what it holds is read back like any other file: a marker is used only when its name is one the
app writes, it is small JSON, its submission file is an ordinary file, and the file it names
as the submission's own is the full path of a ``.tccm`` file (anything else restores the copy
as a new, unsaved document, so Save asks where to put it).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Submission
from tccm_drafter.storage import limits
from tccm_drafter.storage.submission_file import SUFFIX, load_submission
from tccm_drafter.storage.textfile import read_bytes

MARKER = ".json"
DATA = ".tccm"
#: Session names are ``uuid4().hex``: nothing else in the folder is an autosave of ours.
_SESSION = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class AutosaveEntry:
    """An autosaved copy left behind by a session that did not close cleanly."""

    data_file: Path
    marker_file: Path
    original: Path | None
    saved_at: str
    #: The content hash of ``original`` when the session last opened or saved it ("" unknown).
    base_digest: str = ""

    @property
    def name(self) -> str:
        return self.original.name if self.original is not None else self.data_file.name

    def load(self) -> Submission:
        return load_submission(self.data_file)

    def remove(self) -> None:
        for file in (self.data_file, self.marker_file):
            with contextlib.suppress(OSError):
                file.unlink()


def marker_text(pid: int, original: Path | None, saved_at: str, base_digest: str = "") -> str:
    """The marker's JSON, as :func:`find_autosaves` reads it."""
    return json.dumps(
        {
            "pid": pid,
            "original": str(original) if original else "",
            "saved_at": saved_at,
            "base": base_digest,
        }
    )


def find_autosaves(
    folder: Path, alive: Callable[[int], bool], exclude: str = ""
) -> list[AutosaveEntry]:
    """Autosaves in ``folder`` of sessions that ended without a clean close (``alive(pid)``
    False), except the session ``exclude``; markers that are not the app's are skipped."""
    found: list[AutosaveEntry] = []
    if not folder.is_dir():
        return found
    for marker in sorted(folder.glob("*" + MARKER)):
        session = marker.name.removesuffix(MARKER)
        data = marker.with_name(session + DATA)
        if session == exclude or not _SESSION.fullmatch(session) or not _ordinary(data):
            continue
        try:
            info = json.loads(read_bytes(marker, limits.AUTOSAVE_MARKER).decode("utf-8"))
        except (InputError, ValueError, RecursionError):
            continue
        if not isinstance(info, dict):
            continue
        pid = info.get("pid", 0)
        if not isinstance(pid, int) or (pid and alive(pid)):
            continue
        found.append(
            AutosaveEntry(
                data,
                marker,
                _original(info.get("original")),
                str(info.get("saved_at", ""))[:40],
                _digest(info.get("base")),
            )
        )
    return found


def _ordinary(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _original(value: object) -> Path | None:
    if not isinstance(value, str) or not value or "\x00" in value:
        return None
    path = Path(value)
    return path if path.is_absolute() and path.suffix.lower() == SUFFIX else None


def _digest(value: object) -> str:
    return value if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) else ""
