"""The call reader on the corpus of real calls (tests/data/calls/corpus, see its SOURCES.md),
in every format: question recall and precision, limits right and deadlines read stay at or
above the targets of issue #25. A quality check, not a timing (the timing is in
benchmarks/bench_calls.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from call_corpus import CORPUS, FORMATS, TARGETS, calls, load_expected, score, score_corpus
from tccm_drafter.app.new_submission import CallQuestions, read_call_questions
from tccm_drafter.model import Section


@pytest.fixture(scope="module")
def readings() -> dict[Path, CallQuestions]:
    """Every call of the corpus in every format, read once for the tests of this module."""
    return {
        CORPUS / f"{call.name}.{suffix}": read_call_questions(CORPUS / f"{call.name}.{suffix}")
        for call in calls()
        for suffix in FORMATS
    }


def test_the_corpus_is_complete() -> None:
    names = {call.name for call in calls()}
    assert len(names) >= 12
    for name in names:
        for suffix in (*FORMATS, "toml"):
            assert (CORPUS / f"{name}.{suffix}").is_file(), f"{name}.{suffix} is missing"
    assert sum(len(call.questions) for call in calls()) >= 50
    assert sum(call.deadline is not None for call in calls()) >= 12


def test_reader_meets_the_targets_on_real_calls(readings: dict[Path, CallQuestions]) -> None:
    total = score_corpus(readings.__getitem__)
    figures = total.figures()
    report = "\n".join(total.problems)
    for name, target in TARGETS.items():
        assert figures[name] >= target, f"{name} {figures[name]:.1%} < {target:.0%}\n{report}"


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_format_is_read_alike(suffix: str, readings: dict[Path, CallQuestions]) -> None:
    """The same call gives the same questions whether it is the .txt, the .docx or the PDF."""
    total = score_corpus(readings.__getitem__, formats=[suffix])
    assert total.figures()["recall"] >= TARGETS["recall"], "\n".join(total.problems)


def test_the_scorer_counts_what_is_wrong() -> None:
    """A reading that misses a question, adds one, gets a limit and the deadline wrong is
    scored down on each figure (so the targets above can fail)."""
    expected = load_expected(CORPUS / "techenvoy-2023-ai-papers.toml")
    reading = read_call_questions(CORPUS / "techenvoy-2023-ai-papers.txt")
    assert score(expected, reading, "").figures() == {
        "recall": 1.0,
        "precision": 1.0,
        "limits": 1.0,
        "deadlines": 1.0,
    }
    reading.sections = [*reading.sections[1:], Section("x", "What?")]
    reading.rules.total_word_limit = 200
    reading.deadline = None
    wrong = score(expected, reading, "").figures()
    assert wrong == {"recall": 2 / 3, "precision": 2 / 3, "limits": 0.0, "deadlines": 0.0}
