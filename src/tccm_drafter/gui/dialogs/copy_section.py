"""One section's answer as plain text for a consultation's web form, with its counts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.model.counting import count_chars, count_words


class CopySectionDialog(QDialog):
    def __init__(self, section_title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy “{0}” as Plain Text").format(section_title))
        self.text = text
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Section text"))
        self.counts = QLabel(
            self.tr("Words: {0} · Characters: {1}").format(
                f"{count_words(text):,}", f"{count_chars(text):,}"
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy to Clipboard"))
        copy.setDefault(True)
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text)
        self.counts.setText(self.counts.text() + " · " + self.tr("copied"))
