"""Library › Health: what in a library needs a look, as lists a librarian can work through.

- *Written twice*: two current paragraphs in the same language that say nearly the same
  thing (the same position drafted twice). Their texts are compared by the share of
  three-word runs they have in common (Jaccard similarity of word shingles); MinHash
  signatures in bands find the candidate pairs without comparing every pair, then the exact
  share decides (``SIMILAR`` or more). A paragraph and the one that supersedes it, or its
  translation, are not pairs.
- *Due for review*: the review date has come (``Paragraph.review_due``).
- *Without sources*: nothing says where the position comes from.
- *Not used for a year*: no submission recorded in the usage index used it in the last
  ``UNUSED_DAYS`` days (and it is older than that).

Retired and superseded paragraphs are left out: they are no longer offered. "Today" is
always given, and so is when each paragraph was last used (sharing/usage.py ``last_used``).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from tccm_drafter.model import Library, Paragraph
from tccm_drafter.model.formatting import primary_language
from tccm_drafter.model.search_text import search_tokens

SIMILAR = 0.5
UNUSED_DAYS = 365
#: MinHash: BANDS bands of ROWS hash values each (a pair sharing any band is compared).
BANDS, ROWS = 10, 3
_SALTS = [zlib.crc32(f"tccm-minhash-{i}".encode()) for i in range(BANDS * ROWS)]
_SHINGLE = 3


@dataclass(frozen=True)
class Twins:
    """Two paragraphs written twice, and the share of their wording they have in common."""

    first: str
    second: str
    similarity: float


@dataclass
class Health:
    twins: list[Twins] = field(default_factory=list)
    review_due: list[str] = field(default_factory=list)
    no_sources: list[str] = field(default_factory=list)
    #: (paragraph id, when it was last used; None: never)
    unused: list[tuple[str, date | None]] = field(default_factory=list)

    def count(self) -> int:
        return len(self.twins) + len(self.review_due) + len(self.no_sources) + len(self.unused)


def check(library: Library, last_used: Mapping[str, date], *, today: date) -> Health:
    """The health of ``library`` on ``today``; ``last_used`` maps ids to their last use."""
    health = Health()
    current = [p for p in library if not p.is_retired and not p.superseded_by]
    cutoff = today - timedelta(days=UNUSED_DAYS)
    for p in current:
        if p.review_due(today):
            health.review_due.append(p.id)
        if not p.sources:
            health.no_sources.append(p.id)
        used = last_used.get(p.id)
        older = p.created is None or p.created <= cutoff
        if older and (used is None or used < cutoff):
            health.unused.append((p.id, used))
    health.twins = twins(current)
    return health


def shingles(text: str) -> set[int]:
    """The three-word runs of a text, as numbers (the same text gives the same numbers)."""
    words = search_tokens(text)
    if len(words) < _SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + _SHINGLE]).encode())
        for i in range(len(words) - _SHINGLE + 1)
    }


def similarity(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def twins(paragraphs: Iterable[Paragraph]) -> list[Twins]:
    """Pairs of paragraphs in one language whose texts are ``SIMILAR`` or closer."""
    texts: dict[str, set[int]] = {}
    linked: set[frozenset[str]] = set()
    buckets: dict[tuple[str, int, tuple[int, ...]], list[str]] = defaultdict(list)
    for p in paragraphs:
        found = shingles(p.body)
        if not found:
            continue
        texts[p.id] = found
        for other in (p.translation_of, p.superseded_by, *p.supersedes):
            if other:
                linked.add(frozenset((p.id, other)))
        signature = [min(h ^ salt for h in found) for salt in _SALTS]
        language = primary_language(p.language)
        for band in range(BANDS):
            key = tuple(signature[band * ROWS : (band + 1) * ROWS])
            buckets[(language, band, key)].append(p.id)
    pairs: set[tuple[str, str]] = set()
    for ids in buckets.values():
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                pairs.add((first, second) if first < second else (second, first))
    found_twins = []
    for first, second in sorted(pairs):
        if frozenset((first, second)) in linked:
            continue
        share = similarity(texts[first], texts[second])
        if share >= SIMILAR:
            found_twins.append(Twins(first, second, share))
    return sorted(found_twins, key=lambda t: -t.similarity)
