"""Score the call reader on the corpus of real calls in ``tests/data/calls/corpus/``.

Each call is there as .txt, .docx and .pdf with a hand-checked ``NAME.toml``: its questions
(the text a section's question should have, sub-questions one per line), their limits, limits
the call states once (``each_words``/``each_chars``: every answer; ``total_words``/
``total_chars``: the submission as a whole) and its deadline. Used by the quality test
(tests/test_call_corpus.py) and the benchmark (benchmarks/bench_calls.py).

What counts:

- a question is found when one section's question reads the same as the expected text
  (after list labels, bullets, case, quotes and spacing are set aside: 90% alike at least);
  each section counts for one question at most. Recall = found / expected questions,
  precision = found / sections made.
- a limit is right when the section of a question that has one carries exactly that limit
  (words and characters), or, for a limit stated once, when the reading carries it. A limit
  where the call states none (on a found question, or for the whole call) counts as a wrong
  limit too.
- a deadline is read when day, time and zone are the call's; one read from a call that
  states none counts as wrong.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Protocol

from tccm_drafter.model import Section
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.model.timezones import canonical_zone

CORPUS = Path(__file__).parent / "data" / "calls" / "corpus"
FORMATS = ("txt", "docx", "pdf")
#: The targets of issue #25.
TARGETS = {"recall": 0.95, "precision": 0.95, "limits": 0.90, "deadlines": 0.90}
ALIKE = 0.9


class Reading(Protocol):
    """What the reader gives for a call (``app.new_submission.CallQuestions``)."""

    @property
    def sections(self) -> list[Section]: ...


@dataclass(frozen=True)
class ExpectedQuestion:
    text: str
    words: int | None = None
    chars: int | None = None


@dataclass(frozen=True)
class Expected:
    name: str
    questions: list[ExpectedQuestion]
    deadline: Deadline | None = None
    each_words: int | None = None
    each_chars: int | None = None
    total_words: int | None = None
    total_chars: int | None = None


def load_expected(path: Path) -> Expected:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    each_words, each_chars = data.get("each_words"), data.get("each_chars")
    questions = [
        ExpectedQuestion(q["text"], q.get("words", each_words), q.get("chars", each_chars))
        for q in data.get("questions", [])
    ]
    deadline = None
    if isinstance(data.get("deadline"), date):
        moment = data.get("deadline_time")
        deadline = Deadline(
            data["deadline"],
            time.fromisoformat(moment) if moment else None,
            canonical_zone(data["deadline_zone"]) if data.get("deadline_zone") else "",
        )
    return Expected(
        path.stem,
        questions,
        deadline,
        each_words,
        each_chars,
        data.get("total_words"),
        data.get("total_chars"),
    )


def calls() -> list[Expected]:
    return [load_expected(path) for path in sorted(CORPUS.glob("*.toml"))]


_LABEL = re.compile(r"^\s*(?:[•\-*–·▪◦\uf0b7\uf0a7]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def normalize(text: str) -> str:
    """Lower case, one space, no list labels at the start of lines, straight quotes."""
    lines = [_LABEL.sub("", line) for line in text.translate(_QUOTES).splitlines()]
    return " ".join(" ".join(lines).lower().split())


def alike(expected: str, found: str) -> bool:
    a, b = normalize(expected), normalize(found)
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= ALIKE


@dataclass
class Score:
    questions: int = 0
    sections: int = 0
    found: int = 0
    limits: int = 0
    limits_right: int = 0
    deadlines: int = 0
    deadlines_right: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "questions",
            "sections",
            "found",
            "limits",
            "limits_right",
            "deadlines",
            "deadlines_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems

    def figures(self) -> dict[str, float]:
        return {
            "recall": self.found / self.questions if self.questions else 1.0,
            "precision": self.found / self.sections if self.sections else 1.0,
            "limits": self.limits_right / self.limits if self.limits else 1.0,
            "deadlines": self.deadlines_right / self.deadlines if self.deadlines else 1.0,
        }


def _limits_of(reading: Reading, name: str) -> int | None:
    value = getattr(getattr(reading, "rules", None), name, None)
    return value if isinstance(value, int) else None


def score(expected: Expected, reading: Reading, where: str) -> Score:
    result = Score(questions=len(expected.questions), sections=len(reading.sections))
    free = list(reading.sections)
    for question in expected.questions:
        match = next((s for s in free if alike(question.text, s.question)), None)
        wants = question.words is not None or question.chars is not None
        if match is None:
            result.problems.append(f"{where}: not found: {question.text[:70]!r}")
            if wants:
                result.limits += 1
            continue
        free.remove(match)
        result.found += 1
        # A section without a limit of its own has the one stated once for every answer.
        words = match.word_limit or _limits_of(reading, "word_limit")
        chars = match.char_limit or _limits_of(reading, "char_limit")
        if wants or words is not None or chars is not None:
            result.limits += 1
            if (words, chars) == (question.words, question.chars):
                result.limits_right += 1
            else:
                result.problems.append(
                    f"{where}: limits {words}/{chars} words/chars, "
                    f"expected {question.words}/{question.chars}: {question.text[:50]!r}"
                )
    for section in free:
        result.problems.append(f"{where}: not a question: {section.question[:70]!r}")
    once = [
        ("total_word_limit", expected.total_words),
        ("total_char_limit", expected.total_chars),
    ]
    if not expected.questions:  # a limit for every answer, and no answers listed
        once += [("word_limit", expected.each_words), ("char_limit", expected.each_chars)]
    for name, value in once:
        got = _limits_of(reading, name)
        if value is None and got is None:
            continue
        result.limits += 1
        if got == value:
            result.limits_right += 1
        else:
            result.problems.append(f"{where}: {name} {got}, expected {value}")
    got_deadline = getattr(reading, "deadline", None)
    if expected.deadline is not None or got_deadline is not None:
        result.deadlines += 1
        if got_deadline == expected.deadline:
            result.deadlines_right += 1
        else:
            result.problems.append(
                f"{where}: deadline {got_deadline}, expected {expected.deadline}"
            )
    return result


def score_corpus(
    read: ReadCall, expected: Iterable[Expected] | None = None, formats: Iterable[str] = FORMATS
) -> Score:
    """Run ``read`` on every call of the corpus in every format and add the scores up."""
    total = Score()
    for call in expected if expected is not None else calls():
        for suffix in formats:
            path = CORPUS / f"{call.name}.{suffix}"
            total.add(score(call, read(path), path.name))
    return total


class ReadCall(Protocol):
    def __call__(self, path: Path, /) -> Reading: ...
