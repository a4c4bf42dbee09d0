"""The entries of many paragraphs held as columns: one list per field of :class:`Entry`.

A library of 50,000 paragraphs read from the library index would otherwise make 50,000 entry
objects at every start; as columns it holds a few lists whose values repeat (languages,
topic lists, statuses) and makes an :class:`Entry` only for the paragraph someone looks at.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from tccm_drafter.model.compact import compact
from tccm_drafter.model.paragraph import Paragraph, Status


class Entry(NamedTuple):
    """A paragraph without its text: what the list, the filters and the checks look at."""

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


@dataclass(frozen=True, slots=True)
class EntryColumns:
    """Entries as parallel columns (``ids[i]``, ``titles[i]``... are one entry's fields).

    Columns are never changed once made: a library shares them between its copies.
    ``title_order`` (positions sorted by title, then id), when known, spares sorting them.
    """

    ids: Sequence[str]
    titles: Sequence[str]
    statuses: Sequence[Status]
    languages: Sequence[str]
    topics: Sequence[tuple[str, ...]]
    superseded_by: Sequence[str | None]
    translation_of: Sequence[str | None]
    review_by: Sequence[date | None]
    versions: Sequence[int]
    content_hashes: Sequence[str]
    translated_from_versions: Sequence[int | None]
    translated_from_hashes: Sequence[str]
    has_short: Sequence[bool]
    sources: Sequence[int]
    title_order: Sequence[int] | None = None

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> EntryColumns:
        values = list(entries)
        if not values:
            return EMPTY
        columns = [list(column) for column in zip(*values, strict=True)]
        return cls(*columns).compacted()  # one list per Entry field, in order

    def compacted(self) -> EntryColumns:
        """The same entries with the columns whose values repeat held in little memory
        (model/compact.py): ids, titles and content hashes stay as they are."""
        return replace(
            self,
            statuses=compact(self.statuses),
            languages=compact(self.languages),
            topics=compact(self.topics),
            superseded_by=compact(self.superseded_by),
            translation_of=compact(self.translation_of),
            review_by=compact(self.review_by),
            versions=compact(self.versions),
            translated_from_versions=compact(self.translated_from_versions),
            translated_from_hashes=compact(self.translated_from_hashes),
            has_short=compact(self.has_short),
            sources=compact(self.sources),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def entry(self, i: int) -> Entry:
        return Entry(
            self.ids[i],
            self.titles[i],
            self.statuses[i],
            self.languages[i],
            self.topics[i],
            self.superseded_by[i],
            self.translation_of[i],
            self.review_by[i],
            self.versions[i],
            self.content_hashes[i],
            self.translated_from_versions[i],
            self.translated_from_hashes[i],
            self.has_short[i],
            self.sources[i],
        )

    def __iter__(self) -> Iterator[Entry]:
        # Column by column (each compact column iterates without an index look-up per value).
        return map(Entry, *self._columns())

    def taking(self, positions: Sequence[int]) -> EntryColumns:
        """Only the entries at ``positions``, in that order."""
        return EntryColumns(
            *([column[i] for i in positions] for column in self._columns())  # type: ignore[arg-type]
        )

    def _columns(self) -> tuple[Sequence[object], ...]:
        return (
            self.ids,
            self.titles,
            self.statuses,
            self.languages,
            self.topics,
            self.superseded_by,
            self.translation_of,
            self.review_by,
            self.versions,
            self.content_hashes,
            self.translated_from_versions,
            self.translated_from_hashes,
            self.has_short,
            self.sources,
        )

    def ordered_by_title(self) -> Sequence[int]:
        """Positions sorted by title (case folded), then id: the library list's order."""
        if self.title_order is not None and len(self.title_order) == len(self.ids):
            return self.title_order
        return title_order(self.titles, self.ids)


def title_order(titles: Sequence[str], ids: Sequence[str]) -> list[int]:
    """Positions of ``titles`` sorted by title (case folded), then by id."""
    keys = [(title.casefold(), pid) for title, pid in zip(titles, ids, strict=True)]
    return sorted(range(len(keys)), key=keys.__getitem__)


EMPTY = EntryColumns((), (), (), (), (), (), (), (), (), (), (), (), (), ())
