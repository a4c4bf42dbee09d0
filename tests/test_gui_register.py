"""The register of submissions in the desktop app: saving lists a submission; the register
window sets statuses, opens files, rebuilds and writes a calendar; the window shows the open
submission's deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clock_helpers import TODAY, MovableClock
from tccm_drafter.app import drafting
from tccm_drafter.app.clock import FixedClock
from tccm_drafter.gui.dialogs.status import StatusDialog
from tccm_drafter.gui.register_window import RegisterWindow, show_register
from tccm_drafter.model import Submission, SubmissionStatus
from tccm_drafter.sharing.register import (
    by_deadline,
    load_register,
    record_submission,
    register_path,
)
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

OSLO = ZoneInfo("Europe/Oslo")


def test_opening_and_saving_record_the_submission_in_the_register(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths: AppPaths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, prompter = open_window(qtbot, path)
    window.act["save"].trigger()
    entries = load_register(paths)
    assert [entry.path for entry in entries] == [path.absolute()]
    assert entries[0].title == submission().title
    discard_on_close(window, prompter)


def dated(title: str, day: date, *, zone: str = "", at: time | None = None) -> Submission:
    base = submission()
    return replace(
        base,
        title=title,
        consultation=replace(
            base.consultation,
            title=f"Call: {title}",
            deadline=day,
            deadline_time=at,
            deadline_zone=zone,
        ),
        sign_off=day - timedelta(days=5),
    )


def test_register_window_lists_sets_status_opens_and_writes_a_calendar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = prepare_home()
    later = tmp_path / "later.tccm"
    sooner = tmp_path / "sooner.tccm"
    for path, sub in (
        (later, dated("Later response", date(2027, 3, 1))),
        (sooner, dated("Sooner response", date(2026, 12, 15), zone="UTC-11", at=time(23, 59))),
    ):
        save_submission(sub, path)
        record_submission(paths, path, sub, today=TODAY)
    window, prompter = open_window(
        qtbot, later, clock=FixedClock(datetime(2026, 12, 12, 12, 0, tzinfo=OSLO))
    )
    window.act["register"].trigger()
    register = window.findChild(RegisterWindow)
    assert isinstance(register, RegisterWindow) and register.isVisible()
    register.local = OSLO
    register.refresh()
    table = register.table

    def row(number: int) -> list[str]:
        return [table.item(number, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]

    assert table.rowCount() == 2
    assert row(0)[:5] == [
        "16 December 2026, 11:59 CET (15 December 2026, 23:59 UTC-11)",
        "3 days left",
        "drafting",
        "Call: Sooner response",
        "Sooner response",
    ]
    assert row(1)[0] == "1 March 2027" and row(1)[6] == "later.tccm"

    # Mark the one not open as sent, with the day and where to.
    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("sent"))
        dialog.sent_on.setDate(date(2026, 12, 14))
        qtbot.keyClicks(dialog.sent_to, "inputs@consultation.example")
        dialog.accept()
        return True

    prompter.on_dialog = play
    table.selectRow(0)
    qtbot.mouseClick(register.status_button, Qt.MouseButton.LeftButton)
    saved = load_submission(sooner)
    assert (saved.status, saved.sent_on, saved.sent_to) == (
        SubmissionStatus.SENT,
        date(2026, 12, 14),
        "inputs@consultation.example",
    )
    assert row(0)[1:3] == ["", "sent 14 December 2026"]
    assert row(0)[5] == "inputs@consultation.example"
    assert [e.status for e in by_deadline(load_register(paths), window.clock.now())] == [
        SubmissionStatus.SENT,
        SubmissionStatus.DRAFTING,
    ]

    # The deadlines as a calendar that a calendar application reads back.
    register.choose_calendar = lambda _parent, _suggested: tmp_path / "deadlines"
    qtbot.mouseClick(register.ics_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    summaries = sorted(str(event.get("summary")) for event in calendar.walk("VEVENT"))
    assert summaries == [
        "Deadline: Later response",
        "Deadline: Sooner response",
        "Sign-off: Later response",
        "Sign-off: Sooner response",
    ]
    sooner_deadline = next(
        e for e in calendar.walk("VEVENT") if str(e.get("summary")) == "Deadline: Sooner response"
    )
    assert sooner_deadline.decoded("dtstart") == datetime(2026, 12, 16, 10, 59, tzinfo=UTC)

    # Double-click opens a submission in the window.
    item = table.item(0, 3)
    assert item is not None
    table.itemDoubleClicked.emit(item)
    assert window.state.path == sooner.absolute()
    assert window.submission.status is SubmissionStatus.SENT
    discard_on_close(window, prompter)


def test_status_of_the_open_submission_is_an_undoable_change_saved_with_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(dated("Response", date(2027, 3, 1)), path)
    window, prompter = open_window(qtbot, path)
    window.act["save"].trigger()  # listed in the register
    register = show_register(window)
    register.select_path(path)

    choose = {"status": "in-review"}

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(choose["status"]))
        assert not dialog.sent_to.isEnabled()
        dialog.accept()
        return True

    prompter.on_dialog = play
    qtbot.mouseClick(register.status_button, Qt.MouseButton.LeftButton)
    assert window.submission.status is SubmissionStatus.IN_REVIEW
    assert load_submission(path).status is SubmissionStatus.IN_REVIEW
    assert not window.isWindowModified()  # the file holds what the window shows
    assert window.act["undo"].text() == "&Undo Change Status"
    assert register.table.item(0, 2).text() == "in review"  # type: ignore[union-attr]

    # With other changes unsaved, the file gets the status only; the window keeps the rest.
    window.submission_actions.set_title("A title not saved yet")
    choose["status"] = "approved"
    qtbot.mouseClick(register.status_button, Qt.MouseButton.LeftButton)
    on_disk = load_submission(path)
    assert (on_disk.status, on_disk.title) == (SubmissionStatus.APPROVED, "Response")
    assert window.submission.status is SubmissionStatus.APPROVED
    assert window.isWindowModified()
    window.act["undo"].trigger()
    assert window.submission.status is SubmissionStatus.IN_REVIEW
    discard_on_close(window, prompter)


def test_a_damaged_register_is_said_and_rebuilt(qtbot: QtBot, tmp_path: Path) -> None:
    paths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(dated("Response", date(2027, 3, 1)), path)
    window, prompter = open_window(qtbot, path)
    window.act["save"].trigger()
    register_path(paths).write_text("format = 1\nsubmissions = [[[\n", encoding="utf-8")
    register = show_register(window)
    assert register.table.rowCount() == 0
    assert "cannot be read" in register.summary.text()
    qtbot.mouseClick(register.rebuild_button, Qt.MouseButton.LeftButton)
    assert register.table.rowCount() == 1
    assert [e.path for e in load_register(paths)] == [path.absolute()]
    discard_on_close(window, prompter)


def test_the_window_shows_the_deadline_and_warns_days_ahead(qtbot: QtBot, tmp_path: Path) -> None:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    clock = MovableClock(datetime(2026, 12, 12, 12, 0, tzinfo=OSLO))
    window, prompter = open_window(qtbot, path, clock=clock)
    label = window.submission_actions.deadline_label
    assert not label.isVisible()  # no deadline yet
    label.local = OSLO
    consultation = replace(
        window.submission.consultation,
        deadline=date(2026, 12, 15),
        deadline_time=time(23, 59),
        deadline_zone="UTC-11",
    )
    window.history.perform(
        drafting.set_fields(window.workspace, "Change", consultation=consultation)
    )
    assert label.isVisible()
    assert label.text() == "Deadline 16 Dec 11:59 CET — 3 days left"
    assert label.state == "near"  # within the week the settings warn
    clock.moment = datetime(2026, 12, 16, 12, 0, tzinfo=OSLO)
    label.refresh()
    assert label.text() == "Deadline 16 Dec 11:59 CET — passed"
    assert label.state == "passed" and "c62828" in label.styleSheet()
    window.act["undo"].trigger()
    assert not label.isVisible()
    discard_on_close(window, prompter)
