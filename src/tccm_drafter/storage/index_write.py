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

from tccm_drafter.model.library_types import paragraph_search_text
from tccm_drafter.storage.index_parse import Parsed, Problem
from tccm_drafter.storage.index_records import decode
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


def store(
    conn: sqlite3.Connection,
    folder_key: str,
    snapshot: Snapshot,
    fresh: Sequence[tuple[int, Parsed]],
    gone: Sequence[int],
) -> None:
    """Store the files read again (``fresh``: file number and what was read), drop the
    records of ``gone`` and write the folder's new snapshot, whose ``rowids`` get the new
    records' ids. Conflict (nothing written) when another process wrote the folder's
    snapshot after ``snapshot.version``."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        folder = folder_id(conn, folder_key)
        row = conn.execute("SELECT version FROM snapshots WHERE folder = ?", (folder,)).fetchone()
        if (row[0] if row else 0) != snapshot.version:
            raise Conflict("the folder's snapshot changed meanwhile")
        _delete(conn, gone)
        top = conn.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0), "
            "coalesce((SELECT max(id) FROM records), 0))"
        ).fetchone()[0]
        records, words = [], []
        for number, item in fresh:
            if item.entry is None or item.record is None:
                continue
            top += 1
            snapshot.rowids[number] = top
            records.append((top, item.digest, item.record))
            words.append((top, item.words))
        conn.executemany("INSERT INTO records(id, digest, record) VALUES (?, ?, ?)", records)
        conn.executemany("INSERT INTO search(rowid, words) VALUES (?, ?)", words)
        snapshot.version += 1
        conn.execute(_SNAPSHOT, (folder, *snapshot_values(snapshot)))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


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
                deletes.append((rowid, paragraph_search_text(decode(record))))
        conn.executemany(
            "INSERT INTO search(search, rowid, words) VALUES ('delete', ?, ?)", deletes
        )
        conn.executemany("DELETE FROM records WHERE id = ?", [(r,) for r in part])
        conn.executemany("DELETE FROM terms WHERE rowid = ?", [(r,) for r in part])
