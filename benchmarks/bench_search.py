"""Search as you type over a 10,000-paragraph library (target: <= 16 ms a query)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.synth import make_library
from tccm_drafter.model import Library

#: What a user types, one keystroke at a time, ending in a two-word query.
_KEYSTROKES = ["f", "fu", "fun", "fund", "fundi", "funding", "funding s", "funding su"]


def run(work: Path) -> list[Result]:
    library = Library.of(make_library(10_000))
    slowest = max(best_of(lambda q=q: library.search(q), repeat=7) for q in _KEYSTROKES)
    filtered = best_of(lambda: library.search("forum", topic="igf"), repeat=7)
    return [
        Result("search 10,000 paragraphs (slowest keystroke)", slowest, 16.0),
        Result("search with a topic filter", filtered, 16.0),
    ]
