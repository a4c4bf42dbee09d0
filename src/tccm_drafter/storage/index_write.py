"""Writing what a refresh of the library index read: all of it in one transaction, whose
lock keeps other processes' writes out meanwhile (they wait, see index_db.BUSY_SECONDS)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence

from tccm_drafter.storage.index_parse import Parsed, Problem
from tccm_drafter.storage.index_records import ENTRY_COLUMNS, entry_values

STAT_COLUMNS = "size, mtime, ctime, inode"
_INSERT = (
    f"INSERT INTO files(id, folder, rel, {STAT_COLUMNS}, racy, digest, {ENTRY_COLUMNS}, "
    "problem, removed) VALUES (" + ", ".join("?" * 25) + ")"
)
_TABLES = (("files", "id"), ("records", "id"), ("search", "rowid"), ("terms", "rowid"))

#: (rel, size, mtime, ctime, inode): a file as found on disk, less its full path.
Stamp = tuple[str, int, int, int, int]


def problem_text(problem: Problem) -> str:
    line = "" if problem.line is None else str(problem.line)
    message = problem.message.replace("\x1f", " ")
    return "\x1f".join((message, line, problem.field or "", "1" if problem.newer else "0"))


def read_problem(text: str) -> Problem:
    message, line, field_name, newer = text.split("\x1f")
    return Problem(message, int(line) if line else None, field_name or None, newer == "1")


def store(
    conn: sqlite3.Connection,
    folder_key: str,
    touched: Sequence[tuple[int, Stamp, bool]],
    parsed: Sequence[tuple[Stamp, Parsed, bool]],
    gone: Sequence[int],
) -> list[int]:
    """Write one folder's changes and return the row ids of ``parsed``, in order.

    ``touched``: (row id, stamp, racy) of files whose bytes did not change; ``parsed``: the
    files read again; ``gone``: row ids of files no longer there.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT OR IGNORE INTO folders(path) VALUES (?)", (folder_key,))
        folder = conn.execute("SELECT id FROM folders WHERE path = ?", (folder_key,)).fetchone()
        folder_id = int(folder[0])
        # What the folder holds now: another process may have written since this one read.
        current = dict(conn.execute("SELECT rel, id FROM files WHERE folder = ?", (folder_id,)))
        replaced = [(current[stamp[0]],) for stamp, _p, _r in parsed if stamp[0] in current]
        _delete(conn, [(rowid,) for rowid in gone] + replaced)
        conn.executemany(
            f"UPDATE files SET ({STAT_COLUMNS}, racy) = (?, ?, ?, ?, ?) WHERE id = ?",
            [(*stamp[1:], racy, rowid) for rowid, stamp, racy in touched],
        )
        top = conn.execute("SELECT max(id) FROM files").fetchone()[0] or 0
        ids: list[int] = []
        rows, records, words, terms = [], [], [], []
        for stamp, item, racy in parsed:
            rowid = current.get(stamp[0])
            if rowid is None:
                top += 1
                rowid = top
            ids.append(rowid)
            values = entry_values(item.entry) if item.entry is not None else (None,) * 14
            problem = problem_text(item.problem) if item.problem is not None else None
            rows.append((rowid, folder_id, *stamp, racy, item.digest, *values, problem))
            rows[-1] += (item.removed,)
            if item.record is not None:
                records.append((rowid, item.record))
            if item.entry is not None:
                words.append((rowid, item.words))
                terms.append((rowid, *item.terms))
        conn.executemany(_INSERT, rows)
        conn.executemany("INSERT INTO records(id, record) VALUES (?, ?)", records)
        conn.executemany("INSERT INTO search(rowid, words) VALUES (?, ?)", words)
        conn.executemany("INSERT INTO terms(rowid, title, topics, body) VALUES (?, ?, ?, ?)", terms)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return ids


def _delete(conn: sqlite3.Connection, rowids: list[tuple[int]]) -> None:
    for table, key in _TABLES:
        conn.executemany(f"DELETE FROM {table} WHERE {key} = ?", rowids)
