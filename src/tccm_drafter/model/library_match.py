"""The work behind ``Library.match`` and ``Library.ordered_by_title``, on masks and columns.

A match is a ``bytearray`` with one byte per position in the library (1: the paragraph there
matches), so a list of tens of thousands of rows applies a search without looking up ids.
"""

from __future__ import annotations

from bisect import insort
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import eq

from tccm_drafter.model.entry_columns import Entry, EntryColumns
from tccm_drafter.model.paragraph import Status
from tccm_drafter.model.search_text import needle, search_text, spaced

#: Above this many paragraphs to place among a sorted block, all are sorted together.
_INSERT_AT_MOST = 2000


@dataclass(frozen=True)
class Filters:
    """Topic, status, language and library filters (None: any)."""

    topic: str | None
    status: Status | None
    language: str | None
    library_name: str | None

    @classmethod
    def of(
        cls,
        topic: str | None,
        status: Status | str | None,
        language: str | None,
        library_name: str | None,
    ) -> Filters | None:
        if not (topic or status or language or library_name):
            return None
        wanted = Status(status) if status else None
        return cls(topic or None, wanted, language or None, library_name or None)

    def passes(self, entry: Entry, origin: str) -> bool:
        return (
            (self.topic is None or self.topic in entry.topics)
            and (self.status is None or entry.status == self.status)
            and (self.language is None or entry.language == self.language)
            and (self.library_name is None or origin == self.library_name)
        )

    def apply(self, mask: bytearray, start: int, columns: EntryColumns, name: str) -> None:
        """Clear the positions of ``columns`` (from ``start``) whose entry fails a filter."""
        end = start + len(columns)
        if self.library_name is not None and name != self.library_name:
            mask[start:end] = bytes(end - start)
            return
        tests: list[tuple[Sequence[object], Callable[[object], bool]]] = []
        if self.topic is not None:
            topic = self.topic
            tests.append((columns.topics, lambda topics: topic in topics))  # type: ignore[operator]
        if self.status is not None:
            tests.append((columns.statuses, self.status.__eq__))
        if self.language is not None:
            tests.append((columns.languages, self.language.__eq__))
        for column, test in tests:
            verdicts = {value: test(value) for value in set(column)}  # few distinct values
            for i, value in enumerate(column):
                if not verdicts[value]:
                    mask[start + i] = 0


def filtered(
    span: int,
    filters: Filters | None,
    blocks: list[tuple[int, EntryColumns, str]],
    entries: Mapping[str, Entry],
    origins: Mapping[str, str],
    position: Mapping[str, int],
) -> bytearray:
    """A mask of the positions that pass ``filters`` (all of them for None)."""
    mask = bytearray(b"\x01") * span
    if filters is not None:
        for start, columns, name in blocks:
            filters.apply(mask, start, columns, name)
        for pid, entry in entries.items():
            mask[position[pid]] = filters.passes(entry, origins.get(pid, ""))
    return mask


def with_terms(
    mask: bytearray,
    found: Iterable[int],
    terms: list[tuple[str, ...]],
    held: Mapping[str, str],
    position: Mapping[str, int],
    *,
    filters_pass_all: bool = False,
) -> bytearray:
    """``mask`` kept at the positions that hold every term: ``found`` (the positions the
    source found, each below ``len(mask)``, or -1) and the paragraphs held in memory
    (``held``: id -> their :func:`spaced` search text), which are tested here.
    ``filters_pass_all``: ``mask`` is known to hold 1 everywhere (no filter)."""
    hits = bytearray(len(mask) + 1)  # -1 (a paragraph not in the library) sets the last byte
    deque(map(hits.__setitem__, found, repeat(1)), maxlen=0)  # no Python step per position
    span = len(mask)
    needles = [needle(term) for term in terms]
    for pid, text in held.items():
        hits[position[pid]] = all(n in text for n in needles)
    del hits[span:]
    if filters_pass_all:  # nothing to combine (the first letter typed matches nearly all)
        return hits
    both = int.from_bytes(mask, "little") & int.from_bytes(hits, "little")
    return bytearray(both.to_bytes(span, "little"))


def matching_titles(
    terms: list[tuple[str, ...]],
    order: Sequence[str | None],
    entry_at: Callable[[int], Entry | None],
) -> list[int]:
    """Positions whose id and title hold every term (when the source cannot search)."""
    needles = [needle(term) for term in terms]
    found: list[int] = []
    for position, pid in enumerate(order):
        entry = entry_at(position) if pid is not None else None
        if entry is not None:
            text = spaced(search_text([entry.id, entry.title]))
            if all(n in text for n in needles):
                found.append(position)
    return found


def _key(entry: Entry) -> tuple[str, str]:
    return (entry.title.casefold(), entry.id)


def by_title(
    blocks: list[tuple[int, EntryColumns]],
    entries: Mapping[str, Entry],
    position: Mapping[str, int],
    live: Callable[[int], Entry | None],
) -> list[int]:
    """Positions sorted by title (case folded), then id.

    The largest block keeps its own sorted order (the library index stores it) with the
    positions it no longer holds left out; the few other paragraphs are put in their places.
    """
    largest = max(blocks, key=lambda b: len(b[1]), default=None)
    others: list[int] = [position[pid] for pid in entries]
    if largest is not None:
        start, columns = largest
        ids = columns.ids
        # Which of the block's paragraphs are still its own (no edit kept in memory, no
        # other folder's paragraph with the same id): checked a column at a time, in C.
        own = list(map(eq, map(position.get, ids), range(start, start + len(ids))))
        if entries:
            own = [mine and pid not in entries for mine, pid in zip(own, ids, strict=True)]
        ordered = columns.ordered_by_title()
        if all(own):
            order = list(map(start.__add__, ordered))
        else:
            order = [start + i for i in ordered if own[i]]
        for first, block in blocks:
            if first != start:
                others.extend(
                    first + i
                    for i, pid in enumerate(block.ids)
                    if pid not in entries and position.get(pid) == first + i
                )
    else:
        order = []
    keys: dict[int, tuple[str, str]] = {}
    for p in others:
        entry = live(p)
        if entry is not None:
            keys[p] = _key(entry)
    if len(keys) > _INSERT_AT_MOST or not order:
        for p in order:
            entry = live(p)
            if entry is not None:
                keys[p] = _key(entry)
        return sorted(keys, key=keys.__getitem__)

    def key(p: int) -> tuple[str, str]:
        found = keys.get(p)
        if found is None:
            entry = live(p)
            found = keys[p] = _key(entry) if entry is not None else ("", "")
        return found

    for p in sorted(keys, key=keys.__getitem__):
        insort(order, p, key=key)
    return order
