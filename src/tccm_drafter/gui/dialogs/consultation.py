"""Consultation details and rules: limits, numbering, footnotes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.model import Consultation

LANGUAGES = ["en-GB", "en-US", "fr-FR", "es-ES", "ar", "ru", "zh", "pt-BR", "de-DE"]


def limit_box(maximum: int, suffix: str, value: int | None, none_text: str) -> QSpinBox:
    """A spin box where 0 shows as "no limit"."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(50)
    box.setSpecialValueText(none_text)
    box.setSuffix(suffix)
    box.setValue(value or 0)
    return box


class ConsultationDialog(QDialog):
    def __init__(self, consultation: Consultation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consultation Details"))
        self._original = consultation
        form = QFormLayout()
        self.title_edit = add_row(
            form,
            self.tr("&Title:"),
            QLineEdit(consultation.title),
            self.tr("The consultation's name as its organisers write it"),
        )
        self.organiser_edit = add_row(
            form, self.tr("&Organiser:"), QLineEdit(consultation.organiser)
        )
        self.reference_edit = add_row(
            form, self.tr("&Reference:"), QLineEdit(consultation.reference)
        )
        self.url_edit = add_row(form, self.tr("&Web page:"), QLineEdit(consultation.url))
        deadline_row = QWidget()
        row = QHBoxLayout(deadline_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_deadline = QCheckBox(self.tr("&Deadline"))
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("d MMMM yyyy")
        self.deadline_edit.setAccessibleName(self.tr("Deadline date"))
        if consultation.deadline:
            self.deadline_edit.setDate(
                QDate(
                    consultation.deadline.year,
                    consultation.deadline.month,
                    consultation.deadline.day,
                )
            )
        else:
            self.deadline_edit.setDate(QDate.currentDate().addMonths(1))
        self.has_deadline.setChecked(consultation.deadline is not None)
        self.deadline_edit.setEnabled(consultation.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline_edit.setEnabled)
        row.addWidget(self.has_deadline)
        row.addWidget(self.deadline_edit, 1)
        form.addRow(deadline_row)
        self.language_box = QComboBox()
        self.language_box.setEditable(True)
        self.language_box.addItems(LANGUAGES)
        self.language_box.setCurrentText(consultation.language)
        add_row(
            form,
            self.tr("&Language:"),
            self.language_box,
            self.tr("Language of the submission (for Word's spell-checker), e.g. en-GB"),
        )

        rules = consultation.rules
        group = QGroupBox(self.tr("Rules for every answer"))
        rules_form = QFormLayout(group)
        self.word_limit = add_row(
            rules_form,
            self.tr("&Word limit:"),
            limit_box(100_000, self.tr(" words"), rules.word_limit, self.tr("no limit")),
            self.tr("A question can set its own limit; this applies to the others"),
        )
        self.char_limit = add_row(
            rules_form,
            self.tr("&Character limit:"),
            limit_box(1_000_000, self.tr(" characters"), rules.char_limit, self.tr("no limit")),
            self.tr("Characters with spaces, as web forms count them"),
        )
        self.numbered = QCheckBox(self.tr("&Number the paragraphs"))
        self.numbered.setChecked(rules.numbered_paragraphs)
        self.footnotes = QCheckBox(self.tr("&Footnotes allowed"))
        self.footnotes.setChecked(rules.footnotes_allowed)
        self.footnotes.setToolTip(
            self.tr("When footnotes are not allowed they become a list of references")
        )
        rules_form.addRow(self.numbered)
        rules_form.addRow(self.footnotes)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(ok_cancel(self))
        self.resize(520, self.sizeHint().height())

    def _deadline(self) -> date | None:
        if not self.has_deadline.isChecked():
            return None
        chosen = self.deadline_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def consultation(self) -> Consultation:
        word = self.word_limit.value()
        char = self.char_limit.value()
        return replace(
            self._original,
            title=self.title_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
            reference=self.reference_edit.text().strip(),
            url=self.url_edit.text().strip(),
            deadline=self._deadline(),
            language=self.language_box.currentText().strip() or "en",
            rules=replace(
                self._original.rules,
                word_limit=word or None,
                char_limit=char or None,
                numbered_paragraphs=self.numbered.isChecked(),
                footnotes_allowed=self.footnotes.isChecked(),
            ),
        )
