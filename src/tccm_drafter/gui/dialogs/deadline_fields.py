"""Fields for dates a call sets: the deadline with its time and zone, and optional days.

:class:`DeadlineFields` is the deadline as a call writes it: a day, a time of day and a time
zone in any form :mod:`tccm_drafter.model.timezones` reads ("UTC-11", "CET", "AoE",
"Europe/Zurich", "Geneva time"). As the user types, a line shows the deadline in the user's
own time (``format_deadline``) or says plainly that the zone is not understood. The call's
own wording can also be pasted whole ("15 December 2026, 23:59 UTC-11"; ``parse_deadline``).
"""

from __future__ import annotations

from datetime import date, time, tzinfo
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from tccm_drafter.errors import InputError
from tccm_drafter.gui.dialogs.common import add_row
from tccm_drafter.gui.i18n import deadline_text
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.model.deadline import END_OF_DAY, Deadline
from tccm_drafter.model.timezones import ABBREVIATIONS, UnknownZoneError, canonical_zone

#: Colour of the message saying a zone is not understood (readable on light and dark).
ERROR_STYLE = "color: #c62828;"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def zone_suggestions() -> list[str]:
    """What the zone field offers as the user types: offsets, abbreviations, IANA names."""
    offsets = [f"UTC{sign}{hours}" for hours in range(1, 15) for sign in ("+", "-")]
    abbreviations = ["AoE" if name == "AOE" else name for name in ABBREVIATIONS]
    return sorted({"UTC", *offsets, *abbreviations, *available_timezones()}, key=str.casefold)


class OptionalDate(QWidget):
    """A day that may be unset: a check box in front of a date field."""

    changed = Signal()

    def __init__(
        self, label: str, value: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        #: The window's today: an unset day shows a month from it when ticked.
        self._today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setAccessibleName(label.replace("&", ""))
        self.set_value(value)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(to_qdate(value) if value else to_qdate(self._today).addMonths(1))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None


class DeadlineFields(QWidget):
    """The deadline's day, time of day and zone, with the deadline in the user's own time."""

    #: True while the fields describe a deadline the app understands (or none at all).
    validityChanged = Signal(bool)

    def __init__(
        self,
        deadline: Deadline | None,
        *,
        today: date,
        local: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: The user's time zone (None: the computer's).
        self.local = local
        self._valid = True
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.day = OptionalDate(self.tr("&Deadline"), deadline.day if deadline else None, today)
        self.day.edit.setAccessibleName(self.tr("Deadline date"))
        self.has_deadline, self.deadline_edit = self.day.check, self.day.edit
        form.addRow(self.day)

        time_row = QWidget()
        row = QHBoxLayout(time_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_time = QCheckBox(self.tr("at &time"))
        self.has_time.setToolTip(self.tr("Without a time the deadline is the end of its day"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Deadline time"))
        moment = deadline.time if deadline and deadline.time else END_OF_DAY
        self.time_edit.setTime(QTime(moment.hour, moment.minute))
        self.has_time.setChecked(deadline is not None and deadline.time is not None)
        self.zone_edit = QLineEdit(deadline.zone if deadline else "")
        self.zone_edit.setPlaceholderText(self.tr("your own time zone"))
        self.zone_edit.setAccessibleName(self.tr("Time zone"))
        self.zone_edit.setToolTip(
            self.tr(
                "As the call writes it: UTC-11, CET, AoE, Europe/Zurich, Geneva time. "
                "Leave it empty for your own time zone."
            )
        )
        completer = QCompleter(zone_suggestions(), self.zone_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_edit.setCompleter(completer)
        zone_caption = QLabel(self.tr("time &zone"))
        zone_caption.setBuddy(self.zone_edit)
        row.addWidget(self.has_time)
        row.addWidget(self.time_edit)
        row.addWidget(zone_caption)
        row.addWidget(self.zone_edit, 1)
        form.addRow(time_row)

        # One line for both the deadline in the user's time and what is wrong, so the dialog
        # does not jump as the user types; room for two lines of text.
        self.local_line = plain_label()
        self.local_line.setWordWrap(True)
        self.local_line.setAccessibleName(self.tr("The deadline in your time"))
        self.local_line.setMinimumHeight(self.local_line.fontMetrics().lineSpacing() * 2 + 4)
        form.addRow(self.local_line)
        self._problem = False

        paste_row = QWidget()
        paste = QHBoxLayout(paste_row)
        paste.setContentsMargins(0, 0, 0, 0)
        self.call_text = QLineEdit()
        self.call_text.setPlaceholderText(self.tr("e.g. 15 December 2026, 23:59 UTC-11"))
        self.call_text.returnPressed.connect(self.read_call_text)
        read = QPushButton(self.tr("&Read"))
        read.setAutoDefault(False)
        read.setToolTip(self.tr("Fill in the day, time and zone from these words"))
        read.clicked.connect(self.read_call_text)
        paste.addWidget(self.call_text, 1)
        paste.addWidget(read)
        add_row(
            form,
            self.tr("From the call's te&xt:"),
            paste_row,
            self.tr("Paste the deadline from the call to fill in the fields above"),
        )
        self.call_text.setAccessibleName(self.tr("The deadline as the call words it"))

        self.has_deadline.toggled.connect(self._enable)
        self.has_time.toggled.connect(self._enable)
        self.day.changed.connect(self.refresh)
        self.has_time.toggled.connect(self.refresh)
        self.time_edit.timeChanged.connect(self.refresh)
        self.zone_edit.textChanged.connect(self.refresh)
        self._enable()
        self.refresh()

    # -- reading --------------------------------------------------------------------------------
    def is_valid(self) -> bool:
        return self._valid

    def zone(self) -> str:
        """The zone as the app keeps it ("" = the user's own); raises UnknownZoneError."""
        text = self.zone_edit.text().strip()
        return canonical_zone(text) if text else ""

    def deadline(self) -> Deadline | None:
        """The deadline the fields describe; raises UnknownZoneError for a zone not understood."""
        day = self.day.value()
        if day is None:
            return None
        if not self.has_time.isChecked():
            return Deadline(day)
        chosen = self.time_edit.time()
        return Deadline(day, time(chosen.hour(), chosen.minute()), self.zone())

    def set_deadline(self, deadline: Deadline | None) -> None:
        """Show ``deadline`` (None: no deadline) in the fields."""
        self.day.set_value(deadline.day if deadline else None)
        moment = deadline.time if deadline and deadline.time else END_OF_DAY
        self.time_edit.setTime(QTime(moment.hour, moment.minute))
        self.has_time.setChecked(deadline is not None and deadline.time is not None)
        self.zone_edit.setText(deadline.zone if deadline else "")
        self._enable()
        self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def _enable(self) -> None:
        on = self.has_deadline.isChecked()
        self.has_time.setEnabled(on)
        self.time_edit.setEnabled(on and self.has_time.isChecked())
        self.zone_edit.setEnabled(on and self.has_time.isChecked())

    def refresh(self) -> None:
        """Show the deadline in the user's time, or what is wrong with the zone."""
        try:
            deadline = self.deadline()
        except UnknownZoneError:
            self._show_problem(
                self.tr(
                    "“{0}” is not a time zone TCCM Drafter knows. Write an offset such as "
                    "UTC-11 or UTC+1, an abbreviation such as CET or AoE, or a place such as "
                    "Europe/Zurich or Geneva."
                ).format(self.zone_edit.text().strip())
            )
            return
        self._problem = False
        self.local_line.setStyleSheet("")
        if deadline is None:
            self.local_line.setText(self.tr("No deadline."))
        else:
            text = self.tr("In your time: {0}").format(deadline_text(deadline, self.local))
            typed = self.zone_edit.text().strip()
            if deadline.zone and typed != deadline.zone:
                text += " · " + self.tr("zone read as {0}").format(deadline.zone)
            if deadline.time is None:
                text += " " + self.tr("(the end of the day)")
            self.local_line.setText(text)
        self._set_valid(True)

    def showing_problem(self) -> bool:
        """True while the line under the fields says what is wrong (in red)."""
        return self._problem

    def _show_problem(self, message: str, *, invalid: bool = True) -> None:
        self._problem = True
        self.local_line.setStyleSheet(ERROR_STYLE)
        self.local_line.setText(message)
        if invalid:
            self._set_valid(False)

    def _set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def read_call_text(self) -> None:
        """Fill the fields from the call's words; a day already chosen is kept if none is said."""
        from tccm_drafter.model.deadline import parse_deadline

        text = self.call_text.text().strip()
        if not text:
            return
        try:
            found = parse_deadline(text, default_day=self.day.value())
        except InputError as error:
            # The fields still hold what they held: a message, and OK stays as it was.
            self._show_problem(
                self.tr("Could not read the deadline: {0}").format(error.message), invalid=False
            )
            return
        self.day.set_value(found.day)
        self.has_time.setChecked(found.time is not None)
        if found.time is not None:
            self.time_edit.setTime(QTime(found.time.hour, found.time.minute))
        self.zone_edit.setText(found.zone)
        self._enable()
        self.refresh()
