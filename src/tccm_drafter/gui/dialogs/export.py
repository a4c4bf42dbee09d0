"""Choose the export format and file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel

SUFFIXES = {"docx": ".docx", "md": ".md", "txt": ".txt"}


class ExportDialog(QDialog):
    def __init__(self, submission_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        base = submission_path or Path.home() / "submission.tccm"
        self.buttons = {
            "docx": QRadioButton(self.tr("&Word document (.docx), to send")),
            "md": QRadioButton(self.tr("&Markdown (.md), for review or a wiki")),
            "txt": QRadioButton(self.tr("&Plain text (.txt), to paste into a web form")),
        }
        self.buttons["docx"].setChecked(True)
        self.buttons["txt"].setToolTip(
            self.tr(
                "No markup, one blank line between paragraphs, word and character counts per "
                "section"
            )
        )
        layout = QVBoxLayout(self)
        for button in self.buttons.values():
            button.toggled.connect(self._format_changed)
            layout.addWidget(button)
        form = QFormLayout()
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(str(base.with_suffix(".docx")))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        add_row(form, self.tr("&File:"), row_widget)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(560, self.sizeHint().height())

    def format(self) -> str:
        return next(fmt for fmt, button in self.buttons.items() if button.isChecked())

    def output_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIXES[self.format()])

    def _format_changed(self) -> None:
        self.path_edit.setText(str(self.output_path().with_suffix(SUFFIXES[self.format()])))

    def _browse(self) -> None:
        filters = {
            "docx": self.tr("Word document (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
            "txt": self.tr("Plain text (*.txt)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.output_path()), filters[self.format()]
        )
        if path:
            self.path_edit.setText(path)
