"""Choose the template and the Word reference document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.templates import list_templates
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.plaintext import plain_label


class TemplateDialog(QDialog):
    def __init__(
        self, paths: AppPaths, current: str, reference_docx: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Template and Word Reference"))
        templates, problems = list_templates(paths.templates_dir)
        label = QLabel(self.tr("&Template:"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        label.setBuddy(self.list)
        for template in templates:
            kind = self.tr("built-in") if template.builtin else self.tr("your template")
            item = QListWidgetItem(f"{template.title}  ({kind})\n{template.description}")
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            self.list.addItem(item)
            if template.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        for problem in problems:
            warning = plain_label(self.tr("Not usable: {0}").format(problem))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020;")
            layout.addWidget(warning)
        hint = plain_label(
            self.tr("Add your own template by copying a template folder into {0}").format(
                paths.templates_dir
            )
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(hint)
        form = QFormLayout()
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.reference = QLineEdit(reference_docx)
        self.reference.setPlaceholderText(self.tr("the organisation profile's, else built-in"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.reference, 1)
        row.addWidget(browse)
        add_row(
            form,
            self.tr("&Word reference:"),
            row_widget,
            self.tr(
                "A .docx or .dotx whose styles, page set-up, header and footer the export uses"
            ),
        )
        self.reference.setAccessibleName(self.tr("Word reference document"))
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 420)

    def template_name(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "consultation-response"

    def reference_docx(self) -> str:
        return self.reference.text().strip()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word document"),
            str(Path.home()),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.reference.setText(path)
