"""The render worker: a separate process that renders the open submission for the live view.

Rendering is Python work; done on a thread of the app it would hold the interpreter lock and
make the window wait, and a hostile template would run inside the app. In its own process it
runs beside the window, keeps its render cache between requests, is bounded in memory by the
operating system where it can be (``resource`` limits on Linux and macOS) and is killed by
the app when it takes too long.

Requests and replies are plain picklable values. The library is sent only when it changed,
and a section only when it changed since the last request: while the user types in one
block, one section travels, and the worker puts that block in place (``live_document.py``).
"""

from __future__ import annotations

import contextlib
import gc
from multiprocessing.connection import Connection
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Submission
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.live_document import LiveDocument
from tccm_drafter.render.page_marks import PageMeasures, page_marks
from tccm_drafter.render.templates import Template, find_template, reference_for
from tccm_drafter.render.worker_messages import RenderReply, RenderRequest, restore

#: Address space the worker may use (where the system can enforce it).
MEMORY_LIMIT_BYTES = 3 * 1024**3


class _State:
    def __init__(self) -> None:
        self.live = LiveDocument()
        self.library = Library()
        self.received: Submission | None = None
        self.template: tuple[tuple[str, Path | None], Template] | None = None
        self.pages = PageMeasures()

    def template_for(self, name: str, folder: Path | None) -> Template:
        key = (name, folder)
        if self.template is None or self.template[0] != key:
            self.template = (key, find_template(name, folder))
        return self.template[1]

    def render(self, request: RenderRequest) -> RenderReply:
        if request.library is not None:
            self.library = request.library
        submission = restore(request, self.received)
        if submission is None:
            return RenderReply(request.generation, error="the renderer lost track of the text")
        self.received = submission
        try:
            template = self.template_for(request.template, request.templates_dir)
            result = self.live.update(
                submission, self.library, template, request.palette, request.today
            )
        except InputError as error:
            self.template = None  # the template may be fixed on disk meanwhile
            return RenderReply(request.generation, error=str(error))
        parts = self.live.parts
        assert parts is not None
        preview = parts.preview()
        doc = result.document
        reference = reference_for(submission, template, request.document_path)
        pages, breaks = page_marks(doc, parts.spans, self.pages.model(reference))
        return RenderReply(
            request.generation,
            counts=[section_counts(doc, s) for s in range(len(doc.sections))],
            html=preview.html,
            shapes=[b.shape for b in preview.blocks],
            inlines=[b.inline for b in preview.blocks],
            origins=[b.origin for b in preview.blocks],
            patched=self.live.patched,
            pages=pages,
            page_breaks=breaks,
            block_errors=[str(e) for e in result.errors],
            missing=[str(m) for m in result.missing],
        )


def _limit_memory() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = (
            MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT_BYTES, hard)
        )
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def serve(conn: Connection) -> None:
    """The worker's loop: one reply per request until the app closes the connection."""
    _limit_memory()
    state = _State()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if not isinstance(request, RenderRequest):
            continue
        try:
            reply = state.render(request)
            # What the render cache keeps lives long: spare the collector from scanning it.
            gc.freeze()
        except MemoryError:
            state = _State()  # start afresh: the cache may hold what filled the memory
            reply = RenderReply(request.generation, error="rendering needed too much memory")
        except RecursionError:
            reply = RenderReply(request.generation, error="the document is nested too deeply")
        try:
            conn.send(reply)
        except OSError:  # the app went away (or replaced this worker) meanwhile
            return
