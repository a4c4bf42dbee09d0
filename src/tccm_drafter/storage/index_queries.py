"""Reading the library index: the paragraphs of a loaded library (``IndexSource``, the
source a ``model.Library`` reads from), the search, and the ranking of paragraphs by how well
their terms answer a question (BM25 over title, topics and text: SQLite FTS5's ``bm25``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.library_types import paragraph_search_text
from tccm_drafter.model.search_text import needle, spaced
from tccm_drafter.model.terms import Analyzer, primary
from tccm_drafter.storage import index_terms
from tccm_drafter.storage.index_parse import paragraph_terms, read_digest
from tccm_drafter.storage.index_records import paragraph_of
from tccm_drafter.storage.library_index import UNSTORED, FolderScan, LibraryIndex, chunks
from tccm_drafter.storage.textfile import decode_text

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


def search_query(terms: list[tuple[str, ...]]) -> str:
    """The FTS5 query for paragraphs holding every word of every term, the last word of
    each as the start of a word (the words' order within a term is checked afterwards)."""
    parts = []
    for term in terms:
        parts += [f'"{word}"' for word in term[:-1]]
        parts.append(f'"{term[-1]}" *')
    return " AND ".join(parts)


@dataclass
class _Part:
    """One folder's paragraphs in a library: positions ``start``... are its files
    ``files[0]``... of ``scan``; ``ids`` are their paragraph ids."""

    start: int
    scan: FolderScan
    files: Sequence[int]
    ids: Sequence[str]
    languages: Sequence[str]

    def rowid(self, k: int) -> int:
        return int(self.scan.snapshot.rowids[self.files[k]])

    def path(self, k: int) -> Path:
        rels = self.scan.snapshot.rel_list()
        return self.scan.root / rels[self.files[k]]


class IndexSource:
    """The paragraphs of a loaded library, read from the index when someone needs one."""

    def __init__(self, index: LibraryIndex) -> None:
        self._index = index
        self._parts: list[_Part] = []
        self._starts: list[int] = []
        self._positions: array[int] | None = None  # rowid -> position, made when asked
        self._languages: dict[str, int] | None = None
        self.analyzer = Analyzer()

    def add(
        self,
        start: int,
        scan: FolderScan,
        files: Sequence[int],
        ids: Sequence[str],
        languages: Sequence[str] = (),
    ) -> None:
        """Positions ``start``... of the library are the files ``files`` of ``scan``, the
        paragraphs ``ids`` in ``languages``."""
        self._parts.append(_Part(start, scan, files, ids, languages))
        self._starts.append(start)
        self._positions = None

    def _part(self, position: int) -> tuple[_Part, int] | None:
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return None
        part = self._parts[i]
        k = position - part.start
        return (part, k) if k < len(part.files) else None

    def fetch(self, positions: Sequence[int]) -> dict[int, Paragraph]:
        found: dict[int, Paragraph] = {}
        stored: dict[int, tuple[int, _Part, int]] = {}
        for position in positions:
            where = self._part(position)
            if where is None:
                continue
            part, k = where
            rowid = part.rowid(k)
            if rowid != UNSTORED:
                stored[rowid] = (position, part, k)
                continue
            record = part.scan.records.get(part.files[k])
            paragraph = _from_record(record, part.path(k)) or self._from_file(part.path(k))
            if paragraph is not None:
                found[position] = paragraph
        try:
            rows = self._rows(list(stored))
        except sqlite3.Error as error:
            log.info("library index unreadable (%s); reading the files", error)
            rows = []
        for rowid, digest, record in rows:
            position, part, k = stored.pop(rowid)
            right = digest == part.scan.snapshot.digest(part.files[k])
            paragraph = _from_record(record, part.path(k)) if right else None
            if paragraph is not None:
                found[position] = paragraph
        for position, part, k in stored.values():  # gone from the index: the file decides
            paragraph = self._from_file(part.path(k))
            if paragraph is not None:
                found[position] = paragraph
        return found

    def _rows(self, rowids: list[int]) -> list[tuple[int, str, str]]:
        conn = self._index.connection()
        rows: list[tuple[int, str, str]] = []
        for part in chunks(rowids):
            marks = ", ".join("?" * len(part))
            rows += conn.execute(
                f"SELECT id, digest, record FROM records WHERE id IN ({marks})", part
            ).fetchall()
        return rows

    def _from_file(self, path: Path) -> Paragraph | None:
        try:
            data, _digest = read_digest(path)
            return _from_record(decode_text(data, path), path)
        except InputError:
            return None

    # -- search ----------------------------------------------------------------------------
    def _position_of_rowid(self) -> array[int]:
        if self._positions is None:
            top = max((max(p.scan.snapshot.rowids, default=0) for p in self._parts), default=0)
            positions = array("i", b"\xff" * (4 * (top + 1)))  # -1: no paragraph of this library
            for part in self._parts:
                rowids = part.scan.snapshot.rowids
                for k, number in enumerate(part.files):
                    rowid = rowids[number]
                    if rowid > 0:
                        positions[rowid] = part.start + k
            self._positions = positions
        return self._positions

    def search(self, terms: list[tuple[str, ...]]) -> list[int] | None:
        """Positions of the paragraphs holding every term (model/search_text.py); -1 for a
        record this library does not hold (another folder's)."""
        positions = self._position_of_rowid()
        try:
            # One text of ids: tens of thousands of matches (the first letter typed) come
            # back without a row object each; newer records are no paragraph of this library.
            row = (
                self._index.connection()
                .execute(
                    "SELECT group_concat(rowid) FROM search WHERE search MATCH ? AND rowid < ?",
                    (search_query(terms), len(positions)),
                )
                .fetchone()
            )
        except sqlite3.Error as error:
            log.info("library index cannot search (%s)", error)
            return None
        # Read as a JSON list: its parser makes the numbers in one C pass (about half the
        # time of split and int on the first letter typed, which matches nearly everything).
        rowids: list[int] = json.loads(f"[{row[0]}]") if row and row[0] else []
        found = list(map(positions.__getitem__, rowids))
        if any(len(term) > 1 for term in terms):  # words in order: checked on their text
            found = self._in_order(terms, [p for p in found if p >= 0])
        found += self._search_unstored(terms)
        return found

    def _in_order(self, terms: list[tuple[str, ...]], positions: list[int]) -> list[int]:
        needles = [needle(term) for term in terms]
        kept = []
        for part in chunks(positions):
            for position, paragraph in self.fetch(part).items():
                text = spaced(paragraph_search_text(paragraph))
                if all(n in text for n in needles):
                    kept.append(position)
        return kept

    def _search_unstored(self, terms: list[tuple[str, ...]]) -> list[int]:
        unstored = [
            part.start + k
            for part in self._parts
            if part.scan.records
            for k, number in enumerate(part.files)
            if part.scan.snapshot.rowids[number] == UNSTORED
        ]
        if not unstored:
            return []
        needles = [needle(term) for term in terms]
        return [
            position
            for position, paragraph in self.fetch(unstored).items()
            if all(n in spaced(paragraph_search_text(paragraph)) for n in needles)
        ]

    # -- ranking ---------------------------------------------------------------------------
    def _id_of_rowid(self, rowid: int) -> str | None:
        positions = self._position_of_rowid()
        position = positions[rowid] if 0 <= rowid < len(positions) else -1
        where = self._part(position) if position >= 0 else None
        return None if where is None else where[0].ids[where[1]]

    def _paragraphs_by_language(self) -> dict[str, int]:
        """How many paragraphs each language (primary subtag) has."""
        if self._languages is None:
            counts: Counter[str] = Counter()
            for part in self._parts:
                counts.update(primary(tag) for tag in part.languages)
            self._languages = dict(counts)
        return self._languages

    def prepare(self) -> bool:
        """Work out the suggestion terms of every paragraph that has none yet (after a
        first index), and where each index row is in the library (the first letter typed
        would otherwise wait for that); False when the index cannot store the terms now."""
        self._position_of_rowid()
        return index_terms.fill(self._index, self.analyzer)

    def unprepared(self) -> int:
        """How many paragraphs have no suggestion terms yet."""
        return len(index_terms.missing(self._index.connection()))

    def rank(self, terms: list[str], limit: int) -> list[Ranked] | None:
        """The paragraphs whose terms best match ``terms``, best first (None: the index
        cannot answer now)."""
        try:
            self.prepare()
            terms = self._telling(terms)
            query = _match_any(terms)
            if not query:
                return []
            rows = self._index.connection().execute(_rank_sql("terms"), (query, limit * 3 + 20))
            ranked = [(self._id_of_rowid(r), -s) for r, s in rows]
        except sqlite3.Error as error:
            log.info("library index cannot rank (%s)", error)
            return None
        return [Ranked(pid, score) for pid, score in ranked if pid is not None][:limit]

    def _telling(self, terms: list[str]) -> list[str]:
        """``terms`` without those too common to tell paragraphs apart (see COMMON_SHARE):
        a term in more than that share of the paragraphs of its language."""
        totals = self._paragraphs_by_language()
        if sum(totals.values()) <= COMMON_FROM or not terms:
            return terms
        wanted = list(dict.fromkeys(terms))
        marks = ", ".join("?" * len(wanted))
        rows = self._index.connection().execute(
            f"SELECT term, doc FROM terms_vocab WHERE term IN ({marks})", wanted
        )
        common = {
            term
            for term, docs in rows
            if totals.get(term.split("_", 1)[0], 0) > COMMON_FROM
            and docs > COMMON_SHARE * totals[term.split("_", 1)[0]]
        }
        kept = [t for t in terms if t not in common]
        return kept or terms


def _from_record(record: str | None, path: Path) -> Paragraph | None:
    if record is None:
        return None
    try:
        return paragraph_of(record, path)
    except ValueError:
        return None


class MemoryRanker:
    """The same ranking over paragraphs held in memory (a library without an index)."""

    def __init__(self, paragraphs: Iterable[Paragraph]) -> None:
        self._conn = sqlite3.connect(":memory:")
        self._conn.execute(
            "CREATE VIRTUAL TABLE terms USING fts5(title, topics, body, "
            "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
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


__all__ = ["IndexSource", "MemoryRanker", "Ranked", "search_query"]
