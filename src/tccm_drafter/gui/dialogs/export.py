"""Choose the export format and file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.checks import Finding, Severity, needing_attention
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.i18n import ntr
from tccm_drafter.gui.plaintext import plain_label

SUFFIXES = {"docx": ".docx", "md": ".md", "txt": ".txt"}


class ExportDialog(QDialog):
    """Format and file; open problems are shown first, with Export Anyway or Review."""

    def __init__(
        self,
        submission_path: Path | None,
        parent: QWidget | None = None,
        findings: Sequence[Finding] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        #: True when the user chose to review the findings instead of exporting.
        self.review_requested = False
        self.findings = needing_attention(findings)
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
        if self.findings:
            layout.addWidget(self._problems())
        for button in self.buttons.values():
            button.toggled.connect(self._format_changed)
            layout.addWidget(button)
        self.numbers = QCheckBox(self.tr("Add page &numbers if the letterhead has none"))
        self.numbers.setChecked(True)
        self.numbers.setToolTip(
            self.tr(
                "Your organisation's Word letterhead is used as it is; when it shows no page "
                "numbers, the Word export adds them at the foot of each page"
            )
        )
        layout.addWidget(self.numbers)
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
        buttons = ok_cancel(self)
        if self.findings:
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(self.tr("Export &Anyway"))
            review = buttons.addButton(self.tr("&Review"), QDialogButtonBox.ButtonRole.ActionRole)
            review.setDefault(True)
            review.clicked.connect(self._review)
            self.review_button = review
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _problems(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 6)
        errors = sum(1 for f in self.findings if f.severity is Severity.ERROR)
        headline = plain_label(
            ntr("ExportDialog", "The checks found %n problem(s) to fix before sending:", errors)
            if errors
            else ntr("ExportDialog", "The checks found %n warning(s):", len(self.findings)),
            box,
        )
        headline.setWordWrap(True)
        column.addWidget(headline)
        self.problem_list = QListWidget(box)
        self.problem_list.setAccessibleName(self.tr("Open problems"))
        self.problem_list.setWordWrap(True)
        for finding in self.findings:
            self.problem_list.addItem(QListWidgetItem(finding.message))
        self.problem_list.setMaximumHeight(140)
        column.addWidget(self.problem_list)
        return box

    def _review(self) -> None:
        self.review_requested = True
        self.reject()

    def format(self) -> str:
        return next(fmt for fmt, button in self.buttons.items() if button.isChecked())

    def page_numbers(self) -> bool:
        """Whether a Word export adds page numbers to a letterhead that shows none."""
        return self.numbers.isChecked()

    def output_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIXES[self.format()])

    def _format_changed(self) -> None:
        self.numbers.setEnabled(self.format() == "docx")
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
