"""Choose the export format and file: the Word copy to send or the one for review, Markdown,
or plain text (with or without count lines)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QPalette
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
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.checks import Finding, needing_attention
from tccm_drafter.app.exporting import REVIEW_SUFFIX, suffix_for
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.dialogs.preflight import summary_text
from tccm_drafter.gui.plaintext import plain_label


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
            "review": QRadioButton(self.tr("Word document (.docx), for re&view")),
            "md": QRadioButton(self.tr("&Markdown (.md), for a wiki or another editor")),
            "txt": QRadioButton(self.tr("&Plain text (.txt), to paste into a web form")),
        }
        explanations = {
            "docx": self.tr(
                "The copy the secretariat receives: the text alone, with no review marks or "
                "other data of this app."
            ),
            "review": self.tr(
                "The copy colleagues edit with tracked changes and comments: it keeps the "
                "marks File › Import Review… needs. Do not send it to the secretariat."
            ),
        }
        self.buttons["docx"].setChecked(True)
        self.buttons["txt"].setToolTip(
            self.tr(
                "No markup, one blank line between paragraphs, each answer's notes right after it"
            )
        )
        layout = QVBoxLayout(self)
        if self.findings:
            layout.addWidget(self._problems())
        #: The line under each Word choice saying which copy it is.
        self.explanations: dict[str, QWidget] = {}
        for key, button in self.buttons.items():
            button.toggled.connect(self._format_changed)
            layout.addWidget(button)
            if key in explanations:
                line = self._explanation(explanations[key])
                button.setAccessibleDescription(explanations[key])
                self.explanations[key] = line
                layout.addWidget(line)
        self.counts = QCheckBox(self.tr("Word and character &counts after each answer"))
        self.counts.setChecked(True)
        self.counts.setToolTip(
            self.tr(
                'A line such as "[Words: 212 / 250]"; leave it out to paste answers as they are'
            )
        )
        self.counts.setEnabled(False)
        layout.addWidget(self._indented(self.counts))
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
        # "1 problem, 1 warning": the same words as the checks panel, for the whole list.
        headline = plain_label(
            self.tr("Before sending, the checks found: {0}").format(
                summary_text(self, self.findings)
            ),
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

    def _explanation(self, text: str) -> QWidget:
        line = plain_label(text, self)
        line.setWordWrap(True)
        line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return self._indented(line)

    def _indented(self, widget: QWidget) -> QWidget:
        """``widget`` set in under the radio buttons' text."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        row.setContentsMargins(indent + 8, 0, 0, 4)
        row.addWidget(widget, 1)
        return box

    def _review(self) -> None:
        self.review_requested = True
        self.reject()

    def _choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def format(self) -> str:
        choice = self._choice()
        return "docx" if choice == "review" else choice

    def for_review(self) -> bool:
        """Whether the Word file is the copy for review (with marks), not the one to send."""
        return self._choice() == "review"

    def page_numbers(self) -> bool:
        """Whether a Word export adds page numbers to a letterhead that shows none."""
        return self.numbers.isChecked()

    def with_counts(self) -> bool:
        """Whether the plain text has a count line after each answer."""
        return self.counts.isChecked()

    def output_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(suffix_for(self.format()))

    def _format_changed(self) -> None:
        fmt = self.format()
        self.numbers.setEnabled(fmt == "docx")
        self.counts.setEnabled(fmt == "txt")
        path = self.output_path()
        stem = path.stem.removesuffix(REVIEW_SUFFIX)
        if self.for_review():
            stem += REVIEW_SUFFIX  # the two Word copies are never the same file
        self.path_edit.setText(str(path.with_name(stem + suffix_for(fmt))))

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
