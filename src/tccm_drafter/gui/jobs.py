"""The one way long work leaves the GUI thread: a runner that does one job at a time.

A job submitted while another runs waits; a newer one replaces any job still waiting (newest
wins). Each finished job's result is delivered on the GUI thread, then the waiting job (if
any) starts: while the user keeps typing, the window shows the newest result there is.

The runner's thread is a plain Python thread, not a Qt thread pool: a Qt pool waits for its
threads when it is destroyed, from C++, holding the interpreter lock that a finishing job
needs, which can freeze the app when a window goes away during a job.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

Work = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


@dataclass
class _Job:
    number: int
    work: Work
    done: Done
    failed: Failed


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (a queued connection)."""

    finished = Signal(int, object, object)  # job number, result, error


class JobRunner(QObject):
    """One job at a time on a thread of its own; newest wins."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._running: _Job | None = None
        self._waiting: _Job | None = None
        self._count = 0
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, work: Work, done: Done, failed: Failed) -> int:
        """Run ``work`` when the runner is free; returns the job's number."""
        self._count += 1
        job = _Job(self._count, work, done, failed)
        if self._running is None:
            self._start(job)
        else:
            self._waiting = job  # any job waiting before is dropped
        return job.number

    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until the running job is done (closing the window; tests)."""
        return self._idle.wait(seconds)

    def _start(self, job: _Job) -> None:
        self._running = job
        self._idle.clear()
        relay, idle = self._relay, self._idle

        def run() -> None:
            try:
                result, error = job.work(), None
            except Exception as caught:  # handed to the job's own handler on the GUI thread
                result, error = None, caught
            idle.set()
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                relay.finished.emit(job.number, result, error)

        threading.Thread(target=run, name="tccm-job", daemon=True).start()

    def _finished(self, number: int, result: object, error: object) -> None:
        job = self._running
        self._running = None
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
        if job is None or job.number != number:
            return
        if isinstance(error, Exception):
            job.failed(error)
        else:
            job.done(result)
