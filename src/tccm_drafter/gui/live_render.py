"""Rendering the open submission off the GUI thread, shortly after each change.

Each change bumps a generation and schedules a render; the render runs on the job runner (one
at a time, newest wins) over a snapshot of the submission, with a render cache so only changed
blocks are parsed again. The result carries the section counts for the outline and the
preview's HTML; the GUI thread only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.gui.jobs import JobRunner
from tccm_drafter.model import Library, Submission
from tccm_drafter.model.counting import Counts
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.html_preview import Palette, Preview, to_preview
from tccm_drafter.render.pipeline import RenderCache, RenderResult, render_submission
from tccm_drafter.render.templates import Template, find_template

#: Edits within this time are rendered once.
DELAY_MS = 15
DEFAULT_TEMPLATE = "consultation-response"


@dataclass(frozen=True)
class RenderOutput:
    generation: int
    result: RenderResult | None
    counts: list[Counts]
    preview: Preview | None
    error: str = ""


def render_once(
    submission: Submission,
    library: Library,
    template: Template,
    palette: Palette,
    generation: int,
    cache: RenderCache | None = None,
    today: date | None = None,
) -> RenderOutput:
    """Everything the window shows of a submission, computed in one go (any thread)."""
    try:
        result = render_submission(submission, library, template, today=today, cache=cache)
    except InputError as error:
        return RenderOutput(generation, None, [], None, str(error))
    doc = result.document
    counts = [section_counts(doc, s) for s in range(len(doc.sections))]
    return RenderOutput(generation, result, counts, to_preview(doc, palette))


class LiveRender(QObject):
    """Keeps a rendering of the workspace's submission up to date."""

    rendered = Signal(object)  # RenderOutput

    def __init__(
        self, workspace: Workspace, templates_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._templates_dir = templates_dir
        self._runner = JobRunner(self)
        self._cache = RenderCache()
        self._template: tuple[str, Template] | None = None
        self.palette = Palette()
        self.generation = 0
        self.latest: RenderOutput | None = None
        self.enabled = False  # the first render waits until the window is on screen
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
            self._template = (name, find_template(name, self._templates_dir))
        return self._template[1]

    def is_current(self) -> bool:
        return self.latest is not None and self.latest.generation == self.generation

    def pending(self) -> bool:
        return self._timer.isActive() or self._runner.busy()

    def current(self) -> RenderOutput:
        """The rendering of the submission as it is now: the latest one when it is up to date,
        else rendered here and now (Copy Section, Run Checks: the user asked and waits)."""
        if self.latest is not None and self.is_current():
            return self.latest
        try:
            template = self.template()
        except InputError as error:
            return RenderOutput(self.generation, None, [], None, str(error))
        submission, library = self._ws.snapshot()
        return render_once(submission, library, template, self.palette, self.generation)

    def _submit(self) -> None:
        generation = self.generation
        try:
            template = self.template()
        except InputError as error:
            self._done(RenderOutput(generation, None, [], None, str(error)))
            return
        submission, library = self._ws.snapshot()
        palette, cache = self.palette, self._cache

        def work() -> RenderOutput:
            return render_once(submission, library, template, palette, generation, cache)

        self._runner.submit(work, self._done, self._failed)

    def _done(self, output: object) -> None:
        if not isinstance(output, RenderOutput):
            return
        self.latest = output
        self.rendered.emit(output)

    def _failed(self, error: Exception) -> None:
        self._done(RenderOutput(self.generation, None, [], None, str(error)))

    def wait(self) -> None:
        self._runner.wait()
