"""Paste a consultation's questions; each becomes a section (with its limits)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import ok_cancel
from tccm_drafter.gui.dialogs.questions import QuestionsPreview
from tccm_drafter.model import Section
from tccm_drafter.model.questions import parse_questions


class PasteQuestionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste Questions"))
        intro = QLabel(
            self.tr(
                "Paste the consultation's &questions, numbered or one per line. A limit written in "
                "a question, such as “(max. 250 words)”, becomes that section's limit."
            )
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Questions"))
        self.edit.setPlaceholderText("1. What are your views on …? (max. 300 words)\n2. …")
        intro.setBuddy(self.edit)
        self.preview = QuestionsPreview(self)
        self.summary = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.edit)
        splitter.addWidget(self.preview)
        splitter.setSizes([340, 480])
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview.chosenChanged.connect(self._counted)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(880, 460)

    def text(self) -> str:
        return self.edit.toPlainText()

    def sections(self) -> list[Section]:
        """The questions the user kept, as sections (titles as they left them)."""
        return self.preview.chosen()

    def _update(self) -> None:
        self.preview.set_sections(parse_questions(self.text()))

    def _counted(self, count: int) -> None:
        self.summary.setText(self.tr("%n section(s) will be added.", "", count))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(count > 0)
