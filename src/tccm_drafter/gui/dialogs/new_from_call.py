"""New from Call…: a call's questions, from its file or its text pasted from a web page or a
document, with the deadline found in it (to check or correct) and the limits it states once,
shown before the submission is made. What the call says is found by the core
(``app/new_submission.py``: ``read_call_questions``, ``read_pasted_questions``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row
from tccm_drafter.gui.dialogs.deadline_fields import DeadlineFields
from tccm_drafter.gui.dialogs.questions import QuestionsPreview
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.model import Rules, Section
from tccm_drafter.model.deadline import Deadline

if TYPE_CHECKING:
    from tccm_drafter.app.new_submission import CallQuestions

#: Reads a call's file off the GUI thread, then hands what it found to the callback (or
#: nothing, when the read failed or was cancelled: the reader says why itself).
ReadFile = Callable[[Path, Callable[["CallQuestions"], None]], None]


class NewFromCallDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date,
        found: CallQuestions | None = None,
        choose_file: Callable[[], Path | None] | None = None,
        read_file: ReadFile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Call"))
        self.path: Path | None = None
        self._choose_file, self._read_file = choose_file, read_file
        self._auto_title = ""
        self._rules = Rules()
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
        self.call_title = add_row(form, self.tr("&Consultation:"), QLineEdit())
        #: The deadline read from the call, to check or correct before the submission is made.
        self.deadline_fields = DeadlineFields(None, today=today, parent=self)
        form.addRow(self.deadline_fields)
        self.preview = QuestionsPreview(self)
        self.shared_limits = plain_label("", self)
        self.shared_limits.setWordWrap(True)
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
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
        layout.addWidget(self.shared_limits)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.preview.chosenChanged.connect(self._update)
        self.deadline_fields.validityChanged.connect(lambda _valid: self._update())
        self.show_found(found)
        self.resize(860, 620)

    # -- what the call says -----------------------------------------------------------------
    def show_found(self, found: CallQuestions | None) -> None:
        """Show what was read from the call's file or pasted text (None: nothing yet)."""
        from tccm_drafter.app.new_submission import CallQuestions

        found = found or CallQuestions(None, "")
        self.path = found.path
        if found.path is not None:
            self.intro.setText(
                self.tr(
                    "Questions found in {0}. Each ticked question becomes a section with its "
                    "limits; untick what is not a question, double-click a title to change it."
                ).format(found.path.name)
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
            self.call_title.setText(found.title)
        self._auto_title = found.title
        self.deadline_fields.set_deadline(found.deadline)
        self._rules = found.rules
        self.shared_limits.setText(self._shared_limits_text())
        self.shared_limits.setVisible(bool(self.shared_limits.text()))
        self.preview.set_sections(found.sections)
        self._update()

    def _pick_file(self) -> None:
        path = self._choose_file() if self._choose_file is not None else None
        if path is None or self._read_file is None:
            return
        self._read_file(path, self._file_read)

    def _file_read(self, found: CallQuestions) -> None:
        self.paste.blockSignals(True)
        self.paste.clear()
        self.paste.blockSignals(False)
        self.show_found(found)
        if not found.sections and found.path is not None:
            self.summary.setText(
                self.tr("No questions were found in {0}; paste them instead.").format(
                    found.path.name
                )
            )

    def _read_pasted(self) -> None:
        from tccm_drafter.app.new_submission import read_pasted_questions

        self.show_found(read_pasted_questions(self.paste.toPlainText()))

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

    # -- what the user chose ----------------------------------------------------------------
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
