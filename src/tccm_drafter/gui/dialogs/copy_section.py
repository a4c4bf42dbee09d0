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

from tccm_drafter.gui.i18n import number_text
from tccm_drafter.model.counting import Counts


class CopySectionDialog(QDialog):
    """The text a web form receives; the counts are the section's, by the one counting rule
    (paragraph numbers, bullets and footnote marks in the copied text do not count)."""

    def __init__(
        self,
        section_title: str,
        text: str,
        counts: Counts | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy “{0}” as Plain Text").format(section_title))
        self.text = text
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Section text"))
        counts = counts or Counts()
        self.counts = QLabel(
            self.tr("Words: {0} · Characters: {1}").format(
                number_text(counts.words), number_text(counts.characters)
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
