"""The organisation a submission speaks for, with saved profiles for reuse.

The dialog returns the organisation it was given (or the saved profile picked) with only the
fields it shows changed, so a field it does not show is never lost.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import load_profiles, save_profile
from tccm_drafter.errors import InputError
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.dialogs.country_box import CountryBox
from tccm_drafter.gui.plaintext import message_box, plain_label
from tccm_drafter.model import Organisation
from tccm_drafter.model.organisation import CAPACITIES, ECOSOC_STATUSES

GROUPS = [
    "Technical community",
    "Civil society",
    "Private sector",
    "Academia",
    "Government",
    "Intergovernmental organisation",
]
#: The UN regional groups, offered for "region"; a call's own wording can be typed instead.
REGIONS = [
    "African States",
    "Asia-Pacific States",
    "Eastern European States",
    "Latin American and Caribbean States",
    "Western European and Others",
]


def choice_box(choices: list[tuple[str, str]], tip: str) -> QComboBox:
    """A combo box of (value, words) with a first "not given" entry."""
    box = QComboBox()
    for value, words in choices:
        box.addItem(words, value)
    box.setToolTip(tip)
    return box


def set_choice(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index < 0:  # a value this version has no words for: shown as it is, and kept
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)


class ProfileDialog(QDialog):
    def __init__(
        self, paths: AppPaths, organisation: Organisation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation Profile"))
        self.paths = paths
        self._profiles = load_profiles(paths, errors=[])
        form = QFormLayout()
        self.saved = QComboBox()
        self.saved.addItem(self.tr("(fill in from a saved profile)"))
        for profile in self._profiles:
            self.saved.addItem(profile.name)
        self.saved.setEnabled(bool(self._profiles))
        self.saved.activated.connect(self._fill_from_saved)
        add_row(form, self.tr("Saved &profiles:"), self.saved)
        self.name = add_row(form, self.tr("&Name:"), QLineEdit())
        self.short_name = add_row(form, self.tr("S&hort name:"), QLineEdit())
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(GROUPS)
        add_row(form, self.tr("Stakeholder &group:"), self.group)
        self.country = add_row(
            form,
            self.tr("&Country:"),
            CountryBox(),
            self.tr("Type to search; documents print the country's name in their own language"),
        )
        #: Says when the country is no country of the list (kept as typed, printed so).
        self.country_note = plain_label("", self)
        self.country_note.setWordWrap(True)
        form.addRow("", self.country_note)
        self.country.editTextChanged.connect(self._country_changed)
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(["", *REGIONS])
        add_row(
            form,
            self.tr("&Region:"),
            self.region,
            self.tr("The UN regional group, or the region as the call words it"),
        )
        capacity_words = {
            "organisational": self.tr("On behalf of an organisation"),
            "individual": self.tr("In a personal capacity"),
        }
        self.capacity = add_row(
            form,
            self.tr("Capac&ity:"),
            choice_box(
                [("", self.tr("(not given)"))]
                + [(value, capacity_words[value]) for value in CAPACITIES],
                self.tr("Whether the submission is made for the organisation or by a person"),
            ),
        )
        ecosoc_words = {
            "general": self.tr("General consultative status"),
            "special": self.tr("Special consultative status"),
            "roster": self.tr("Roster"),
            "none": self.tr("No consultative status"),
        }
        self.ecosoc = add_row(
            form,
            self.tr("ECOSOC stat&us:"),
            choice_box(
                [("", self.tr("(not given)"))]
                + [(value, ecosoc_words[value]) for value in ECOSOC_STATUSES],
                self.tr("Consultative status with the UN Economic and Social Council"),
            ),
        )
        self.website = add_row(form, self.tr("&Website:"), QLineEdit())
        self.contact = add_row(form, self.tr("C&ontact person:"), QLineEdit())
        self.email = add_row(form, self.tr("&Email:"), QLineEdit())
        self.signatory = add_row(
            form,
            self.tr("Si&gnatory line:"),
            QLineEdit(),
            self.tr("Printed under letters, e.g. 'Jane Doe, Chief Executive'"),
        )
        reference_row = QWidget()
        row = QHBoxLayout(reference_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("built-in document"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose your organisation's Word file (.docx or .dotx)"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.reference, 1)
        row.addWidget(browse)
        add_row(
            form,
            self.tr("Word &letterhead:"),
            reference_row,
            self.tr("Its styles, page set-up, header and footer are used for Word exports"),
        )
        self.reference.setAccessibleName(self.tr("Word letterhead"))
        self.save_for_reuse = QCheckBox(self.tr("&Save as a profile for reuse"))
        self.save_for_reuse.setChecked(not self._profiles)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_for_reuse)
        layout.addWidget(ok_cancel(self))
        self._base = organisation
        self._show(organisation)
        self.resize(560, self.sizeHint().height())

    def _show(self, org: Organisation) -> None:
        self.name.setText(org.name)
        self.short_name.setText(org.short_name)
        self.group.setCurrentText(org.stakeholder_group)
        self.country.set_value(org.country)
        self._country_changed()
        self.region.setCurrentText(org.region)
        set_choice(self.capacity, org.capacity)
        set_choice(self.ecosoc, org.ecosoc_status)
        self.website.setText(org.website)
        self.contact.setText(org.contact_person)
        self.email.setText(org.email)
        self.signatory.setText(org.signatory)
        self.reference.setText(org.reference_docx)

    def _country_changed(self) -> None:
        known = self.country.is_known()
        self.country_note.setVisible(not known)
        if not known:
            self.country_note.setText(
                self.tr(
                    "“{0}” is not in the list of countries: it is kept as typed and prints "
                    "that way in every language. Choose the country from the list."
                ).format(self.country.currentText().strip())
            )

    def _fill_from_saved(self, index: int) -> None:
        if index > 0:
            self._base = self._profiles[index - 1]
            self._show(self._base)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word document"),
            str(Path.home()),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.reference.setText(path)

    def organisation(self) -> Organisation:
        """The organisation as edited; fields the dialog does not show are kept."""
        return replace(
            self._base,
            name=self.name.text().strip(),
            short_name=self.short_name.text().strip(),
            stakeholder_group=self.group.currentText().strip(),
            country=self.country.code(),
            website=self.website.text().strip(),
            contact_person=self.contact.text().strip(),
            email=self.email.text().strip(),
            signatory=self.signatory.text().strip(),
            reference_docx=self.reference.text().strip(),
            region=self.region.currentText().strip(),
            capacity=str(self.capacity.currentData() or ""),
            ecosoc_status=str(self.ecosoc.currentData() or ""),
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Please enter the organisation's name.")
            )
            self.name.setFocus()
            return
        if self.save_for_reuse.isChecked():
            try:
                save_profile(self.paths, self.organisation())
            except (InputError, OSError) as error:
                message_box(
                    self,
                    QMessageBox.Icon.Warning,
                    self.windowTitle(),
                    self.tr("The profile could not be saved: {0}").format(error),
                ).exec()
                return
        super().accept()
