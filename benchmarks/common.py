"""Shared pieces of the benchmarks: a timer and the result row every bench module returns."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    """One measured figure in ``unit`` (ms unless said otherwise); ``target_ms`` is the issue's
    target in the same unit (None = for information)."""

    name: str
    value_ms: float
    target_ms: float | None = None
    note: str = ""
    unit: str = "ms"
    #: True for a figure whose target is a floor (a share of questions answered well).
    higher_is_better: bool = False

    @property
    def ok(self) -> bool:
        if self.target_ms is None:
            return True
        if self.higher_is_better:
            return self.value_ms >= self.target_ms
        return self.value_ms <= self.target_ms


def best_of(func: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``func`` in milliseconds over ``repeat`` runs (after one warm-up)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
