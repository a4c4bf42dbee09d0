"""Rendering the open submission for the window, shortly after each change, off the GUI thread.

Each change bumps a generation and schedules a render; the render runs in the render worker
process (``render/worker.py``) through the job runner (one at a time, newest wins), over a
snapshot of the submission. The reply carries the section counts for the outline and the
preview's HTML; the GUI thread only shows them. A worker that overruns or dies is replaced and
the preview says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from tccm_drafter.app.clock import Clock, today
from tccm_drafter.app.preview import Palette, Preview, PreviewBlock
from tccm_drafter.app.render_service import PageBreak, RenderReply, RenderRequest, RenderService
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.gui.jobs import JobRunner
from tccm_drafter.model.counting import Counts

if TYPE_CHECKING:  # the renderer is imported for the first render, after the first frame
    from tccm_drafter.app.rendering import RenderResult
    from tccm_drafter.app.templates import Template

#: Edits within this time are rendered once.
DELAY_MS = 15
DEFAULT_TEMPLATE = "consultation-response"


@dataclass(frozen=True)
class RenderOutput:
    generation: int
    counts: list[Counts] = field(default_factory=list)
    preview: Preview | None = None
    #: Why nothing could be rendered ("" = rendered).
    error: str = ""
    #: The worker put the edited block in place instead of rendering everything.
    patched: bool = False
    #: Pages of the Word export (estimated; 0 = unknown) and where they begin in the preview.
    pages: int = 0
    page_breaks: list[PageBreak] = field(default_factory=list)


def output_of(reply: RenderReply) -> RenderOutput:
    if reply.error:
        return RenderOutput(reply.generation, error=reply.error)
    blocks = tuple(
        PreviewBlock(s, i, o)
        for s, i, o in zip(reply.shapes, reply.inlines, reply.origins, strict=True)
    )
    preview = Preview(reply.html, blocks)
    return RenderOutput(
        reply.generation,
        list(reply.counts),
        preview,
        patched=reply.patched,
        pages=reply.pages,
        page_breaks=list(reply.page_breaks),
    )


class LiveRender(QObject):
    """Keeps a rendering of the workspace's submission up to date."""

    rendered = Signal(object)  # RenderOutput

    def __init__(
        self,
        workspace: Workspace,
        templates_dir: Path,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._clock = clock
        self._templates_dir = templates_dir
        self._runner = JobRunner(self)
        self._service = RenderService()
        self._template: tuple[str, Template] | None = None
        self.palette = Palette()
        self.generation = 0
        self.latest: RenderOutput | None = None
        #: How many renders put the edited block in place (tests, benchmarks).
        self.patched = 0
        self.enabled = False  # the first render waits until the window is on screen
        #: The submission's file (a reference document may be given relative to it).
        self.document_path: Callable[[], Path | None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._submit)

    def changed(self) -> None:
        """The submission, library or template changed: render again soon."""
        self.generation += 1
        if self.enabled:
            self._timer.start()

    def start(self) -> None:
        """Render from now on (called once the window has been painted)."""
        self.enabled = True
        self._timer.start()

    def reset_template(self) -> None:
        self._template = None
        self.changed()

    def template(self) -> Template:
        """The submission's template (raises InputError when it cannot be used)."""
        name = self._ws.submission.template or DEFAULT_TEMPLATE
        if self._template is None or self._template[0] != name:
            from tccm_drafter.app.templates import find_template

            self._template = (name, find_template(name, self._templates_dir))
        return self._template[1]

    def is_current(self) -> bool:
        return self.latest is not None and self.latest.generation == self.generation

    def pending(self) -> bool:
        return self._timer.isActive() or self._runner.busy()

    def render_here(self) -> RenderResult:
        """The whole rendered document, made here and now (Copy Section: the user asked and
        waits). Raises InputError when it cannot be rendered."""
        submission, library = self._ws.snapshot()
        from tccm_drafter.app.rendering import render_submission

        return render_submission(submission, library, self.template(), today=today(self._clock))

    def _submit(self) -> None:
        self._service.ensure_started()  # here, on the main thread, not in the job
        generation = self.generation
        name = self._ws.submission.template or DEFAULT_TEMPLATE
        submission, library = self._ws.snapshot()
        request = RenderRequest(
            generation,
            submission,
            name,
            self._templates_dir,
            today(self._clock),
            self.palette,
            document_path=self.document_path(),
        )
        version, service = self._ws.library_version, self._service

        def work() -> RenderOutput:
            return output_of(service.render(request, library, version))

        self._runner.submit(work, self._done, self._failed)

    def _done(self, output: object) -> None:
        if isinstance(output, RenderOutput):
            self.latest = output
            self.patched += output.patched
            self.rendered.emit(output)

    def _failed(self, error: Exception) -> None:
        message = str(error) if isinstance(error, InputError) else repr(error)
        self._done(RenderOutput(self.generation, error=message))

    def wait(self) -> None:
        self._runner.wait()

    def close(self) -> None:
        """Stop the worker process (the window closes)."""
        self._runner.wait()
        self._service.close()
