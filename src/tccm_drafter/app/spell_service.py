"""The spelling checker in a process of its own: start it, ask it about words, stop it.

Hunspell's calls hold the interpreter lock for as long as they run: loading a dictionary
(0.3 s for British English, 1.8 s for Arabic) or finding suggestions (0.1 to 1 s a word) on a
thread of the app would freeze the window. In its own process the work runs beside the window;
the app only waits on a pipe, which leaves the interpreter free.

Blocking calls, made from a thread of the front end, never from its GUI thread; the process is
started with :meth:`SpellService.start` from the main thread (as the render worker is: starting
a process from another thread while the main thread imports can deadlock on the import lock).
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError

if TYPE_CHECKING:  # multiprocessing loads when the process starts
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

#: Loading the largest dictionary takes under 2 s on a slow machine; this is the limit.
LOAD_TIMEOUT_SECONDS = 30.0
#: One request (a batch of words, or one word's suggestions).
REQUEST_TIMEOUT_SECONDS = 10.0


def serve(conn: Connection, folder: str, name: str) -> None:
    """The worker's loop: load the dictionary, then answer until the app closes the pipe."""
    from tccm_drafter.app.spell_engine import SpellEngine

    try:
        engine = SpellEngine(Path(folder), name)
    except InputError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if not isinstance(request, tuple) or len(request) != 2:
            return
        kind, payload = request
        if kind == "check" and isinstance(payload, list):
            reply: object = {word: engine.check(str(word)) for word in payload}
        elif kind == "suggest" and isinstance(payload, str):
            reply = engine.suggest(payload)
        else:
            return
        try:
            conn.send(reply)
        except OSError:  # the app went away meanwhile
            return


def _end(process: BaseProcess, conn: Connection) -> None:
    conn.close()
    if process.is_alive():
        process.kill()
        process.join(2)


class SpellService:
    """One dictionary in one worker process; thread-safe, one request at a time."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.name = name
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the worker (from the main thread); it loads the dictionary meanwhile."""
        with self._lock:
            if self._conn is not None:
                return
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            process = context.Process(
                target=serve,
                args=(child, str(self.folder), self.name),
                daemon=True,
                name=f"tccm-spelling-{self.name}",
            )
            process.start()
            child.close()
            self._process, self._conn, self._ready = process, parent, False
            # A service dropped without close() (a window never closed) stops its process.
            weakref.finalize(self, _end, process, parent)

    def check(self, words: list[str]) -> dict[str, bool]:
        """Whether each word is spelt correctly."""
        reply = self._ask(("check", list(words)))
        if not isinstance(reply, dict):
            raise InputError("the spelling checker gave an unexpected answer")
        return {str(word): bool(ok) for word, ok in reply.items()}

    def suggest(self, word: str) -> list[str]:
        """Corrections for a misspelt word, the likeliest first."""
        reply = self._ask(("suggest", word))
        if not isinstance(reply, list):
            raise InputError("the spelling checker gave an unexpected answer")
        return [str(s) for s in reply]

    def _ask(self, request: tuple[str, object]) -> object:
        with self._lock:
            conn = self._conn
            if conn is None:
                raise InputError("the spelling checker is not running")
            try:
                if not self._ready:
                    self._wait_ready(conn)
                conn.send(request)
                if not conn.poll(REQUEST_TIMEOUT_SECONDS):
                    self._stop()
                    raise InputError("the spelling checker did not answer and was stopped")
                return conn.recv()
            except (EOFError, OSError):
                self._stop()
                raise InputError("the spelling checker stopped") from None

    def _wait_ready(self, conn: Connection) -> None:
        if not conn.poll(LOAD_TIMEOUT_SECONDS):
            self._stop()
            raise InputError(f"the spelling dictionary '{self.name}' took too long to load")
        kind, message = conn.recv()
        if kind != "ready":
            self._stop()
            raise InputError(str(message))
        self._ready = True

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._ready = False
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(2)

    def close(self) -> None:
        """Stop the worker (closing the pipe ends its loop; a stuck one is killed)."""
        with self._lock:
            process, conn = self._process, self._conn
            self._process = self._conn = None
            if conn is not None:
                conn.close()
            if process is not None:
                process.join(1)
                if process.is_alive():
                    process.kill()
                    process.join(2)
