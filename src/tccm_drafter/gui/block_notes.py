"""Notes on blocks (a reviewer's comments brought back from Word): the outline's marker and
tooltip text, and the list under the block editor. Notes are kept in the .tccm file and
never exported; everything here only shows them, as plain text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tccm_drafter.gui.i18n import day_text
from tccm_drafter.gui.plaintext import plain_label, tip
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.model import Note

#: How many notes a tooltip lists in full (the list under the editor shows them all).
TIP_NOTES = 5


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BlockNotes", text, None, n)


def notes_marker(notes: Sequence[Note]) -> str:
    """ " [2 notes]" for the outline's label; "" without notes."""
    if not notes:
        return ""
    ensure_plurals()
    return f" [{_tr('%n note(s)', len(notes))}]"


def note_heading(note: Note) -> str:
    """ "Legal team, 2 March 2026 (resolved)"."""
    who = note.author or _tr("Someone")
    when = f", {day_text(note.date)}" if note.date is not None else ""
    state = _tr(" (resolved)") if note.resolved else ""
    return f"{who}{when}{state}"


def notes_text(notes: Sequence[Note], limit: int = TIP_NOTES) -> str:
    """The notes as plain text for a tooltip: heading, then the text, one after another."""
    lines = [f"{note_heading(n)}:\n{n.text.strip()}" for n in list(notes)[:limit]]
    if len(notes) > limit:
        lines.append(_tr("… and %n more", len(notes) - limit))
    return "\n\n".join(lines)


def tip_with_notes(text: str, notes: Sequence[Note]) -> str:
    """A block's tooltip: its text, then its notes; plain text, escaped (``plaintext.tip``)."""
    if not notes:
        return tip(text)
    return tip(f"{text}\n\n{_tr('Notes').upper()}\n{notes_text(notes)}".strip())


class NotesView(QWidget):
    """The selected block's notes under the editor; hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_plurals()
        self.caption = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes on the block"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self._shown: list[Note] | None = None
        self.set_notes([])

    def set_notes(self, notes: Sequence[Note]) -> None:
        if self._shown == list(notes):
            return  # the editor reloads on every keystroke; the notes rarely change
        self._shown = list(notes)
        self.list.clear()
        resolved = sum(1 for note in notes if note.resolved)
        caption = self.tr("%n note(s) from review", "", len(notes))
        if resolved:
            caption += " · " + self.tr("%n resolved", "", resolved)
        self.caption.setText(caption)
        dim = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for note in notes:
            item = QListWidgetItem(f"{note_heading(note)}: {' '.join(note.text.split())}")
            item.setToolTip(tip(f"{note_heading(note)}\n\n{note.text.strip()}"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if note.resolved:
                item.setForeground(dim)
            self.list.addItem(item)
        self.setVisible(bool(notes))
