"""Searching a library: ``Library.match`` (a mask over positions), ``search_ids``,
``search`` and the list's order by title. A mixin of ``model.library.Library``, kept apart
to keep that module to one job."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tccm_drafter.model.entry_columns import Entry, EntryColumns
from tccm_drafter.model.library_match import (
    Filters,
    by_title,
    filtered,
    matching_titles,
    with_terms,
)
from tccm_drafter.model.library_types import ParagraphSource, Segment
from tccm_drafter.model.paragraph import Paragraph, Status
from tccm_drafter.model.search_text import query_terms


class Searching:
    """What ``Library`` searches with (its own fields and methods)."""

    _entries: dict[str, Entry]
    _origin: dict[str, str]
    _index: dict[str, str]
    _position: dict[str, int]
    _end: int
    source: ParagraphSource | None

    def _columns(self) -> list[tuple[int, EntryColumns, str]]:
        raise NotImplementedError

    def entry_at(self, position: int) -> Entry | None:
        raise NotImplementedError

    def order(self) -> list[str | None]:
        raise NotImplementedError

    def many(self, ids: Sequence[str]) -> Iterator[Paragraph]:
        raise NotImplementedError

    def _blocks_intact(self) -> bool:
        raise NotImplementedError

    def ids(self) -> list[str]:
        raise NotImplementedError

    def entry(self, paragraph_id: str) -> Entry | None:
        raise NotImplementedError

    def origin(self, paragraph_id: str) -> str | None:
        raise NotImplementedError

    def segments(self) -> list[Segment]:
        """Every paragraph's entry in library order, as runs of columns (a listing of tens
        of thousands of paragraphs reads them without an entry object each)."""
        blocks = self._columns()
        extras = sorted(self._entries, key=self._position.__getitem__)
        found: list[Segment] = []
        last = blocks[-1] if blocks else None
        if self._blocks_intact() and (
            last is None or not extras or self._position[extras[0]] >= last[0] + len(last[1])
        ):
            for start, columns, name in blocks:
                span = range(start, start + len(columns))
                found.append(Segment(span, columns, [name] * len(columns)))
        else:
            extras = self.ids()
        if extras:
            entries = [self.entry(pid) for pid in extras]
            columns = EntryColumns.of(e for e in entries if e is not None)
            positions = [self._position[pid] for pid in extras]
            found.append(Segment(positions, columns, [self.origin(pid) or "" for pid in extras]))
        return found

    # -- search ----------------------------------------------------------------------------
    def ordered_by_title(self) -> list[int]:
        """Positions of every paragraph sorted by title (case folded), then by id."""
        blocks = [(start, columns) for start, columns, _name in self._columns()]
        return by_title(blocks, self._entries, self._position, self.entry_at)

    def match(
        self,
        query: str = "",
        *,
        topic: str | None = None,
        status: Status | str | None = None,
        language: str | None = None,
        library_name: str | None = None,
    ) -> bytearray | None:
        """Which positions hold a paragraph with every word of ``query`` (model/search_text.py:
        at the start of a word of the id, title, text, short variant, topics or citations)
        that passes every filter given: 1 at those positions; None when there is no query
        and no filter (every paragraph)."""
        filters = Filters.of(topic, status, language, library_name)
        terms = query_terms(query)
        if filters is None and not terms:
            return None
        blocks = self._columns()
        mask = filtered(self._end, filters, blocks, self._entries, self._origin, self._position)
        if not terms:
            return self._without_holes(mask)
        source = self.source if len(self._index) < len(self._position) else None
        found = source.search(terms) if source is not None else ()
        if found is None:  # the source cannot search now: ids and titles alone
            found = matching_titles(terms, self.order(), self.entry_at)
        mask = with_terms(
            mask, found, terms, self._index, self._position, filters_pass_all=filters is None
        )
        return self._without_holes(mask)

    def _without_holes(self, mask: bytearray) -> bytearray:
        """``mask`` cleared where a paragraph was removed."""
        if len(self._position) < self._end:
            for position, pid in enumerate(self.order()):
                if pid is None:
                    mask[position] = 0
        return mask

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
        """Ids of the paragraphs that :meth:`match`, in library order or in the order of
        ``within``."""
        mask = self.match(
            query, topic=topic, status=status, language=language, library_name=library_name
        )
        if within is not None:
            position = self._position
            return [
                pid for pid in within if pid in position and (mask is None or mask[position[pid]])
            ]
        order = self.order()
        if mask is None:
            return [pid for pid in order if pid is not None]
        return [pid for pid, hit in zip(order, mask, strict=True) if hit and pid is not None]

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
