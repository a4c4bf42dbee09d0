"""Submission › Signatories…: a sign-on sheet imported with its bad rows reported, rows added
and edited by hand, and the whole change one step of the undo history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.dialogs import SignatoriesDialog, SignatoryDialog
from tccm_drafter.model import Signatory, SignatoryStatus
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

CONFIRMED, INVITED = SignatoryStatus.CONFIRMED, SignatoryStatus.INVITED
DECLINED = SignatoryStatus.DECLINED

# As a form exports it: line 3 has no organisation, lines 4-5 an answer that is neither.
SHEET = (
    "Organisation,Country,Endorse?\n"
    "Example IXP,KE,yes\n"
    ',NO,"yes"\n'
    '"Example\nForum",CH,perhaps\n'
    "Example NOG,IN,no\n"
    "example rir,UY,yes\n"
)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def table_rows(dialog: SignatoriesDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (table.item(row, 0).text(), table.item(row, 3).text())  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def test_import_reports_bad_rows_and_one_undo_removes_it(qtbot: QtBot, tmp_path: Path) -> None:
    prepare_home()
    path = tmp_path / "joint-statement.tccm"
    start = replace(
        submission(),
        signatories=[Signatory("Example RIR", status=INVITED, status_date=date(2026, 11, 1))],
        endorsement_deadline=date(2026, 12, 1),
    )
    save_submission(start, path)
    sheet = tmp_path / "sign-on.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    window, prompter = open_window(qtbot, path)
    seen: dict[str, object] = {}

    def play(dialog: QDialog) -> bool:
        if isinstance(dialog, SignatoryDialog):  # Add…: a row typed by hand
            shown(qtbot, dialog)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert not ok.isEnabled()  # a row needs the organisation's name
            qtbot.keyClicks(dialog.organisation, "Example Academic Network")
            assert ok.isEnabled()
            dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
            return dialog.result() == QDialog.DialogCode.Accepted
        assert isinstance(dialog, SignatoriesDialog)
        shown(qtbot, dialog)
        assert table_rows(dialog) == [("Example RIR", "invited")]
        assert dialog.summary.text().startswith("0 confirmed, 1 invited")
        assert "Endorsements close on 1 December 2026" in dialog.summary.text()
        dialog.choose_file = lambda _parent: sheet
        click(qtbot, dialog.import_button)
        seen["rows"] = table_rows(dialog)
        seen["report"] = dialog.report.text()
        seen["problems"] = [dialog.problems.item(n).text() for n in range(dialog.problems.count())]
        click(qtbot, dialog.add_button)
        seen["summary"] = dialog.summary.text()
        click(qtbot, dialog.ok())
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["signatories"].trigger()
    # The good rows came in (the known one updated, matched whatever its case), the bad ones
    # are listed with their lines.
    assert seen["rows"] == [
        ("Example RIR", "confirmed"),
        ("Example IXP", "confirmed"),
        ("Example NOG", "declined"),
    ]
    assert seen["report"] == "sign-on.csv: 2 added, 1 updated, 0 unchanged. 2 rows left out:"
    assert seen["problems"] == [
        "Line 3: no organisation in this row",
        "Line 4: cannot tell whether 'perhaps' means yes or no; use confirmed, declined, "
        "withdrawn or invited",
    ]
    assert str(seen["summary"]).startswith("3 confirmed, 0 invited, 1 declined, 0 withdrawn.")
    signatories = window.submission.signatories
    assert [(s.organisation, s.status) for s in signatories] == [
        ("Example RIR", CONFIRMED),
        ("Example IXP", CONFIRMED),
        ("Example NOG", DECLINED),
        ("Example Academic Network", CONFIRMED),
    ]
    assert [s.organisation for s in window.submission.printed_signatories()] == [
        "Example RIR",
        "Example IXP",
        "Example Academic Network",
    ]
    assert window.act["undo"].text() == "&Undo Change Signatories"
    window.act["undo"].trigger()
    assert window.submission == load_submission(path)
    discard_on_close(window, prompter)


def test_edit_and_remove_rows_and_cancel_changes_nothing(qtbot: QtBot) -> None:
    rows = [
        Signatory("Example IXP", status=INVITED),
        Signatory("Example NOG", status=CONFIRMED, status_date=date(2026, 11, 2)),
    ]
    today = date(2026, 11, 22)

    def play_row(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignatoryDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
        dialog.name.setText("Amina")
        dialog.accept()
        return True

    dialog = SignatoriesDialog(rows, None, today=today, run_dialog=play_row)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert not dialog.edit_button.isEnabled()
    dialog.table.selectRow(1)
    click(qtbot, dialog.edit_button)
    assert dialog.signatories()[1] == Signatory(
        "Example NOG", "Amina", status=SignatoryStatus.WITHDRAWN, status_date=today
    )
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    assert [s.organisation for s in dialog.signatories()] == ["Example NOG"]
    assert dialog.summary.text().startswith("0 confirmed")
    assert rows[0].organisation == "Example IXP" and rows[1].name == ""  # the caller's list


def test_a_file_that_is_not_a_sign_on_sheet_is_refused_whole(qtbot: QtBot, tmp_path: Path) -> None:
    sheet = tmp_path / "colours.csv"
    sheet.write_text("Colour,Size\nred,L\n", encoding="utf-8")
    dialog = SignatoriesDialog([Signatory("Example IXP")], None, today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda _parent: sheet
    shown(qtbot, dialog)
    click(qtbot, dialog.import_button)
    assert dialog.report.text().startswith("colours.csv could not be imported: no column for")
    assert [s.organisation for s in dialog.signatories()] == ["Example IXP"]
