"""The in-place block editor: the selected block's text, and what to do with a local edit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.commands import (
    EditBlockText,
    RevertBlock,
    TakeLibraryVersion,
    UseShortVariant,
)
from tccm_drafter.gui.outline_model import SubmissionOutline, block_text
from tccm_drafter.model import ParagraphBlock


class BlockEditor(QWidget):
    """Edits one block; every change goes through the undo stack as an EditBlockText."""

    showDifferenceRequested = Signal(int, int)
    saveToLibraryRequested = Signal(int, int)

    def __init__(
        self, model: SubmissionOutline, stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._stack = stack
        self._where: tuple[int, int] | None = None
        self._loading = False

        self.label = QLabel(self.tr("Select a paragraph in the outline to edit it."), self)
        self.label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Block text"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._text_changed)

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
        self.short_button.setCheckable(True)

        buttons = QHBoxLayout()
        for button in (
            self.diff_button,
            self.revert_button,
            self.take_button,
            self.save_button,
            self.short_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

        model.dataChanged.connect(self._model_data_changed)
        model.rowsRemoved.connect(self._rows_removed)
        model.rowsMoved.connect(self._rows_moved)
        model.modelReset.connect(self._model_reset)
        self.set_block(-1, -1)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def location(self) -> tuple[int, int] | None:
        return self._where

    def set_block(self, section: int, row: int) -> None:
        """Edit the block at (section, row); (-1, -1) shows nothing."""
        model = self._model
        valid = 0 <= section < model.rowCount() and 0 <= row < model.rowCount(
            model.section_index(section)
        )
        self._where = (section, row) if valid else None
        self.reload()

    def _model_data_changed(self, *_args: object) -> None:
        self.reload()

    def _rows_removed(self, *_args: object) -> None:
        if self._where is not None:
            self.set_block(*self._where)

    def _rows_moved(self, *_args: object) -> None:
        self.set_block(-1, -1)

    def _model_reset(self) -> None:
        self.set_block(-1, -1)

    def reload(self) -> None:
        """Show the block's current text and state (after an undo, a revert...)."""
        where = self._where
        model = self._model
        if where is not None and not (
            where[0] < model.rowCount() and where[1] < model.rowCount(model.section_index(where[0]))
        ):
            where = self._where = None
        self.text.setEnabled(where is not None)
        if where is None:
            self._set_text("")
            for button in (
                self.diff_button,
                self.revert_button,
                self.take_button,
                self.save_button,
                self.short_button,
            ):
                button.setEnabled(False)
            return
        block = model.block(*where)
        text = block_text(block, model.library)
        if text != self.text.toPlainText():
            self._set_text(text)
        markers = model.markers(block)
        is_paragraph = isinstance(block, ParagraphBlock)
        paragraph = (
            model.library.get(block.paragraph_id) if isinstance(block, ParagraphBlock) else None
        )
        self.label.setText(model.index(where[1], 0, model.section_index(where[0])).data())
        self.diff_button.setEnabled("edited" in markers or "newer" in markers)
        self.revert_button.setEnabled("edited" in markers)
        self.take_button.setEnabled("newer" in markers)
        self.save_button.setEnabled("edited" in markers or not is_paragraph)
        self.short_button.setEnabled(paragraph is not None and bool(paragraph.short.strip()))
        self.short_button.setChecked(isinstance(block, ParagraphBlock) and block.use_short)

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.text.setPlainText(text)
        finally:
            self._loading = False

    def _text_changed(self) -> None:
        if self._loading or self._where is None:
            return
        self._stack.push(EditBlockText(self._model, *self._where, self.text.toPlainText()))

    def _show_difference(self) -> None:
        if self._where is not None:
            self.showDifferenceRequested.emit(*self._where)

    def _save_to_library(self) -> None:
        if self._where is not None:
            self.saveToLibraryRequested.emit(*self._where)

    def _revert(self) -> None:
        if self._where is not None:
            self._stack.push(RevertBlock(self._model, *self._where))

    def _take_library(self) -> None:
        if self._where is not None:
            self._stack.push(TakeLibraryVersion(self._model, *self._where))

    def _toggle_short(self) -> None:
        if self._where is not None:
            self._stack.push(
                UseShortVariant(self._model, *self._where, self.short_button.isChecked())
            )
