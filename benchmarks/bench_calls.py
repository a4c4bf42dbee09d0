"""The call reader on real calls: question recall and precision, limits right and deadlines
read over tests/data/calls/corpus in every format (targets: 95%, 95%, 90%, 90% — issue #25),
and how long reading takes."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

from benchmarks.common import Result, best_of
from tccm_drafter.app.new_submission import CallQuestions, read_call_questions

ROOT = Path(__file__).resolve().parent.parent


def _scorer() -> ModuleType:
    """tests/call_corpus.py, the scorer the quality test uses too."""
    spec = importlib.util.spec_from_file_location("call_corpus", ROOT / "tests" / "call_corpus.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("tests/call_corpus.py is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def run(work: Path) -> list[Result]:
    corpus = _scorer()
    calls = corpus.calls()
    paths = [corpus.CORPUS / f"{c.name}.{suffix}" for c in calls for suffix in corpus.FORMATS]
    readings: dict[Path, CallQuestions] = {}
    slowest = 0.0
    for path in paths:
        start = time.perf_counter()
        readings[path] = read_call_questions(path)
        slowest = max(slowest, (time.perf_counter() - start) * 1000)
    total = corpus.score_corpus(readings.__getitem__)
    figures = total.figures()
    targets = corpus.TARGETS
    counts = {
        "recall": f"{total.found} of {total.questions} questions found",
        "precision": f"{total.found} of {total.sections} sections are questions",
        "limits": f"{total.limits_right} of {total.limits} right",
        "deadlines": f"{total.deadlines_right} of {total.deadlines} read",
    }
    names = {
        "recall": "question recall",
        "precision": "question precision",
        "limits": "limits right",
        "deadlines": "deadlines read",
    }
    scope = f"{len(calls)} real calls x .txt/.docx/.pdf"
    rows = [
        Result(
            f"{names[key]}, {scope}",
            100 * figures[key],
            100 * targets[key],
            counts[key],
            unit="%",
            at_least=True,
        )
        for key in ("recall", "precision", "limits", "deadlines")
    ]

    def read_all() -> None:
        for path in paths:
            read_call_questions(path)

    rows += [
        Result(
            f"read all {len(paths)} call files (questions, limits, deadline)",
            best_of(read_all, repeat=3),
        ),
        Result("read the slowest single call file", slowest),
    ]
    return rows
