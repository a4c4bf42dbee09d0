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
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
Failed = Callable[[Exception], None]


@dataclass
class _Job(Generic[T]):
    number: int
    work: Callable[[], T]
    done: Callable[[T], None]
    failed: Failed


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (a queued connection)."""

    finished = Signal(int, object, object)  # job number, result, error


class JobRunner(QObject):
    """One job at a time on a thread of its own; newest wins."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # No Qt parent: the relay lives as long as a Python reference to it (the runner's, and
        # each running job's), so a job that ends after the window went away never emits
        # through a relay Qt has already deleted (that crashed the spelling thread once).
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._running: _Job[object] | None = None
        self._waiting: _Job[object] | None = None
        self._count = 0
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, work: Callable[[], T], done: Callable[[T], None], failed: Failed) -> int:
        """Run ``work`` when the runner is free; ``done`` gets what it returned (on the GUI
        thread); returns the job's number."""
        self._count += 1

        def deliver(result: object) -> None:  # the result ``work`` returned, back on this thread
            done(cast(T, result))

        job: _Job[object] = _Job(self._count, work, deliver, failed)
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

    def _start(self, job: _Job[object]) -> None:
        self._running = job
        self._idle.clear()
        relay, idle = self._relay, self._idle

        def run() -> None:
            try:
                result, error = job.work(), None
            except Exception as caught:  # handed to the job's own handler on the GUI thread
                result, error = None, caught
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                relay.finished.emit(job.number, result, error)
            # Idle only once the result is handed over (emitting only queues it, so this never
            # waits for the GUI thread): a window that waits for its jobs before it closes
            # never leaves a thread emitting while Qt shuts down (a crash at exit).
            idle.set()

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
