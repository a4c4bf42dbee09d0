"""Reading the library index: the paragraphs of a loaded library (``IndexSource``, the
source a ``model.Library`` reads from), the search, and the ranking of paragraphs by how well
their terms answer a question (BM25 over title, topics and text: SQLite FTS5's ``bm25``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.library import paragraph_search_text
from tccm_drafter.model.search_text import needle, spaced
from tccm_drafter.model.terms import Analyzer
from tccm_drafter.storage import index_db
from tccm_drafter.storage.index_parse import paragraph_terms, parse_data, read_digest
from tccm_drafter.storage.index_records import decode
from tccm_drafter.storage.library_index import IndexedFile, LibraryIndex, chunks

log = logging.getLogger(__name__)

#: A term found in more than this share of the paragraphs, in a library of more than
#: ``COMMON_FROM`` paragraphs, is left out of a question: it says little about what the
#: question asks (its BM25 weight is near nothing) and scoring every paragraph holding it
#: would take long.
COMMON_SHARE = 0.2
COMMON_FROM = 2000
#: How much each column counts in the ranking: a word of the title says most about what a
#: paragraph answers, a topic next, a word of the text least.
WEIGHTS = {"title": 4.0, "topics": 2.0, "body": 1.0}


@dataclass(frozen=True)
class Ranked:
    """A paragraph and how well it matches (higher is better; BM25)."""

    paragraph_id: str
    score: float


def _match_any(terms: Iterable[str]) -> str:
    """An FTS5 query for any of the terms (each quoted: terms hold letters and digits)."""
    return " OR ".join(f'"{t}"' for t in dict.fromkeys(terms) if t)


def _rank_sql(table: str) -> str:
    weights = ", ".join(str(w) for w in WEIGHTS.values())
    return (
        f"SELECT rowid, bm25({table}, {weights}) AS score FROM {table} "
        f"WHERE {table} MATCH ? ORDER BY score LIMIT ?"
    )


class IndexSource:
    """The paragraphs of a loaded library, read from the index when someone needs one."""

    def __init__(self, index: LibraryIndex, files: dict[str, IndexedFile]) -> None:
        self._index = index
        self._files = files
        self._ids = {f.rowid: pid for pid, f in files.items() if f.rowid is not None}
        self.analyzer = Analyzer()

    def fetch(self, ids: Sequence[str]) -> dict[str, Paragraph]:
        found: dict[str, Paragraph] = {}
        stored: dict[int, str] = {}
        for pid in ids:
            item = self._files.get(pid)
            if item is None:
                continue
            if item.rowid is not None:
                stored[item.rowid] = pid
            elif (paragraph := self._from_record(item.record)) is not None or (
                paragraph := self._from_file(item)
            ) is not None:
                found[pid] = paragraph
        try:
            rows = self._rows(list(stored))
        except sqlite3.Error as error:
            log.info("library index unreadable (%s); reading the files", error)
            rows = []
        for rowid, digest, record in rows:
            pid = stored.pop(rowid)
            item = self._files[pid]
            paragraph = self._from_record(record) if digest == item.digest else None
            if paragraph is not None:
                found[pid] = paragraph
        for pid in stored.values():  # changed or damaged in the index: the file decides
            paragraph = self._from_file(self._files[pid])
            if paragraph is not None:
                found[pid] = paragraph
        return found

    def _rows(self, rowids: list[int]) -> list[tuple[int, str, str]]:
        conn = self._index.connection()
        rows: list[tuple[int, str, str]] = []
        for part in chunks(rowids):
            marks = ", ".join("?" * len(part))
            rows += conn.execute(
                "SELECT files.id, digest, record FROM files JOIN records "
                f"ON records.id = files.id WHERE files.id IN ({marks})",
                part,
            ).fetchall()
        return rows

    @staticmethod
    def _from_record(record: str | None) -> Paragraph | None:
        if record is None:
            return None
        try:
            return decode(record)
        except ValueError:
            return None

    def _from_file(self, item: IndexedFile) -> Paragraph | None:
        try:
            data, _digest = read_digest(Path(item.path))
        except InputError:
            return None
        parsed = parse_data(data, Path(item.path), self.analyzer)
        return self._from_record(parsed.record)

    def search(self, terms: list[tuple[str, ...]]) -> set[str] | None:
        query = " AND ".join(f'"{" ".join(term)}" *' for term in terms)
        try:
            rows = self._index.connection().execute(
                "SELECT rowid FROM search WHERE search MATCH ?", (query,)
            )
            ids = self._ids
            found = {ids[r] for (r,) in rows if r in ids}
        except sqlite3.Error as error:
            log.info("library index cannot search (%s)", error)
            return None
        unstored = [pid for pid, item in self._files.items() if item.rowid is None]
        needles = [needle(term) for term in terms]
        for paragraph in self.fetch(unstored).values():
            text = spaced(paragraph_search_text(paragraph))
            if all(n in text for n in needles):
                found.add(paragraph.id)
        return found

    def rank(self, terms: list[str], limit: int) -> list[Ranked] | None:
        """The paragraphs whose terms best match ``terms``, best first (None: the index
        cannot answer now)."""
        try:
            terms = self._telling(terms)
        except sqlite3.Error as error:
            log.info("library index cannot rank (%s)", error)
            return None
        query = _match_any(terms)
        if not query:
            return []
        try:
            rows = self._index.connection().execute(_rank_sql("terms"), (query, limit * 3 + 20))
            ids = self._ids
            return [Ranked(ids[r], -s) for r, s in rows if r in ids][:limit]
        except sqlite3.Error as error:
            log.info("library index cannot rank (%s)", error)
            return None

    def _telling(self, terms: list[str]) -> list[str]:
        """``terms`` without those too common to tell paragraphs apart (see COMMON_SHARE)."""
        total = len(self._ids)
        if total <= COMMON_FROM or not terms:
            return terms
        wanted = list(dict.fromkeys(terms))
        marks = ", ".join("?" * len(wanted))
        rows = self._index.connection().execute(
            f"SELECT term, doc FROM terms_vocab WHERE term IN ({marks})", wanted
        )
        common = {term for term, docs in rows if docs > COMMON_SHARE * total}
        kept = [t for t in terms if t not in common]
        return kept or terms


class MemoryRanker:
    """The same ranking over paragraphs held in memory (a library without an index)."""

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        self._conn = sqlite3.connect(":memory:")
        self._conn.execute(
            "CREATE VIRTUAL TABLE terms USING fts5(title, topics, body, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        self.analyzer = analyzer = Analyzer()
        self._ids: list[str] = []
        rows = []
        for paragraph in paragraphs:
            self._ids.append(paragraph.id)
            rows.append((len(self._ids), *paragraph_terms(paragraph, analyzer)))
        self._conn.executemany(
            "INSERT INTO terms(rowid, title, topics, body) VALUES (?,?,?,?)", rows
        )

    def rank(self, terms: list[str], limit: int) -> list[Ranked] | None:
        query = _match_any(terms)
        if not query:
            return []
        rows = self._conn.execute(_rank_sql("terms"), (query, limit))
        return [Ranked(self._ids[r - 1], -s) for r, s in rows]

    def close(self) -> None:
        self._conn.close()


__all__ = ["IndexSource", "MemoryRanker", "Ranked", "index_db"]
