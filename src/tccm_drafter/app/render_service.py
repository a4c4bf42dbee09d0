"""Talking to the render worker process (``render/worker.py``): start it, send a request,
wait for the reply with a time limit, and start a fresh worker when one fails or overruns.

Blocking calls: the desktop app makes them from its job runner's thread, where waiting on the
pipe leaves the interpreter free for the window. The worker itself is started with
``ensure_started()`` from the app's main thread: starting a process from another thread while
the main thread imports can deadlock on the import lock.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.render.preview_types import PageBreak
from tccm_drafter.render.worker_messages import RenderReply, RenderRequest, trim

if TYPE_CHECKING:  # multiprocessing loads when the first render starts
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

#: A render that takes longer than this is stopped (the worker is killed and started again).
TIMEOUT_SECONDS = 15.0


class RenderService:
    """One worker process, started on first use; thread-safe for one caller at a time."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self._timeout = timeout
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._library_sent: tuple[int, frozenset[str]] | None = None
        #: The last submission sent: sections unchanged since are not sent again.
        self._sent: Submission | None = None
        self._lock = threading.Lock()
        #: How many workers were started (a restart after a failure counts).
        self.started = 0

    def ensure_started(self) -> None:
        """Start the worker if none is running (call from the main thread). Never waits: while
        a render is under way there is a worker."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self._conn is None:
                self._start()
        finally:
            self._lock.release()

    def _start(self) -> Connection:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        # The worker loads the renderer; this process only names where it starts.
        from tccm_drafter.render.worker_start import serve

        process = context.Process(target=serve, args=(child,), daemon=True, name="tccm-render")
        process.start()
        child.close()
        self._process, self._conn, self._library_sent, self._sent = process, parent, None, None
        self.started += 1
        return parent

    def render(self, request: RenderRequest, library: Library, library_version: int) -> RenderReply:
        """Render ``request`` with ``library``: the paragraphs the submission uses are sent
        when the library's version or that set of paragraphs changed (never the whole
        library: it may hold tens of thousands of paragraphs, most of them in the index)."""
        with self._lock:
            conn = self._conn if self._conn is not None else self._start()
            whole = request.submission.copy()
            used = frozenset(
                block.paragraph_id
                for section in whole.sections
                for block in section.blocks
                if isinstance(block, ParagraphBlock)
            )
            sent = (library_version, used)
            request = trim(request, self._sent)
            if self._library_sent != sent:
                request = replace(request, library=library.subset(used))
            try:
                self._sent = None  # until the worker has it
                conn.send(request)
                self._library_sent = sent
                if not conn.poll(self._timeout):
                    self._stop()
                    raise InputError(
                        f"rendering took longer than {self._timeout:g} seconds and was stopped"
                    )
                reply = conn.recv()
                if isinstance(reply, RenderReply) and not reply.error:
                    self._sent = whole
            except (EOFError, OSError, BrokenPipeError):
                self._stop()
                raise InputError(
                    "the renderer stopped (the template or a paragraph needed too much "
                    "memory); it starts again with the next change"
                ) from None
        if not isinstance(reply, RenderReply):
            raise InputError("the renderer gave an unexpected answer")
        return reply

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._library_sent = self._sent = None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(2)

    def close(self) -> None:
        with self._lock:
            self._stop()


__all__ = ["PageBreak", "RenderReply", "RenderRequest", "RenderService"]
