"""File › Register of Submissions…: every submission saved with the app, nearest deadline first.

A window beside the main one (not modal). It reads the register through
``sharing/register.py``, sets a submission's status there (which writes the ``.tccm`` and
the register), opens a submission on double-click, rebuilds a lost or damaged register from
the files, and writes the deadlines as an .ics calendar (``sharing/register_ics.py``).

When the submission whose status changes is the one open in the main window, the change is
also an undoable edit there, so saving later keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.register import RegisterEntry, by_deadline, load_register
from tccm_drafter.errors import InputError
from tccm_drafter.gui.deadline_label import PASSED_STYLE, left_text
from tccm_drafter.gui.dialogs.status import StatusDialog, status_words
from tccm_drafter.gui.i18n import day_text, deadline_text, ntr
from tccm_drafter.gui.plaintext import plain_label, tip
from tccm_drafter.gui.table_rows import select_row
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.model.deadline import DeadlineState, days_left, deadline_state

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost

PATH_ROLE = Qt.ItemDataRole.UserRole


def choose_calendar(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RegisterWindow", "Export Calendar"),
        suggested,
        QCoreApplication.translate("RegisterWindow", "Calendars (*.ics)"),
    )
    return Path(name) if name else None


class RegisterWindow(QDialog):
    """The register as a table with Open, Set Status…, Rebuild and Export Calendar…."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.setWindowTitle(self.tr("Register of Submissions"))
        self.setModal(False)
        self._host = host
        #: The user's zone (None: the computer's); tests set it.
        self.local: tzinfo | None = None
        self.entries: list[RegisterEntry] = []
        #: Asks where to write the calendar (tests answer instead of a file dialog).
        self.choose_calendar: Callable[[QWidget, str], Path | None] = choose_calendar
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Deadline (your time)"),
                self.tr("Left"),
                self.tr("Status"),
                self.tr("Consultation"),
                self.tr("Submission"),
                self.tr("Sent to"),
                self.tr("File"),
            ]
        )
        self.table.setAccessibleName(self.tr("Submissions"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):  # titles can be long: cut with "…", whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 210)
        header.setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)

        self.open_button = QPushButton(self.tr("&Open"))
        self.status_button = QPushButton(self.tr("Set &Status…"))
        self.rebuild_button = QPushButton(self.tr("&Rebuild"))
        self.rebuild_button.setToolTip(
            self.tr("Make the register again from the submission files it lists and recent files")
        )
        self.ics_button = QPushButton(self.tr("Export &Calendar…"))
        self.ics_button.setToolTip(
            self.tr("Write the deadlines and sign-off dates as an .ics file for your calendar")
        )
        close = QPushButton(self.tr("Close"))
        self.open_button.clicked.connect(self.open_selected)
        self.status_button.clicked.connect(self.set_status_selected)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.ics_button.clicked.connect(self.export_calendar)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.status_button, self.rebuild_button, self.ics_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1240, 420)
        self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again and show it, nearest deadline first."""
        now = self._host.clock.now()
        try:
            self.entries = by_deadline(load_register(self._host.paths), now)
        except InputError as error:
            self.entries = []
            self.summary.setStyleSheet(PASSED_STYLE)
            self.summary.setText(
                self.tr(
                    "The register cannot be read ({0}). Rebuild it to make it again from the files."
                ).format(error)
            )
        else:
            self.summary.setStyleSheet("")
            if self.entries:
                text = ntr(
                    "RegisterWindow",
                    "%n submission(s), nearest deadline first. Double-click one to open it.",
                    len(self.entries),
                )
            else:
                text = self.tr("No submissions yet: every submission you save is listed here.")
            self.summary.setText(text)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._show_row(row, entry, now)
        self._enable()

    def _show_row(self, row: int, entry: RegisterEntry, now: datetime) -> None:
        local = self.local if self.local is not None else now.tzinfo
        deadline, left, passed = "", "", False
        if entry.deadline is not None:
            deadline = deadline_text(entry.deadline, local)
            sent = entry.status is SubmissionStatus.SENT
            state = deadline_state(entry.deadline, now, 0, sent=sent)
            passed = state is DeadlineState.PASSED
            left = "" if sent else left_text(days_left(entry.deadline, now))
        status = status_words(entry.status)
        if entry.status is SubmissionStatus.SENT and entry.sent_on is not None:
            status += " " + day_text(entry.sent_on)
        values = (
            deadline,
            left,
            status,
            entry.consultation,
            entry.title,
            entry.sent_to,
            entry.path.name,
        )
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(PATH_ROLE, str(entry.path))
            if column == 6:
                item.setToolTip(tip(str(entry.path)))
            elif column in (3, 4):
                item.setToolTip(tip(text))
            if passed and column in (0, 1):
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(row, column, item)
        first = self.table.item(row, 0)
        if entry.sign_off is not None and first is not None:
            first.setToolTip(
                tip(self.tr("Internal sign-off: {0}").format(day_text(entry.sign_off)))
            )

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)

    def selected(self) -> RegisterEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entries[rows[0].row()]

    def select_path(self, path: Path) -> None:
        for row, entry in enumerate(self.entries):
            if entry.path == Path(path).absolute():
                select_row(self.table, row)
                return

    # -- actions --------------------------------------------------------------------------------
    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._host.open_file(entry.path)

    def set_status_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        today = self._host.clock.now().date()
        dialog = StatusDialog(
            entry.title or entry.consultation or entry.path.name,
            entry.status,
            today=today,
            sent_on=entry.sent_on,
            sent_to=entry.sent_to,
            parent=self,
        )
        if not self._host.prompter.run_dialog(dialog):
            return
        status, on, sent_to = dialog.values()
        try:
            self._apply_status(entry.path, status, on, sent_to)
        except (InputError, OSError) as error:
            self._host.prompter.show_error(self, self.tr("Cannot set the status"), str(error))
        self.refresh()
        self.select_path(entry.path)

    def _apply_status(
        self, path: Path, status: SubmissionStatus, on: date, sent_to: str | None
    ) -> None:
        from tccm_drafter.app import drafting
        from tccm_drafter.app.register import set_status

        host = self._host
        open_path = host.state.path
        if open_path is None or Path(open_path).absolute() != path:
            set_status(host.paths, path, status, on=on, sent_to=sent_to)
            return
        # The open submission: an undoable edit in the window, and the file and register too.
        was_modified = host.state.modified
        changed = replace(host.workspace.submission)
        changed.mark_status(status, on, sent_to=sent_to)
        host.history.perform(
            drafting.set_fields(
                host.workspace,
                "Change Status",
                status=changed.status,
                sent_on=changed.sent_on,
                sent_to=changed.sent_to,
            )
        )
        if not was_modified:
            host.save()  # the file was as the window shows it: saving writes file and register
        else:  # keep the user's other changes unsaved; the file gets only the status
            set_status(host.paths, path, status, on=on, sent_to=sent_to)
            host.state.reread(path)  # our own write: the next save is not a conflict

    def rebuild(self) -> None:
        from tccm_drafter.app.register import rebuild_register

        result = rebuild_register(self._host.paths, today=self._host.clock.now().date())
        self.refresh()
        if result.problems:
            self._host.prompter.show_info(
                self,
                self.tr("Register rebuilt"),
                self.tr(
                    "%n submission(s) listed. These files could not be read:",
                    "",
                    len(result.entries),
                )
                + "\n\n"
                + "\n".join(str(problem) for problem in result.problems[:20]),
            )

    def export_calendar(self) -> None:
        from tccm_drafter.app.register import write_register_calendar

        suggested = Path.home() / "submission-deadlines.ics"
        target = self.choose_calendar(self, str(suggested))
        if target is None:
            return
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            write_register_calendar(
                target, load_register(self._host.paths), now=self._host.clock.now()
            )
        except (InputError, OSError) as error:
            self._host.prompter.show_error(self, self.tr("Cannot write the calendar"), str(error))
            return
        self.summary.setText(self.tr("Wrote {0}").format(target))


def show_register(host: WindowHost) -> RegisterWindow:
    """Show the register window (one per main window), read afresh."""
    window = host.widget().findChild(RegisterWindow)
    if not isinstance(window, RegisterWindow):
        window = RegisterWindow(host)
    else:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
