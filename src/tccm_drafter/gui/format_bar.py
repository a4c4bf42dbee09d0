"""The block editor's format bar: Bold, Italic, Link…, bulleted and numbered lists, Footnote…
and Insert Field (a menu of the submission's fields with the value each prints), and the
small dialog a link is made with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from tccm_drafter.app.fields import OFFERED, field_value
from tccm_drafter.app.preview import is_safe_link
from tccm_drafter.gui.plaintext import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormatBar", text)


def field_titles() -> dict[str, str]:
    """What each offered field holds, in the interface's language."""
    return {
        "org.name": _tr("Organisation name"),
        "org.short_name": _tr("Organisation short name"),
        "org.stakeholder_group": _tr("Stakeholder group"),
        "org.country_name": _tr("Country"),
        "org.website": _tr("Website"),
        "org.email": _tr("Email"),
        "org.contact_person": _tr("Contact person"),
        "org.signatory": _tr("Signatory"),
        "consultation.title": _tr("Consultation title"),
        "consultation.organiser": _tr("Organiser"),
        "consultation.reference": _tr("Consultation reference"),
        "consultation.deadline": _tr("Deadline"),
        "submission.title": _tr("Submission title"),
        "date": _tr("Date of the submission"),
    }


class FormatBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Formatting"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._action(self.tr("Bold"), self.tr("Bold (Ctrl+B)"))
        self.italic = self._action(self.tr("Italic"), self.tr("Italic (Ctrl+I)"))
        self.link = self._action(self.tr("Link…"), self.tr("Make the selection a link (Ctrl+K)"))
        self.addSeparator()
        self.bullets = self._action(self.tr("Bullets"), self.tr("Bulleted list"))
        self.numbers = self._action(self.tr("Numbering"), self.tr("Numbered list"))
        self.addSeparator()
        self.footnote = self._action(
            self.tr("Footnote…"),
            self.tr("Add a footnote here, or edit the one next to the cursor"),
        )
        self.fields = QMenu(self)
        self.fields.setAccessibleName(self.tr("Fields"))
        self.field = self._action(
            self.tr("Insert Field"),
            self.tr("A value from the submission's details, such as your organisation's name"),
        )
        self.field.setMenu(self.fields)
        button = self.widgetForAction(self.field)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for action in (self.bold, self.italic, self.bullets, self.numbers):
            action.setCheckable(True)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)

    def _action(self, text: str, tip: str) -> QAction:
        """A button of the bar (its keys, Ctrl+B and so on, are the text box's own:
        ``gui/rich_edit.py``)."""
        action = QAction(text, self)
        action.setToolTip(tip)
        self.addAction(action)
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAccessibleName(text.rstrip("…"))
            button.setAccessibleDescription(tip)
        return action

    def fill_fields(self, values: dict[str, str], insert: Callable[[str], None]) -> None:
        """The Insert Field menu: each field with the value it prints now."""
        self.fields.clear()
        titles = field_titles()
        for name in OFFERED:
            value = field_value(values, name) or _tr("no value")
            shown = value if len(value) <= 40 else value[:39] + "…"
            action = self.fields.addAction(f"{titles.get(name, name)} — {shown}")
            action.setToolTip(name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: insert(n))


class LinkDialog(QDialog):
    """The text of a link and its address; an empty address takes the link off."""

    def __init__(
        self, text: str, address: str, parent: QWidget | None = None, *, text_fixed: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.text = QLineEdit(text, self)
        self.text.setAccessibleName(self.tr("Text to show"))
        self.text.setReadOnly(text_fixed)
        self.address = QLineEdit(address, self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setPlaceholderText("https://")
        self.note = plain_label("", self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.note)
        form.addRow(buttons)
        self.address.textChanged.connect(self._check)
        self._check()
        (self.address if text or text_fixed else self.text).setFocus()

    def _check(self) -> None:
        address = self.address.text().strip()
        if not address:
            self.note.setText(self.tr("Leave the address empty to take the link off."))
        elif is_safe_link(address) and not address.startswith("#"):
            self.note.setText("")
        else:
            self.note.setText(
                self.tr(
                    "Only web (https://…) and e-mail (mailto:…) addresses become links; "
                    "this one will print as plain text."
                )
            )
