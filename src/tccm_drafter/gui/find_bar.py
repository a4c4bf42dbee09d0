"""Find and Replace in the submission: the bar above the block editor (Ctrl+F in the editor,
Ctrl+H anywhere). It searches the text as it prints, through every block of every section
(``app/find_replace.py``), selects the block in the outline and the match in the editor, and
replaces one match or all of them (one undo step), saying how many library paragraphs got
their own wording by it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tccm_drafter.gui.commands import History
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.gui.plurals import ensure_plurals

if TYPE_CHECKING:  # the search itself loads when first used (not before the first frame)
    from tccm_drafter.app.find_replace import Match, Query


class SearchedEditor(Protocol):
    """What the bar uses of the block editor (``gui/editor.BlockEditor``, which holds the bar)."""

    @property
    def text(self) -> QTextEdit:
        """The block's text box (its selection starts a search)."""
        ...

    def focus_text(self) -> None:
        """Give the keyboard focus back to the text."""
        ...

    def find_position(self, *, start: bool) -> tuple[int, int, int, int]:
        """Where a search goes on from: the selection's start (backwards) or end."""
        ...

    def select_match(self, match: Match) -> None:
        """Select a match in the text the editor shows."""
        ...

    def shows_match(self, match: Match) -> bool:
        """Whether the editor shows this match selected."""
        ...


class FindBar(QWidget):
    def __init__(
        self, editor: SearchedEditor, history: History, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        ensure_plurals()
        self.editor = editor
        self.history = history
        #: Selects a block in the outline (the window sets it); the editor then shows it.
        self.go_to: Callable[[int, int], None] = lambda _s, _r: None
        self.current: Match | None = None
        self.setAccessibleName(self.tr("Find and replace"))

        self.find_field = QLineEdit(self)
        self.find_field.setAccessibleName(self.tr("Find"))
        self.find_field.setPlaceholderText(self.tr("Find in the submission"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match &case"), self)
        self.whole_word = QCheckBox(self.tr("&Whole words"), self)
        for box in (self.match_case, self.whole_word):
            box.setAccessibleName(box.text().replace("&", ""))
        self.previous_button = self._button(self.tr("&Previous"), self.previous)
        self.next_button = self._button(self.tr("&Next"), self.next)
        self.replace_button = self._button(self.tr("&Replace"), self.replace)
        self.replace_all_button = self._button(self.tr("Replace &All"), self.replace_all)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Find result"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.match_case, 0, 3)
        grid.addWidget(self.whole_word, 0, 4)
        grid.addWidget(self.close_button, 0, 5)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status, 1, 3, 1, 3)
        grid.setColumnStretch(0, 1)
        for field in (self.find_field, self.replace_field):
            field.installEventFilter(self)
        self.find_field.textChanged.connect(self._query_changed)
        self.match_case.toggled.connect(self._query_changed)
        self.whole_word.toggled.connect(self._query_changed)
        self.hide()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- opening ----------------------------------------------------------------------------
    def open_find(self, *, replacing: bool = False) -> None:
        """Show the bar (with the replace row when ``replacing``), the find field focused and
        holding the editor's selection when it is a few words."""
        selected = self.editor.text.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 100:
            self.find_field.setText(selected.replace("\ufffc", ""))
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replacing)
        self.show()
        field = self.replace_field if replacing and self.find_field.text() else self.find_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        self._count()

    def close_bar(self) -> None:
        self.hide()
        self.editor.focus_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_field:
                    self.replace()
                elif shift:
                    self.previous()
                else:
                    self.next()
                return True
        return super().eventFilter(watched, event)

    # -- finding ----------------------------------------------------------------------------
    def query(self) -> Query:
        from tccm_drafter.app.find_replace import Query

        return Query(
            self.find_field.text(), self.match_case.isChecked(), self.whole_word.isChecked()
        )

    def _query_changed(self, *_args: object) -> None:
        self.current = None
        self._count()

    def _count(self) -> None:
        if not self.find_field.text():
            self.status.setText("")
            return
        from tccm_drafter.app.find_replace import find_all

        found = len(find_all(self.history.workspace, self.query()))
        self.status.setText(self.tr("%n match(es)", "", found) if found else self.tr("No matches"))

    def next(self) -> None:
        self._step(backwards=False)

    def previous(self) -> None:
        self._step(backwards=True)

    def _step(self, *, backwards: bool) -> None:
        from tccm_drafter.app.find_replace import find_all, next_match

        query = self.query()
        if not query.text:
            return
        current = self.current
        if current is not None and self._on_current():
            at = (
                current.section,
                current.row,
                current.part,
                current.start if backwards else current.end,
            )
        else:
            at = self.editor.find_position(start=backwards)
        match = next_match(self.history.workspace, query, at, backwards=backwards)
        self.current = match
        if match is None:
            self.status.setText(self.tr("No matches"))
            return
        self.go_to(match.section, match.row)
        self.editor.select_match(match)
        matches = find_all(self.history.workspace, query)
        number = matches.index(match) + 1 if match in matches else 0
        text = self.tr("Match {0} of {1}").format(number, len(matches))
        if match.note is not None:
            text += " " + self.tr("(in a footnote)")
        self.status.setText(text)

    # -- replacing --------------------------------------------------------------------------
    def _on_current(self) -> bool:
        """The editor shows the current match selected (so Replace replaces it)."""
        match = self.current
        return match is not None and self.editor.shows_match(match)

    def replace(self) -> None:
        match = self.current
        if match is None or not self._on_current():
            self.next()
            return
        from tccm_drafter.app.find_replace import replace_one

        result = replace_one(self.history.workspace, match, self.query(), self.replace_field.text())
        if result.edit is not None:
            self.history.perform(result.edit)
        self.current = None
        self.next()
        if result.tailored:
            self.status.setText(self.status.text() + " — " + self._tailored(result.tailored))

    def replace_all(self) -> None:
        from tccm_drafter.app.find_replace import replace_all

        result = replace_all(self.history.workspace, self.query(), self.replace_field.text())
        if result.edit is None:
            self.status.setText(self.tr("No matches"))
            return
        self.history.perform(result.edit)
        self.current = None
        text = self.tr("%n replaced", "", result.count)
        if result.tailored:
            text += "; " + self._tailored(result.tailored)
        self.status.setText(text)

    def _tailored(self, count: int) -> str:
        return self.tr("%n library paragraph(s) now tailored", "", count)
