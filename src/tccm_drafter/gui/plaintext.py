"""Text from files shown as text, never as markup.

Qt guesses whether a label or tooltip holds rich text (``Qt.mightBeRichText``) and would then
load images or follow links named in it. Titles, questions and paragraph text come from other
organisations, so every widget that shows them goes through here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside a paragraph of our own."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def set_tip(widget: QWidget, text: str) -> None:
    widget.setToolTip(tip(text))


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose text is never read as markup (titles, names and paths in it may
    come from other people's files)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = True) -> bool:
    """A yes/no question in plain text; True for yes."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(
        parent, QMessageBox.Icon.Question, title, text, yes | no, yes if default_yes else no
    )
    return box.exec() == yes
