"""The suggestion terms of the paragraphs in the library index (model/terms.py), worked out
when they are first needed rather than while a first index is made: a first start with a
large library lists and searches it as soon as its files are read, and the terms (about
twice the work of reading the files) follow when suggestions are first asked for or the app
prepares them in the background."""

from __future__ import annotations

import contextlib
import logging
import sqlite3

from tccm_drafter.model.terms import Analyzer
from tccm_drafter.storage import index_db
from tccm_drafter.storage.index_parse import paragraph_terms
from tccm_drafter.storage.index_records import paragraph_of
from tccm_drafter.storage.library_index import LibraryIndex, chunks

log = logging.getLogger(__name__)

_MISSING = "SELECT id FROM records WHERE id NOT IN (SELECT rowid FROM terms)"
#: Records whose terms are worked out and stored in one transaction.
_BATCH = 2000


def missing(conn: sqlite3.Connection) -> list[int]:
    """Ids of the records without terms."""
    return [rowid for (rowid,) in conn.execute(_MISSING)]


def terms_of(
    conn: sqlite3.Connection, rowids: list[int], analyzer: Analyzer
) -> list[tuple[object, ...]]:
    """(rowid, title, topics, text terms) of these records (empty terms for a damaged one)."""
    rows: list[tuple[object, ...]] = []
    for part in chunks(rowids):
        marks = ", ".join("?" * len(part))
        for rowid, record in conn.execute(
            f"SELECT id, record FROM records WHERE id IN ({marks})", part
        ).fetchall():
            try:
                rows.append((rowid, *paragraph_terms(paragraph_of(record, "record"), analyzer)))
            except ValueError:
                rows.append((rowid, "", "", ""))
    return rows


def fill(index: LibraryIndex, analyzer: Analyzer) -> bool:
    """Store the terms of every record that has none; False when the index cannot be
    written now (busy or read-only: suggestions then rank what has terms)."""
    conn = index.connection()
    todo = missing(conn)
    for start in range(0, len(todo), _BATCH):
        rows = terms_of(conn, todo[start : start + _BATCH], analyzer)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # A record another process dropped meanwhile gets no terms.
                conn.executemany(
                    "INSERT INTO terms(rowid, title, topics, body) SELECT ?, ?, ?, ? "
                    "WHERE EXISTS (SELECT 1 FROM records WHERE id = ?1) "
                    "AND NOT EXISTS (SELECT 1 FROM terms WHERE rowid = ?1)",
                    rows,
                )
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            if index_db.is_busy(error) or getattr(error, "sqlite_errorcode", None) in _CANNOT:
                log.info("suggestion terms not stored (%s)", error)
                return False
            raise
    return True


_CANNOT = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM}
