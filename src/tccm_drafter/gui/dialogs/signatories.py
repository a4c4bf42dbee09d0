"""Submission › Signatories…: the organisations asked to sign a joint statement.

Each row has a status (invited, confirmed, declined, withdrawn) and the day it last changed;
only confirmed organisations are printed. A sign-on sheet (the CSV a form produces) is read by
``storage/signatories_csv.py`` and merged by ``model/signatories.py``: rows that cannot be used
are listed with their line numbers and the others come in. The dialog changes a copy; the
caller applies the result as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.errors import InputError
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.dialogs.deadline_fields import OptionalDate
from tccm_drafter.gui.i18n import day_text, ntr
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.gui.table_rows import select_row
from tccm_drafter.model import Signatory, SignatoryStatus

RunDialog = Callable[[QDialog], bool]
ChooseFile = Callable[[QWidget], Path | None]
COLUMNS = ("organisation", "name", "country", "status", "since", "contact")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Signatories", text)


def status_words(status: SignatoryStatus) -> str:
    words = {
        SignatoryStatus.INVITED: _tr("invited"),
        SignatoryStatus.CONFIRMED: _tr("confirmed"),
        SignatoryStatus.DECLINED: _tr("declined"),
        SignatoryStatus.WITHDRAWN: _tr("withdrawn"),
    }
    return words[status]


def choose_csv(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import Sign-on Sheet"),
        str(Path.home()),
        _tr("Sign-on sheets (*.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def run_modal(dialog: QDialog) -> bool:
    return bool(dialog.exec())


class SignatoryDialog(QDialog):
    """One signatory: organisation, person, country, status and its day, contact."""

    def __init__(self, signatory: Signatory, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signatory"))
        self._original = signatory
        self._today = today
        form = QFormLayout()
        self.organisation = add_row(form, self.tr("&Organisation:"), QLineEdit())
        self.organisation.setText(signatory.organisation)
        self.name = add_row(
            form,
            self.tr("&Signed by:"),
            QLineEdit(signatory.name),
            self.tr("The person who signs for the organisation, if the call prints one"),
        )
        self.country = add_row(form, self.tr("&Country:"), QLineEdit(signatory.country))
        self.status = QComboBox()
        for status in SignatoryStatus:
            self.status.addItem(status_words(status), status.value)
        self.status.setCurrentIndex(self.status.findData(signatory.status.value))
        add_row(form, self.tr("S&tatus:"), self.status, self.tr("Only confirmed ones are printed"))
        self.since = OptionalDate(self.tr("S&ince"), signatory.status_date, today)
        form.addRow(self.since)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.contact = add_row(form, self.tr("Co&ntact:"), QLineEdit(signatory.contact))
        self.buttons = ok_cancel(self)
        self.organisation.textChanged.connect(self._enable_ok)
        self._enable_ok()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _status_changed(self) -> None:
        """A new status dates from today, unless the user picks another day."""
        if self.chosen_status() is not self._original.status:
            self.since.set_value(self._today)

    def chosen_status(self) -> SignatoryStatus:
        return SignatoryStatus(str(self.status.currentData()))

    def _enable_ok(self) -> None:
        """OK once the organisation has a name (the list matches sign-on sheets by it)."""
        named = bool(self.organisation.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(named)

    def accept(self) -> None:
        if not self.organisation.text().strip():
            self.organisation.setFocus()
            return
        super().accept()

    def signatory(self) -> Signatory:
        return replace(
            self._original,
            organisation=" ".join(self.organisation.text().split()),
            name=self.name.text().strip(),
            country=self.country.text().strip(),
            status=self.chosen_status(),
            status_date=self.since.value(),
            contact=self.contact.text().strip(),
        )


class SignatoriesDialog(QDialog):
    """The list of signatories with add, edit, remove and import; accepted as a whole."""

    def __init__(
        self,
        signatories: list[Signatory],
        endorsement_deadline: date | None,
        *,
        today: date,
        run_dialog: RunDialog = run_modal,
        choose_file: ChooseFile = choose_csv,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signatories"))
        self._rows = [replace(s) for s in signatories]
        self._today = today
        self.run_dialog = run_dialog
        self.choose_file = choose_file
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.endorsement = OptionalDate(self.tr("&Endorsements by"), endorsement_deadline, today)
        self.endorsement.setToolTip(
            self.tr(
                "The last day for organisations to sign on; the checks list who has not answered"
            )
        )
        self.endorsement.changed.connect(self._show_summary)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Signed by"),
                self.tr("Country"),
                self.tr("Status"),
                self.tr("Since"),
                self.tr("Contact"),
            ]
        )
        self.table.setAccessibleName(self.tr("Signatories"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._enable)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import Sign-on Sheet…"))
        self.import_button.setToolTip(
            self.tr("Bring in the CSV file a sign-on form or spreadsheet saves")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_sheet)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        self.report = plain_label()
        self.report.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Rows that could not be imported"))
        self.problems.setMaximumHeight(80)
        self.report.hide()
        self.problems.hide()

        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.endorsement)
        layout.addLayout(middle, 1)
        layout.addWidget(self.report)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._fill()
        self.resize(900, 520)

    # -- results --------------------------------------------------------------------------------
    def signatories(self) -> list[Signatory]:
        return [replace(s) for s in self._rows]

    def endorsement_deadline(self) -> date | None:
        return self.endorsement.value()

    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- showing --------------------------------------------------------------------------------
    def _fill(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self._rows))
        for row, signatory in enumerate(self._rows):
            since = day_text(signatory.status_date) if signatory.status_date else ""
            values = (
                signatory.organisation,
                signatory.name,
                signatory.country,
                status_words(signatory.status),
                since,
                signatory.contact,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 3 and not signatory.is_printed:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        if select is not None and 0 <= select < len(self._rows):
            select_row(self.table, select)
        self._show_summary()
        self._enable()

    def _show_summary(self) -> None:
        counts = {status: 0 for status in SignatoryStatus}
        for signatory in self._rows:
            counts[signatory.status] += 1
        confirmed = counts[SignatoryStatus.CONFIRMED]
        text = self.tr(
            "{0} confirmed, {1} invited, {2} declined, {3} withdrawn. Only the {0} confirmed "
            "are printed."
        ).format(
            confirmed,
            counts[SignatoryStatus.INVITED],
            counts[SignatoryStatus.DECLINED],
            counts[SignatoryStatus.WITHDRAWN],
        )
        deadline = self.endorsement.value()
        if deadline is not None:
            days = (deadline - self._today).days
            if days < 0:
                text += " " + self.tr("Endorsements closed on {0}.").format(day_text(deadline))
            else:
                text += " " + self.tr(
                    "Endorsements close on {0} (%n day(s) left).", "", days
                ).format(day_text(deadline))
        self.summary.setText(text)

    def _enable(self) -> None:
        selected = bool(self._selected_rows())
        self.edit_button.setEnabled(len(self._selected_rows()) == 1)
        self.remove_button.setEnabled(selected)

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    # -- changing -------------------------------------------------------------------------------
    def add(self) -> None:
        dialog = SignatoryDialog(
            Signatory("", status=SignatoryStatus.INVITED, status_date=self._today),
            self._today,
            self,
        )
        dialog.setWindowTitle(self.tr("Add Signatory"))
        if self.run_dialog(dialog):
            self._rows.append(dialog.signatory())
            self._fill(select=len(self._rows) - 1)

    def edit_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            return
        dialog = SignatoryDialog(self._rows[rows[0]], self._today, self)
        if self.run_dialog(dialog):
            self._rows[rows[0]] = dialog.signatory()
            self._fill(select=rows[0])

    def remove_selected(self) -> None:
        rows = self._selected_rows()
        for row in reversed(rows):
            del self._rows[row]
        if rows:
            self._fill(select=min(rows[0], len(self._rows) - 1))

    def import_sheet(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Merge a sign-on sheet into the list and report what came in and what did not."""
        from tccm_drafter.app.signatories import read_signatories_csv
        from tccm_drafter.model.signatories import merge_signatories

        self.problems.clear()
        try:
            sheet = read_signatories_csv(path, today=self._today)
        except InputError as error:
            self._report(self.tr("{0} could not be imported: {1}").format(path.name, error.message))
            return
        merge = merge_signatories(self._rows, sheet.signatories)
        self._rows = merge.signatories
        self._fill()
        text = self.tr("{0}: {1} added, {2} updated, {3} unchanged.").format(
            path.name, len(merge.added), len(merge.changed), len(merge.unchanged)
        )
        if sheet.problems:
            text += " " + ntr("SignatoriesDialog", "%n row(s) left out:", len(sheet.problems))
            for problem in sheet.problems:
                where = self.tr("Line {0}: ").format(problem.line) if problem.line else ""
                self.problems.addItem(where + problem.message)
            self.problems.show()
        self._report(text)

    def _report(self, text: str) -> None:
        self.report.setText(text)
        self.report.show()
        self.problems.setVisible(self.problems.count() > 0)
