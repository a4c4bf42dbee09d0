"""Small parts of the library model: id clashes, the stale-translation rule on entries, what a
paragraph source answers, and the words the search looks in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tccm_drafter.model.entry_columns import Entry, EntryColumns
from tccm_drafter.model.paragraph import Paragraph
from tccm_drafter.model.search_text import index_text, search_text


@dataclass(frozen=True)
class IdClash:
    """The same paragraph id found in two libraries; the first one loaded is kept."""

    paragraph_id: str
    kept_library: str
    other_library: str


def stale(recorded_hash: str, recorded_version: int | None, source: Entry) -> bool:
    """The rule of ``translations.is_stale`` on what a translation recorded of its source."""
    if recorded_hash:
        return recorded_hash != source.content_hash
    if recorded_version is not None:
        return source.version > recorded_version
    return False


class ParagraphSource(Protocol):
    """Where a library reads the paragraphs it does not hold (the library index)."""

    def fetch(self, positions: Sequence[int]) -> dict[int, Paragraph]:
        """The paragraphs at these positions (in the library) it has, by position (a
        missing one is left out)."""
        ...

    def search(self, terms: list[tuple[str, ...]]) -> Iterable[int] | None:
        """Positions (in the library) of its paragraphs holding every term (see
        model/search_text.py), -1 for one the library does not hold; None when it cannot
        search now."""
        ...


def paragraph_search_text(paragraph: Paragraph) -> str:
    """The words the search looks in (model/search_text.py) for one paragraph."""
    return search_text(_searched_parts(paragraph))


def paragraph_index_text(paragraph: Paragraph) -> str:
    """The same words for a full-text index (``search_text.index_text``)."""
    return index_text(_searched_parts(paragraph))


def _searched_parts(paragraph: Paragraph) -> list[str]:
    parts = [paragraph.id, paragraph.title, paragraph.body, paragraph.short, *paragraph.topics]
    parts.extend(source.citation for source in paragraph.sources)
    return parts


@dataclass(frozen=True, slots=True)
class Segment:
    """Entries at ``positions`` (in order), from the libraries ``origins``."""

    positions: Sequence[int]
    columns: EntryColumns
    origins: Sequence[str]
