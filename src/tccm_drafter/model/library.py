"""An in-memory collection of paragraphs from one or more library folders, with search.

A library knows every paragraph by its :class:`Entry` (what lists, filters and checks need:
title, status, language, topics, links), and holds the full paragraphs either itself (one
built in memory) or in a :class:`ParagraphSource` it reads them from when asked (the library
index, storage/library_index.py). Entries read from a source are kept as columns
(model/entry_columns.py), so a library of 50,000 paragraphs costs the memory of a few lists
and of the few paragraphs someone looked at.

Every paragraph has a *position*: its place in library order, which stays the same while the
library lives (a removed paragraph leaves a hole). Searches answer with a mask over positions
(:meth:`Library.match`), which a list of 50,000 rows can apply without a lookup per id.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from tccm_drafter.model.entry_columns import Entry, EntryColumns
from tccm_drafter.model.library_search import Searching
from tccm_drafter.model.library_types import (
    IdClash,
    ParagraphSource,
    paragraph_search_text,
    stale,
)
from tccm_drafter.model.paragraph import Paragraph
from tccm_drafter.model.search_text import spaced

#: Paragraphs read from a source that a library keeps at most (the most recently used).
CACHE_SIZE = 2000
_BATCH = 500

__all__ = ["Entry", "IdClash", "Library", "ParagraphSource", "paragraph_search_text", "stale"]


@dataclass(frozen=True, slots=True)
class _Block:
    """Entries a source holds, added together from one library folder."""

    start: int
    columns: EntryColumns
    name: str


@dataclass
class Library(Searching):
    """Paragraphs by id, each tagged with the name of the library folder it comes from.

    Search never touches the paragraph files: it looks in a text index made once per
    paragraph held here, and asks the source about the others.
    """

    #: Entries added or put one by one (those of a source's paragraph after an edit too).
    _entries: dict[str, Entry] = field(default_factory=dict)
    _origin: dict[str, str] = field(default_factory=dict)
    #: Paragraphs held here: all of them without a source, else those put since loading.
    _own: dict[str, Paragraph] = field(default_factory=dict)
    _index: dict[str, str] = field(default_factory=dict)
    clashes: list[IdClash] = field(default_factory=list)
    source: ParagraphSource | None = None
    _cache: OrderedDict[str, Paragraph] = field(default_factory=OrderedDict)
    #: Entries of the source's paragraphs as loaded, at positions 0, 1, ... in blocks.
    _blocks: list[_Block] = field(default_factory=list)
    #: id -> position of every paragraph in the library.
    _position: dict[str, int] = field(default_factory=dict)
    #: The next position a new paragraph takes.
    _end: int = 0
    #: Ids by position (None where a paragraph was removed); made when asked.
    _order: list[str | None] | None = None
    #: Where each block starts, and how many paragraphs the blocks hold.
    _starts: list[int] = field(default_factory=list)
    _in_blocks: int = 0

    @classmethod
    def of(cls, paragraphs: Iterable[Paragraph], library_name: str = "personal") -> Library:
        library = cls()
        for paragraph in paragraphs:
            library.add(paragraph, library_name)
        return library

    def copy(self) -> Library:
        """A library that later ``put``/``remove`` calls on this one do not change.

        Paragraph objects and entry columns are shared: the app replaces a paragraph, it
        never changes one.
        """
        return Library(
            dict(self._entries),
            dict(self._origin),
            dict(self._own),
            dict(self._index),
            list(self.clashes),
            self.source,
            OrderedDict(self._cache),
            list(self._blocks),
            dict(self._position),
            self._end,
            self._order,  # replaced, never changed, when this library changes
            list(self._starts),
            self._in_blocks,
        )

    # -- adding ----------------------------------------------------------------------------
    def add(self, paragraph: Paragraph, library_name: str = "personal") -> None:
        """Add a paragraph; a clash with another library's id is recorded, not shadowed."""
        if self._clashes(paragraph.id, library_name):
            return
        self.put(paragraph, library_name)

    def add_columns(self, columns: EntryColumns, library_name: str) -> tuple[int, list[int]]:
        """Add entries of paragraphs the source holds (one folder's, each id once); those
        whose id another library has are recorded as clashes and left out. Returns the
        position the first one takes and which of ``columns`` were added (their positions
        follow in order)."""
        ids = columns.ids
        kept = list(range(len(ids)))
        if not self._position.keys().isdisjoint(ids):  # the first one loaded is kept
            kept = [
                i for i in kept if not self._clashes(ids[i], library_name) and ids[i] not in self
            ]
            columns = columns.taking(kept)
        start = self._end
        if len(columns):
            self._blocks.append(_Block(start, columns, library_name))
            self._starts.append(start)
            self._in_blocks += len(columns)
            self._position.update(
                zip(columns.ids, range(start, self._end + len(columns)), strict=True)
            )
            self._end += len(columns)
            self._order = None
        return start, kept

    def add_entries(self, entries: Iterable[Entry], library_name: str) -> list[Entry]:
        """As :meth:`add_columns`, from entries; returns those added."""
        columns = EntryColumns.of(entries)
        _start, kept = self.add_columns(columns, library_name)
        return [columns.entry(i) for i in kept]

    def _clashes(self, paragraph_id: str, library_name: str) -> bool:
        existing = self.origin(paragraph_id)
        if existing is not None and existing != library_name:
            self.clashes.append(IdClash(paragraph_id, existing, library_name))
            return True
        return False

    def put(self, paragraph: Paragraph, library_name: str | None = None) -> None:
        """Insert or replace a paragraph (after an edit), keeping its library if known."""
        pid = paragraph.id
        self._origin[pid] = library_name or self.origin(pid) or "personal"
        self._entries[pid] = Entry.of(paragraph)
        self._own[pid] = paragraph
        self._index[pid] = spaced(paragraph_search_text(paragraph))
        self._cache.pop(pid, None)
        if pid not in self._position:
            self._position[pid] = self._end
            self._end += 1
            self._order = None

    def remove(self, paragraph_id: str) -> None:
        for held in (self._entries, self._origin, self._own, self._index, self._cache):
            held.pop(paragraph_id, None)
        if self._position.pop(paragraph_id, None) is not None:
            self._order = None

    # -- reading ---------------------------------------------------------------------------
    def get(self, paragraph_id: str) -> Paragraph | None:
        own = self._own.get(paragraph_id)
        if own is not None or paragraph_id not in self._position:
            return own
        cached = self._cache.get(paragraph_id)
        if cached is not None:
            self._cache.move_to_end(paragraph_id)
            return cached
        return self._read([paragraph_id]).get(paragraph_id)

    def _read(self, ids: Sequence[str]) -> dict[str, Paragraph]:
        if self.source is None:
            return {}
        position = self._position
        wanted = {position[pid]: pid for pid in ids if pid in position}
        found = {wanted[p]: paragraph for p, paragraph in self.source.fetch(list(wanted)).items()}
        for pid, paragraph in found.items():
            self._cache[pid] = paragraph
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def _block(self, position: int) -> _Block | None:
        """The block holding ``position`` (None: a paragraph added one by one)."""
        blocks = self._blocks
        if not blocks:
            return None
        block = blocks[bisect_right(self._starts, position) - 1] if len(blocks) > 1 else blocks[0]
        return block if 0 <= position - block.start < len(block.columns) else None

    def entry(self, paragraph_id: str) -> Entry | None:
        found = self._entries.get(paragraph_id)
        if found is not None:
            return found
        position = self._position.get(paragraph_id)
        if position is None:
            return None
        # Not put since loading: the paragraph is where its block has it.
        block = self._block(position)
        return None if block is None else block.columns.entry(position - block.start)

    def entry_at(self, position: int) -> Entry | None:
        """The entry of the paragraph at ``position`` (None: a hole)."""
        pid = self.order()[position] if 0 <= position < self._end else None
        if pid is None:
            return None
        found = self._entries.get(pid)
        if found is not None:
            return found
        block = self._block(position)
        return None if block is None else block.columns.entry(position - block.start)

    def entries(self) -> Iterator[Entry]:
        """Every paragraph's entry, in library order."""
        if self._blocks_intact():
            for block in self._blocks:
                yield from block.columns
            yield from sorted(self._entries.values(), key=lambda e: self._position[e.id])
            return
        for position, pid in enumerate(self.order()):
            if pid is not None:
                entry = self.entry_at(position)
                if entry is not None:
                    yield entry

    def order(self) -> list[str | None]:
        """Ids by position (None where a paragraph was removed)."""
        if self._order is None:
            order: list[str | None] = []
            for block in self._blocks:
                order.extend(block.columns.ids)
            order.extend([None] * (self._end - len(order)))
            for pid, position in self._position.items():
                if position >= len(order) or order[position] != pid:
                    order[position] = pid
            if len(self._position) < self._end:  # holes where paragraphs were removed
                order = [p if p is not None and self._position.get(p) == i else None
                         for i, p in enumerate(order)]  # fmt: skip
            self._order = order
        return self._order

    def position(self, paragraph_id: str) -> int | None:
        return self._position.get(paragraph_id)

    def origin(self, paragraph_id: str) -> str | None:
        """Name of the library folder the paragraph comes from."""
        name = self._origin.get(paragraph_id)
        if name is not None:
            return name
        position = self._position.get(paragraph_id)
        block = None if position is None else self._block(position)
        return None if block is None else block.name

    def __contains__(self, paragraph_id: object) -> bool:
        return paragraph_id in self._position

    def __len__(self) -> int:
        return len(self._position)

    def __iter__(self) -> Iterator[Paragraph]:
        """Every paragraph in library order (read from the source in batches)."""
        return self.many(self.ids())

    def ids(self) -> list[str]:
        """Every paragraph's id, in library order."""
        return [pid for pid in self.order() if pid is not None]

    def many(self, ids: Sequence[str]) -> Iterator[Paragraph]:
        """The paragraphs of ``ids`` in that order (unknown ids left out), read in batches."""
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            missing = [i for i in chunk if i not in self._own and i not in self._cache]
            read = self._read(missing) if missing else {}
            for pid in chunk:
                found = self._own.get(pid) or read.get(pid) or self._cache.get(pid)
                if found is not None:
                    yield found

    def topics(self) -> list[str]:
        if not self._blocks_intact():
            return sorted({t for e in self.entries() for t in e.topics})
        lists = {e.topics for e in self._entries.values()}
        for block in self._blocks:
            lists.update(block.columns.topics)
        return sorted({t for topics in lists for t in topics})

    def languages(self) -> list[str]:
        if not self._blocks_intact():
            return sorted({e.language for e in self.entries()})
        found = {e.language for e in self._entries.values()}
        for block in self._blocks:
            found.update(block.columns.languages)
        return sorted(found)

    def library_names(self) -> list[str]:
        if self._blocks_intact():
            return sorted(set(self._origin.values()) | {b.name for b in self._blocks})
        return sorted({self.origin(pid) or "" for pid in self._position})

    def _blocks_intact(self) -> bool:
        """True when every paragraph of the blocks is here as loaded (none removed or put)."""
        if not self._blocks:
            return True
        return len(self._position) - len(self._entries) == self._in_blocks and all(
            self._block(self._position[pid]) is None for pid in self._entries
        )

    def translations_of(self, paragraph_id: str) -> list[str]:
        """Ids of the paragraphs that say they translate ``paragraph_id``, in library order."""
        found: list[int] = []
        for block in self._blocks:
            links = block.columns.translation_of
            found += [block.start + i for i, link in enumerate(links) if link == paragraph_id]
        held = self._entries.values()
        found += [self._position[e.id] for e in held if e.translation_of == paragraph_id]
        ids = []
        for position in sorted(set(found)):
            entry = self.entry_at(position)
            if entry is not None and entry.translation_of == paragraph_id:
                ids.append(entry.id)
        return ids

    def latest_id(self, paragraph_id: str) -> str | None:
        """Follow ``superseded_by`` to the id of the paragraph that replaces this one."""
        seen: set[str] = set()
        current = self.entry(paragraph_id)
        while current is not None and current.superseded_by and current.id not in seen:
            seen.add(current.id)
            successor = self.entry(current.superseded_by)
            if successor is None:
                break
            current = successor
        return None if current is None else current.id

    def latest(self, paragraph_id: str) -> Paragraph | None:
        """Follow ``superseded_by`` to the paragraph that replaces this one (cycles stop)."""
        found = self.latest_id(paragraph_id)
        return None if found is None else self.get(found)

    def is_stale(self, paragraph_id: str) -> bool:
        """A translation whose source's wording changed since it was made."""
        entry = self.entry(paragraph_id)
        source = self.entry(entry.translation_of or "") if entry else None
        if entry is None or source is None:
            return False
        return stale(entry.translated_from_hash, entry.translated_from_version, source)

    def subset(self, ids: Iterable[str]) -> Library:
        """A library holding only these paragraphs, what supersedes them and the sources of
        translations among them (what a render of a submission using them reads)."""
        wanted: list[str] = []
        pending = [i for i in ids if i in self]
        while pending:
            pid = pending.pop()
            if pid in wanted:
                continue
            wanted.append(pid)
            entry = self.entry(pid)
            if entry is not None:
                links = (entry.superseded_by, entry.translation_of)
                pending += [link for link in links if link is not None and link in self]
        part = Library()
        for paragraph in self.many(wanted):
            part.put(paragraph, self.origin(paragraph.id))
        return part

    def _columns(self) -> list[tuple[int, EntryColumns, str]]:
        return [(b.start, b.columns, b.name) for b in self._blocks]
