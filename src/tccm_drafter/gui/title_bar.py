"""The submission's own title, above the outline: what the Word file and the preview are
headed with. A new submission proposes one ("Response of ORG to CALL"); the user edits it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from tccm_drafter.app import drafting
from tccm_drafter.gui.commands import History


class TitleBar(QWidget):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Title of your submission"))
        self.edit.setAccessibleName(self.tr("Submission title"))
        self.edit.editingFinished.connect(self._finished)
        caption = QLabel(self.tr("&Title:"), self)
        caption.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(caption)
        row.addWidget(self.edit, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the submission's title (after an undo, opening a file, a proposal)."""
        title = self._history.workspace.submission.title
        if self.edit.text() != title:
            self.edit.setText(title)
            self.edit.setCursorPosition(0)

    def _finished(self) -> None:
        ws = self._history.workspace
        self._history.perform(
            drafting.set_fields(ws, "Change Title", title=self.edit.text().strip())
        )
