"""Shared pieces of the benchmarks: a timer and the result row every bench module returns."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    """One measured figure in ``unit`` (ms unless said otherwise); ``target_ms`` is the issue's
    target in the same unit (None = for information): a ceiling, or with ``at_least`` a floor
    (the call reader's quality figures, in %)."""

    name: str
    value_ms: float
    target_ms: float | None = None
    note: str = ""
    unit: str = "ms"
    #: The target is a floor (a share of questions found), not a ceiling (a time).
    at_least: bool = False

    @property
    def ok(self) -> bool:
        if self.target_ms is None:
            return True
        if self.at_least:
            return self.value_ms >= self.target_ms
        return self.value_ms <= self.target_ms

    @property
    def target_text(self) -> str:
        """ "150 ms", "≥ 95 %" or "" without a target."""
        if self.target_ms is None:
            return ""
        return f"{'≥ ' if self.at_least else ''}{self.target_ms:g} {self.unit}"


def best_of(func: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``func`` in milliseconds over ``repeat`` runs (after one warm-up)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
