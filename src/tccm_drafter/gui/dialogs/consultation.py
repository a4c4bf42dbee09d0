"""Consultation details and the rules the call sets: its deadline (day, time and zone), the
internal sign-off date, limits per answer and for the whole submission, the cover fields it
asks for, and where a joint statement's signatories are printed.

The dialog returns the consultation it was given with only the fields it shows changed, so
anything it does not show (fields a later version adds, cover fields it has no box for) is
kept. The submission-level dates (sign-off, endorsement deadline) come from
:meth:`ConsultationDialog.submission_fields`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, tzinfo
from typing import TypedDict

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.dialogs.deadline_fields import DeadlineFields, OptionalDate
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.model import Consultation, Rules
from tccm_drafter.model.submission import SIGNATORIES_AT

LANGUAGES = ["en-GB", "en-US", "fr-FR", "es-ES", "ar", "ru", "zh", "pt-BR", "de-DE"]
#: The cover fields this dialog has a box for (others in the file are kept as they are).
COVER_BOXES = ("region", "capacity", "ecosoc_status", "country_name")


class SubmissionDates(TypedDict):
    """The submission's own dates the dialog edits (fields of ``drafting.set_fields``)."""

    sign_off: date | None
    endorsement_deadline: date | None


def limit_box(maximum: int, suffix: str, value: int | None, none_text: str) -> QSpinBox:
    """A spin box where 0 shows as "no limit"."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(50)
    box.setSpecialValueText(none_text)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setValue(value or 0)
    return box


def required_fields(original: list[str], shown: dict[str, bool]) -> list[str]:
    """The call's cover fields after the boxes: the original order and every field without a
    box kept, unticked ones dropped, newly ticked ones added in the boxes' order."""
    kept = [name for name in original if shown.get(name, True)]
    return kept + [name for name, on in shown.items() if on and name not in kept]


class ConsultationDialog(QDialog):
    def __init__(
        self,
        consultation: Consultation,
        parent: QWidget | None = None,
        *,
        today: date,
        sign_off: date | None = None,
        endorsement_deadline: date | None = None,
        local: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consultation Details"))
        self._original = consultation
        self._today = today
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._call_tab(consultation, sign_off, local), self.tr("Ca&ll and deadline")
        )
        self.tabs.addTab(self._limits_tab(consultation.rules), self.tr("L&imits"))
        self.tabs.addTab(
            self._cover_tab(consultation.rules, endorsement_deadline),
            self.tr("Co&ver and signatories"),
        )
        self.buttons = ok_cancel(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.deadline_fields.validityChanged.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(self.deadline_fields.is_valid())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    # -- tabs -----------------------------------------------------------------------------------
    def _call_tab(
        self, consultation: Consultation, sign_off: date | None, local: tzinfo | None
    ) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
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
        self.deadline_fields = DeadlineFields(
            consultation.full_deadline(), today=self._today, local=local
        )
        self.has_deadline = self.deadline_fields.has_deadline
        self.deadline_edit = self.deadline_fields.deadline_edit
        form.addRow(self.deadline_fields)
        self.sign_off = OptionalDate(self.tr("Internal &sign-off by"), sign_off, self._today)
        self.sign_off.setToolTip(
            self.tr("The day the text must be approved inside your organisation")
        )
        form.addRow(self.sign_off)
        self.language_box = QComboBox()
        self.language_box.setEditable(True)
        self.language_box.addItems(LANGUAGES)
        self.language_box.setCurrentText(consultation.language)
        add_row(
            form,
            self.tr("L&anguage:"),
            self.language_box,
            self.tr("Language of the submission (for Word's spell-checker), e.g. en-GB"),
        )
        return page

    def _limits_tab(self, rules: Rules) -> QWidget:
        page = QWidget()
        group = QGroupBox(self.tr("Every answer"))
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

        whole = QGroupBox(self.tr("The whole submission"))
        whole_form = QFormLayout(whole)
        self.total_word_limit = add_row(
            whole_form,
            self.tr("T&otal words:"),
            limit_box(1_000_000, self.tr(" words"), rules.total_word_limit, self.tr("no limit")),
            self.tr("All answers together, counted as each answer is"),
        )
        self.total_char_limit = add_row(
            whole_form,
            self.tr("Total c&haracters:"),
            limit_box(
                10_000_000, self.tr(" characters"), rules.total_char_limit, self.tr("no limit")
            ),
        )
        self.page_limit = add_row(
            whole_form,
            self.tr("&Pages:"),
            limit_box(1_000, self.tr(" pages"), rules.page_limit, self.tr("no limit")),
            self.tr(
                "An estimate from the Word reference document's page size and font: leave a margin"
            ),
        )
        self.page_limit.setSingleStep(1)
        layout = QVBoxLayout(page)
        layout.addWidget(group)
        layout.addWidget(whole)
        layout.addStretch(1)
        return page

    def _cover_tab(self, rules: Rules, endorsement_deadline: date | None) -> QWidget:
        page = QWidget()
        cover = QGroupBox(self.tr("The call asks the cover to give"))
        cover_layout = QVBoxLayout(cover)
        labels = {
            "region": self.tr("&Region"),
            "capacity": self.tr("C&apacity (as an organisation or an individual)"),
            "ecosoc_status": self.tr("&ECOSOC consultative status"),
            "country_name": self.tr("Country as a na&me (Norway, not NO)"),
        }
        self.cover_boxes: dict[str, QCheckBox] = {}
        for name in COVER_BOXES:
            box = QCheckBox(labels[name])
            box.setChecked(name in rules.required_fields)
            cover_layout.addWidget(box)
            self.cover_boxes[name] = box
        hint = plain_label(
            self.tr(
                "Fill them in under Submission › Organisation Profile…; the checks name any "
                "that are left empty."
            )
        )
        hint.setWordWrap(True)
        cover_layout.addWidget(hint)

        joint = QGroupBox(self.tr("Joint statement"))
        joint_form = QFormLayout(joint)
        self.signatories_at = QComboBox()
        names = {"end": self.tr("at the end"), "start": self.tr("at the start")}
        for value in (*SIGNATORIES_AT, rules.signatories_at):
            if self.signatories_at.findData(value) < 0:
                self.signatories_at.addItem(names.get(value, value), value)
        self.signatories_at.setCurrentIndex(self.signatories_at.findData(rules.signatories_at))
        add_row(
            joint_form,
            self.tr("Print si&gnatories:"),
            self.signatories_at,
            self.tr("Where the call wants the list of organisations that sign"),
        )
        self.endorsement = OptionalDate(
            self.tr("E&ndorsements by"), endorsement_deadline, self._today
        )
        self.endorsement.setToolTip(self.tr("The last day for organisations to sign on"))
        joint_form.addRow(self.endorsement)
        layout = QVBoxLayout(page)
        layout.addWidget(cover)
        layout.addWidget(joint)
        layout.addStretch(1)
        return page

    # -- results --------------------------------------------------------------------------------
    def _deadline(self) -> date | None:
        deadline = self.deadline_fields.deadline()
        return deadline.day if deadline else None

    def accept(self) -> None:
        if not self.deadline_fields.is_valid():
            self.tabs.setCurrentIndex(0)
            self.deadline_fields.zone_edit.setFocus()
            return
        super().accept()

    def consultation(self) -> Consultation:
        """The consultation as edited; every field the dialog does not show is kept."""
        rules = self._original.rules
        shown = {name: box.isChecked() for name, box in self.cover_boxes.items()}
        result = replace(
            self._original,
            title=self.title_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
            reference=self.reference_edit.text().strip(),
            url=self.url_edit.text().strip(),
            language=self.language_box.currentText().strip() or "en",
            rules=replace(
                rules,
                word_limit=self.word_limit.value() or None,
                char_limit=self.char_limit.value() or None,
                numbered_paragraphs=self.numbered.isChecked(),
                footnotes_allowed=self.footnotes.isChecked(),
                total_word_limit=self.total_word_limit.value() or None,
                total_char_limit=self.total_char_limit.value() or None,
                page_limit=self.page_limit.value() or None,
                required_fields=required_fields(rules.required_fields, shown),
                signatories_at=str(self.signatories_at.currentData()),
            ),
        )
        result.set_deadline(self.deadline_fields.deadline())
        return result

    def submission_fields(self) -> SubmissionDates:
        """The submission's own dates this dialog edits, for ``drafting.set_fields``."""
        return {
            "sign_off": self.sign_off.value(),
            "endorsement_deadline": self.endorsement.value(),
        }
