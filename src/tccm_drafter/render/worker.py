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
from dataclasses import dataclass, field, replace
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Section, Submission
from tccm_drafter.model.counting import Counts
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.html_preview import Palette
from tccm_drafter.render.live_document import LiveDocument
from tccm_drafter.render.page_marks import PageBreak, PageMeasures, page_marks
from tccm_drafter.render.templates import Template, find_template

#: Address space the worker may use (where the system can enforce it).
MEMORY_LIMIT_BYTES = 3 * 1024**3


@dataclass(frozen=True)
class RenderRequest:
    generation: int
    submission: Submission
    template: str
    templates_dir: Path | None
    #: The day the document is dated (the front end's clock, read when the request was made).
    today: date
    palette: Palette = field(default_factory=Palette)
    #: A new library when it changed since the last request (None: use the last one).
    library: Library | None = None
    #: Sections that are the same as in the last request: sent as empty stand-ins.
    kept: tuple[int, ...] = ()
    #: The Word reference document the export would use, for the page marks (None: built-in).
    reference_docx: Path | None = None


@dataclass(frozen=True)
class RenderReply:
    generation: int
    counts: list[Counts] = field(default_factory=list)
    html: str = ""
    shapes: list[str] = field(default_factory=list)
    inlines: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    #: Pages of the Word export (estimated; 0 = unknown) and where each after the first
    #: begins in the preview (``render/page_marks.py``).
    pages: int = 0
    page_breaks: list[PageBreak] = field(default_factory=list)
    #: The edited block was put in place (not the whole submission rendered).
    patched: bool = False
    #: One line saying why nothing could be rendered ("" = rendered).
    error: str = ""
    #: Blocks that could not be rendered (shown as literal text); names of unfilled placeholders.
    block_errors: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


_STAND_IN = Section("")


def trim(request: RenderRequest, sent: Submission | None) -> RenderRequest:
    """``request`` with the sections that are as in ``sent`` (a copy of the last submission
    sent) replaced by stand-ins. A section is the same when it has the very same blocks (a block
    is never changed in place) and the same title, question and limits."""
    submission = request.submission
    if sent is None or len(sent.sections) != len(submission.sections):
        return request
    kept = tuple(
        i
        for i, (was, now) in enumerate(zip(sent.sections, submission.sections, strict=True))
        if len(was.blocks) == len(now.blocks)
        and all(a is b for a, b in zip(was.blocks, now.blocks, strict=True))
        and replace(was, blocks=[]) == replace(now, blocks=[])
    )
    if not kept:
        return request
    keep = set(kept)
    sections = [_STAND_IN if i in keep else s for i, s in enumerate(submission.sections)]
    return replace(request, submission=replace(submission, sections=sections), kept=kept)


def restore(request: RenderRequest, received: Submission | None) -> Submission | None:
    """The whole submission of a trimmed request (None when the sections it keeps are not
    known here)."""
    if not request.kept:
        return request.submission
    if received is None or len(received.sections) != len(request.submission.sections):
        return None
    sections = list(request.submission.sections)
    for i in request.kept:
        sections[i] = received.sections[i]
    return replace(request.submission, sections=sections)


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
        pages, breaks = page_marks(doc, parts.spans, self.pages.model(request.reference_docx))
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
