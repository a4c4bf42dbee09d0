"""Notice library folders changed by someone else (a sync client, git pull, another copy).

Qt-free: the desktop app takes a snapshot, and on a QFileSystemWatcher signal or a timer takes
another and reloads only when :func:`diff` finds a change.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.storage.atomic import TEMP_PREFIX


@dataclass(frozen=True)
class FolderSnapshot:
    folder: Path
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # path -> (mtime_ns, size)

    @classmethod
    def take(cls, folder: Path) -> FolderSnapshot:
        files: dict[str, tuple[int, int]] = {}
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in names:
                if name.endswith(".md") and not name.startswith((".", TEMP_PREFIX)):
                    path = os.path.join(root, name)
                    try:
                        info = os.stat(path)
                    except OSError:
                        continue
                    files[path] = (info.st_mtime_ns, info.st_size)
        return cls(folder, files)


@dataclass(frozen=True)
class Changes:
    added: list[Path]
    modified: list[Path]
    removed: list[Path]

    def __bool__(self) -> bool:
        return bool(self.added or self.modified or self.removed)


def diff(old: FolderSnapshot, new: FolderSnapshot) -> Changes:
    return Changes(
        added=sorted(Path(p) for p in new.files.keys() - old.files.keys()),
        modified=sorted(
            Path(p) for p in new.files.keys() & old.files.keys() if new.files[p] != old.files[p]
        ),
        removed=sorted(Path(p) for p in old.files.keys() - new.files.keys()),
    )
