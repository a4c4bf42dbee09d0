"""What the app and the render worker (``render/worker.py``) send each other: plain picklable
values, and the trimming of a request to the sections that changed. Apart from the renderer,
so the app can build requests and read replies without loading it (the worker does)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from tccm_drafter.model import Library, Section, Submission
from tccm_drafter.model.counting import Counts
from tccm_drafter.render.preview_types import PageBreak, Palette


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
    #: The submission's file: a Word reference document named relative to it is found there
    #: (the worker works out which one the export would use, for the page marks).
    document_path: Path | None = None


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
