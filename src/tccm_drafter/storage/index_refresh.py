"""Bringing one library folder's snapshot up to date (storage/index_snapshot.py).

The folder is walked (every paragraph file's size, times and inode) and compared with its
snapshot in one go; when nothing changed that is all. Otherwise each file is compared: one
whose size, times and inode are as recorded is kept; one whose times changed but whose bytes
did not gets its new times; the others (and every file marked *racy*, see RACY_NS in
library_index.py) are read and parsed again, in a pool of processes when there are many.
"""

from __future__ import annotations

import os
import sys
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace

from tccm_drafter.errors import InputError
from tccm_drafter.model.entry_columns import EntryColumns, title_order
from tccm_drafter.storage.index_parse import Parsed, Readers, read_digest
from tccm_drafter.storage.index_snapshot import (
    DIGEST_BYTES,
    STAT_BYTES,
    Snapshot,
    int64_bytes,
    join_rels,
)
from tccm_drafter.storage.index_write import problem_text
from tccm_drafter.storage.paragraph_file import SUFFIX

_NAME = attrgetter("name")
_STAT = attrgetter("st_size", "st_mtime_ns", "st_ctime_ns", "st_ino")
#: The stats of a file that could not be read while walking (never equal to a real one's).
_MISSING = SimpleNamespace(st_size=-1, st_mtime_ns=0, st_ctime_ns=0, st_ino=0)
#: A rowid standing for a record kept in memory (the index could not store it).
UNSTORED = -1


@dataclass
class Found:
    """A folder's paragraph files as walked: relative paths and their stats, in order."""

    rels: list[str] = field(default_factory=list)
    stats: array[int] = field(default_factory=lambda: array("q"))
    errors: list[InputError] = field(default_factory=list)

    def stat_bytes(self) -> bytes:
        return int64_bytes(self.stats)


def walk(root: Path, walked: Callable[[list[str]], None] | None = None) -> Found:
    """Every paragraph file under ``root`` in library order (as ``walk_library``: sorted,
    the files of a folder before its sub-folders, hidden folders and links to folders
    skipped), with its size, modification and change times and inode. ``walked`` is
    called with the relative paths found so far after each folder."""
    found = Found()
    rels, errors = found.rels, found.errors
    prefix = len(str(root)) + 1
    pending = [str(root)]  # folders still to list, the next one last
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                items = sorted(listing, key=_NAME)
        except OSError as error:
            where = error.filename or folder
            errors.append(InputError(f"cannot read folder ({error.strerror})", path=where))
            continue
        # Each pass over a folder's names runs in C but for these two selections: tens of
        # thousands of files are walked on every start.
        files = [i for i in items if _is_paragraph(i.name) and not _is_folder(i)]
        found.stats.extend(chain.from_iterable(map(_STAT, _stats(files))))
        base = folder[prefix:] + os.sep if len(folder) >= prefix else ""
        rels.extend(map(base.__add__, map(_NAME, files)))
        folders = [i.path for i in items if i.name[:1] != "." and _is_folder(i)]
        pending.extend(reversed(folders))
        if walked is not None:
            walked(rels)
    return found


def _is_paragraph(name: str) -> bool:
    return name.endswith(SUFFIX) and name[:1] != "."  # is_paragraph_file_name


def _is_folder(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _stats(files: list[os.DirEntry[str]]) -> list[object]:
    """The files' stats (a file that cannot be read has :data:`_MISSING`)."""
    try:
        return list(map(os.DirEntry.stat, files))
    except OSError:
        infos: list[object] = []
        for item in files:
            try:
                infos.append(item.stat())
            except OSError:
                infos.append(_MISSING)
        return infos


def unchanged(old: Snapshot | None, found: Found) -> bool:
    """True when the folder holds exactly the files of ``old``, with the same stats, and none
    of them has to be compared by its bytes."""
    if (
        old is None
        or old.racy.count(1)
        or len(old.stats) != found.stats.itemsize * len(found.stats)
    ):
        return False
    stats = memoryview(found.stats).cast("B")
    if sys.byteorder == "big":
        stats = memoryview(found.stat_bytes())
    return stats == old.stats and same_rels(old.rels, found.rels)


def same_rels(joined: str, rels: list[str]) -> bool:
    """True when ``joined`` (a snapshot's paths) holds exactly ``rels``, compared a slice
    at a time (a large folder's paths are not joined again into one more long text)."""
    at = 0
    for start in range(0, len(rels), 1000):
        part = join_rels(rels[start : start + 1000])
        end = at + len(part)
        if joined[at:end] != part or (end < len(joined) and joined[end] != "\0"):
            return False
        at = end + 1
    return at >= len(joined) or (not rels and not joined)


@dataclass
class Decision:
    """What a refresh does with each file of a changed folder: keep it as ``old`` has it
    (``keep[n]``: its number there) or read it (``to_read``)."""

    old: Snapshot
    stats: bytes
    keep: list[int | None]
    to_read: list[int]

    def gone(self) -> list[int]:
        """The records of ``old`` no file keeps."""
        kept = {self.old.rowids[n] for n in self.keep if n is not None}
        return [r for r in set(self.old.rowids) if r > 0 and r not in kept]


def decide(root: Path, old: Snapshot | None, found: Found) -> Decision:
    """Compare ``found`` with ``old`` file by file: a file whose size, times and inode are
    as recorded (and not racy) is kept; one whose bytes are as recorded is kept with its new
    times; every other file is to be read."""
    old = old if old is not None else Snapshot("", b"", b"", array("q"), b"")
    before = {rel: n for n, rel in enumerate(old.rel_list())}
    stats = found.stat_bytes()
    keep: list[int | None] = [None] * len(found.rels)
    to_read: list[int] = []
    for number, rel in enumerate(found.rels):
        was = before.pop(rel, None)
        if was is None:
            to_read.append(number)
            continue
        same = old.stat(was) == stats[number * STAT_BYTES : (number + 1) * STAT_BYTES]
        if same and not old.racy[was]:
            keep[number] = was
            continue
        try:
            _data, seen = read_digest(root / rel)
        except InputError:
            seen = ""
        if seen and seen == old.digest(was):
            keep[number] = was  # new times, the same bytes
        else:
            to_read.append(number)
    return Decision(old, stats, keep, to_read)


def read_changed(
    root: Path,
    found: Found,
    decision: Decision,
    readers: Readers,
    cache: dict[tuple[str, bytes], Parsed],
) -> Iterator[list[tuple[int, Parsed]]]:
    """The files to read, read (in the pool of processes ``readers`` has when there are
    many), in pieces as they come: (file number, what was read). ``cache`` keeps what was
    read by file and stats, for a refresh that has to start again."""
    stats = decision.stats

    def key(n: int) -> tuple[str, bytes]:
        return (found.rels[n], stats[n * STAT_BYTES : (n + 1) * STAT_BYTES])

    keys = {n: key(n) for n in decision.to_read}
    known = [(n, cache[keys[n]]) for n in decision.to_read if keys[n] in cache]
    if known:
        yield known
    todo = [n for n in decision.to_read if keys[n] not in cache] if known else decision.to_read
    done = 0
    folder = os.path.join(root, "")
    for part in readers.read([folder + found.rels[n] for n in todo], found.rels):
        numbers = todo[done : done + len(part)]
        done += len(part)
        read = list(zip(numbers, part, strict=True))
        cache.update((keys[n], result) for n, result in read)
        yield read


def merge(decision: Decision, found: Found, parsed: dict[int, Parsed], racy_from: int) -> Snapshot:
    """The folder's new snapshot: kept files as the old one has them, read ones as
    ``parsed`` says (their rowids ``UNSTORED`` until stored). ``racy_from``: files modified
    at or after this time (ns) are compared by their bytes next time."""
    return _merge(decision.old, found, decision.stats, decision.keep, parsed, racy_from)


def _merge(
    old: Snapshot,
    found: Found,
    stats: bytes,
    keep: list[int | None],
    parsed: dict[int, Parsed],
    racy_from: int,
) -> Snapshot:
    """The new snapshot: kept files as ``old`` has them, read ones as ``parsed`` says."""
    count = len(keep)
    rowids = array("q", bytes(8 * count))
    digests = bytearray(count * DIGEST_BYTES)
    entry_of_old = _entry_numbers(old)
    entries = []
    problems: dict[int, str] = {}
    removed: dict[int, int] = {}
    old_entries = old.entries
    for number, was in enumerate(keep):
        if was is not None:
            rowids[number] = old.rowids[was]
            digests[number * DIGEST_BYTES : (number + 1) * DIGEST_BYTES] = old.digests[
                was * DIGEST_BYTES : (was + 1) * DIGEST_BYTES
            ]
            if was in old.problems:
                problems[number] = old.problems[was]
            if was in old.removed:
                removed[number] = old.removed[was]
            if old.rowids[was]:
                entries.append(old_entries.entry(entry_of_old[was]))
            continue
        item = parsed[number]
        if item.digest:
            digests[number * DIGEST_BYTES : (number + 1) * DIGEST_BYTES] = bytes.fromhex(
                item.digest
            )
        if item.problem is not None:
            problems[number] = problem_text(item.problem)
        elif item.entry is not None:
            rowids[number] = UNSTORED  # until stored
            entries.append(item.entry)
        if item.removed:
            removed[number] = item.removed
    racy = bytes(
        1 if found.stats[4 * n + 1] >= racy_from else 0 for n in range(count)
    )  # the modification times
    columns = EntryColumns.of(entries)
    if len(columns):
        columns = _with_order(columns)
    snapshot = Snapshot(
        join_rels(found.rels), stats, racy, rowids, bytes(digests), columns, problems, removed
    )
    snapshot.duplicates = duplicates(snapshot)
    snapshot.version = old.version
    return snapshot


def _with_order(columns: EntryColumns) -> EntryColumns:
    from dataclasses import replace

    return replace(columns, title_order=title_order(columns.titles, columns.ids))


def _entry_numbers(snapshot: Snapshot) -> dict[int, int]:
    """File number -> its entry's number in ``snapshot.entries``."""
    numbers: dict[int, int] = {}
    for file_number, rowid in enumerate(snapshot.rowids):
        if rowid:
            numbers[file_number] = len(numbers)
    return numbers


def duplicates(snapshot: Snapshot) -> dict[int, int]:
    """File number -> the earlier file whose paragraph has the same id."""
    first: dict[str, int] = {}
    found: dict[int, int] = {}
    ids = snapshot.entries.ids
    entry = 0
    for file_number, rowid in enumerate(snapshot.rowids):
        if rowid:
            earlier = first.setdefault(ids[entry], file_number)
            if earlier != file_number:
                found[file_number] = earlier
            entry += 1
    return found
