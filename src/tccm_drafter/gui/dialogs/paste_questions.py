"""Paste a consultation's questions; each becomes a section (with its limits)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import ok_cancel
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
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Sections that will be created"))
        self.summary = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.edit)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(ok_cancel(self))
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(760, 460)

    def text(self) -> str:
        return self.edit.toPlainText()

    def sections(self) -> list[Section]:
        return parse_questions(self.text())

    def _update(self) -> None:
        self.preview.clear()
        sections = self.sections()
        for number, section in enumerate(sections, start=1):
            limits = []
            if section.word_limit:
                limits.append(self.tr("{0} words").format(f"{section.word_limit:,}"))
            if section.char_limit:
                limits.append(self.tr("{0} characters").format(f"{section.char_limit:,}"))
            suffix = f"  ({', '.join(limits)})" if limits else ""
            self.preview.addItem(f"{number}. {section.title}{suffix}")
        self.summary.setText(self.tr("{0} sections will be added.").format(len(sections)))
