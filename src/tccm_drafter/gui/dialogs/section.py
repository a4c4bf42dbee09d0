"""A section's title, the consultation's question and its limits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.model import Section


class _Limit(QWidget):
    """An optional limit: a check box in front of a number."""

    def __init__(self, label: str, value: int | None, maximum: int) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.number = QSpinBox()
        self.number.setRange(1, maximum)
        self.number.setGroupSeparatorShown(True)
        self.number.setValue(value or min(500, maximum))
        self.number.setAccessibleName(label.replace("&", ""))
        self.enabled.setChecked(value is not None)
        self.number.setEnabled(value is not None)
        self.enabled.toggled.connect(self.number.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.number, 1)

    def value(self) -> int | None:
        return self.number.value() if self.enabled.isChecked() else None


class SectionDialog(QDialog):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Section"))
        self.title_edit = QLineEdit(section.title)
        self.question_edit = QPlainTextEdit(section.question)
        self.question_edit.setTabChangesFocus(True)
        self.words = _Limit(self.tr("&Word limit"), section.word_limit, 100_000)
        self.chars = _Limit(self.tr("&Character limit"), section.char_limit, 1_000_000)
        form = QFormLayout()
        add_row(
            form,
            self.tr("&Title:"),
            self.title_edit,
            self.tr("The heading of the answer in the document"),
        )
        add_row(
            form,
            self.tr("&Question:"),
            self.question_edit,
            self.tr("The consultation's question, printed above the answer"),
        )
        form.addRow(self.words)
        form.addRow(self.chars)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(620, 360)

    def values(self) -> tuple[str, str, int | None, int | None]:
        """(title, question, word limit, character limit)."""
        return (
            self.title_edit.text().strip(),
            self.question_edit.toPlainText().strip(),
            self.words.value(),
            self.chars.value(),
        )
