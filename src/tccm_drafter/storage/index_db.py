"""The library index's SQLite file: opening it, its tables, and starting again from nothing.

The file lives in the cache folder (``AppPaths.index_dir``), never in a library folder. It is
a cache: the paragraph files are the truth, so an index that is missing, damaged, from
another version of the app or unusable is replaced without a word, and when the cache folder
cannot hold one the app keeps an index in memory for the session. Several processes (the app
and the command line) share it: write-ahead logging lets readers go on while one process
writes, and a writer waits up to ``BUSY_SECONDS`` for another to finish.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from pathlib import Path

#: Changes whenever the tables or what they hold change: another version's file is replaced.
SCHEMA_VERSION = 4
FILE_NAME = f"library-index-{SCHEMA_VERSION}.sqlite3"
#: SQLite's page cache per connection, in KiB (its default is 2,000).
CACHE_KIB = 512
#: How long a writer waits for another process's write to end.
BUSY_SECONDS = 30.0

_SCHEMA = """
CREATE TABLE folders(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE snapshots(
    folder INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    rels TEXT NOT NULL,
    stats BLOB NOT NULL,
    racy BLOB NOT NULL,
    rowids BLOB NOT NULL,
    digests BLOB NOT NULL,
    notes TEXT NOT NULL,
    title_order BLOB NOT NULL,
    ids TEXT NOT NULL,
    titles TEXT NOT NULL,
    title_ends BLOB NOT NULL,
    statuses BLOB NOT NULL,
    languages BLOB NOT NULL,
    topics BLOB NOT NULL,
    superseded_by TEXT NOT NULL,
    translation_of TEXT NOT NULL,
    review_by TEXT NOT NULL,
    numbers BLOB NOT NULL,
    content_hashes TEXT NOT NULL,
    translated_from_hashes TEXT NOT NULL,
    has_short BLOB NOT NULL
);
CREATE TABLE records(
    id INTEGER PRIMARY KEY AUTOINCREMENT, digest TEXT NOT NULL, record TEXT NOT NULL
);
CREATE VIRTUAL TABLE search USING fts5(
    words, tokenize = 'unicode61 remove_diacritics 0', detail = 'none', content = '',
    prefix = '1 2'
);
CREATE VIRTUAL TABLE terms USING fts5(
    title, topics, body, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);
CREATE VIRTUAL TABLE terms_vocab USING fts5vocab(terms, 'row');
"""

#: SQLite's result codes for a file that is not (or no longer) a database.
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_memory_names = itertools.count()


class SchemaMismatch(sqlite3.DatabaseError):
    """The file is an index of another version (or not an index at all)."""


def is_damaged(error: sqlite3.Error) -> bool:
    """True for an error that says the file itself is broken (replace it)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, SchemaMismatch) or code in _DAMAGED


def is_busy(error: sqlite3.Error) -> bool:
    """True when another process holds the lock (wait, or go on without writing)."""
    return getattr(error, "sqlite_errorcode", None) in _BUSY


def memory_uri() -> str:
    """A private in-memory database every connection of this process can share."""
    return f"file:tccm-index-{os.getpid()}-{next(_memory_names)}?mode=memory&cache=shared"


def connect(target: Path | str, busy_seconds: float = BUSY_SECONDS) -> sqlite3.Connection:
    """A connection to the index at ``target`` (a path, or a :func:`memory_uri`), with the
    tables made when the file is new; SchemaMismatch for another version's file."""
    in_memory = isinstance(target, str)
    conn = sqlite3.connect(
        str(target),
        timeout=busy_seconds,
        isolation_level=None,  # transactions are begun and ended explicitly
        check_same_thread=False,
        uri=in_memory,
    )
    try:
        if not in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            # A cache: a power cut may damage it, and a damaged index is rebuilt.
            conn.execute("PRAGMA synchronous = OFF")
            # Snapshots are read once a start and searches read few pages: a small page
            # cache per connection (the operating system keeps the file's pages anyway).
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            _create(conn)
        elif version != SCHEMA_VERSION:
            raise SchemaMismatch(f"index of schema {version}, expected {SCHEMA_VERSION}")
        conn.execute("SELECT count(*) FROM folders").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have made the tables while this one waited for the lock.
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "snapshots" not in tables:
                raise SchemaMismatch("the tables could not be made")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def discard(path: Path) -> None:
    """Delete an index file and its companions (a damaged or other-version index)."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(OSError):
            (path.parent / name).unlink()


def discard_others(folder: Path) -> None:
    """Delete the index files other versions of the app left in ``folder`` (a cache made
    again by this version would otherwise stay beside it, as large as the libraries)."""
    try:
        names = [p for p in folder.iterdir() if p.name.startswith("library-index-")]
    except OSError:
        return
    for path in names:
        if not path.name.startswith(FILE_NAME):
            with contextlib.suppress(OSError):
                path.unlink()
