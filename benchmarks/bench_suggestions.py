"""Suggestions per question (issue 21): quality on 60 labelled real consultation questions
(tests/data/suggestions, starter library) and the time per question at 10,000 paragraphs."""

from __future__ import annotations

import statistics
import time
import tomllib
from datetime import date
from pathlib import Path

from benchmarks.common import Result
from benchmarks.synth import make_realistic_library, write_library
from tccm_drafter.app.suggestions import prepare, ranker_for, suggest
from tccm_drafter.model import Library
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.paths import starter_library_dir

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "suggestions" / "questions.toml"
TODAY = date(2026, 12, 7)


def questions() -> list[dict[str, object]]:
    found = tomllib.loads(LABELS.read_text(encoding="utf-8"))["question"]
    return list(found)


def quality(library: Library) -> tuple[float, float]:
    """hit@3 (a relevant paragraph among the first three) and mean reciprocal rank."""
    ranker = ranker_for(library)
    hits = reciprocal = 0.0
    labelled = questions()
    for q in labelled:
        found = suggest(library, str(q["text"]), "en", today=TODAY, ranker=ranker)
        relevant = set(q["relevant"])  # type: ignore[call-overload]
        rank = next((i for i, s in enumerate(found, 1) if s.paragraph_id in relevant), None)
        hits += rank is not None and rank <= 3
        reciprocal += 1 / rank if rank else 0
    return hits / len(labelled), reciprocal / len(labelled)


def run(work: Path) -> list[Result]:
    starter = Library.of(LibraryFolder(starter_library_dir(), writable=False).load().paragraphs)
    hit3, mrr = quality(starter)
    folder = work / "library"
    write_library(make_realistic_library(10_000), folder)
    index = LibraryIndex.open(work / "cache")
    folders = [LibraryFolder(starter_library_dir(), "starter", False), LibraryFolder(folder)]
    library, _errors = load_library(folders, None, index)
    ranker = ranker_for(library)
    # What the window does off its thread after a load (and before anyone asks).
    start = time.perf_counter()
    prepare(library)
    prepared = (time.perf_counter() - start) * 1000
    times = []
    for q in questions() * 3:
        start = time.perf_counter()
        suggest(library, str(q["text"]), "en", today=TODAY, ranker=ranker)
        times.append((time.perf_counter() - start) * 1000)
    return [
        Result(
            "hit@3, 60 labelled questions, starter library",
            hit3,
            0.8,
            "a paragraph the officer would use among the first three",
            unit="",
            at_least=True,
        ),
        Result("mean reciprocal rank, same questions", mrr, None, unit=""),
        Result(
            "suggestions for one question, 10,000 paragraphs (median)",
            statistics.median(times),
            50.0,
        ),
        Result("suggestions for one question, 10,000 paragraphs (slowest)", max(times), 50.0),
        Result(
            "suggestion terms of 10,000 paragraphs, worked out after a first index",
            prepared,
            None,
            "off the window's thread, after its first frame and after each load",
        ),
    ]
