"""Library menu actions that edit paragraphs: new, edit, duplicate, retire, and save a block's
wording back. Each is an edit of the core (``app/library_edits.py``) performed through the
undo history; a file changed on disk meanwhile is shown side by side and the user decides.
The edits (and the merge rules behind them) load on first use, not before the first frame."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from tccm_drafter.app.edits import Batch, Edit
from tccm_drafter.app.libraries import DiskChangedError
from tccm_drafter.app.preferences import default_language
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.model import Paragraph
from tccm_drafter.model.text_hygiene import removed_message


class LibraryEditing(QObject):
    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host

    @property
    def _ws(self) -> Workspace:
        return self._host.workspace

    def _selected(self) -> Paragraph | None:
        ids = self._host.library_panel.selected_ids()
        return self._ws.library.get(ids[0]) if ids else None

    def _edit(self, paragraph: Paragraph, title: str) -> Paragraph | None:
        return self._host.prompter.edit_paragraph(
            self._host.widget(),
            paragraph,
            self._ws.library,
            title,
            today=self._host.clock.now().date(),
        )

    def _error(self, error: InputError) -> None:
        self._host.prompter.show_error(self._host.widget(), self.tr("Cannot save"), str(error))

    def perform(self, edit: Edit) -> bool:
        """Apply a library edit; a disk conflict is settled with the user, then recorded."""
        from tccm_drafter.app import library_edits
        from tccm_drafter.app.library_edits import SaveParagraph

        done = self._perform(edit)
        saving = edit if isinstance(edit, SaveParagraph) else library_edits.saves_first(edit)
        if done and saving is not None and saving.removed:
            self._host.statusBar().showMessage(removed_message(saving.removed), 8000)
        return done

    def _perform(self, edit: Edit) -> bool:
        from tccm_drafter.app import library_edits
        from tccm_drafter.app.library_edits import SaveParagraph

        try:
            self._host.history.perform(edit)
        except DiskChangedError as changed:
            if isinstance(edit, SaveParagraph) or library_edits.saves_first(edit):
                return self._settle(edit, changed)
            self._error(changed)
            return False
        except InputError as error:
            self._error(error)
            return False
        return True

    def _settle(self, edit: Edit, changed: DiskChangedError) -> bool:
        from tccm_drafter.app import library_edits
        from tccm_drafter.app.library_edits import SaveParagraph

        saving = edit if isinstance(edit, SaveParagraph) else library_edits.saves_first(edit)
        assert saving is not None
        decision = self._host.prompter.resolve_disk_conflict(
            self._host.widget(), str(changed), saving.after, changed.on_disk
        )
        if decision is None:
            return False
        if isinstance(edit, Batch):
            follow_up = library_edits.settle_save_to_library(self._ws, edit, changed, decision)
        else:
            follow_up = library_edits.settle_conflict(self._ws, saving, changed, decision)
        if follow_up is None:
            return False
        try:
            return self._host.history.perform(follow_up)
        except InputError as error:
            self._error(error)
            return False

    def _save(self, before: Paragraph | None, edited: Paragraph, label: str) -> bool:
        from tccm_drafter.app import library_edits

        try:
            edit = library_edits.save(self._ws, before, edited, label)
        except InputError as error:
            self._error(error)
            return False
        if not self.perform(edit):
            return False
        self._host.library_panel.select_paragraph(edit.after.id)
        return True

    def new_paragraph(self) -> None:
        from tccm_drafter.app import library_edits

        draft = library_edits.new_draft(
            self._ws,
            language=default_language(self._host.settings),
            author="",
            today=self._host.clock.now().date(),
        )
        edited = self._edit(draft, self.tr("New Paragraph"))
        if edited is not None:
            self._save(None, edited, "New Paragraph")

    def edit_selected(self) -> None:
        current = self._selected()
        if current is None:
            return
        edited = self._edit(current, self.tr("Edit Paragraph"))
        if edited is not None and edited != current:
            self._save(current, edited, "Edit Paragraph")

    def duplicate_selected(self) -> None:
        from tccm_drafter.app import library_edits

        current = self._selected()
        if current is None:
            return
        twin = library_edits.duplicate_draft(
            self._ws, current.id, author="", today=self._host.clock.now().date()
        )
        edited = self._edit(twin, self.tr("Duplicate Paragraph"))
        if edited is not None:
            self._save(None, edited, "Duplicate Paragraph")

    def retire_selected(self) -> None:
        from tccm_drafter.app import library_edits

        current = self._selected()
        if current is None or current.is_retired:
            return
        answer = self._host.prompter.ask_successor(self._host.widget(), current, self._ws.library)
        if answer is None:
            return
        try:
            edit = library_edits.retire(self._ws, current.id, answer or None)
        except InputError as error:
            self._error(error)
            return
        self.perform(edit)

    def save_block(self, section: int, row: int) -> None:
        """Save a block's wording to the library: a new version, or a new paragraph."""
        from tccm_drafter.app import library_edits

        before, draft = library_edits.block_draft(self._ws, section, row)
        edited = self._edit(draft, self.tr("Save to Library"))
        if edited is None:
            return
        try:
            edit = library_edits.save_block(self._ws, section, row, before, edited)
        except InputError as error:
            self._error(error)
            return
        self.perform(edit)


class LibraryWatcher(QObject):
    """Tells when files in the library folders change on disk (a sync client, ``git pull``,
    another copy of the app); bursts of changes come out as one ``changed``."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = 400) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._disk_changed)
        self._watcher.fileChanged.connect(self._disk_changed)

    def _disk_changed(self, _path: str) -> None:
        self._timer.start()

    def watched(self) -> list[str]:
        return self._watcher.directories()

    def watch(self, paths: list[str]) -> None:
        """Watch these folders (``app.libraries.watched_folders``) instead of those before."""
        old = self._watcher.directories() + self._watcher.files()
        if old:
            self._watcher.removePaths(old)
        if paths:
            self._watcher.addPaths(paths)
