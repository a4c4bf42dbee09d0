"""An in-memory collection of paragraphs from one or more library folders, with search.

A library knows every paragraph by its :class:`Entry` (what lists, filters and checks need:
title, status, language, topics, links), and holds the full paragraphs either itself (one
built in memory) or in a :class:`ParagraphSource` it reads them from when asked (the library
index, storage/library_index.py), so a library of 50,000 paragraphs costs the memory of
their entries and of the few paragraphs someone looked at.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, Protocol

from tccm_drafter.model.paragraph import Paragraph, Status
from tccm_drafter.model.search_text import needle, query_terms, search_text, spaced

#: Paragraphs read from a source that a library keeps at most (the most recently used).
CACHE_SIZE = 2000
_BATCH = 500


@dataclass(frozen=True)
class IdClash:
    """The same paragraph id found in two libraries; the first one loaded is kept."""

    paragraph_id: str
    kept_library: str
    other_library: str


class Entry(NamedTuple):
    """A paragraph without its text: what the list, the filters and the checks look at.

    A named tuple: a library of 50,000 paragraphs makes 50,000 of them at every start."""

    id: str
    title: str
    status: Status
    language: str
    topics: tuple[str, ...]
    superseded_by: str | None = None
    translation_of: str | None = None
    review_by: date | None = None
    version: int = 1
    content_hash: str = ""
    translated_from_version: int | None = None
    translated_from_hash: str = ""
    has_short: bool = False
    sources: int = 0

    @classmethod
    def of(cls, p: Paragraph) -> Entry:
        return cls(
            p.id,
            p.title,
            p.status,
            p.language,
            tuple(p.topics),
            p.superseded_by,
            p.translation_of,
            p.review_by,
            p.version,
            p.content_hash(),
            p.translated_from_version,
            p.translated_from_hash,
            bool(p.short.strip()),
            len(p.sources),
        )

    @property
    def is_retired(self) -> bool:
        return self.status is Status.RETIRED

    def review_due(self, today: date) -> bool:
        """As ``Paragraph.review_due``."""
        return self.review_by is not None and today >= self.review_by


def stale(recorded_hash: str, recorded_version: int | None, source: Entry) -> bool:
    """The rule of ``translations.is_stale`` on what a translation recorded of its source."""
    if recorded_hash:
        return recorded_hash != source.content_hash
    if recorded_version is not None:
        return source.version > recorded_version
    return False


class ParagraphSource(Protocol):
    """Where a library reads the paragraphs it does not hold (the library index)."""

    def fetch(self, ids: Sequence[str]) -> dict[str, Paragraph]:
        """The paragraphs of ``ids`` it has (a missing one is left out)."""
        ...

    def search(self, terms: list[tuple[str, ...]]) -> set[str] | None:
        """Ids of its paragraphs holding every term (see model/search_text.py); None when
        it cannot search now."""
        ...


@dataclass
class Library:
    """Paragraphs by id, each tagged with the name of the library folder it comes from.

    Search never touches the paragraph files: it looks in a text index made once per
    paragraph held here, and asks the source about the others.
    """

    _entries: dict[str, Entry] = field(default_factory=dict)
    _origin: dict[str, str] = field(default_factory=dict)
    #: Paragraphs held here: all of them without a source, else those put since loading.
    _own: dict[str, Paragraph] = field(default_factory=dict)
    _index: dict[str, str] = field(default_factory=dict)
    clashes: list[IdClash] = field(default_factory=list)
    source: ParagraphSource | None = None
    _cache: OrderedDict[str, Paragraph] = field(default_factory=OrderedDict)

    @classmethod
    def of(cls, paragraphs: Iterable[Paragraph], library_name: str = "personal") -> Library:
        library = cls()
        for paragraph in paragraphs:
            library.add(paragraph, library_name)
        return library

    def copy(self) -> Library:
        """A library that later ``put``/``remove`` calls on this one do not change.

        Paragraph objects are shared: the app replaces a paragraph, it never changes one.
        """
        return Library(
            dict(self._entries),
            dict(self._origin),
            dict(self._own),
            dict(self._index),
            list(self.clashes),
            self.source,
            OrderedDict(self._cache),
        )

    def add(self, paragraph: Paragraph, library_name: str = "personal") -> None:
        """Add a paragraph; a clash with another library's id is recorded, not shadowed."""
        if self._clashes(paragraph.id, library_name):
            return
        self.put(paragraph, library_name)

    def add_entries(self, entries: Iterable[Entry], library_name: str) -> list[Entry]:
        """Add paragraphs the source holds; those whose id clashes with another library's
        are recorded as clashes and left out of the list returned."""
        added: list[Entry] = []
        origin, held = self._origin, self._entries
        for entry in entries:
            existing = origin.get(entry.id)
            if existing is not None and existing != library_name:
                self.clashes.append(IdClash(entry.id, existing, library_name))
                continue
            held[entry.id] = entry
            origin[entry.id] = library_name
            added.append(entry)
        return added

    def add_entry(self, entry: Entry, library_name: str) -> bool:
        """Add a paragraph the source holds (False: its id clashes with another library's)."""
        if self._clashes(entry.id, library_name):
            return False
        self._entries[entry.id] = entry
        self._origin[entry.id] = library_name
        return True

    def _clashes(self, paragraph_id: str, library_name: str) -> bool:
        existing = self._origin.get(paragraph_id)
        if existing is not None and existing != library_name:
            self.clashes.append(IdClash(paragraph_id, existing, library_name))
            return True
        return False

    def put(self, paragraph: Paragraph, library_name: str | None = None) -> None:
        """Insert or replace a paragraph (after an edit), keeping its library if known."""
        name = library_name or self._origin.get(paragraph.id, "personal")
        self._entries[paragraph.id] = Entry.of(paragraph)
        self._origin[paragraph.id] = name
        self._own[paragraph.id] = paragraph
        self._index[paragraph.id] = spaced(paragraph_search_text(paragraph))
        self._cache.pop(paragraph.id, None)

    def remove(self, paragraph_id: str) -> None:
        for held in (self._entries, self._origin, self._own, self._index, self._cache):
            held.pop(paragraph_id, None)

    def get(self, paragraph_id: str) -> Paragraph | None:
        own = self._own.get(paragraph_id)
        if own is not None or paragraph_id not in self._entries:
            return own
        cached = self._cache.get(paragraph_id)
        if cached is not None:
            self._cache.move_to_end(paragraph_id)
            return cached
        return self._read([paragraph_id]).get(paragraph_id)

    def _read(self, ids: Sequence[str]) -> dict[str, Paragraph]:
        if self.source is None:
            return {}
        found = self.source.fetch(ids)
        for pid, paragraph in found.items():
            self._cache[pid] = paragraph
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def entry(self, paragraph_id: str) -> Entry | None:
        return self._entries.get(paragraph_id)

    def entries(self) -> Iterator[Entry]:
        """Every paragraph's entry, in library order."""
        return iter(self._entries.values())

    def origin(self, paragraph_id: str) -> str | None:
        """Name of the library folder the paragraph comes from."""
        return self._origin.get(paragraph_id)

    def __contains__(self, paragraph_id: object) -> bool:
        return paragraph_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Paragraph]:
        """Every paragraph in library order (read from the source in batches)."""
        return self.many(list(self._entries))

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
        return sorted({topic for e in self._entries.values() for topic in e.topics})

    def languages(self) -> list[str]:
        return sorted({e.language for e in self._entries.values()})

    def library_names(self) -> list[str]:
        return sorted(set(self._origin.values()))

    def latest_id(self, paragraph_id: str) -> str | None:
        """Follow ``superseded_by`` to the id of the paragraph that replaces this one."""
        seen: set[str] = set()
        current = self._entries.get(paragraph_id)
        while current is not None and current.superseded_by and current.id not in seen:
            seen.add(current.id)
            successor = self._entries.get(current.superseded_by)
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
        entry = self._entries.get(paragraph_id)
        source = self._entries.get(entry.translation_of or "") if entry else None
        if entry is None or source is None:
            return False
        return stale(entry.translated_from_hash, entry.translated_from_version, source)

    def subset(self, ids: Iterable[str]) -> Library:
        """A library holding only these paragraphs, what supersedes them and the sources of
        translations among them (what a render of a submission using them reads)."""
        wanted: list[str] = []
        pending = [i for i in ids if i in self._entries]
        while pending:
            pid = pending.pop()
            if pid in wanted:
                continue
            wanted.append(pid)
            entry = self._entries[pid]
            pending += [
                link
                for link in (entry.superseded_by, entry.translation_of)
                if link and link in self._entries
            ]
        part = Library()
        for pid in wanted:
            paragraph = self.get(pid)
            if paragraph is not None:
                part.put(paragraph, self._origin[pid])
        return part

    def search_ids(
        self,
        query: str = "",
        *,
        topic: str | None = None,
        status: Status | str | None = None,
        language: str | None = None,
        library_name: str | None = None,
        within: Iterable[str] | None = None,
    ) -> list[str]:
        """Ids of the paragraphs with every word of ``query`` (model/search_text.py: at the
        start of a word of the id, title, text, short variant, topics or citations) that pass
        every filter given, in library order or in the order of ``within``."""
        wanted = Status(status) if status else None
        entries = self._entries
        ids: list[str] = (
            list(entries) if within is None else [pid for pid in within if pid in entries]
        )
        if topic or wanted is not None or language or library_name:
            ids = [
                pid
                for pid in ids
                if (not topic or topic in entries[pid].topics)
                and (wanted is None or entries[pid].status == wanted)
                and (not language or entries[pid].language == language)
                and (not library_name or self._origin[pid] == library_name)
            ]
        terms = query_terms(query)
        if not terms:
            return ids
        needles = [needle(term) for term in terms]
        index = self._index
        found = None
        if self.source is not None and len(index) < len(ids):
            found = self.source.search(terms)
            if found is None:  # the source cannot search now: titles alone
                found = {
                    pid
                    for pid in ids
                    if all(n in spaced(search_text([pid, entries[pid].title])) for n in needles)
                }
        return [
            pid
            for pid in ids
            if (
                all(n in index[pid] for n in needles)
                if pid in index
                else found is not None and pid in found
            )
        ]

    def search(
        self,
        query: str = "",
        *,
        topic: str | None = None,
        status: Status | str | None = None,
        language: str | None = None,
        library_name: str | None = None,
    ) -> list[Paragraph]:
        """Paragraphs matching every word of ``query`` and every filter given, in library order."""
        ids = self.search_ids(
            query, topic=topic, status=status, language=language, library_name=library_name
        )
        return list(self.many(ids))


def paragraph_search_text(paragraph: Paragraph) -> str:
    """The words the search looks in (model/search_text.py) for one paragraph."""
    parts = [paragraph.id, paragraph.title, paragraph.body, paragraph.short, *paragraph.topics]
    parts.extend(source.citation for source in paragraph.sources)
    return search_text(parts)
