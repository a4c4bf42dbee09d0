"""A library folder as the library index last saw it: one row per folder in ``snapshots``.

It holds, in library order, every paragraph file's relative path, size, times and inode (to
tell at the next start, with one comparison, that nothing changed), the digest of its bytes,
the record that stores it, its problem if it did not load, and the entries of the files that
did (as columns, model/entry_columns.py) with their order by title. A start that finds the
folder as the snapshot says reads this one row instead of one row per file and makes no
object per paragraph.

The index is a cache the app wrote itself, but a cache file can be damaged: a snapshot that
does not decode raises ``ValueError`` and the folder is read as if it had none.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate
from typing import Any, TypeVar

from tccm_drafter.model import Status
from tccm_drafter.model.compact import Coded, compact
from tccm_drafter.model.entry_columns import EMPTY, EntryColumns

T = TypeVar("T")

#: Bytes per file in ``stats`` (size, modification and change times, inode: four int64).
STAT_BYTES = 32
#: Bytes per file in ``digests`` (SHA-256).
DIGEST_BYTES = 32
#: Between the values of a column (no text of an entry or a file name can hold it).
_VALUES = "\0"
#: Between the topics of one entry (as the paragraph files' reader never lets one hold it).
TOPICS = "\x1f"
_STATUS_CODE = {Status.DRAFT: ord("d"), Status.APPROVED: ord("a"), Status.RETIRED: ord("r")}
_STATUS = {code: status for status, code in _STATUS_CODE.items()}


def int64s(data: bytes) -> array[int]:
    """Little-endian int64 values (as stored) in an array."""
    values = array("q")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def int64_bytes(values: array[int]) -> bytes:
    if sys.byteorder == "big":
        values = array("q", values)
        values.byteswap()
    return values.tobytes()


@dataclass
class Snapshot:
    """One folder's files in library order; ``entries`` has one entry per file whose
    ``rowids`` value is not 0 (a file that did not load has none)."""

    rels: str
    stats: bytes
    racy: bytes
    rowids: array[int]
    digests: bytes
    entries: EntryColumns = EMPTY
    #: File number -> why it did not load (a ``index_write.problem_text``).
    problems: dict[int, str] = field(default_factory=dict)
    #: File number -> control characters removed while reading it.
    removed: dict[int, int] = field(default_factory=dict)
    #: File number -> the earlier file of the folder with the same paragraph id.
    duplicates: dict[int, int] = field(default_factory=dict)
    version: int = 0

    def __len__(self) -> int:
        return len(self.rowids)

    def rel_list(self) -> list[str]:
        return self.rels.split(_VALUES) if self.rowids else []

    def rel_count(self) -> int:
        return self.rels.count(_VALUES) + 1 if self.rels or self.rowids else 0

    def digest(self, number: int) -> str:
        return self.digests[number * DIGEST_BYTES : (number + 1) * DIGEST_BYTES].hex()

    def stat(self, number: int) -> bytes:
        return self.stats[number * STAT_BYTES : (number + 1) * STAT_BYTES]


def join_rels(rels: Sequence[str]) -> str:
    return _VALUES.join(rels)


def notes_text(snapshot: Snapshot) -> str:
    return json.dumps(
        {
            "problems": sorted(snapshot.problems.items()),
            "removed": sorted(snapshot.removed.items()),
            "duplicates": sorted(snapshot.duplicates.items()),
        }
    )


def read_notes(text: str, snapshot: Snapshot) -> None:
    notes = json.loads(text)
    snapshot.problems = {int(n): str(p) for n, p in notes["problems"]}
    snapshot.removed = {int(n): int(c) for n, c in notes["removed"]}
    snapshot.duplicates = {int(n): int(f) for n, f in notes["duplicates"]}


def check(snapshot: Snapshot, *, entries: bool = True) -> Snapshot:
    """The snapshot when its parts agree with one another, else ValueError."""
    count = len(snapshot.rowids)
    with_entry = count - snapshot.rowids.count(0)
    if (
        snapshot.rel_count() != count
        or len(snapshot.stats) != count * STAT_BYTES
        or len(snapshot.racy) != count
        or len(snapshot.digests) != count * DIGEST_BYTES
        or (entries and len(snapshot.entries) != with_entry)
        or any(not 0 <= n < count for n in (*snapshot.problems, *snapshot.removed))
        or any(not 0 <= f < n for n, f in snapshot.duplicates.items())
    ):
        raise ValueError("damaged snapshot")
    return snapshot


# -- the entries, one column a field ------------------------------------------------------
#: The snapshot's columns that hold the entries, in the order :func:`entry_values` gives.
ENTRY_FIELDS = (
    "ids",
    "titles",
    "title_ends",
    "statuses",
    "languages",
    "topics",
    "superseded_by",
    "translation_of",
    "review_by",
    "numbers",
    "content_hashes",
    "translated_from_hashes",
    "has_short",
)
_HASH_WIDTH = 16


class FixedWidth(Sequence[str]):
    """Texts of one width held end to end in one string (the content hashes: a library of
    50,000 paragraphs keeps one string instead of 50,000)."""

    __slots__ = ("_text", "_width")

    def __init__(self, text: str, width: int) -> None:
        self._text, self._width = text, width

    def __len__(self) -> int:
        return len(self._text) // self._width

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # no slices needed
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._text[i * self._width : (i + 1) * self._width]


class Joined(Sequence[str]):
    """Texts held end to end in one string, with where each ends (the titles: a library of
    50,000 paragraphs keeps one string and an array instead of 50,000 strings)."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str, ends: array[int]) -> None:
        self._text, self._ends = text, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # no slices needed
        if i < 0:
            i += len(self._ends)
        start = self._ends[i - 1] + 1 if i > 0 else 0
        return self._text[start : self._ends[i]]

    def __iter__(self) -> Iterator[str]:
        text, start = self._text, 0
        for end in self._ends:
            yield text[start:end]
            start = end + 1


def _ends(texts: Sequence[str]) -> bytes:
    """Where each text ends in ``texts`` joined by ``_VALUES``."""
    return _int32s(list(accumulate((len(t) + 1 for t in texts), initial=-1))[1:])


def _int32s(values: Sequence[int]) -> bytes:
    numbers = array("i", values)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers.tobytes()


def _read_int32s(data: bytes) -> array[int]:
    numbers = array("i")
    numbers.frombytes(data[: len(data) - len(data) % numbers.itemsize])
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def entry_values(columns: EntryColumns) -> tuple[object, ...]:
    """The entries as the values of the :data:`ENTRY_FIELDS` columns."""
    j = _VALUES.join
    hashes = list(columns.content_hashes)
    fixed = all(len(h) == _HASH_WIDTH for h in hashes)
    numbers = [
        *columns.versions,
        *(v or 0 for v in columns.translated_from_versions),
        *columns.sources,
    ]
    return (
        j(columns.ids),
        j(columns.titles),
        _ends(columns.titles),
        bytes(_STATUS_CODE[s] for s in columns.statuses),
        _repeated(columns.languages),
        _repeated([TOPICS.join(t) for t in columns.topics]),
        j(v or "" for v in columns.superseded_by),
        j(v or "" for v in columns.translation_of),
        j(d.isoformat() if d else "" for d in columns.review_by),
        _int32s(numbers),
        "".join(hashes) if fixed else _VALUES + j(hashes),
        j(columns.translated_from_hashes),
        bytes(1 if v else 0 for v in columns.has_short),
    )


def _repeated(values: Sequence[str]) -> bytes:
    """A column of texts that repeat: one byte each into a table of the distinct ones
    (b"c" first), or the texts themselves (b"t" first) when there are too many."""
    table = list(dict.fromkeys(values))
    if len(table) <= 256:
        codes = {value: code for code, value in enumerate(table)}
        return b"c" + bytes(map(codes.__getitem__, values)) + _VALUES.join(table).encode()
    return b"t" + _VALUES.join(values).encode()


def _read_repeated(data: bytes, count: int, make: Callable[[str], T]) -> Sequence[T]:
    """What :func:`_repeated` stored, each distinct text turned into a value by ``make``."""
    if data[:1] == b"c" and len(data) > count:
        table = [make(text) for text in data[1 + count :].decode().split(_VALUES)]
        codes = data[1 : 1 + count]
        if max(codes, default=0) >= len(table):
            raise ValueError("damaged entries")
        return compact(Coded(codes, tuple(table)))
    if data[:1] != b"t":
        raise ValueError("damaged entries")
    texts = _texts(data[1:].decode(), count)
    made = {text: make(text) for text in set(texts)}
    return compact(list(map(made.__getitem__, texts)))


def _titles(text: str, ends: array[int], count: int) -> Sequence[str]:
    """The titles as stored, in one string (split when their ends do not fit it)."""
    fits = len(ends) == count and ends[-1] == len(text) and text.count(_VALUES) == count - 1
    if fits and all(0 <= e < len(text) and text[e] == _VALUES for e in ends[:-1]):
        return Joined(text, ends)  # every separator is where ``ends`` says
    return _texts(text, count)


def _texts(text: str, count: int) -> list[str]:
    values = text.split(_VALUES) if count else []
    if len(values) != count:
        raise ValueError("damaged entries")
    return values


def decode_entries(read: Callable[[str], Any], count: int) -> EntryColumns:
    """The entries :func:`entry_values` stored, each column got with ``read(name)`` in turn
    (one column in memory at a time); ValueError when they are damaged."""
    if count == 0:
        return EMPTY
    ids = _texts(read("ids"), count)
    titles = _titles(read("titles"), _read_int32s(read("title_ends")), count)
    codes = read("statuses")
    if len(codes) != count:
        raise ValueError("damaged entries")
    try:
        statuses = list(map(_STATUS.__getitem__, codes))
    except KeyError:
        raise ValueError("damaged entries") from None
    languages = _read_repeated(read("languages"), count, str)
    topics = _read_repeated(read("topics"), count, lambda v: tuple(v.split(TOPICS)) if v else ())
    superseded_by = [v or None for v in _texts(read("superseded_by"), count)]
    translation_of = [v or None for v in _texts(read("translation_of"), count)]
    raw = _texts(read("review_by"), count)
    days = {v: date.fromisoformat(v) if v else None for v in set(raw)}
    review_by = list(map(days.__getitem__, raw))
    numbers = _read_int32s(read("numbers"))
    if len(numbers) != 3 * count:
        raise ValueError("damaged entries")
    text = read("content_hashes")
    hashes: Sequence[str]
    if len(text) == _HASH_WIDTH * count and _VALUES not in text:
        hashes = FixedWidth(text, _HASH_WIDTH)
    else:
        hashes = _texts(text.removeprefix(_VALUES), count)
    flags = read("has_short")
    if len(flags) != count:
        raise ValueError("damaged entries")
    return EntryColumns(
        ids=ids,
        titles=titles,
        statuses=statuses,
        languages=languages,
        topics=topics,
        superseded_by=superseded_by,
        translation_of=translation_of,
        review_by=review_by,
        versions=numbers[:count],
        content_hashes=hashes,
        translated_from_versions=[v or None for v in numbers[count : 2 * count]],
        translated_from_hashes=_texts(read("translated_from_hashes"), count),
        has_short=list(map(bool, flags)),
        sources=numbers[2 * count :],
    ).compacted()


def order_bytes(order: Sequence[int]) -> bytes:
    return _int32s(order)


def read_order(data: bytes, count: int) -> Sequence[int] | None:
    """Positions sorted by title as stored (None when damaged: they are sorted again)."""
    positions = _read_int32s(data)
    return positions if set(positions) == set(range(count)) else None


_HEAD = (
    "SELECT version, rels, stats, racy, rowids, digests, notes FROM snapshots "
    "WHERE folder = (SELECT id FROM folders WHERE path = ?)"
)


def read(conn: sqlite3.Connection, folder_key: str) -> Snapshot | None:
    """The folder's snapshot without its entries (:func:`read_entries` adds them); None when
    it has none. A damaged one is empty (every file is read again)."""
    row = conn.execute(_HEAD, (folder_key,)).fetchone()
    if row is None:
        return None
    version, rels, stats, racy, rowids, digests, notes = row
    try:
        snapshot = Snapshot(rels, stats, racy, int64s(rowids), digests, version=version)
        read_notes(notes, snapshot)
        return check(snapshot, entries=False)
    except (ValueError, TypeError, KeyError, AttributeError):
        return Snapshot("", b"", b"", array("q"), b"", version=version)


def read_entries(conn: sqlite3.Connection, folder_key: str, snapshot: Snapshot) -> bool:
    """Add the entries to a snapshot :func:`read` gave; False when another process has
    written the folder's snapshot since (read it again); ValueError when they are damaged."""
    key = "(SELECT id FROM folders WHERE path = ?)"

    def column(name: str) -> Any:
        row = conn.execute(
            f"SELECT {name} FROM snapshots WHERE folder = {key} AND version = ?",
            (folder_key, snapshot.version),
        ).fetchone()
        if row is None:
            raise LookupError("the snapshot changed")
        return row[0]

    count = len(snapshot.rowids) - snapshot.rowids.count(0)
    conn.execute("BEGIN")  # one snapshot of the file for every column
    try:
        entries = decode_entries(column, count)
        order = read_order(column("title_order"), count)
    except LookupError:
        return False
    except (TypeError, AttributeError) as error:
        raise ValueError(f"damaged entries ({error})") from None
    finally:
        conn.execute("COMMIT")
    snapshot.entries = replace(entries, title_order=order)
    return True
