"""The main window: library | outline + block editor | preview, menus, toolbar, status bar.

It wires widgets to the core; every change of the submission is an undo command.
Dialogs, exporters and checks are imported when first used, to keep start-up fast.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.errors import InputError
from tccm_drafter.gui.autosave import Autosaver
from tccm_drafter.gui.document_state import DocumentState, ExportJob, Prompter, SaveChoice
from tccm_drafter.gui.editor import BlockEditor
from tccm_drafter.gui.library_model import LibraryLoadJob
from tccm_drafter.gui.library_panel import LibraryEditing, LibraryPanel, LibraryWatcher
from tccm_drafter.gui.outline_model import SubmissionOutline
from tccm_drafter.gui.outline_view import OutlineEditing, OutlineView
from tccm_drafter.gui.preview import LiveRender, PreviewPane
from tccm_drafter.model import Library, Submission
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings, add_recent, save_settings

if TYPE_CHECKING:
    from tccm_drafter.render.templates import Template

#: The first render starts this long after the window shows, so the first frame is painted
#: without competing with it for the interpreter.
FIRST_RENDER_DELAY_MS = 20


class MainWindow(QMainWindow):
    """One open submission over the loaded libraries."""

    exportFinished = Signal(str, str)  # output path, error message ("" = written)
    libraryReloaded = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        folders: list[LibraryFolder],
        library: Library,
        *,
        qsettings: QSettings | None = None,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.settings, self.folders, self.library = paths, settings, folders, library
        self.prompter = prompter or Prompter(self)
        self.qsettings = qsettings or QSettings(
            str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self.state = DocumentState(self)
        self.stack = self.state.stack
        self.pool = QThreadPool(self)
        self.outline = SubmissionOutline(Submission(), library, parent=self)
        self.live = LiveRender(
            lambda: self.outline.submission,
            lambda: self.library,
            paths.templates_dir,
            self.pool,
            self,
        )
        self.live.firstRendered.connect(self._first_rendered)
        self.outline.set_section_text(self.live.section_text)
        self._build_panes()
        self.autosaver = Autosaver(paths, self._autosave_snapshot, self)
        self._loading = self._reload_again = False
        from tccm_drafter.gui.library_sharing import LibrarySharing

        self.sharing = LibrarySharing(self)
        self.import_dialog: QDialog | None = None
        from tccm_drafter.gui.menus import build_menus

        self.act: dict[str, QAction] = {}
        self.recent_menu: QMenu  # made by build_menus
        build_menus(self)
        self.watcher = LibraryWatcher(self)
        self.watcher.changed.connect(self.reload_library)
        self.watcher.watch(self.folders)
        self.outline.submissionChanged.connect(self._submission_changed)
        self.state.stateChanged.connect(self._state_changed)
        self.stack.indexChanged.connect(self._index_changed)
        self.state.apply_title(self)
        self.resize(1400, 860)
        self._restore_layout()
        self._update_actions()

    # -- building ---------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.library_panel = LibraryPanel(self.library, self)
        self.library_panel.insertRequested.connect(self._insert_ids)
        self.library_panel.usage_lookup = self._used_in
        self.library_editing = LibraryEditing(self, self.library_panel, self)
        self.outline_view = OutlineView(self)
        self.outline_view.setAccessibleName(self.tr("Submission outline"))
        self.outline_view.set_outline(self.outline)
        self.outline_view.locationChanged.connect(self._location_changed)
        self.composer = OutlineEditing(self.outline_view, self.outline, self.stack, self)
        self.editor = BlockEditor(self.outline, self.stack, self)
        self.editor.showDifferenceRequested.connect(self.show_difference)
        self.editor.saveToLibraryRequested.connect(self.save_block_to_library)
        self.preview = PreviewPane(self.live.preview_html, self)

        centre = QWidget(self)
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical, centre)
        self.centre_splitter.addWidget(self.outline_view)
        self.centre_splitter.addWidget(self.editor)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.centre_splitter)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([400, 540, 460])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Work in progress"))
        self.progress.setToolTip(self.tr("Exporting or reading the library…"))
        self.progress.hide()
        self.status_label.setMaximumWidth(520)
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().addPermanentWidget(self.progress)

    def _restore_layout(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._splitters_restored = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.live.first_done:  # render once the first frame is on screen
            QTimer.singleShot(FIRST_RENDER_DELAY_MS, self.live.start_first_render)
        if not self._splitters_restored:  # once the panes have their real sizes
            self._splitters_restored = True
            for key, splitter in (
                ("window/splitter", self.splitter),
                ("window/centre", self.centre_splitter),
            ):
                state = self.qsettings.value(key)
                if state is not None:
                    splitter.restoreState(state)

    def _save_layout(self) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/splitter", self.splitter.saveState())
        self.qsettings.setValue("window/centre", self.centre_splitter.saveState())
        self.qsettings.sync()

    # -- the document -----------------------------------------------------------------------
    @property
    def submission(self) -> Submission:
        return self.outline.submission

    def set_document(
        self,
        submission: Submission,
        path: Path | None,
        *,
        name: str | None = None,
        modified: bool = False,
    ) -> None:
        self.live.reset_template()
        self.outline.set_submission(submission)
        self.state.reset(path, name=name, modified=modified)
        self.outline_view.expandAll()
        if self.live.first_done:
            self.preview.render_now()
        self._update_actions()

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        submission = Submission()
        if self.settings.last_template:
            submission.template = self.settings.last_template
        self.set_document(submission, None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.state.path.parent) if self.state.path else str(Path.home())
        path = self.prompter.open_path(self, folder)
        return self.open_file(path) if path is not None else False

    def open_file(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            submission = self.state.load(path)
        except InputError as error:
            self.prompter.show_error(self, self.tr("Cannot open the submission"), str(error))
            return False
        self.set_document(submission, Path(path).absolute())
        self._remember_recent(Path(path))
        self._record_usage(Path(path))
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 4000)
        return True

    def save(self) -> bool:
        if self.state.path is None:
            return self.save_as()
        try:
            self.state.save(self.submission, self.state.path)
        except InputError as error:
            self.prompter.show_error(self, self.tr("Cannot save the submission"), str(error))
            return False
        self.autosaver.discard()
        self._remember_recent(self.state.path)
        self._record_usage(self.state.path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(self.state.path), 4000)
        return True

    def save_as(self) -> bool:
        folder = self.state.path.parent if self.state.path else Path.home()
        path = self.prompter.save_path(self, str(folder / self.state.name))
        if path is None:
            return False
        if path.suffix != ".tccm":
            path = path.with_name(path.name + ".tccm")
        previous, self.state.path = self.state.path, path
        if not self.save():
            self.state.path = previous
            return False
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.state.modified:
            return True
        choice = self.prompter.ask_save_changes(self, self.state.name)
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def _used_in(self, paragraph_id: str) -> list[str]:
        from tccm_drafter.sharing.usage import submissions_using

        return [
            f"{use.title or use.path.name} ({use.path.name}, {use.recorded}, "
            + self.tr("version {0}").format(use.version)
            + ")"
            for use in submissions_using(self.paths, paragraph_id)
        ]

    def _record_usage(self, path: Path) -> None:
        """Remember which paragraphs this submission uses ("where did we say this before?")."""
        from tccm_drafter.sharing.usage import record_submission

        try:
            record_submission(self.paths, path, self.submission)
        except (InputError, OSError) as error:
            self.statusBar().showMessage(str(error), 6000)

    def _remember_recent(self, path: Path) -> None:
        add_recent(self.settings, path)
        try:
            save_settings(self.paths, self.settings)
        except InputError as error:
            self.statusBar().showMessage(str(error), 6000)

    def _autosave_snapshot(self) -> tuple[str, Path | None] | None:
        if not self.state.modified:
            return None
        from tccm_drafter.storage.submission_file import dumps_submission

        return dumps_submission(self.submission), self.state.path

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.autosaver.stop()
        self.autosaver.discard()
        self.pool.waitForDone(10_000)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.save_now()
        super().changeEvent(event)

    # -- rendering --------------------------------------------------------------------------
    def template(self) -> Template:
        return self.live.template()

    def first_render(self) -> None:
        """Render now (the worker's first render has not arrived yet)."""
        if self.live.mark_first_done():
            self._first_rendered("")

    def _first_rendered(self, html: str) -> None:
        if html:
            self.preview.show_html(html)
        else:
            self.preview.render_now()
        self.outline.recount()

    def _submission_changed(self) -> None:
        self.live.changed()
        self.preview.schedule()
        self._update_actions()

    def _location_changed(self, section: int, block: int) -> None:
        self.editor.set_block(section, block)
        self._update_actions()
        if section >= 0:
            sec = self.submission.sections[section]
            text = sec.question or sec.title
            self.status_label.setText(
                self.status_label.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, self.status_label.maximumWidth()
                )
            )
            self.status_label.setToolTip(text)

    def _state_changed(self) -> None:
        self.state.apply_title(self)

    def _index_changed(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        section, block = self.outline_view.current_location()
        has_section = section >= 0
        self.act["move_up"].setEnabled(has_section)
        self.act["move_down"].setEnabled(has_section)
        self.act["remove"].setEnabled(has_section)
        self.act["copy_section"].setEnabled(has_section)
        self.act["rename_section"].setEnabled(has_section)
        self.act["remove"].setText(
            self.tr("Re&move Section") if block is None else self.tr("Re&move Paragraph")
        )

    # -- library ----------------------------------------------------------------------------
    def library_changed(self) -> None:
        """Show the library's current contents everywhere (after an edit or a reload)."""
        self.library_panel.set_library(self.library)
        self.outline.set_library(self.library)
        self.live.changed()
        self.preview.schedule()
        self.editor.reload()

    def reload_library(self) -> None:
        """Read the library folders again in the background (a change on disk, Reload)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading, self._reload_again = True, False
        job = LibraryLoadJob(self.folders)
        job.signals.finished.connect(self._library_loaded)
        self.progress.show()
        self.pool.start(job)

    def _library_loaded(
        self, library: Library, errors: list[InputError], folders: list[LibraryFolder]
    ) -> None:
        self._loading = False
        self.progress.hide()
        self.library, self.folders = library, folders
        self.library_changed()
        self.watcher.watch(self.folders)
        message = self.tr("Library reloaded: {0} paragraphs").format(len(library))
        if errors:
            message += " · " + self.tr("{0} files could not be read").format(len(errors))
        self.statusBar().showMessage(message, 5000)
        self.libraryReloaded.emit()
        if self._reload_again:
            self.reload_library()

    # -- export -----------------------------------------------------------------------------
    def export_to(self, out_path: Path, fmt: str) -> None:
        """Export in a worker thread; exportFinished tells when it is done."""
        from tccm_drafter.render.export import export_submission

        try:
            template = self.template()
        except InputError as error:
            self.prompter.show_error(self, self.tr("Cannot export"), str(error))
            return
        library = copy.copy(self.library)
        ref = self.submission.reference_docx or self.submission.organisation.reference_docx

        def work(submission: Submission, path: Path) -> list[str]:
            found = export_submission(
                submission, library, template, fmt, path, reference_docx=Path(ref) if ref else None
            )
            return [w.message for w in found]

        job = ExportJob(self.submission, Path(out_path), work)
        job.signals.finished.connect(self._export_done)
        self.progress.show()
        self.status_label.setText(self.tr("Exporting {0}…").format(Path(out_path).name))
        self.pool.start(job)

    def _export_done(self, path: str, warnings: list[str], error: str) -> None:
        self.progress.hide()
        self.status_label.setText("")
        if error:
            self.prompter.show_error(self, self.tr("Export failed"), error)
        else:
            note = self.tr("Exported {0}").format(path)
            if warnings:
                note += " · " + self.tr("{0} warnings").format(len(warnings))
            self.statusBar().showMessage(note, 8000)
        self.exportFinished.emit(path, error)
        if not error:
            self.prompter.export_done(self, Path(path), warnings)

    # -- menu handlers (dialogs are imported on first use) ----------------------------------
    def _dialogs(self) -> Any:
        """The dialogs package, or None (with a status message) when it is not installed."""
        try:
            import tccm_drafter.gui.dialogs as dialogs
        except ImportError:
            self.statusBar().showMessage(self.tr("This dialog is not available yet."), 5000)
            return None
        return dialogs

    def close_document(self) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            self.set_document(Submission(), None)

    def _insert_selected(self) -> None:
        self._insert_ids(self.library_panel.selected_ids())

    def _insert_ids(self, ids: list[str]) -> None:
        self.composer.insert_paragraphs(ids)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    def add_questions(self, text: str) -> int:
        return self.composer.add_questions(text)

    def paste_questions(self) -> None:
        dialogs = self._dialogs()
        if dialogs is None:
            return
        dialog = dialogs.PasteQuestionsDialog(self)
        if self.prompter.run_dialog(dialog):
            self.composer.add_questions(dialog.text())

    def edit_consultation(self) -> None:
        dialogs = self._dialogs()
        if dialogs is None:
            return
        from tccm_drafter.gui.commands import SetConsultation

        dialog = dialogs.ConsultationDialog(self.submission.consultation, self)
        if self.prompter.run_dialog(dialog):
            self.push(SetConsultation(self.outline, dialog.consultation()))

    def edit_profile(self) -> None:
        dialogs = self._dialogs()
        if dialogs is None:
            return
        from tccm_drafter.gui.commands import SetOrganisation

        dialog = dialogs.ProfileDialog(self.paths, self.submission.organisation, self)
        if self.prompter.run_dialog(dialog):
            self.push(SetOrganisation(self.outline, dialog.organisation()))

    def choose_template(self) -> None:
        dialogs = self._dialogs()
        if dialogs is None:
            return
        from tccm_drafter.gui.commands import SetTemplate

        dialog = dialogs.TemplateDialog(
            self.paths, self.submission.template, self.submission.reference_docx, self
        )
        if self.prompter.run_dialog(dialog):
            name, reference = dialog.template_name(), dialog.reference_docx()
            self.push(SetTemplate(self.outline, name, reference))
            self.settings.last_template = name

    def copy_section(self) -> None:
        from PySide6.QtWidgets import QApplication

        from tccm_drafter.model.counting import count_chars, count_words

        section, _ = self.outline_view.current_location()
        if section < 0:
            return
        self.first_render()
        text = self.live.section_text(self.submission, section) or ""
        dialogs = self._dialogs()
        if dialogs is not None and hasattr(dialogs, "CopySectionDialog"):
            self.prompter.run_dialog(
                dialogs.CopySectionDialog(self.submission.sections[section].title, text, self)
            )
            return
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            self.tr("Copied: {0} words, {1} characters").format(
                f"{count_words(text):,}", f"{count_chars(text):,}"
            ),
            6000,
        )

    def run_checks(self) -> list[Any]:
        from datetime import date

        from tccm_drafter.checks.preflight import check_submission

        try:
            findings = check_submission(
                self.submission, self.library, self.template(), today=date.today()
            )
        except InputError as error:
            self.prompter.show_error(self, self.tr("Cannot run the checks"), str(error))
            return []
        dialogs = self._dialogs()
        if dialogs is not None:
            panel = dialogs.PreflightPanel(findings, self)
            panel.findingActivated.connect(
                lambda s, b: self.outline_view.select_location(s, None if b < 0 else b)
            )
            panel.show()
            self.preflight_panel = panel
        self.statusBar().showMessage(self.tr("{0} findings").format(len(findings)), 6000)
        return findings

    def export_dialog(self) -> None:
        try:
            from tccm_drafter.gui.dialogs import ExportDialog
        except ImportError:  # a plain save dialog: the format follows the file name
            stem = (self.state.path or Path(self.state.name)).with_suffix(".docx")
            path = self.prompter.save_path(
                self,
                str(stem),
                self.tr("Word document (*.docx);;Markdown (*.md);;Plain text (*.txt)"),
            )
            if path is not None:
                fmt = {".md": "md", ".txt": "txt"}.get(path.suffix.lower(), "docx")
                self.export_to(path if path.suffix else path.with_suffix(".docx"), fmt)
            return
        dialog = ExportDialog(self.state.path or Path.home() / self.state.name, self)
        if self.prompter.run_dialog(dialog):
            self.export_to(dialog.output_path(), dialog.format())

    def show_difference(self, section: int, row: int) -> None:
        dialogs = self._dialogs()
        if dialogs is not None:
            self.prompter.run_dialog(
                dialogs.DiffDialog(self.submission, self.library, section, row, self)
            )

    def save_block_to_library(self, section: int, row: int) -> None:
        self.library_editing.save_block(self.outline, section, row)

    def new_paragraph(self) -> None:
        self.library_editing.new_paragraph()

    def edit_paragraph(self) -> None:
        self.library_editing.edit_selected()

    def duplicate_paragraph(self) -> None:
        self.library_editing.duplicate_selected()

    def retire_paragraph(self) -> None:
        self.library_editing.retire_selected()

    def open_user_guide(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from tccm_drafter.storage.paths import resources_dir

        guide = resources_dir().parent / "docs" / "user-guide.md"
        if not guide.exists():
            self.prompter.show_info(
                self,
                self.tr("User Guide"),
                self.tr("The user guide is at docs/user-guide.md in the TCCM Drafter source."),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))

    def _undo_import(self) -> None:
        self.sharing.undo_import()
        self.act["undo_import"].setEnabled(self.sharing.last_import is not None)

    def about(self) -> None:
        dialogs = self._dialogs()
        if dialogs is not None:
            dialogs.show_about(self)
