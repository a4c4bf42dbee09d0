"""The open submission's file state: path, the undo history's clean state, window title; and the
``Prompter`` through which the window asks the user things (tests pass a scripted one)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tccm_drafter import APP_NAME
from tccm_drafter.app.documents import file_digest, load_submission, read_submission, save_checked
from tccm_drafter.app.paths import SUBMISSION_SUFFIX as SUFFIX
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.plaintext import ask, message_box
from tccm_drafter.model import Library, Paragraph, Submission

if TYPE_CHECKING:  # imports (bundles, merge) load when a conflict is first resolved
    from tccm_drafter.app.imports import Decision


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompter(QObject):
    """Every question and message box of the main window, in one replaceable place."""

    def ask_save_changes(self, parent: QWidget, name: str) -> SaveChoice:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("Save the changes to “{0}” before closing?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def ask_restore(self, parent: QWidget | None, names: list[str]) -> bool:
        return ask(
            parent,
            APP_NAME,
            self.tr(
                "TCCM Drafter did not close properly last time. Restore the automatically "
                "saved copy of:\n\n{0}"
            ).format("\n".join(names)),
        )

    def ask_overwrite(self, parent: QWidget | None, message: str) -> bool:
        return ask(
            parent,
            APP_NAME,
            self.tr("{0}\n\nReplace the file on disk with your version?").format(message),
            default_yes=False,
        )

    def edit_paragraph(
        self,
        parent: QWidget,
        paragraph: Paragraph | None,
        library: Library,
        title: str,
        *,
        today: date,
    ) -> Paragraph | None:
        """The paragraph editor dialog: the edited paragraph, or None when cancelled."""
        from tccm_drafter.gui.dialogs.paragraph_editor import ParagraphEditorDialog

        dialog = ParagraphEditorDialog(paragraph, library, parent, today=today)
        dialog.setWindowTitle(title)
        return dialog.paragraph() if self.run_dialog(dialog) else None

    def export_done(self, parent: QWidget, path: Path, warnings: list[str]) -> None:
        """Tell that the file is written and offer to open it or the folder it is in."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        box = message_box(
            parent,
            QMessageBox.Icon.Information,
            APP_NAME,
            self.tr("Exported {0}").format(path.name),
            QMessageBox.StandardButton.NoButton,
        )
        if warnings:  # plain text too: they quote section titles and file names
            box.setInformativeText("\n".join(warnings[:10]))
        open_file = box.addButton(self.tr("&Open File"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open &Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def resolve_submission_conflict(
        self, parent: QWidget | None, message: str, *, can_take_theirs: bool
    ) -> Decision | None:
        """The open submission's file changed on disk while it had unsaved edits: take the
        file on disk, keep this version (replace the file) or keep both (this version saved
        as a copy beside it); None to cancel the save."""
        from tccm_drafter.app.imports import Decision

        box = message_box(parent, QMessageBox.Icon.Warning, APP_NAME, message)
        box.setInformativeText(
            self.tr(
                "Someone else saved this submission after you opened it. Choose which version "
                "to keep; saving your version over the file would throw their change away."
            )
        )
        theirs = (
            box.addButton(self.tr("Open Their Version"), QMessageBox.ButtonRole.DestructiveRole)
            if can_take_theirs
            else None
        )
        mine = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(self.tr("Keep Both"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(both)
        self.run_dialog(box)
        clicked = box.clickedButton()
        if theirs is not None and clicked is theirs:
            return Decision.TAKE_THEIRS
        if clicked is mine:
            return Decision.KEEP_MINE
        return Decision.KEEP_BOTH if clicked is both else None

    def resolve_disk_conflict(
        self, parent: QWidget | None, message: str, mine: Paragraph, on_disk: Paragraph | None
    ) -> Decision | None:
        """A paragraph changed on disk while it was edited here: the user's decision after
        seeing both versions, or None (cancel)."""
        from tccm_drafter.app.imports import Decision

        if on_disk is None:
            return Decision.KEEP_MINE if self.ask_overwrite(parent, message) else None
        from tccm_drafter.gui.dialogs.diff import TextDiffDialog

        dialog = TextDiffDialog(
            self.tr("“{0}” changed on disk").format(mine.title),
            self.tr("On disk (changed by someone else)"),
            on_disk.body,
            self.tr("Your version"),
            mine.body,
            parent,
            choices=True,
        )
        return dialog.decision() if self.run_dialog(dialog) else None

    def ask_successor(
        self, parent: QWidget | None, paragraph: Paragraph, library: Library
    ) -> str | None:
        """Retiring a paragraph: the id of the one that replaces it, "" for none, or None
        when the user cancels."""
        from tccm_drafter.gui.dialogs.retire import RetireDialog

        dialog = RetireDialog(paragraph, library, parent)
        return dialog.successor() if self.run_dialog(dialog) else None

    def ask_outdated(
        self, parent: QWidget | None, paragraph: Paragraph, successor: Paragraph | None
    ) -> str | None:
        """Inserting a retired or superseded paragraph: the id to insert (its successor's, or
        its own after all), or None to insert nothing."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if successor is not None:
            box.setText(
                self.tr("“{0}” has been superseded by “{1}”.").format(
                    paragraph.title, successor.title
                )
            )
            use = box.addButton(
                self.tr("Use “{0}”").format(successor.title), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setText(self.tr("“{0}” has been retired from the library.").format(paragraph.title))
            use = None
        anyway = box.addButton(self.tr("Insert It Anyway"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if use is not None and box.clickedButton() is use and successor is not None:
            return successor.id
        return paragraph.id if box.clickedButton() is anyway else None

    def ask_open_link(self, parent: QWidget | None, address: str) -> bool:
        """A link in a document: open it in the browser only when the user agrees, after
        seeing the full address."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr("Open this address in your browser?") + "\n\n" + address,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a modal dialog; True when the user accepted it."""
        return bool(dialog.exec())

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, message).exec()

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, message).exec()

    def open_path(
        self, parent: QWidget, folder: str, *, title: str = "", filters: str = ""
    ) -> Path | None:
        """A file to read (a submission unless ``title`` and ``filters`` say otherwise)."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            title or self.tr("Open Submission"),
            folder,
            filters or self.tr("Submissions (*{0});;All files (*)").format(SUFFIX),
        )
        return Path(name) if name else None

    def save_path(self, parent: QWidget, suggested: str, filters: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save Submission"),
            suggested,
            filters or self.tr("Submissions (*{0})").format(SUFFIX),
        )
        return Path(name) if name else None


class DocumentState(QObject):
    """Path, modified state and undo history of the open submission."""

    stateChanged = Signal()

    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.path: Path | None = None
        #: The file and the content hash of its bytes as last read or written here: a save
        #: over that file first checks nobody changed it since (storage/submission_disk.py).
        self._disk: tuple[Path, str] | None = None
        self.untitled_name = self.tr("Untitled") + SUFFIX
        self._dirty_without_undo = False
        self._was_clean = history.is_clean()
        history.changed.connect(self._history_changed)

    def _history_changed(self) -> None:
        clean = self.history.is_clean()
        if clean != self._was_clean:
            self._was_clean = clean
            self.stateChanged.emit()

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else self.untitled_name

    @property
    def modified(self) -> bool:
        return self._dirty_without_undo or not self.history.is_clean()

    def reset(
        self,
        path: Path | None,
        *,
        name: str | None = None,
        modified: bool = False,
        digest: str = "",
    ) -> None:
        """A newly opened, created or restored document: empty history. ``digest`` is the
        content hash of ``path`` as read ("": unknown, so the first save does not check)."""
        self.history.clear()
        self.path = path
        self._disk = (path, digest) if path is not None and digest else None
        if name is not None:
            self.untitled_name = name
        elif path is None:
            self.untitled_name = self.tr("Untitled") + SUFFIX
        self._dirty_without_undo = modified
        self.stateChanged.emit()

    def mark_modified(self) -> None:
        self._dirty_without_undo = True
        self.stateChanged.emit()

    def load(self, path: Path) -> Submission:
        """Read a submission (raises InputError / NewerFormatError; nothing is changed)."""
        return load_submission(path)

    def read(self, path: Path) -> tuple[Submission, str]:
        """A submission and the content hash of its file, for :meth:`reset`."""
        return read_submission(path)

    def disk_digest(self) -> str:
        """The content hash of the open file as last read or written here ("" unknown)."""
        if self._disk is None or self._disk[0] != self.path:
            return ""
        return self._disk[1]

    def save(self, submission: Submission, path: Path, *, check: bool = True) -> None:
        """Write atomically, then mark clean (raises InputError; the state stays modified).

        With ``check``, a file that changed on disk since it was read or written here raises
        ``SubmissionChangedError`` and nothing is written.
        """
        known = self._disk[1] if self._disk is not None and self._disk[0] == path else None
        written = save_checked(submission, path, expected=known if check else None)
        self.saved(path, written)

    def saved(self, path: Path, digest: str) -> None:
        """The submission is now in ``path`` (content hash ``digest``): clean."""
        self.path = path
        self._disk = (path, digest)
        self._dirty_without_undo = False
        self.history.set_clean()
        self.stateChanged.emit()

    def reread(self, path: Path) -> None:
        """This window itself wrote ``path`` another way (a status change kept the window's
        other edits unsaved): later saves compare against the file as it is now."""
        if self.path == path:
            self._disk = (path, file_digest(path))

    def apply_title(self, window: QWidget) -> None:
        """ "name.tccm* — TCCM Drafter": Qt puts the '*' where '[*]' is when modified."""
        window.setWindowFilePath(str(self.path) if self.path else "")
        window.setWindowTitle(f"{self.name}[*] — {APP_NAME}")
        window.setWindowModified(self.modified)
