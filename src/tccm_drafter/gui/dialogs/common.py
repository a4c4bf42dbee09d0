"""Small helpers shared by the dialogs: labelled form rows and OK/Cancel button boxes."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def add_row(form: QFormLayout, label: str, field: W, tip: str = "") -> W:
    """A form row whose label (with its &mnemonic) is the field's buddy and accessible name."""
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(label.replace("&", ""))
    if tip:
        field.setToolTip(tip)
    form.addRow(caption, field)
    return field


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
