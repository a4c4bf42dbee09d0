"""The block editor's text box: formatted text over a QTextDocument (``gui/rich_document.py``).

Its own undo is off: Undo and Redo are the window's, whose history steps back a word run at a
time (``app/typing.py``), so the keys and the Edit menu agree; the box never claims Ctrl+Z,
Ctrl+Shift+Z or Ctrl+Y. It claims Ctrl+B, Ctrl+I, Ctrl+K and Ctrl+F while it has the focus
(elsewhere Ctrl+I inserts a library paragraph and Ctrl+F searches the library) and tells the
editor through :attr:`RichTextEdit.keyAction`. A paste goes to :attr:`paste_handler`, which
reads the clipboard's HTML as text (``app/paste_html.py``); nothing in it is loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from tccm_drafter.app.rich_text import OBJECT
from tccm_drafter.gui.chips import ChipPainter
from tccm_drafter.gui.rich_document import NOTE, chip_of, format_at, typing_format

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
#: The keys the box takes for itself while it has the focus, and what each asks for.
CLAIMED: tuple[tuple[QKeySequence.StandardKey | str, str], ...] = (
    (QKeySequence.StandardKey.Bold, "bold"),
    (QKeySequence.StandardKey.Italic, "italic"),
    ("Ctrl+K", "link"),
    (QKeySequence.StandardKey.Find, "find"),
)


def _is_ctrl_y(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier


def _claimed(event: QKeyEvent) -> str | None:
    for key, action in CLAIMED:
        if isinstance(key, str):
            if QKeySequence(event.keyCombination()) == QKeySequence(key):
                return action
        elif event.matches(key):
            return action
    return None


class RichTextEdit(QTextEdit):
    #: "bold", "italic", "link" or "find": the user pressed that key here.
    keyAction = Signal(str)
    #: The user asked to edit the footnote whose marker is at this position.
    noteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        #: True while a paste (or a drop) is changing the text: a step of its own.
        self.pasting = False
        self.chips = ChipPainter(self)
        self.chips.install(self.document())
        self.paste_handler: Callable[[QMimeData], None] | None = None
        self.copy_handler: Callable[[QTextCursor, QMimeData], None] | None = None
        self.tooltip_for: Callable[[int], str] | None = None

    # -- keys -------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in UNDO_KEYS) or _is_ctrl_y(event):
                event.ignore()  # the window's Undo and Redo
                return False
            if _claimed(event) is not None:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = _claimed(event)
        if action is not None:
            self.keyAction.emit(action)
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        note = self.selected_note()
        if enter and note is not None and not event.modifiers():
            self.noteActivated.emit(note)
            return
        if event.text() and event.text().isprintable():
            self._plain_typing()
        super().keyPressEvent(event)

    def _plain_typing(self) -> None:
        """Text typed next to a chip is text, and text typed at a link's end is not part of
        the link (as in a word processor)."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        made = self.currentCharFormat()
        if chip_of(made) is not None:
            self.setCurrentCharFormat(typing_format(made))
            made = self.currentCharFormat()
        if made.isAnchor():
            after = format_at(self.document(), cursor.position())
            block = cursor.block()
            at_end = cursor.position() >= block.position() + block.length() - 1
            if at_end or after.anchorHref() != made.anchorHref():
                plain = QTextCharFormat(made)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setFontUnderline(False)
                plain.clearForeground()
                self.setCurrentCharFormat(plain)

    def selected_note(self) -> int | None:
        """The position of the footnote marker the selection is, if it is exactly one."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if end - start != 1:
            return None
        chip = chip_of(format_at(self.document(), start))
        return start if chip is not None and chip[0] == NOTE else None

    # -- mouse ------------------------------------------------------------------------------
    def note_near(self, position: int) -> int | None:
        """A footnote marker at ``position`` or just before it."""
        for at in (position, position - 1):
            if at < 0:
                continue
            chip = chip_of(format_at(self.document(), at))
            if chip is not None and chip[0] == NOTE and self._char(at) == OBJECT:
                return at
        return None

    def _char(self, position: int) -> str:
        return str(self.document().characterAt(position))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        note = self.note_near(self.cursorForPosition(event.position().toPoint()).position())
        if note is not None:
            self.noteActivated.emit(note)
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            layout = self.document().documentLayout()
            at = layout.hitTest(QPointF(event.pos()) + offset, Qt.HitTestAccuracy.ExactHit)
            tip = self.tooltip_for(at) if self.tooltip_for is not None and at >= 0 else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- clipboard --------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.pasting = True
        try:
            if self.paste_handler is not None:
                self.paste_handler(source)
            else:
                super().insertFromMimeData(source)
        finally:
            self.pasting = False

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt makes the object (the clipboard owns it; one made in Python would be deleted
        # twice when the app quits); the handler puts our forms in it. Reading it once makes
        # Qt's own forms plain data, which ours then replace (its OpenDocument and Markdown
        # forms, which would hold fields and markers as object characters, go).
        mime = super().createMimeDataFromSelection()
        if self.copy_handler is not None:
            mime.text()
            for made_by_qt in ("application/vnd.oasis.opendocument.text", "text/markdown"):
                mime.removeFormat(made_by_qt)
            self.copy_handler(self.textCursor(), mime)
        return mime
