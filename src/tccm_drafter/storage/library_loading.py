"""Loading the user's library folders: the personal library made on the first run, and the
load through the library index (storage/library_index.py), where a start reads only the
files that changed and the library reads paragraphs from the index when they are needed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import Executor
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library
from tccm_drafter.model.entry_columns import EntryColumns
from tccm_drafter.model.text_hygiene import removed_message
from tccm_drafter.storage.atomic import TEMP_PREFIX
from tccm_drafter.storage.index_queries import IndexSource
from tccm_drafter.storage.index_write import read_problem
from tccm_drafter.storage.library_folder import LibraryFolder, LoadResult, duplicate_error
from tccm_drafter.storage.library_index import FolderScan, LibraryIndex
from tccm_drafter.storage.paths import AppPaths, starter_library_dir


def reading_pool() -> Executor:
    """Processes that read paragraph files in parallel (a cold index of a large library)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(4, os.cpu_count() or 1))
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    for _ in range(workers):  # each process starts now (and imports its modules meanwhile)
        pool.submit(int)
    return pool


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
    source = IndexSource(index)
    errors: list[InputError] = []
    for folder in folders:
        result = LoadResult()
        if folder.begin_load(result):
            folder.sweep(result)
            scan = index.refresh(folder.path, pool)
            result.errors.extend(scan.errors)
            files, columns = _accepted(folder, scan, result)
            start, kept = library.add_columns(columns, folder.name)
            ids, languages = columns.ids, columns.languages
            if len(kept) < len(files):  # ids another library has
                files, ids = [files[i] for i in kept], [ids[i] for i in kept]
                languages = [languages[i] for i in kept]
            source.add(start, scan, files, ids, languages)
        errors.extend(result.errors)
        if warnings is not None:
            warnings.extend(result.warnings)
    library.source = source
    return library, errors


def _accepted(
    folder: LibraryFolder, scan: FolderScan, result: LoadResult
) -> tuple[Sequence[int], EntryColumns]:
    """The file numbers and entries of the folder's paragraphs that load (the problems of
    the others, and files repeating an id, reported in ``result``)."""
    snapshot = scan.snapshot
    rowids = snapshot.rowids
    files: Sequence[int] = range(len(rowids))
    columns = snapshot.entries
    notes = snapshot.problems or snapshot.removed or snapshot.duplicates
    rels = snapshot.rel_list() if notes else []
    for number, text in sorted(snapshot.problems.items()):
        result.errors.append(read_problem(text).error(str(scan.root / rels[number])))
    for number, count in sorted(snapshot.removed.items()):
        result.warnings.append(InputError(removed_message(count), path=scan.root / rels[number]))
    if len(columns) < len(rowids):
        files = [n for n, rowid in enumerate(rowids) if rowid]
    if snapshot.duplicates:
        entry_numbers = {number: i for i, number in enumerate(files)}
        for number, first in sorted(snapshot.duplicates.items()):
            pid = columns.ids[entry_numbers[number]]
            path, earlier = scan.root / rels[number], scan.root / rels[first]
            result.errors.append(duplicate_error(pid, str(path), str(earlier)))
        wanted = [i for i, number in enumerate(files) if number not in snapshot.duplicates]
        files = [files[i] for i in wanted]
        columns = columns.taking(wanted)
    folder.remember(LoadedFiles(scan, files, columns.ids))
    return files, columns


class LoadedFiles:
    """A folder's paragraph files as a load through the index found them, looked up by id
    when a save asks (a load of 50,000 paragraphs makes no object per file)."""

    def __init__(self, scan: FolderScan, files: Sequence[int], ids: Sequence[str]) -> None:
        self._scan, self._files, self._ids = scan, files, ids
        self._numbers: dict[str, int] | None = None
        self._rels: list[str] | None = None

    def get(self, paragraph_id: str) -> tuple[Path | str, str] | None:
        if self._numbers is None:
            self._numbers = dict(zip(self._ids, self._files, strict=True))
            self._rels = self._scan.snapshot.rel_list()
        number = self._numbers.get(paragraph_id)
        if number is None or self._rels is None:
            return None
        return (self._scan.root / self._rels[number], self._scan.snapshot.digest(number))


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
