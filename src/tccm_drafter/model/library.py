"""An in-memory collection of paragraphs from one or more library folders, with search."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from tccm_drafter.model.paragraph import Paragraph, Status


@dataclass(frozen=True)
class IdClash:
    """The same paragraph id found in two libraries; the first one loaded is kept."""

    paragraph_id: str
    kept_library: str
    other_library: str


@dataclass
class Library:
    """Paragraphs by id, each tagged with the name of the library folder it comes from.

    Search filters a lower-cased text index built once per paragraph, so typing in the
    search box never touches the disk.
    """

    _paragraphs: dict[str, Paragraph] = field(default_factory=dict)
    _origin: dict[str, str] = field(default_factory=dict)
    _index: dict[str, str] = field(default_factory=dict)
    clashes: list[IdClash] = field(default_factory=list)

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
            dict(self._paragraphs), dict(self._origin), dict(self._index), list(self.clashes)
        )

    def add(self, paragraph: Paragraph, library_name: str = "personal") -> None:
        """Add a paragraph; a clash with another library's id is recorded, not shadowed."""
        existing = self._origin.get(paragraph.id)
        if existing is not None and existing != library_name:
            self.clashes.append(IdClash(paragraph.id, existing, library_name))
            return
        self.put(paragraph, library_name)

    def put(self, paragraph: Paragraph, library_name: str | None = None) -> None:
        """Insert or replace a paragraph (after an edit), keeping its library if known."""
        name = library_name or self._origin.get(paragraph.id, "personal")
        self._paragraphs[paragraph.id] = paragraph
        self._origin[paragraph.id] = name
        self._index[paragraph.id] = _index_text(paragraph)

    def remove(self, paragraph_id: str) -> None:
        self._paragraphs.pop(paragraph_id, None)
        self._origin.pop(paragraph_id, None)
        self._index.pop(paragraph_id, None)

    def get(self, paragraph_id: str) -> Paragraph | None:
        return self._paragraphs.get(paragraph_id)

    def origin(self, paragraph_id: str) -> str | None:
        """Name of the library folder the paragraph comes from."""
        return self._origin.get(paragraph_id)

    def __contains__(self, paragraph_id: object) -> bool:
        return paragraph_id in self._paragraphs

    def __len__(self) -> int:
        return len(self._paragraphs)

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._paragraphs.values())

    def topics(self) -> list[str]:
        return sorted({topic for p in self._paragraphs.values() for topic in p.topics})

    def languages(self) -> list[str]:
        return sorted({p.language for p in self._paragraphs.values()})

    def library_names(self) -> list[str]:
        return sorted(set(self._origin.values()))

    def latest(self, paragraph_id: str) -> Paragraph | None:
        """Follow ``superseded_by`` to the paragraph that replaces this one (cycles stop)."""
        seen: set[str] = set()
        current = self._paragraphs.get(paragraph_id)
        while current is not None and current.superseded_by and current.id not in seen:
            seen.add(current.id)
            successor = self._paragraphs.get(current.superseded_by)
            if successor is None:
                break
            current = successor
        return current

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
        """Ids of the paragraphs with every word of ``query`` (in the id, title, text, short
        variant, topics or citations) that pass every filter given, in library order or in
        the order of ``within`` (an earlier result to narrow)."""
        wanted = Status(status) if status else None
        paragraphs = self._paragraphs
        ids: list[str] = (
            list(paragraphs) if within is None else [pid for pid in within if pid in paragraphs]
        )
        if topic or wanted is not None or language or library_name:
            ids = [
                pid
                for pid in ids
                if (not topic or topic in paragraphs[pid].topics)
                and (wanted is None or paragraphs[pid].status == wanted)
                and (not language or paragraphs[pid].language == language)
                and (not library_name or self._origin[pid] == library_name)
            ]
        index = self._index
        for term in query.casefold().split():  # one pass per word: each narrows the next
            ids = [pid for pid in ids if term in index[pid]]
        return ids

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
        return [self._paragraphs[pid] for pid in ids]


def _index_text(paragraph: Paragraph) -> str:
    parts = [paragraph.id, paragraph.title, paragraph.body, paragraph.short, *paragraph.topics]
    parts.extend(source.citation for source in paragraph.sources)
    return "\n".join(parts).casefold()
