"""The questions of a call as the sections they will make: one row each with its limits, a
box to leave it out and a title that can be changed. Used by Paste Questions… and by New from
Call… (``gui/dialogs/new_from_call.py``); the questions are found by the core
(``model/call_reading.py``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tccm_drafter.gui.i18n import number_text
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.model import Section

_TITLE, _LIMIT, _QUESTION = range(3)


class QuestionsPreview(QTableWidget):
    """Sections to be created; ``chosen()`` gives the ticked ones with their titles."""

    #: The number of ticked questions changed.
    chosenChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        ensure_plurals()
        self.setAccessibleName(self.tr("Sections that will be created"))
        self.setHorizontalHeaderLabels(
            [self.tr("Section title"), self.tr("Limit"), self.tr("Question")]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_LIMIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_QUESTION, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(_TITLE, 300)
        self._sections: list[Section] = []
        # What the user changed, by question, kept while pasted text is being edited.
        self._left_out: set[str] = set()
        self._titles: dict[str, str] = {}
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def set_sections(self, sections: list[Section]) -> None:
        self._filling = True
        try:
            self._sections = list(sections)
            self.setRowCount(len(sections))
            for row, section in enumerate(sections):
                self._fill_row(row, section)
        finally:
            self._filling = False
        self.chosenChanged.emit(len(self.chosen()))

    def _fill_row(self, row: int, section: Section) -> None:
        key = self._key(section)
        title = QTableWidgetItem(self._titles.get(key, section.title))
        title.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEditable
        )
        title.setCheckState(
            Qt.CheckState.Unchecked if key in self._left_out else Qt.CheckState.Checked
        )
        title.setToolTip(self.tr("Untick to leave the question out; double-click to rename"))
        self.setItem(row, _TITLE, title)
        limit = QTableWidgetItem(self.limit_text(section))
        limit.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, _LIMIT, limit)
        lines = [line.strip() for line in section.question.splitlines() if line.strip()]
        question = QTableWidgetItem(" / ".join(lines))
        question.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        question.setToolTip(tip(section.question))
        self.setItem(row, _QUESTION, question)

    def limit_text(self, section: Section) -> str:
        limits = []
        if section.word_limit:
            words = section.word_limit
            limits.append(self.tr("{0} word(s)", "", words).format(number_text(words)))
        if section.char_limit:
            chars = section.char_limit
            limits.append(self.tr("{0} character(s)", "", chars).format(number_text(chars)))
        return ", ".join(limits) or self.tr("no limit")

    @staticmethod
    def _key(section: Section) -> str:
        return section.question or section.title

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != _TITLE or item.row() >= len(self._sections):
            return
        key = self._key(self._sections[item.row()])
        if item.checkState() == Qt.CheckState.Checked:
            self._left_out.discard(key)
        else:
            self._left_out.add(key)
        self._titles[key] = item.text().strip()
        self.chosenChanged.emit(len(self.chosen()))

    def chosen(self) -> list[Section]:
        """The ticked questions, in order, with the titles as the user left them."""
        kept: list[Section] = []
        for row, section in enumerate(self._sections):
            item = self.item(row, _TITLE)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                kept.append(replace(section, title=item.text().strip(), blocks=[]))
        return kept
