"""Walking a library folder: the one way the app finds paragraph files, counts them and
watches their folders (hidden folders such as .git are skipped)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from tccm_drafter.storage.paragraph_file import SUFFIX


def is_paragraph_file_name(name: str) -> bool:
    return name.endswith(SUFFIX) and not name.startswith(".")


def walk_library(
    root: Path, onerror: Callable[[OSError], None] | None = None
) -> Iterator[tuple[Path, list[str]]]:
    """Every folder of a library (hidden ones such as .git skipped) with its file names, sorted.

    The one way the app walks a library: loading, counting its files and watching it.
    """
    for folder, subfolders, files in os.walk(root, onerror=onerror):
        # Pruned in place so os.walk does not descend into them.
        subfolders[:] = sorted(f for f in subfolders if not f.startswith("."))
        yield Path(folder), sorted(files)


def count_paragraph_files(roots: list[Path], stop_after: int) -> int:
    """How many paragraph files the folders hold, counting no further than ``stop_after``."""
    count = 0
    for root in roots:
        for _folder, files in walk_library(root):
            count += sum(1 for name in files if is_paragraph_file_name(name))
            if count > stop_after:
                return count
    return count
