"""Loading the user's library folders: the personal library made on the first run, and the
load through the library index (storage/library_index.py), where a start reads only the
files that changed and the library reads paragraphs from the index when they are needed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from concurrent.futures import Executor
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library
from tccm_drafter.model.text_hygiene import removed_message
from tccm_drafter.storage.atomic import TEMP_PREFIX
from tccm_drafter.storage.index_queries import IndexSource
from tccm_drafter.storage.library_folder import LibraryFolder, LoadResult
from tccm_drafter.storage.library_index import IndexedFile, LibraryIndex
from tccm_drafter.storage.paths import AppPaths, starter_library_dir


def reading_pool() -> Executor:
    """Processes that read paragraph files in parallel (a cold index of a large library)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(4, os.cpu_count() or 1))
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


def load_indexed(
    folders: list[LibraryFolder],
    index: LibraryIndex,
    warnings: list[InputError] | None = None,
    *,
    parallel: bool = False,
) -> tuple[Library, list[InputError]]:
    """As ``library_folder.load_library``, through the index."""
    pool = reading_pool if parallel and (os.cpu_count() or 1) > 1 else None
    library = Library()
    errors: list[InputError] = []
    chosen: dict[str, IndexedFile] = {}
    for folder in folders:
        result = LoadResult()
        if folder.begin_load(result):
            folder.sweep(result)
            scan = index.refresh(folder.path, pool)
            result.errors.extend(scan.errors)
            accepted: dict[str, IndexedFile] = {}
            for item in scan.files:
                if item.problem is not None:
                    result.errors.append(item.problem.error(item.path))
                    continue
                entry = item.entry
                if entry is None:
                    continue
                if item.removed:
                    removed = removed_message(item.removed)
                    result.warnings.append(InputError(removed, path=item.path))
                if folder.accept(result, entry.id, item.path, item.digest):
                    accepted[entry.id] = item
            entries = [item.entry for item in accepted.values() if item.entry is not None]
            for entry in library.add_entries(entries, folder.name):
                chosen[entry.id] = accepted[entry.id]
        errors.extend(result.errors)
        if warnings is not None:
            warnings.extend(result.warnings)
    library.source = IndexSource(index, chosen)
    return library, errors


def ensure_personal_library(paths: AppPaths, starter: Path | None = None) -> LibraryFolder:
    """The personal library; on first run it is created as a copy of the starter library.

    The copy is made in a temporary folder and renamed into place, so an interrupted first
    run does not leave a half-copied library that would never be completed.
    """
    target = paths.library_dir
    if not target.is_dir():
        source = starter if starter is not None else starter_library_dir()
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=paths.data_dir))
            try:
                if source.is_dir():
                    shutil.copytree(
                        source,
                        staging,
                        dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(".*", "__pycache__"),
                    )
                os.replace(staging, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    shutil.rmtree(staging)
                raise
        except OSError as exc:
            raise InputError(
                f"could not create the personal library ({exc.strerror or exc})", path=target
            ) from None
    return LibraryFolder(target, name="personal", writable=True)


def load_library(
    folders: list[LibraryFolder],
    warnings: list[InputError] | None = None,
    index: LibraryIndex | None = None,
    *,
    parallel: bool = False,
) -> tuple[Library, list[InputError]]:
    """All folders merged into one Library; ids found in two folders go to ``clashes``.

    With an ``index`` (storage/library_index.py) files unchanged since they were indexed are
    not read again, and the library reads paragraphs from the index when they are needed;
    ``parallel`` lets a cold index read thousands of files in a pool of processes (only from
    a program whose main module may be imported again: the app and the command line).
    Files that loaded with control characters removed are reported in ``warnings`` if given.
    """
    if index is not None:
        return load_indexed(folders, index, warnings, parallel=parallel)
    library = Library()
    errors: list[InputError] = []
    for folder in folders:
        result = folder.load()
        errors.extend(result.errors)
        if warnings is not None:
            warnings.extend(result.warnings)
        for paragraph in result.paragraphs:
            library.add(paragraph, folder.name)
    return library, errors
