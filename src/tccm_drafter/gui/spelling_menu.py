"""Spelling on a text widget: the underline, and the suggestions at the top of its own
context menu ("Add to My Dictionary", "Ignore" below them).

:func:`attach_spelling` takes any ``QTextEdit`` or ``QPlainTextEdit``: it reaches into nothing
else, so it works for whichever editor shows a block. A chosen suggestion replaces the word
through the widget's own text cursor, so the change is the widget's ordinary text change (and
in the block editor an ordinary, undoable edit of the block).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from tccm_drafter.app.spelling import Token
from tccm_drafter.gui.spelling import Speller, SpellHighlighter

TextWidget = QPlainTextEdit | QTextEdit


class SpellingMenu(QObject):
    """The spelling items of one text widget's context menu, and the typing cursor."""

    def __init__(self, widget: TextWidget, speller: Speller) -> None:
        super().__init__(widget)
        self._widget = widget
        self.highlighter = SpellHighlighter(widget.document(), speller)
        widget.viewport().installEventFilter(self)
        widget.textChanged.connect(self._typed)
        widget.cursorPositionChanged.connect(self._cursor_moved)

    @property
    def speller(self) -> Speller:
        return self.highlighter.speller

    # -- the word being typed ---------------------------------------------------------------
    def _typed(self) -> None:
        self.highlighter.typing_at = self._widget.textCursor().position()

    def _cursor_moved(self) -> None:
        at = self.highlighter.typing_at
        if at is None or self._widget.textCursor().position() == at:
            return
        self.highlighter.typing_at = None
        block = self._widget.document().findBlock(at)
        if block.isValid():
            self.highlighter.rehighlightBlock(block)

    # -- the context menu ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_at(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    def menu_at(self, pos: QPoint) -> QMenu:
        """The widget's standard context menu for a click at ``pos`` (viewport coordinates),
        led by the spelling items when the click is on a misspelt word."""
        widget = self._widget
        menu = widget.createStandardContextMenu(pos)
        if widget.isReadOnly() or not widget.isEnabled():
            return menu
        cursor = widget.cursorForPosition(pos)
        block = cursor.block()
        # The word under the click is the one finished: underline it whatever the cursor.
        self.highlighter.typing_at = None
        token = self.highlighter.misspelt_at(block, cursor.positionInBlock())
        if token is None:
            return menu
        start = block.position()
        items: list[QAction] = []
        suggestions = self.speller.suggestions(token.text)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace(start, token, s))
            items.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            items.append(none)
        add = QAction(self.tr("Add to My &Dictionary"), menu)
        add.setObjectName("spelling-add")
        add.triggered.connect(lambda _c=False: self.speller.add_to_dictionary(token.text))
        ignore = QAction(self.tr("I&gnore"), menu)
        ignore.setObjectName("spelling-ignore")
        ignore.triggered.connect(lambda _c=False: self.speller.ignore(token.text))
        items += [_separator(menu), add, ignore, _separator(menu)]
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, items)  # type: ignore[arg-type]
        return menu

    def replace(self, block_start: int, token: Token, text: str) -> None:
        """Put ``text`` in place of the misspelt word (when it is still there)."""
        document = self._widget.document()
        cursor = QTextCursor(document)
        cursor.setPosition(block_start + token.start)
        cursor.setPosition(block_start + token.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != token.text:
            return
        cursor.insertText(text)
        self._widget.setTextCursor(cursor)
        self._widget.setFocus(Qt.FocusReason.PopupFocusReason)


def _separator(menu: QMenu) -> QAction:
    action = QAction(menu)
    action.setSeparator(True)
    return action


def attach_spelling(widget: TextWidget, speller: Speller) -> SpellingMenu:
    """Underline misspelt words in ``widget`` and offer corrections in its context menu."""
    return SpellingMenu(widget, speller)
