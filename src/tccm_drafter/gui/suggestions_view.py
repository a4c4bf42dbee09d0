"""The library pane's Suggestions view: the paragraphs that best answer the selected
section's question (app/suggestions.py), and "Draft from Library" for an empty section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.plaintext import tip
from tccm_drafter.model import Status

if TYPE_CHECKING:
    from tccm_drafter.app.suggestions import Suggestion

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionList(QListWidget):
    """Suggested paragraphs; Enter or a double click asks to insert the selected one."""

    insertRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemDoubleClicked.connect(lambda _item: self.request_insert())

    def selected_ids(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self.selectedItems()]

    def request_insert(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.insertRequested.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.request_insert()
            return
        super().keyPressEvent(event)


class SuggestionsView(QWidget):
    """The question, the suggested paragraphs best first, and Draft from Library."""

    insertRequested = Signal(list)
    draftRequested = Signal()
    paragraphSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.list = SuggestionList(self)
        self.list.setAccessibleName(self.tr("Suggested paragraphs"))
        self.list.insertRequested.connect(self.insertRequested)
        self.list.currentItemChanged.connect(self._current_changed)
        self.draft = QPushButton(self.tr("Draft from Library"), self)
        self.draft.setToolTip(
            self.tr("Fill the empty section with the best suggestions that fit its limit")
        )
        self.draft.clicked.connect(self.draftRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.draft)
        self.show_message(self.tr("Select a section to see the paragraphs that answer it."))

    def show_message(self, text: str) -> None:
        """No suggestions to show (no section selected, nothing matches)."""
        self.question.setText(text)
        self.list.clear()
        self.draft.setEnabled(False)

    def show_suggestions(
        self,
        question: str,
        items: list[Suggestion],
        can_draft: bool,
        used: frozenset[str] = frozenset(),
    ) -> None:
        """The suggestions, best first; those in ``used`` are marked (already in the
        submission)."""
        self.question.setText(question)
        self.list.clear()
        for item in items:
            self.list.addItem(self._item(item, item.paragraph_id in used))
        if not items:
            self.list.addItem(self.tr("No paragraph of the library answers this question."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.draft.setEnabled(can_draft and bool(items))

    def _item(self, suggestion: Suggestion, used: bool) -> QListWidgetItem:
        marks: list[str] = []
        if used:
            marks.append(self.tr("in this submission"))
        if suggestion.status is not Status.APPROVED:
            marks.append(self.tr("draft"))
        if suggestion.review_due:
            marks.append(self.tr("review due"))
        text = suggestion.title or suggestion.paragraph_id
        if marks:
            text += "  [" + ", ".join(marks) + "]"
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, suggestion.paragraph_id)
        details = f"{suggestion.title}\n{suggestion.paragraph_id} ({suggestion.language})"
        if suggestion.translations:
            details += "\n" + self.tr("Also in other languages: {0}").format(
                ", ".join(suggestion.translations)
            )
        item.setToolTip(tip(details))
        return item

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(ID_ROLE):
            self.paragraphSelected.emit(str(current.data(ID_ROLE)))
