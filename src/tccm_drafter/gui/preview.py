"""The live preview: the document as it will be exported, re-rendered shortly after each edit."""

from __future__ import annotations

import contextlib
import copy
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from tccm_drafter.errors import InputError
from tccm_drafter.gui.outline_model import raw_section_text
from tccm_drafter.model import Library, Submission

if TYPE_CHECKING:
    from tccm_drafter.render.pipeline import RenderResult
    from tccm_drafter.render.templates import Template

#: Renders the open submission to HTML; raises InputError when it cannot.
HtmlRenderer = Callable[[], str]

DELAY_MS = 50
DEFAULT_TEMPLATE = "consultation-response"


class PreviewPane(QTextBrowser):
    """A QTextBrowser fed by the same render pipeline as the exports."""

    def __init__(self, render: HtmlRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenExternalLinks(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self.renders = 0

    def schedule(self) -> None:
        """Re-render after DELAY_MS; edits within that time are rendered once."""
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def render_now(self) -> None:
        self._timer.stop()
        scroll = self.verticalScrollBar().value()
        try:
            text = self._render()
        except InputError as error:
            text = (
                f"<p style='color:#b00'><b>{html.escape(self.tr('Cannot preview'))}</b>"
                f"</p><p>{html.escape(str(error))}</p>"
            )
        except ImportError as error:
            text = f"<p>{html.escape(self.tr('Preview not available: {0}').format(error))}</p>"
        self.show_html(text, scroll)

    def show_html(self, text: str, scroll: int | None = None) -> None:
        """Show rendered HTML, keeping the reader's place."""
        scroll = self.verticalScrollBar().value() if scroll is None else scroll
        self.setHtml(text)
        self.verticalScrollBar().setValue(scroll)
        self.renders += 1


class LiveRender(QObject):
    """Renders the open submission at most once per change, for the preview, the section
    counts, the checks and the exports (all from the same ``render_submission``).

    The first render imports Jinja2 and the Markdown parser and compiles the template; it
    runs in a worker right after the window shows (``start_first_render``), and
    ``firstRendered`` hands its HTML over ("" = render again here: it failed, or the user
    changed something meanwhile).
    """

    firstRendered = Signal(str)

    def __init__(
        self,
        submission: Callable[[], Submission],
        library: Callable[[], Library],
        templates_dir: Path,
        pool: QThreadPool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._submission, self._library = submission, library
        self._templates_dir, self._pool = templates_dir, pool
        self._template: tuple[str, Template] | None = None
        self._result: RenderResult | None = None
        self._error: InputError | None = None
        self._generation = 0
        self._warm_up: WarmUpJob | None = None
        self.first_done = False

    def changed(self) -> None:
        """The submission, library or template changed: render again when next asked."""
        self._generation += 1
        self._result, self._error = None, None

    def reset_template(self) -> None:
        self._template = None

    def template(self) -> Template:
        from tccm_drafter.render.templates import find_template

        name = self._submission().template or DEFAULT_TEMPLATE
        if self._template is None or self._template[0] != name:
            self._template = (name, find_template(name, self._templates_dir))
        return self._template[1]

    def result(self) -> RenderResult:
        """The RenderResult (raises the renderer's InputError, once per change)."""
        if self._error is not None:
            raise self._error
        if self._result is None:
            from tccm_drafter.render.pipeline import render_submission

            try:
                self._result = render_submission(
                    self._submission(), self._library(), self.template()
                )
            except InputError as error:
                self._error = error
                raise
        return self._result

    def section_text(self, submission: Submission, index: int) -> str | None:
        """A section's answer as counted: the rendered text (None before the first render)."""
        if not self.first_done:
            return None
        try:
            from tccm_drafter.render.text_export import answer_text

            return answer_text(self.result().document, index)
        except InputError:
            return raw_section_text(self._library())(submission, index)

    def preview_html(self) -> str:
        from tccm_drafter.render.html_preview import to_html

        return to_html(self.result().document)

    def mark_first_done(self) -> bool:
        """Render synchronously from now on; True when this ends the waiting."""
        if self.first_done:
            return False
        self.first_done = True
        return True

    def start_first_render(self) -> None:
        if self.first_done or self._warm_up is not None:
            return
        name = self._submission().template or DEFAULT_TEMPLATE
        submission, library = copy.deepcopy(self._submission()), self._library()
        templates_dir, generation = self._templates_dir, self._generation

        def work() -> tuple[int, str, Template, RenderResult, str]:
            from tccm_drafter.render import text_export  # noqa: F401  (used by the counts)
            from tccm_drafter.render.html_preview import to_html
            from tccm_drafter.render.pipeline import render_submission
            from tccm_drafter.render.templates import find_template

            template = find_template(name, templates_dir)
            result = render_submission(submission, library, template)
            return generation, name, template, result, to_html(result.document)

        self._warm_up = WarmUpJob(work)
        self._warm_up.signals.finished.connect(self._first_ready)
        self._pool.start(self._warm_up)

    def _first_ready(self, done: object, _error: str) -> None:
        self._warm_up = None
        if not self.mark_first_done():
            return
        if not isinstance(done, tuple) or done[0] != self._generation:
            self.firstRendered.emit("")
            return
        _generation, name, template, result, html_text = done
        self._template = (name, template)
        self._result, self._error = result, None
        self.firstRendered.emit(html_text)


class _WarmUpSignals(QObject):
    finished = Signal(object, str)  # what the work returned (None on failure), error text


class WarmUpJob(QRunnable):
    """The first render in a QThreadPool worker: it imports Jinja2 and the Markdown parser
    and compiles the template, so the window is usable while that happens."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.signals = _WarmUpSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported on the GUI thread, which renders again
            result, message = None, str(error)
        else:
            message = ""
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.signals.finished.emit(result, message)
