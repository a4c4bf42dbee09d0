"""Consultation Details and Organisation Profile with the rules calls set: the deadline's time
and zone typed as a user does, shown in the user's time; nothing the dialogs do not show lost."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QTimeEdit
from pytestqt.qtbot import QtBot

from clock_helpers import TODAY
from tccm_drafter.gui.dialogs import ConsultationDialog, ProfileDialog
from tccm_drafter.model import Consultation, Organisation, Rules
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import load_profiles
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

OSLO = ZoneInfo("Europe/Oslo")


def type_time(qtbot: QtBot, edit: QTimeEdit, text: str) -> None:
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, text)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    """On screen, as the user sees it (clicks land only on visible widgets)."""
    dialog.show()
    qtbot.waitExposed(dialog)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box (a wide one's middle is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def dialog_with_deadline(qtbot: QtBot, consultation: Consultation) -> ConsultationDialog:
    dialog = ConsultationDialog(consultation, today=TODAY, local=OSLO)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def test_typed_time_and_zone_show_the_deadline_in_local_time(qtbot: QtBot) -> None:
    dialog = dialog_with_deadline(qtbot, Consultation(title="WSIS+20", deadline=date(2026, 12, 15)))
    fields = dialog.deadline_fields
    assert fields.local_line.text() == "In your time: 15 December 2026 (the end of the day)"
    qtbot.mouseClick(fields.has_time, Qt.MouseButton.LeftButton)
    type_time(qtbot, fields.time_edit, "23:59")
    qtbot.keyClicks(fields.zone_edit, "UTC-11")
    assert fields.local_line.text() == (
        "In your time: 16 December 2026, 11:59 CET (15 December 2026, 23:59 UTC-11)"
    )
    fields.zone_edit.clear()
    qtbot.keyClicks(fields.zone_edit, "Geneva time")
    assert fields.local_line.text() == (
        "In your time: 15 December 2026, 23:59 CET · zone read as Europe/Zurich"
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.consultation()
    assert (result.deadline, result.deadline_time, result.deadline_zone) == (
        date(2026, 12, 15),
        time(23, 59),
        "Europe/Zurich",
    )


def test_the_calls_own_words_fill_the_fields(qtbot: QtBot) -> None:
    dialog = dialog_with_deadline(qtbot, Consultation())
    fields = dialog.deadline_fields
    qtbot.keyClicks(fields.call_text, "Tuesday 15 December 2026, 23:59 AoE")
    qtbot.keyClick(fields.call_text, Qt.Key.Key_Return)
    assert fields.has_deadline.isChecked() and fields.has_time.isChecked()
    assert fields.zone_edit.text() == "AoE"
    assert "16 December 2026, 12:59 CET" in fields.local_line.text()
    fields.call_text.clear()
    qtbot.keyClicks(fields.call_text, "soon-ish")
    qtbot.keyClick(fields.call_text, Qt.Key.Key_Return)
    assert fields.showing_problem()
    assert "Could not read the deadline" in fields.local_line.text()
    assert dialog.ok_button.isEnabled()  # the fields still hold the AoE deadline
    assert dialog.consultation().deadline_zone == "AoE"


def test_a_zone_not_understood_is_said_and_ok_waits(qtbot: QtBot) -> None:
    dialog = dialog_with_deadline(
        qtbot,
        Consultation(deadline=date(2026, 12, 15), deadline_time=time(17, 0), deadline_zone="CET"),
    )
    fields = dialog.deadline_fields
    assert dialog.ok_button.isEnabled()
    fields.zone_edit.clear()
    qtbot.keyClicks(fields.zone_edit, "Mars time")
    assert fields.showing_problem()
    assert "“Mars time” is not a time zone" in fields.local_line.text()
    assert "UTC-11" in fields.local_line.text()  # says how to write one
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not accept either
    assert dialog.result() != QDialog.DialogCode.Accepted
    fields.zone_edit.clear()
    qtbot.keyClicks(fields.zone_edit, "UTC+5:30")
    assert not fields.showing_problem()
    assert dialog.ok_button.isEnabled()
    assert dialog.consultation().deadline_zone == "UTC+5:30"


def rich_consultation() -> Consultation:
    return Consultation(
        title="Call for inputs",
        organiser="Example Secretariat",
        reference="REF-7",
        url="https://consultation.example/call",
        deadline=date(2027, 3, 31),
        language="fr-FR",
        rules=Rules(
            word_limit=400,
            char_limit=2500,
            numbered_paragraphs=True,
            footnotes_allowed=False,
            total_word_limit=1800,
            total_char_limit=12_000,
            page_limit=5,
            required_fields=["website", "region", "capacity"],
            signatories_at="start",
        ),
        deadline_time=time(12, 0),
        deadline_zone="America/New_York",
    )


def test_every_field_survives_a_round_trip_and_boxes_change_only_theirs(qtbot: QtBot) -> None:
    original = rich_consultation()
    dialog = ConsultationDialog(
        original,
        today=TODAY,
        sign_off=date(2027, 3, 20),
        endorsement_deadline=date(2027, 3, 25),
        local=OSLO,
    )
    qtbot.addWidget(dialog)
    assert dialog.total_word_limit.value() == 1800
    assert dialog.cover_boxes["region"].isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.consultation() == original
    assert dialog.submission_fields() == {
        "sign_off": date(2027, 3, 20),
        "endorsement_deadline": date(2027, 3, 25),
    }

    again = ConsultationDialog(original, today=TODAY, local=OSLO)
    qtbot.addWidget(again)
    shown(qtbot, again)
    again.tabs.setCurrentIndex(2)
    tick(qtbot, again.cover_boxes["region"])
    tick(qtbot, again.cover_boxes["country_name"])
    again.page_limit.setValue(0)
    again.signatories_at.setCurrentIndex(again.signatories_at.findData("end"))
    rules = again.consultation().rules
    # "website" has no box here: it stays, in its place.
    assert rules.required_fields == ["website", "capacity", "country_name"]
    assert (rules.page_limit, rules.signatories_at, rules.total_char_limit) == (None, "end", 12_000)
    assert again.submission_fields() == {"sign_off": None, "endorsement_deadline": None}


def test_details_from_the_menu_are_one_undoable_change(qtbot: QtBot, tmp_path: Path) -> None:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, prompter = open_window(qtbot, path)

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConsultationDialog)
        shown(qtbot, dialog)
        fields = dialog.deadline_fields
        qtbot.mouseClick(fields.has_deadline, Qt.MouseButton.LeftButton)
        fields.deadline_edit.setDate(date(2027, 1, 15))
        qtbot.mouseClick(fields.has_time, Qt.MouseButton.LeftButton)
        type_time(qtbot, fields.time_edit, "17:00")
        qtbot.keyClicks(fields.zone_edit, "CET")
        qtbot.mouseClick(dialog.sign_off.check, Qt.MouseButton.LeftButton)
        dialog.sign_off.edit.setDate(date(2027, 1, 8))
        dialog.total_word_limit.setValue(1500)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["consultation"].trigger()
    sub = window.submission
    assert sub.consultation.full_deadline() is not None
    assert (sub.consultation.deadline_time, sub.consultation.deadline_zone) == (time(17), "CET")
    assert sub.sign_off == date(2027, 1, 8)
    assert sub.consultation.rules.total_word_limit == 1500
    assert sub.consultation.rules.word_limit == 250  # kept from the file
    assert window.act["undo"].text() == "&Undo Change Consultation Details"
    window.act["undo"].trigger()
    assert window.submission == load_submission(path)
    discard_on_close(window, prompter)


def test_profile_keeps_and_edits_the_new_fields(qtbot: QtBot) -> None:
    paths = AppPaths.resolve()
    original = Organisation(
        name="Example Registry",
        country="NO",
        reference_docx="letterhead.docx",
        region="Western European and Others",
        capacity="organisational",
        ecosoc_status="special",
    )
    dialog = ProfileDialog(paths, original)
    qtbot.addWidget(dialog)
    dialog.save_for_reuse.setChecked(False)
    assert dialog.capacity.currentText() == "On behalf of an organisation"
    dialog.accept()
    assert dialog.organisation() == original

    again = ProfileDialog(paths, original)
    qtbot.addWidget(again)
    again.capacity.setCurrentIndex(again.capacity.findData("individual"))
    again.ecosoc.setCurrentIndex(again.ecosoc.findData(""))
    again.region.setCurrentText("")
    qtbot.keyClicks(again.region, "Africa")
    again.save_for_reuse.setChecked(True)
    again.accept()
    edited = again.organisation()
    assert (edited.capacity, edited.ecosoc_status, edited.region) == ("individual", "", "Africa")
    assert edited.reference_docx == "letterhead.docx"
    saved = load_profiles(paths)
    assert [(p.name, p.capacity, p.region) for p in saved] == [
        ("Example Registry", "individual", "Africa")
    ]
