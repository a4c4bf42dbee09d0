"""The library index: every paragraph file of the user's libraries, kept in SQLite so that a
start does not read and parse 50,000 files again, a search does not scan them, and a
question can be matched against them (full-text search with BM25 ranking, SQLite's FTS5).

A folder is brought up to date by :meth:`LibraryIndex.refresh`: each file's path, size,
modification and change times and inode are compared with what the index recorded; a file
that differs is read again (when only its times changed and its bytes did not, nothing is
parsed), new files are added and deleted ones dropped, all in one transaction. A file
modified within ``RACY_NS`` of being indexed may change again without its times showing it
(file systems keep times at a granularity of up to two seconds): it is marked and its bytes
are compared the next time. The index never writes into a library folder.

Opening, damage and versions: storage/index_db.py. What a row holds: index_records.py and
index_parse.py. Queries (search, fetch, ranking): index_queries.py.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model.library import Entry
from tccm_drafter.storage import index_db, index_write
from tccm_drafter.storage.index_parse import Parsed, Problem, parse_all, read_digest
from tccm_drafter.storage.index_records import ENTRY_COLUMNS, EntryReader
from tccm_drafter.storage.index_write import STAT_COLUMNS, read_problem
from tccm_drafter.storage.paragraph_file import SUFFIX

log = logging.getLogger(__name__)

_NAME = attrgetter("name")
#: A file modified this close to being indexed is compared by its bytes next time.
RACY_NS = 3_000_000_000
#: Above this many files to read, a cold index reads them in a pool of processes.
POOL_FROM = 3000

_SELECT = (
    f"SELECT id, rel, {STAT_COLUMNS}, racy, digest, {ENTRY_COLUMNS}, problem, removed "
    "FROM files WHERE folder = (SELECT id FROM folders WHERE path = ?)"
)


#: A paragraph file as found on disk: (relative path, path, size, mtime, ctime, inode), the
#: times in nanoseconds.
FileState = tuple[str, str, int, int, int, int]


@dataclass(slots=True)
class IndexedFile:
    """One file of a folder as the index knows it after a refresh."""

    path: str
    digest: str
    rowid: int | None
    entry: Entry | None
    problem: Problem | None
    removed: int
    #: The paragraph's record when it could not be stored (the index was busy or read-only).
    record: str | None = None


@dataclass
class FolderScan:
    """A folder after a refresh: its files in library order, and folder-level errors."""

    files: list[IndexedFile] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    #: False when the index could not store what was read (the files are right all the same).
    stored: bool = True


class LibraryIndex:
    """The index of every library folder, in one SQLite file (or in memory)."""

    def __init__(self, target: Path | None, busy_seconds: float = index_db.BUSY_SECONDS) -> None:
        #: The index file, or None for an index in memory.
        self.path = target
        self._target: Path | str = target if target is not None else index_db.memory_uri()
        self._busy = busy_seconds
        self._local = threading.local()
        self._lock = threading.Lock()
        self._keep: sqlite3.Connection | None = None  # keeps an in-memory index alive

    @classmethod
    def open(cls, folder: Path, busy_seconds: float = index_db.BUSY_SECONDS) -> LibraryIndex:
        """The index in ``folder`` (the cache), made or replaced as needed; in memory when
        the folder cannot hold one."""
        path = folder / index_db.FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return cls.in_memory()
        index = cls(path, busy_seconds)
        try:
            index.connection()
        except sqlite3.Error as error:
            log.info("library index unusable (%s); using one in memory", error)
            return cls.in_memory()
        return index

    @classmethod
    def in_memory(cls) -> LibraryIndex:
        index = cls(None)
        index._keep = index.connection()
        return index

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened, made or replaced on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            return index_db.connect(self._target, self._busy)
        except sqlite3.Error as error:
            if self.path is None or index_db.is_busy(error):
                raise
            log.info("replacing the library index (%s)", error)
            with self._lock:
                index_db.discard(self.path)
            return index_db.connect(self._target, self._busy)

    def reset(self) -> None:
        """Forget this thread's connection and replace the file (it was found damaged)."""
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if self.path is not None:
            with self._lock:
                index_db.discard(self.path)

    def close(self) -> None:
        for conn in (getattr(self._local, "conn", None), self._keep):
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
        self._local.conn = None
        self._keep = None

    # -- bringing a folder up to date -------------------------------------------------------
    def refresh(self, root: Path, pool: Callable[[], Executor] | None = None) -> FolderScan:
        """The folder's files as the index now knows them (read again where they changed).

        ``pool`` makes a process pool to read many files at once (a cold index)."""
        try:
            return self._refresh(root, pool)
        except sqlite3.Error as error:
            if index_db.is_busy(error):
                raise
            log.info("library index damaged (%s); rebuilding it", error)
            self.reset()
            return self._refresh(root, pool)

    def _refresh(self, root: Path, pool: Callable[[], Executor] | None) -> FolderScan:
        scan = FolderScan()
        found = _walk(root, scan.errors)
        key = _folder_key(root)
        known = {row[1]: row for row in self.connection().execute(_SELECT, (key,))}
        conn = self.connection()
        reader = EntryReader()
        # File times are compared with the time of this scan to tell which files may still
        # change within their time stamp's granularity (not a date: see RACY_NS).
        now = time.time_ns()
        todo: list[tuple[int, FileState, tuple[Any, ...] | None]] = []
        files = scan.files
        for number, state in enumerate(found):
            row = known.pop(state[0], None)
            if (
                row is not None
                and row[2] == state[2]
                and row[3] == state[3]
                and row[4] == state[4]
                and row[5] == state[5]
                and not row[6]
            ):
                files.append(_from_row(state[1], row, reader))
            else:
                files.append(IndexedFile(state[1], "", None, None, None, 0))
                todo.append((number, state, row))
        gone = [row[0] for row in known.values()]
        if not todo and not gone:
            return scan
        changes = _read_changes(todo, reader, scan, pool)
        racy = {n: state[3] >= now - RACY_NS for n, state, _ in todo}
        touched = [
            (rowid, _stamp(state), racy[n])
            for n, state, parsed, rowid in changes
            if parsed is None and rowid is not None
        ]
        fresh = [(n, parsed) for n, _state, parsed, _rowid in changes if parsed is not None]
        read = [(_stamp(state), parsed, racy[n]) for n, state, parsed, _ in changes if parsed]
        try:
            ids = index_write.store(conn, key, touched, read, gone)
        except sqlite3.Error as error:
            if not (index_db.is_busy(error) or _is_read_only(error)):
                raise
            log.info("library index not updated (%s)", error)
            scan.stored = False
            for number, _parsed in fresh:  # served from its record until the next refresh
                scan.files[number].rowid = None
            return scan
        for (number, _parsed), rowid in zip(fresh, ids, strict=True):
            scan.files[number].rowid = rowid
            scan.files[number].record = None  # stored: read from the index when asked
        return scan


def _walk(root: Path, errors: list[InputError]) -> list[FileState]:
    """Every paragraph file under ``root`` in library order (as ``walk_library``: sorted,
    hidden folders and symbolic links to folders skipped), with its times, size and inode."""
    found: list[FileState] = []
    prefix = len(str(root)) + 1

    def visit(folder: str) -> None:
        try:
            with os.scandir(folder) as listing:
                items = sorted(listing, key=_NAME)
        except OSError as error:
            where = error.filename or folder
            errors.append(InputError(f"cannot read folder ({error.strerror})", path=where))
            return
        folders: list[str] = []
        for item in items:
            try:
                is_folder = item.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                if not item.name.startswith("."):
                    folders.append(item.path)
                continue
            name = item.name
            if not name.endswith(SUFFIX) or name.startswith("."):  # is_paragraph_file_name
                continue
            try:
                info = item.stat()
                stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
            except OSError:
                stamp = (-1, 0, 0, 0)
            found.append((item.path[prefix:], item.path, *stamp))
        for sub in folders:
            visit(sub)

    visit(str(root))
    return found


def _folder_key(root: Path) -> str:
    try:
        return str(root.resolve())
    except OSError:
        return str(root.absolute())


def _from_row(path: str, row: tuple[Any, ...], reader: EntryReader) -> IndexedFile:
    entry = reader.entry(row, 8) if row[8] is not None else None
    problem = read_problem(row[22]) if row[22] is not None else None
    return IndexedFile(path, row[7], row[0], entry, problem, row[23])


def _read_changes(
    todo: list[tuple[int, FileState, tuple[Any, ...] | None]],
    reader: EntryReader,
    scan: FolderScan,
    pool: Callable[[], Executor] | None,
) -> list[tuple[int, FileState, Parsed | None, int | None]]:
    """Read the files that may have changed: those whose bytes are what the index holds get
    new times only (Parsed None); the others are parsed."""
    changes: list[tuple[int, FileState, Parsed | None, int | None]] = []
    to_parse: list[tuple[int, FileState, int | None]] = []
    for number, state, row in todo:
        rowid = None if row is None else int(row[0])
        if row is not None:
            try:
                _data, seen = read_digest(Path(state[1]))
            except InputError:
                seen = ""
            if seen and seen == row[7]:
                scan.files[number] = _from_row(state[1], row, reader)
                changes.append((number, state, None, rowid))
                continue
        to_parse.append((number, state, rowid))
    paths = [Path(state[1]) for _, state, _ in to_parse]
    executor = pool() if pool is not None and len(paths) >= POOL_FROM else None
    try:
        parsed_all = parse_all(paths, executor)
    finally:
        if executor is not None:
            executor.shutdown()
    for (number, state, rowid), parsed in zip(to_parse, parsed_all, strict=True):
        scan.files[number] = IndexedFile(
            state[1], parsed.digest, rowid, parsed.entry, parsed.problem, parsed.removed
        )
        scan.files[number].record = parsed.record
        changes.append((number, state, parsed, rowid))
    return changes


def _stamp(state: FileState) -> index_write.Stamp:
    return (state[0], state[2], state[3], state[4], state[5])


def _is_read_only(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in {
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
    }


def chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
