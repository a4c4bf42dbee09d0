"""Writing what a refresh of the library index read: all of it in one transaction, whose
lock keeps other processes' writes out meanwhile (they wait, see index_db.BUSY_SECONDS).

Records get ids that are never used again (AUTOINCREMENT): an id names one version of one
file, so a process still holding an older snapshot never reads another file's text by it.
The search table keeps no copy of the words it indexes (FTS5 ``content=''``): to take a
record out of it, its words are worked out again from the record.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence

from tccm_drafter.model.library_types import paragraph_index_text
from tccm_drafter.storage.index_parse import Parsed, Problem
from tccm_drafter.storage.index_records import paragraph_of
from tccm_drafter.storage.index_snapshot import (
    ENTRY_FIELDS,
    Snapshot,
    entry_values,
    int64_bytes,
    notes_text,
    order_bytes,
)

_FIELDS = ("version", "rels", "stats", "racy", "rowids", "digests", "notes", "title_order")
_SNAPSHOT = (
    f"INSERT OR REPLACE INTO snapshots(folder, {', '.join(_FIELDS + ENTRY_FIELDS)}) "
    f"VALUES ({', '.join('?' * (1 + len(_FIELDS) + len(ENTRY_FIELDS)))})"
)


#: How a record names its file in a message (never shown: a record that fails is skipped).
_RECORD = "record"


class Conflict(sqlite3.DatabaseError):
    """Another process changed the folder's snapshot since this one read it."""


def problem_text(problem: Problem) -> str:
    line = "" if problem.line is None else str(problem.line)
    message = problem.message.replace("\x1f", " ")
    return "\x1f".join((message, line, problem.field or "", "1" if problem.newer else "0"))


def read_problem(text: str) -> Problem:
    message, line, field_name, newer = text.split("\x1f")
    return Problem(message, int(line) if line else None, field_name or None, newer == "1")


def folder_id(conn: sqlite3.Connection, folder_key: str) -> int:
    conn.execute("INSERT OR IGNORE INTO folders(path) VALUES (?)", (folder_key,))
    row = conn.execute("SELECT id FROM folders WHERE path = ?", (folder_key,)).fetchone()
    return int(row[0])


class Writer:
    """One folder's write, begun before its changed files are read: what they hold is stored
    as it comes (while the next ones are read) and the folder's new snapshot ends it, all
    in one transaction. Conflict (nothing written) when another process wrote the folder's
    snapshot after ``version``."""

    def __init__(self, conn: sqlite3.Connection, folder_key: str, version: int) -> None:
        self._conn = conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._folder = folder_id(conn, folder_key)
            row = conn.execute(
                "SELECT version FROM snapshots WHERE folder = ?", (self._folder,)
            ).fetchone()
            if (row[0] if row else 0) != version:
                raise Conflict("the folder's snapshot changed meanwhile")
            self._top = conn.execute(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), "
                "0), coalesce((SELECT max(id) FROM records), 0))"
            ).fetchone()[0]
        except BaseException:
            self.abandon()
            raise
        #: File number -> the id of the record stored for it.
        self.rowids: dict[int, int] = {}

    def add(self, read: Sequence[tuple[int, Parsed]]) -> None:
        """Store the records and search words of files read (file number, what was read)."""
        records, words = [], []
        for number, item in read:
            if item.entry is None or item.record is None:
                continue
            self._top += 1
            self.rowids[number] = self._top
            records.append((self._top, item.digest, item.record))
            words.append((self._top, item.words))
        try:
            self._conn.executemany(
                "INSERT INTO records(id, digest, record) VALUES (?, ?, ?)", records
            )
            self._conn.executemany("INSERT INTO search(rowid, words) VALUES (?, ?)", words)
        except BaseException:
            self.abandon()
            raise

    def finish(self, snapshot: Snapshot, gone: Sequence[int]) -> None:
        """Drop the records of ``gone``, write the snapshot (its rowids now those stored) and
        commit."""
        try:
            _delete(self._conn, gone)
            for number, rowid in self.rowids.items():
                snapshot.rowids[number] = rowid
            snapshot.version += 1
            self._conn.execute(_SNAPSHOT, (self._folder, *snapshot_values(snapshot)))
            self._conn.execute("COMMIT")
        except BaseException:
            self.abandon()
            raise

    def abandon(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("ROLLBACK")


def snapshot_values(snapshot: Snapshot) -> tuple[object, ...]:
    order = snapshot.entries.title_order
    return (
        snapshot.version,
        snapshot.rels,
        snapshot.stats,
        snapshot.racy,
        int64_bytes(snapshot.rowids),
        snapshot.digests,
        notes_text(snapshot),
        order_bytes(order) if order is not None else b"",
        *entry_values(snapshot.entries),
    )


def _delete(conn: sqlite3.Connection, rowids: Sequence[int]) -> None:
    """Take records out of the index, their words out of the search table."""
    for start in range(0, len(rowids), 500):
        part = list(rowids[start : start + 500])
        marks = ", ".join("?" * len(part))
        rows = conn.execute(f"SELECT id, record FROM records WHERE id IN ({marks})", part)
        deletes = []
        for rowid, record in rows.fetchall():
            # A damaged record's words cannot be known: they stay, under an id no file gets.
            with contextlib.suppress(ValueError):
                deletes.append((rowid, paragraph_index_text(paragraph_of(record, _RECORD))))
        conn.executemany(
            "INSERT INTO search(search, rowid, words) VALUES ('delete', ?, ?)", deletes
        )
        conn.executemany("DELETE FROM records WHERE id = ?", [(r,) for r in part])
        conn.executemany("DELETE FROM terms WHERE rowid = ?", [(r,) for r in part])
