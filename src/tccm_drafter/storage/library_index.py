"""The library index: every paragraph file of the user's libraries, kept in SQLite so that a
start does not read and parse 50,000 files again, a search does not scan them, and a
question can be matched against them (full-text search with BM25 ranking, SQLite's FTS5).

A folder is brought up to date by :meth:`LibraryIndex.refresh`: its files' paths, sizes,
modification and change times and inodes are compared with the folder's snapshot
(storage/index_snapshot.py); a file that differs is read again (when only its times changed
and its bytes did not, nothing is parsed), new files are added and deleted ones dropped, all
in one transaction (storage/index_refresh.py, index_write.py). A file modified within
``RACY_NS`` of being indexed may change again without its times showing it (file systems
keep times at a granularity of up to two seconds): it is marked and its bytes are compared
the next time. The index never writes into a library folder.

Opening, damage and versions: storage/index_db.py. Queries (search, fetch, ranking):
index_queries.py.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from array import array
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.storage import index_db, index_snapshot
from tccm_drafter.storage.index_parse import Parsed, Readers
from tccm_drafter.storage.index_refresh import (
    UNSTORED,
    Found,
    decide,
    merge,
    read_changed,
    unchanged,
    walk,
)
from tccm_drafter.storage.index_snapshot import Snapshot
from tccm_drafter.storage.index_write import Conflict, Writer

log = logging.getLogger(__name__)

#: A file modified this close to being indexed is compared by its bytes next time.
RACY_NS = 3_000_000_000
#: How many times a refresh starts again when another process wrote the folder meanwhile.
_ATTEMPTS = 3

__all__ = ["RACY_NS", "UNSTORED", "FolderScan", "LibraryIndex"]


@dataclass
class FolderScan:
    """A folder after a refresh: its snapshot, and the folder's own errors."""

    root: Path
    snapshot: Snapshot
    errors: list[InputError] = field(default_factory=list)
    #: File number -> record of the files the index could not store (busy or read-only):
    #: their ``rowids`` are ``UNSTORED``.
    records: dict[int, str] = field(default_factory=dict)

    @property
    def stored(self) -> bool:
        return not self.records


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
        index_db.discard_others(folder)
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
        readers = Readers(pool)
        try:
            try:
                return self._refresh(root, readers)
            except sqlite3.Error as error:
                if index_db.is_busy(error):
                    raise
                log.info("library index damaged (%s); rebuilding it", error)
                self.reset()
                return self._refresh(root, readers)
        finally:
            readers.close()

    def _refresh(self, root: Path, readers: Readers) -> FolderScan:
        conn = self.connection()
        key = folder_key(root)
        # A folder never indexed (every file is read): the pool reads while it is walked.
        found: Found | None = walk(
            root, None if _has_snapshot(conn, key) else readers.walking(root)
        )
        kept: dict[tuple[str, bytes], Parsed] = {}
        for _attempt in range(_ATTEMPTS):
            found = found or walk(root)
            old = index_snapshot.read(conn, key)
            try:
                if old is not None and unchanged(old, found):
                    errors = found.errors
                    found = None  # before the entries are read: a large folder's paths, stats
                    if index_snapshot.read_entries(conn, key, old):
                        return FolderScan(root, _settled(old), errors)
                    continue  # written meanwhile by another process: look again
                if (
                    old is not None
                    and old.rowids
                    and not index_snapshot.read_entries(conn, key, old)
                ):
                    continue
            except ValueError:  # damaged entries: every file is read again
                old = Snapshot("", b"", b"", array("q"), b"", version=old.version if old else 0)
                found = found or walk(root)
            scan = self._update(root, key, old, found, readers, kept)
            if scan is not None:
                return scan
            found = None  # another process indexed it meanwhile: look again
        # Other processes keep writing this folder: read it without storing anything.
        found = walk(root)
        decision = decide(root, None, found)
        parts = read_changed(root, found, decision, readers, kept)
        parsed = {n: item for part in parts for n, item in part}
        return _unstored(
            root, merge(decision, found, parsed, time.time_ns() - RACY_NS), parsed, found
        )

    def _update(
        self,
        root: Path,
        key: str,
        old: Snapshot | None,
        found: Found,
        readers: Readers,
        kept: dict[tuple[str, bytes], Parsed],
    ) -> FolderScan | None:
        """Read what changed and store it; None when another process wrote the folder's
        snapshot meanwhile."""
        decision = decide(root, old, found)
        try:
            writer: Writer | None = Writer(self.connection(), key, decision.old.version)
        except Conflict:
            return None
        except sqlite3.Error as error:
            if not (index_db.is_busy(error) or _is_read_only(error)):
                raise
            log.info("library index not updated (%s)", error)
            writer = None
        parsed: dict[int, Parsed] = {}
        try:
            for part in read_changed(root, found, decision, readers, kept):
                parsed.update(part)
                if writer is not None:
                    writer.add(part)
            # Files modified this recently may change again within their time stamp's
            # granularity: they are compared by their bytes next time (not a date).
            snapshot = merge(decision, found, parsed, time.time_ns() - RACY_NS)
        except BaseException:
            if writer is not None:
                writer.abandon()
            raise
        if writer is None:
            return _unstored(root, snapshot, parsed, found)
        writer.finish(snapshot, decision.gone())
        return FolderScan(root, _settled(snapshot), found.errors)


def _settled(snapshot: Snapshot) -> Snapshot:
    """A snapshot as a loaded library keeps it: without the stats only a refresh compares."""
    snapshot.stats = snapshot.racy = b""
    return snapshot


def _unstored(root: Path, snapshot: Snapshot, read: dict[int, Parsed], found: Found) -> FolderScan:
    """A scan served from what was read (the index could not store it)."""
    records = {n: item.record for n, item in read.items() if item.record is not None}
    for number in records:
        snapshot.rowids[number] = UNSTORED
    return FolderScan(root, snapshot, found.errors, records)


def _has_snapshot(conn: sqlite3.Connection, key: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM snapshots WHERE folder = (SELECT id FROM folders WHERE path = ?)", (key,)
    ).fetchone()
    return row is not None


def folder_key(root: Path) -> str:
    try:
        return str(root.resolve())
    except OSError:
        return str(root.absolute())


def _is_read_only(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in {
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
    }


def chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[start : start + size] for start in range(0, len(values), size)]
