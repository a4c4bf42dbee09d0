"""The main window: library | outline + block editor | preview, menus, toolbar, status bar.

It builds the panes and wires them to the workspace (``app/``): every change is a core edit
performed through the history, every rendering comes from the live render off the GUI thread.
The menu actions live in small helpers (file, submission, library editing, sharing).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.checks import Finding
from tccm_drafter.app.clock import Clock, SystemClock
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import Settings
from tccm_drafter.app.workspace import (
    Event,
    FieldsChanged,
    LibraryChanged,
    SubmissionReset,
    Workspace,
)
from tccm_drafter.gui.autosave import Autosaver
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.document_state import DocumentState, Prompter
from tccm_drafter.gui.editor import BlockEditor
from tccm_drafter.gui.file_actions import FileActions
from tccm_drafter.gui.handlers import action_handlers
from tccm_drafter.gui.library_editing import LibraryEditing
from tccm_drafter.gui.library_loader import LibraryLoader, keep_long_lived
from tccm_drafter.gui.library_panel import LibraryPanel, used_in
from tccm_drafter.gui.library_sharing import LibrarySharing
from tccm_drafter.gui.live_checks import LiveChecks
from tccm_drafter.gui.live_render import LiveRender, RenderOutput
from tccm_drafter.gui.load_problems import report as report_load
from tccm_drafter.gui.menus import build_menus, outline_only
from tccm_drafter.gui.outline_model import SubmissionOutline
from tccm_drafter.gui.outline_view import OutlineEditing, OutlineView
from tccm_drafter.gui.preview import PreviewPane
from tccm_drafter.gui.reading import BackgroundReader
from tccm_drafter.gui.spell_actions import WindowSpelling
from tccm_drafter.gui.submission_actions import SubmissionActions
from tccm_drafter.gui.suggestions_controller import SuggestionsController
from tccm_drafter.gui.theme import FOCUS_STYLE, follow_palette, preview_palette, set_window_theme
from tccm_drafter.gui.title_bar import TitleBar
from tccm_drafter.gui.window_geometry import cycle_focus, default_size, fit_to_screen
from tccm_drafter.model import Library, Paragraph, Submission

#: The first render waits this long after the window shows: the first frame paints first.
FIRST_RENDER_DELAY_MS = 20


if TYPE_CHECKING:
    from tccm_drafter.gui.checks_dock import ChecksDock
    from tccm_drafter.gui.dialogs.preflight import PreflightPanel


class MainWindow(QMainWindow):
    """One open submission over the loaded libraries."""

    libraryReloaded = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        libraries: Libraries,
        *,
        qsettings: QSettings | None = None,
        prompter: Prompter | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.settings = paths, settings
        #: The one clock of the window: every operation reads it once (tests fix it).
        self.clock: Clock = clock or SystemClock()
        self.prompter = prompter or Prompter(self)
        self.qsettings = qsettings or QSettings(
            str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self.workspace = Workspace(Submission(), libraries)
        self.history = History(self.workspace, self)
        self.state = DocumentState(self.history, self)
        self.reader = BackgroundReader(self)
        self.outline = SubmissionOutline(self.workspace, self)
        self.outline.today = lambda: self.clock.now().date()
        self.live = LiveRender(self.workspace, paths.templates_dir, self.clock, self)
        self.live.palette = preview_palette(self.palette())
        self.live.document_path = lambda: self.state.path
        self._build_panes()
        self.files = FileActions(self, self)
        self.submission_actions = SubmissionActions(self, self)
        self.library_editing = LibraryEditing(self, self)
        self.sharing = LibrarySharing(self, self)
        self.preflight_panel: PreflightPanel | None = None
        self.checks_dock: ChecksDock | None = None
        self.editor.showDifferenceRequested.connect(self.submission_actions.show_difference)
        self.editor.saveToLibraryRequested.connect(self.library_editing.save_block)
        self.preview.linkRequested.connect(self.submission_actions.open_link)
        self.autosaver = Autosaver(paths, self.files.autosave_snapshot, self.clock, self)
        self.act = build_menus(
            self,
            action_handlers(self),
            self.history.undo_action(self),
            self.history.redo_action(self),
            recent=lambda: list(self.settings.recent_files),
            open_recent=self.files.open_file,
            theme=settings.theme,
            set_theme=self.set_theme,
        )
        outline_only(self.act["remove"], self.outline_view)
        self.spelling = WindowSpelling(self.workspace, paths, settings, self.statusBar(), self)
        self.spelling.attach(self.editor.text)
        self.spelling.set_up_action(self.act["spell_check"])
        self.live_checks = LiveChecks(self)
        self.suggesting = SuggestionsController(self)
        self.loader = LibraryLoader(self, self)
        self.loader.reloaded.connect(self.libraryReloaded)
        self.loader.loaded.connect(lambda errors, notes: report_load(self, errors, notes))
        #: Lines from the last reading of the library folders (Library › Load Problems…).
        self.load_problems: list[str] = []
        self.act["load_problems"].setEnabled(False)
        self.workspace.add_listener(self)
        self.live.rendered.connect(self._rendered)
        self.history.located.connect(self._located)
        self.history.failed.connect(self._undo_failed)
        self.state.stateChanged.connect(self._state_changed)
        self.history.changed.connect(self._update_actions)
        self.state.apply_title(self)
        self._splitters_restored = False
        geometry = self.qsettings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            default_size(self)
        self.fit_to_screen()
        # The pane with the keyboard focus shows it.
        self.setStyleSheet(FOCUS_STYLE)
        self._update_actions()

    # -- building ---------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.library_panel = LibraryPanel(self.workspace.library, self)
        self.library_panel.preview.today = lambda: self.clock.now().date()
        self.library_panel.model.today = lambda: self.clock.now().date()
        self.library_panel.insertRequested.connect(self._insert_ids)
        self.library_panel.preview.usage_lookup = lambda pid: used_in(self.paths, pid)
        self.outline_view = OutlineView(self)
        self.outline_view.setAccessibleName(self.tr("Submission outline"))
        self.outline_view.set_outline(self.outline)
        self.outline_view.locationChanged.connect(self._location_changed)
        self.composer = OutlineEditing(self.outline_view, self.outline, self.history, self)
        self.composer.ask_outdated = self._ask_outdated
        self.editor = BlockEditor(self.outline, self.history, self)
        self.composer.focus_editor = self.editor.focus_text
        self.editor.run_dialog = self.prompter.run_dialog
        self.editor.find_bar.go_to = lambda s, b: self.outline_view.select_location(s, b)
        self.preview = PreviewPane(self)
        for signal in (self.outline.rowsMoved, self.outline.rowsInserted, self.outline.rowsRemoved):
            signal.connect(self._sync_editor)

        centre = QWidget(self)
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical, centre)
        self.centre_splitter.addWidget(self.outline_view)
        self.centre_splitter.addWidget(self.editor)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)
        self.title_bar = TitleBar(self.history, centre)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_bar)
        layout.addWidget(self.centre_splitter)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setMaximumWidth(520)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Work in progress"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().addPermanentWidget(self.progress)

    def widget(self) -> QWidget:
        return self

    def fit_to_screen(self) -> None:
        fit_to_screen(self)

    def show_checks(self, findings: list[Finding]) -> None:
        """The checks in a dock below the panes: they never cover the place they point at."""
        if self.checks_dock is None:
            from tccm_drafter.gui.checks_dock import ChecksDock, add_below

            dock = self.checks_dock = ChecksDock(self)
            dock.panel.findingActivated.connect(self._go_to_finding)
            dock.panel.fixRequested.connect(self.submission_actions.apply_fix)
            dock.panel.rerun_button.clicked.connect(self.submission_actions.run_checks)
            add_below(self, dock)
            self.preflight_panel = dock.panel
        self.checks_dock.show_findings(findings)

    def _go_to_finding(self, section: int, block: int) -> None:
        self.outline_view.select_location(section, None if block < 0 else block)
        self.outline_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def cycle_panes(self, step: int) -> None:
        """F6 / Shift+F6: library search, outline, block editor, preview."""
        panes = [self.library_panel.search, self.outline_view, self.editor.text, self.preview]
        cycle_focus(self, panes, step)

    # -- the document -----------------------------------------------------------------------
    @property
    def submission(self) -> Submission:
        return self.workspace.submission

    @property
    def library(self) -> Library:
        return self.workspace.library

    def set_document(
        self,
        submission: Submission,
        path: Path | None,
        *,
        name: str | None = None,
        modified: bool = False,
    ) -> None:
        self.files.set_document(submission, path, name=name, modified=modified)

    def open_file(self, path: Path) -> bool:
        return self.files.open_file(path)

    def new_document(self) -> bool:
        return self.files.new_document()

    def save(self) -> bool:
        return self.files.save()

    def add_questions(self, text: str) -> int:
        return self.composer.add_questions(text)

    def export_to(self, out_path: Path, fmt: str, **options: bool) -> None:
        self.submission_actions.export_to(out_path, fmt, **options)

    def run_checks(self) -> list[Finding]:
        return self.submission_actions.run_checks()

    # -- workspace listener -------------------------------------------------------------------
    def before(self, event: Event) -> None:
        pass

    def after(self, event: Event) -> None:
        self.live.changed()
        if isinstance(event, LibraryChanged):
            self.library_panel.set_library(self.workspace.library)
            self.editor.reload()
        if isinstance(event, SubmissionReset):
            self.editor.set_block(-1, -1)
        if isinstance(event, SubmissionReset | FieldsChanged):
            self.title_bar.refresh()
            self.editor.refresh_values()
        self._update_actions()

    def _rendered(self, output: RenderOutput) -> None:
        if output.preview is None:
            self.preview.show_error(output.error)
            return
        self.outline.set_counts(output.counts)
        if output.preview is not None:
            self.preview.show_preview(output.preview)
            self.preview.set_pages(output.pages, output.page_breaks)

    def _located(self, section: int, block: int) -> None:
        self.outline_view.select_location(section, None if block < 0 else block)
        self._sync_editor()

    def _sync_editor(self, *_args: object) -> None:
        """Keep the editor on the block the outline shows selected (after moves and undo)."""
        section, block = self.outline_view.current_location()
        current = self.editor.location()
        wanted = (section, block) if block is not None else None
        if current != wanted:
            self.editor.set_block(section, -1 if block is None else block)

    def _location_changed(self, section: int, block: int) -> None:
        self.editor.set_block(section, block)
        self._update_actions()
        if section >= 0:
            sec = self.workspace.submission.sections[section]
            text = sec.question or sec.title
            self.status_label.setText(
                self.status_label.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, self.status_label.maximumWidth()
                )
            )
            self.status_label.setToolTip("")

    def _undo_failed(self, message: str) -> None:
        self.prompter.show_error(self, self.tr("Undo"), message)

    def _state_changed(self) -> None:
        self.state.apply_title(self)

    def _update_actions(self, *_args: object) -> None:
        section, block = self.outline_view.current_location()
        has_section = section >= 0
        for key in ("move_up", "move_down", "remove", "copy_section", "edit_section"):
            self.act[key].setEnabled(has_section)
        if has_section and not self.workspace.submission.sections[section].is_question:
            self.act["edit_section"].setEnabled(False)  # no title or question to edit
        self.act["remove"].setText(
            self.tr("Re&move Section") if block is None else self.tr("Re&move Paragraph")
        )

    def _ask_outdated(self, paragraph_id: str, successor: Paragraph | None) -> str | None:
        paragraph = self.workspace.library.get(paragraph_id)
        if paragraph is None:
            return paragraph_id
        return self.prompter.ask_outdated(self, paragraph, successor)

    def _insert_ids(self, ids: list[str]) -> None:
        self.composer.insert_paragraphs(ids)

    def reload_library(self) -> None:
        """Read the library folders again in the background (a change on disk, Reload)."""
        self.loader.reload()

    # -- window -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.live.enabled:  # render once the first frame is on screen
            QTimer.singleShot(FIRST_RENDER_DELAY_MS, self.live.start)
            QTimer.singleShot(FIRST_RENDER_DELAY_MS, self, keep_long_lived)
            QTimer.singleShot(FIRST_RENDER_DELAY_MS, self.loader.prepare_suggestions)
        if not self._splitters_restored:  # once the panes have their real sizes
            self._splitters_restored = True
            for key, splitter in (
                ("window/splitter", self.splitter),
                ("window/centre", self.centre_splitter),
            ):
                state = self.qsettings.value(key)
                if state is not None:
                    splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/splitter", self.splitter.saveState())
        self.qsettings.setValue("window/centre", self.centre_splitter.saveState())
        self.qsettings.sync()
        self.autosaver.stop()
        self.autosaver.discard()
        self.live.close()
        self.spelling.close()
        self.submission_actions.wait()
        self.live_checks.wait()
        self.loader.wait()
        event.accept()

    def event(self, event: QEvent) -> bool:  # changeEvent never sees the palette change
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.save_now()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            QTimer.singleShot(0, self, self._follow_palette)  # the system switched light/dark
        return super().event(event)

    def set_theme(self, theme: str) -> None:
        set_window_theme(self, theme)

    def _follow_palette(self) -> None:
        follow_palette(self)
