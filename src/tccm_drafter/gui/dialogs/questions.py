"""The questions of a call as the sections they will make: one row each with its limits, a
box to leave it out and a title that can be changed. Used by Paste Questions… and by New from
Call…, which also shows the deadline found in the call (to check or correct) and the limits
the call states once for all answers; the questions, deadline and limits are found by the
core (``model/call_reading.py``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row
from tccm_drafter.gui.dialogs.deadline_fields import DeadlineFields
from tccm_drafter.gui.i18n import number_text
from tccm_drafter.gui.plaintext import plain_label, tip
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.model import Rules, Section
from tccm_drafter.model.deadline import Deadline

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


class NewFromCallDialog(QDialog):
    """New from Call…: the questions found in a call's file, its deadline and the limits it
    states once, before the submission is made."""

    def __init__(
        self,
        path: Path,
        call_title: str,
        sections: list[Section],
        parent: QWidget | None = None,
        *,
        today: date,
        deadline: Deadline | None = None,
        rules: Rules | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Call"))
        intro = plain_label(
            self.tr(
                "Questions found in {0}. Each ticked question becomes a section with its "
                "limits; untick what is not a question, double-click a title to change it."
            ).format(path.name),
            self,
        )
        intro.setWordWrap(True)
        form_holder = QWidget(self)
        form = QFormLayout(form_holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.call_title = add_row(form, self.tr("&Consultation:"), QLineEdit(call_title))
        #: The deadline read from the call, to check or correct before the submission is made.
        self.deadline_fields = DeadlineFields(deadline, today=today, parent=self)
        form.addRow(self.deadline_fields)
        self._rules = rules or Rules()
        self.preview = QuestionsPreview(self)
        self.shared_limits = plain_label(self._shared_limits_text(), self)
        self.shared_limits.setWordWrap(True)
        self.shared_limits.setVisible(bool(self.shared_limits.text()))
        self.summary = plain_label("", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("C&reate Submission"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(form_holder)
        layout.addWidget(self.shared_limits)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview.chosenChanged.connect(self._update)
        self.deadline_fields.validityChanged.connect(lambda _valid: self._update())
        self.preview.set_sections(sections)
        self.resize(860, 560)

    def _shared_limits_text(self) -> str:
        rules, parts = self._rules, []
        if rules.word_limit or rules.char_limit:
            each = Section("", word_limit=rules.word_limit, char_limit=rules.char_limit)
            parts.append(self.tr("every answer {0}").format(self.preview.limit_text(each)))
        if rules.total_word_limit or rules.total_char_limit:
            whole = Section(
                "", word_limit=rules.total_word_limit, char_limit=rules.total_char_limit
            )
            parts.append(self.tr("the whole submission {0}").format(self.preview.limit_text(whole)))
        if not parts:
            return ""
        return self.tr("Limits the call states once: {0}").format("; ".join(parts))

    def _update(self, count: int | None = None) -> None:
        chosen = len(self.preview.chosen()) if count is None else count
        self.summary.setText(self.tr("The new submission will have %n section(s).", "", chosen))
        self.create_button.setEnabled(chosen > 0 and self.deadline_fields.is_valid())

    def title(self) -> str:
        return self.call_title.text().strip()

    def sections(self) -> list[Section]:
        return self.preview.chosen()

    def deadline(self) -> Deadline | None:
        """The deadline as the dialog shows it (the one read from the call, or corrected)."""
        return self.deadline_fields.deadline()

    def rules(self) -> Rules:
        """The limits the call states once for every answer and for the whole submission."""
        return self._rules
