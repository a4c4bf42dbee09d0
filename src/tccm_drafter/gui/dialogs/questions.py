"""The questions of a call as the sections they will make: one row each with its limits, a
box to leave it out and a title that can be changed. Used by Paste Questions… and by New from
Call…; the questions themselves are found by the core (``model/questions.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.errors import InputError
from tccm_drafter.gui.dialogs.common import add_row
from tccm_drafter.gui.plaintext import plain_label, tip
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
            limits.append(self.tr("{0} words").format(f"{section.word_limit:,}"))
        if section.char_limit:
            limits.append(self.tr("{0} characters").format(f"{section.char_limit:,}"))
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
    """New from Call…: the call's questions, found in its file or in its text pasted from a
    web page or a document, shown before the submission is made."""

    def __init__(
        self,
        path: Path | None,
        call_title: str,
        sections: list[Section],
        parent: QWidget | None = None,
        *,
        choose_file: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Call"))
        self.path = path
        self._choose_file = choose_file
        self._auto_title = call_title
        self.intro = plain_label("", self)
        self.intro.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Choose the Call's &File…"), self)
        self.file_button.clicked.connect(self._pick_file)
        self.file_button.setVisible(choose_file is not None)
        paste_label = plain_label(self.tr("…or &paste the call's text:"), self)
        self.paste = QPlainTextEdit(self)
        self.paste.setAccessibleName(self.tr("The call's text"))
        self.paste.setPlaceholderText(
            self.tr("Copy the call for input from its web page or document and paste it here.")
        )
        self.paste.setTabChangesFocus(True)
        self.paste.setMaximumHeight(140)
        paste_label.setBuddy(self.paste)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._read_pasted)
        self.paste.textChanged.connect(self._timer.start)
        source = QHBoxLayout()
        source.addWidget(self.file_button)
        source.addWidget(paste_label, 1)
        form_holder = QWidget(self)
        form = QFormLayout(form_holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.call_title = add_row(form, self.tr("&Consultation:"), QLineEdit(call_title))
        self.preview = QuestionsPreview(self)
        self.summary = plain_label("", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("C&reate Submission"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(source)
        layout.addWidget(self.paste)
        layout.addWidget(form_holder)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview.chosenChanged.connect(self._update)
        self._show(path, call_title, sections)
        self.resize(860, 560)

    def _show(self, path: Path | None, call_title: str, sections: list[Section]) -> None:
        self.path = path
        if path is not None:
            self.intro.setText(
                self.tr(
                    "Questions found in {0}. Each ticked question becomes a section with its "
                    "limits; untick what is not a question, double-click a title to change it."
                ).format(path.name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "Choose the call's file, or paste its text. Each ticked question becomes a "
                    "section with its limits; untick what is not a question, double-click a "
                    "title to change it."
                )
            )
        if not self.call_title.text().strip() or self.call_title.text() == self._auto_title:
            self.call_title.setText(call_title)
        self._auto_title = call_title
        self.preview.set_sections(sections)

    def _pick_file(self) -> None:
        from tccm_drafter.app.new_submission import read_call_questions

        path = self._choose_file() if self._choose_file is not None else None
        if path is None:
            return
        try:
            found = read_call_questions(path)
        except InputError as error:
            self.summary.setText(str(error))
            return
        self.paste.blockSignals(True)
        self.paste.clear()
        self.paste.blockSignals(False)
        self._show(path, found.title, found.sections)
        if not found.sections:
            self.summary.setText(
                self.tr("No questions were found in {0}; paste them instead.").format(path.name)
            )

    def _read_pasted(self) -> None:
        from tccm_drafter.app.new_submission import read_pasted_questions

        found = read_pasted_questions(self.paste.toPlainText())
        self._show(None, found.title, found.sections)

    def _update(self, count: int) -> None:
        self.summary.setText(self.tr("The new submission will have %n section(s).", "", count))
        self.create_button.setEnabled(count > 0)

    def title(self) -> str:
        return self.call_title.text().strip()

    def sections(self) -> list[Section]:
        return self.preview.chosen()
