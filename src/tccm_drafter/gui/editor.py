"""The in-place block editor: the selected block's text, and what to do with a local edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Edit
from tccm_drafter.app.typing import text_change
from tccm_drafter.gui.block_notes import NotesView
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.outline_model import SubmissionOutline
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.gui.short_variant import RunDialog, short_variant_tip, use_short_variant
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.model.blocks import Marker, block_source


class BlockText(QPlainTextEdit):
    """The block's text. Its own undo is off: Undo and Redo are the window's, whose history
    steps back a word run at a time (``app/typing.py``), so the keys and the Edit menu agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        #: True while a paste (or a drop) is changing the text: a step of its own.
        self.pasting = False

    def event(self, event: QEvent) -> bool:
        # A text box claims the undo keys for its own undo; let the window's actions have them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (any(event.matches(key) for key in UNDO_KEYS) or _is_ctrl_y(event))
        ):
            event.ignore()
            return False
        return super().event(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.pasting = True
        try:
            super().insertFromMimeData(source)
        finally:
            self.pasting = False


UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_ctrl_y(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier


class BlockEditor(QWidget):
    """Edits one block; every change is an edit in the history (typing merges)."""

    showDifferenceRequested = Signal(int, int)
    saveToLibraryRequested = Signal(int, int)

    def __init__(
        self, model: SubmissionOutline, history: History, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._history = history
        self._ws = model.workspace
        self._where: tuple[int, int] | None = None
        #: The block whose text the editor shows (to tell a new block from a changed one).
        self._shown: tuple[int, int] | None = None
        self._loading = False
        #: Shows a modal question (the window's prompter, so tests can answer it).
        self.run_dialog: RunDialog | None = None

        self.label = plain_label(self.tr("Select a paragraph in the outline to edit it."), self)
        self.label.setWordWrap(True)
        self.text = BlockText(self)
        self.text.setAccessibleName(self.tr("Block text"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._text_changed)
        self.bar = QToolBar(self)
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.setAccessibleName(self.tr("Block actions"))

        self.diff_button = self._button(
            self.tr("Show &Difference"),
            self.tr("Compare your wording with the library's"),
            self._show_difference,
        )
        self.revert_button = self._button(
            self.tr("&Revert"), self.tr("Go back to the library text"), self._revert
        )
        self.take_button = self._button(
            self.tr("Take &Library Version"),
            self.tr("Use the library's newest revision"),
            self._take_library,
        )
        self.save_button = self._button(
            self.tr("Save to Li&brary…"),
            self.tr("Save your wording back to the library"),
            self._save_to_library,
        )
        self.short_button = self._button(
            self.tr("Use &Short Variant"),
            self.tr("Print the paragraph's short variant"),
            self._toggle_short,
        )
        self.short_button.defaultAction().setCheckable(True)
        self._buttons = (
            self.diff_button,
            self.revert_button,
            self.take_button,
            self.save_button,
            self.short_button,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)
        self.notes = NotesView(self)
        layout.addWidget(self.notes)

        model.dataChanged.connect(self._model_data_changed)
        model.rowsRemoved.connect(self._structure_changed)
        model.rowsInserted.connect(self._structure_changed)
        model.rowsMoved.connect(self._structure_changed)
        model.modelReset.connect(lambda: self.set_block(-1, -1))
        self.set_block(-1, -1)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        """A button of the editor's bar; on a narrow window the bar folds the last ones into
        a menu instead of pushing them off screen."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.bar.addAction(action)
        button = self.bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def location(self) -> tuple[int, int] | None:
        return self._where

    def set_block(self, section: int, row: int) -> None:
        """Edit the block at (section, row); (-1, -1) shows nothing."""
        where = (section, row) if self._ws.has_block(section, row) else None
        if where != self._where:
            self._history.seal()  # typing in another block is another step
        self._where = where
        self.reload()

    def _model_data_changed(self, *_args: object) -> None:
        self.reload()

    def _structure_changed(self, *_args: object) -> None:
        # The outline view follows moves and insertions with its selection and tells the
        # editor where the block now is; until then, make sure we do not show a stale one.
        if self._where is not None and not self._ws.has_block(*self._where):
            self._where = None
        self.reload()

    def reload(self) -> None:
        """Show the block's current text and state (after an undo, a revert...)."""
        where = self._where
        self.text.setEnabled(where is not None)
        if where is None:
            self._shown = None
            self.text.setPlaceholderText("")
            self._set_text("")
            self.label.setText(self.tr("Select a paragraph in the outline to edit it."))
            self.notes.set_notes([])
            for button in self._buttons:
                button.defaultAction().setEnabled(False)
            return
        block = self._ws.block(*where)
        self.text.setPlaceholderText(self.tr("Type the text of this block here."))
        text = block_source(block, self._ws.library)
        if where != self._shown:
            self._shown = where
            self._set_text(text)
        elif text != self.text.toPlainText():
            self._patch_text(text)
        found = set(self._model.markers(block))
        is_paragraph = isinstance(block, ParagraphBlock)
        paragraph = (
            self._ws.library.get(block.paragraph_id) if isinstance(block, ParagraphBlock) else None
        )
        self.label.setText(self._model.block_label(block))
        self.notes.set_notes(block.notes)
        self.diff_button.defaultAction().setEnabled(
            bool({Marker.EDITED, Marker.NEWER, Marker.STALE_TRANSLATION} & found)
        )
        self.revert_button.defaultAction().setEnabled(Marker.EDITED in found)
        self.take_button.defaultAction().setEnabled(bool({Marker.NEWER, Marker.SUPERSEDED} & found))
        self.save_button.defaultAction().setEnabled(Marker.EDITED in found or not is_paragraph)
        short = self.short_button.defaultAction()
        short.setEnabled(paragraph is not None and bool(paragraph.short.strip()))
        short.setChecked(isinstance(block, ParagraphBlock) and block.use_short)
        short.setToolTip(short_variant_tip(self._ws, *where))

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.text.setPlainText(text)
        finally:
            self._loading = False

    def _patch_text(self, text: str) -> None:
        """The shown block changed under the editor (undo, redo, revert): change only what
        changed, and leave the cursor where the change ends, as a word processor does."""
        at, removed, inserted = text_change(self.text.toPlainText(), text)
        self._loading = True
        try:
            cursor = self.text.textCursor()
            cursor.setPosition(at)
            cursor.setPosition(at + len(removed), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(inserted)
            self.text.setTextCursor(cursor)
        finally:
            self._loading = False

    def _perform(self, make: Callable[[int, int], Edit | None]) -> None:
        if self._where is not None:
            self._history.perform(make(*self._where))

    def _text_changed(self) -> None:
        if self._loading or self._where is None:
            return
        text = self.text.toPlainText()
        pasted = self.text.pasting
        self._perform(lambda s, r: drafting.edit_text(self._ws, s, r, text, pasted=pasted))

    def _show_difference(self) -> None:
        if self._where is not None:
            self.showDifferenceRequested.emit(*self._where)

    def _save_to_library(self) -> None:
        if self._where is not None:
            self.saveToLibraryRequested.emit(*self._where)

    def _revert(self) -> None:
        self._perform(lambda s, r: drafting.revert_block(self._ws, s, r))

    def _take_library(self) -> None:
        self._perform(lambda s, r: drafting.take_library_version(self._ws, s, r))

    def _toggle_short(self) -> None:
        checked = self.short_button.defaultAction().isChecked()
        if self._where is not None and not use_short_variant(
            self._ws, self._history, *self._where, checked, parent=self, run_dialog=self.run_dialog
        ):
            self.reload()  # nothing changed: the button shows the block as it is

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
