"""A footnote's text, edited in place: a small box under its marker in the block editor.

Enter keeps the text, Escape leaves it as it was, and so does leaving the box empty; clicking
elsewhere keeps it. Ctrl+B and Ctrl+I work in it as in the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout, QWidget

from tccm_drafter.app.rich_text import Paragraph, Run, Text
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.gui.rich_document import fill, read_block


class _NoteText(QTextEdit):
    finished = Signal(bool)  # True: keep the text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(True)
        self.setTabChangesFocus(True)
        self.done = False

    def event(self, event: QEvent) -> bool:
        keys = (QKeySequence.StandardKey.Bold, QKeySequence.StandardKey.Italic)
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and any(event.matches(k) for k in keys):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
            return
        for key, bold in (
            (QKeySequence.StandardKey.Bold, True),
            (QKeySequence.StandardKey.Italic, False),
        ):
            if event.matches(key):
                self._toggle(bold)
                return
        super().keyPressEvent(event)

    def _toggle(self, bold: bool) -> None:
        made = QTextCharFormat()
        current = self.currentCharFormat()
        if bold:
            on = current.fontWeight() >= QFont.Weight.DemiBold.value
            made.setFontWeight(QFont.Weight.Normal if on else QFont.Weight.Bold)
        else:
            made.setFontItalic(not current.fontItalic())
        self.mergeCurrentCharFormat(made)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(True)

    def _finish(self, keep: bool) -> None:
        if not self.done:
            self.done = True
            self.finished.emit(keep)


class NoteEditor(QFrame):
    """Emits :attr:`edited` with the note's new runs, or nothing when cancelled."""

    edited = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title: QLabel = plain_label(self.tr("Footnote"), self)
        self.hint: QLabel = plain_label(
            self.tr("Enter keeps the text; Esc leaves it as it was."), self
        )
        self.hint.setEnabled(False)
        self.text = _NoteText(self)
        self.text.setAccessibleName(self.tr("Footnote text"))
        self.text.finished.connect(self._finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self.hide()

    def open(self, title: str, runs: Sequence[Run], under: QRect) -> None:
        """Show the box below ``under`` (in the parent's coordinates) with the note's text."""
        self.title.setText(title)
        self.text.done = False
        fill(self.text.document(), [Paragraph(tuple(runs))], [0])
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        parent = self.parentWidget()
        width = max(240, min(520, parent.width() - 16)) if parent is not None else 360
        height = self.text.fontMetrics().height() * 3 + self.title.sizeHint().height() * 2 + 24
        x = max(8, min(under.left(), (parent.width() if parent else width) - width - 8))
        self.setGeometry(x, under.bottom() + 4, width, height)
        self.show()
        self.raise_()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def runs(self) -> tuple[Run, ...]:
        paragraph = read_block(self.text.document().firstBlock())
        block = self.text.document().firstBlock().next()
        extra: list[Run] = []
        while block.isValid():  # a pasted line break: one paragraph all the same
            extra += [Text(" "), *read_block(block).runs]
            block = block.next()
        return (*paragraph.runs, *extra)

    def _finished(self, keep: bool) -> None:
        runs = self.runs()
        self.hide()
        if keep and any(
            (isinstance(r, Text) and r.text.strip()) or not isinstance(r, Text) for r in runs
        ):
            self.edited.emit(runs)
        self.closed.emit()
