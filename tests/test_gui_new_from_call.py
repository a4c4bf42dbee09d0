"""File › New from Call… and Submission › Paste Questions… in the window: the questions'
preview (tick, rename, counted with correct plurals), then the sections."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import PasteQuestionsDialog
from tccm_drafter.gui.dialogs.new_from_call import NewFromCallDialog
from tccm_drafter.gui.dialogs.questions import QuestionsPreview
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.plurals import english_plural
from tccm_drafter.model.deadline import Deadline
from test_gui_review import FilePrompter
from test_gui_support import prepare_home, window_settings

CALLS = Path(__file__).parent / "data" / "calls"


def open_window(qtbot: QtBot) -> tuple[MainWindow, FilePrompter]:
    paths = prepare_home()
    prompter = FilePrompter()
    window = create_window(
        paths, None, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    return window, prompter


def untick(preview: QuestionsPreview, row: int) -> None:
    preview.item(row, 0).setCheckState(Qt.CheckState.Unchecked)


def choose_file(qtbot: QtBot, window: MainWindow, dialog: NewFromCallDialog) -> None:
    """Choose the Call's File… in the dialog: the file is read off the GUI thread; wait
    until what the read brought is shown (or said)."""
    with qtbot.waitSignal(window.reader.finished, timeout=60_000):
        dialog.file_button.click()


def test_new_from_call_previews_the_questions_then_makes_the_sections(qtbot: QtBot) -> None:
    window, prompter = open_window(qtbot)
    window.add_questions("1. A question we were working on?")  # unsaved work
    assert window.isWindowModified()
    prompter.open_to = CALLS / "call.docx"
    prompter.save_choice = SaveChoice.DISCARD
    seen: list[NewFromCallDialog] = []

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        seen.append(dialog)
        assert prompter.asked == [], "the dialog comes first: a file or pasted text"
        choose_file(qtbot, window, dialog)
        preview = dialog.preview
        assert preview.rowCount() == 6
        assert [preview.item(row, 1).text() for row in range(3)] == [
            "2,000 characters",
            "150 words",
            "100 words",
        ]
        assert dialog.summary.text() == "The new submission will have 6 sections."
        assert dialog.title() == "Call for inputs: Internet governance after the twenty-year review"
        assert prompter.asked == ["open:Choose the Call for Input"], "no question asked yet"
        untick(preview, 3)
        untick(preview, 5)
        preview.item(0, 0).setText("The IGF by 2030")
        assert dialog.summary.text() == "The new submission will have 4 sections."
        dialog.call_title.setText("IGF call for inputs")
        dialog.create_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    assert seen
    assert prompter.asked[-1].startswith("save-changes:"), "unsaved work: asked, as File › New"
    submission = window.submission
    assert [s.title for s in submission.sections] == [
        "The IGF by 2030",
        "What support do small delegations need",
        "Who should provide that support",
        "How do you take part in standards development",
    ]
    assert [s.word_limit for s in submission.sections] == [None, 150, 100, 250]
    assert submission.sections[0].char_limit == 2000
    assert submission.consultation.title == "IGF call for inputs"
    assert submission.title == "Response to IGF call for inputs"
    assert window.outline.rowCount() == 4
    assert window.isWindowModified(), "a new submission worth saving"
    assert window.state.name == "call-response.tccm"
    assert window.history.core.count == 0


def test_new_from_call_shows_the_calls_deadline_and_limits_and_keeps_them(qtbot: QtBot) -> None:
    """A real call (tests/data/calls/corpus): papers of about 2000 words in all, due by
    September 30, 2023. The dialog shows both; the deadline can be corrected before the
    submission is made, and both reach the new submission's consultation."""
    window, prompter = open_window(qtbot)
    prompter.open_to = CALLS / "corpus" / "techenvoy-2023-ai-papers.docx"

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        choose_file(qtbot, window, dialog)
        fields = dialog.deadline_fields
        assert fields.has_deadline.isChecked()
        assert fields.deadline_edit.date() == QDate(2023, 9, 30)
        assert not fields.has_time.isChecked()
        assert dialog.shared_limits.isVisibleTo(dialog)
        assert dialog.shared_limits.text() == (
            "Limits the call states once: the whole submission 2,000 words"
        )
        assert dialog.preview.rowCount() == 3
        fields.has_time.setChecked(True)
        fields.time_edit.setTime(QTime(12, 0))
        fields.zone_edit.setText("UTC")
        assert dialog.create_button.isEnabled()
        fields.zone_edit.setText("Atlantis time")
        assert not dialog.create_button.isEnabled(), "no submission with a zone not understood"
        fields.zone_edit.setText("New York time")
        dialog.create_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    consultation = window.submission.consultation
    assert consultation.full_deadline() == Deadline(
        date(2023, 9, 30), time(12, 0), "America/New_York"
    )
    assert consultation.rules.total_word_limit == 2000
    assert [s.title for s in window.submission.sections] == [
        "Key Issues on Global AI Governance",
        "Current Efforts in Global AI Governance",
        "Models in Global AI Governance",
    ]


def test_new_from_call_without_a_deadline_leaves_it_unset(qtbot: QtBot) -> None:
    window, prompter = open_window(qtbot)
    prompter.open_to = CALLS / "corpus" / "cwg-internet-2016-access.pdf"

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        choose_file(qtbot, window, dialog)
        assert not dialog.deadline_fields.has_deadline.isChecked()
        assert dialog.deadline_fields.local_line.text() == "No deadline."
        assert not dialog.shared_limits.isVisibleTo(dialog)
        dialog.create_button.click()
        return True

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    assert window.submission.consultation.full_deadline() is None
    assert len(window.submission.sections) == 5


def test_new_from_call_cancelled_or_unreadable_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, prompter = open_window(qtbot)
    window.add_questions("1. Ours?")
    before = window.submission
    prompter.open_to = CALLS / "call.pdf"
    window.act["new_from_call"].trigger()  # the scripted user cancels the preview
    assert isinstance(prompter.dialogs[-1], NewFromCallDialog)
    assert window.submission is before
    assert not any(a.startswith("save-changes") for a in prompter.asked)

    # A file that cannot be read is said in one line; one that holds no question, in the
    # dialog.
    said: list[str] = []

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        choose_file(qtbot, window, dialog)
        said.append(dialog.summary.text())
        assert not dialog.create_button.isEnabled()
        return False

    prompter.on_dialog = choose
    broken = tmp_path / "call.pdf"
    broken.write_bytes(b"%PDF-1.4 but nothing else")
    prompter.open_to = broken
    window.act["new_from_call"].trigger()
    assert len(prompter.errors) == 1 and str(broken) in prompter.errors[0][1]
    assert "\n" not in prompter.errors[0][1]

    empty = tmp_path / "empty.txt"
    empty.write_text("Background only. Thank you for reading.\n", encoding="utf-8")
    prompter.open_to = empty
    window.act["new_from_call"].trigger()
    assert said[-1] == "No questions were found in empty.txt; paste them instead."
    assert window.submission is before
    assert len(prompter.errors) == 1


def test_paste_questions_counts_with_correct_plurals(qtbot: QtBot) -> None:
    window, prompter = open_window(qtbot)
    window.new_document()

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, PasteQuestionsDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.summary.text() == "0 sections will be added."
        assert not ok.isEnabled()
        dialog.edit.setPlainText("1. Only one question? (200 words)")
        assert dialog.summary.text() == "1 section will be added."
        dialog.edit.setPlainText(
            "1. First? (200 words)\n2. Second?\n3. Third? (max. 900 characters)"
        )
        assert dialog.summary.text() == "3 sections will be added."
        untick(dialog.preview, 1)
        assert dialog.summary.text() == "2 sections will be added."
        dialog.edit.appendPlainText("4. Fourth?")
        assert dialog.summary.text() == "3 sections will be added.", "the untick is kept"
        assert ok.isEnabled()
        ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["paste_questions"].trigger()
    sections = window.submission.sections
    assert [(s.title, s.word_limit, s.char_limit) for s in sections] == [
        ("First", 200, None),
        ("Third", None, 900),
        ("Fourth", None, None),
    ]
    assert window.act["undo"].text() == "&Undo Add Sections from Questions"


def test_english_plurals() -> None:
    assert english_plural("%n section(s) will be added", 1) == "%n section will be added"
    assert english_plural("%n section(s) will be added", 0) == "%n sections will be added"
    assert english_plural("%n box(es), (s) alone", 2) == "%n boxes, (s) alone"


def test_new_from_call_takes_the_calls_pasted_text(qtbot: QtBot) -> None:
    """Text copied from the call's web page, pasted with Ctrl+V into the dialog, is read as
    the call's .txt file is: the same questions, limits and title."""
    window, prompter = open_window(qtbot)
    window.new_document()
    text = (CALLS / "call.txt").read_text(encoding="utf-8")
    from tccm_drafter.app.new_submission import read_call_questions

    expected = read_call_questions(CALLS / "call.txt")

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        assert not dialog.create_button.isEnabled()
        QApplication.clipboard().setText(text)
        dialog.paste.setFocus()
        qtbot.keyClick(dialog.paste, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: dialog.preview.rowCount() == len(expected.sections))
        assert dialog.title() == expected.title
        assert dialog.sections() == expected.sections
        assert prompter.asked == [], "no file was asked for"
        dialog.create_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    assert window.submission.sections == expected.sections
    assert window.submission.consultation.title == expected.title
    assert window.statusBar().currentMessage() == (
        f"New submission with {len(expected.sections)} sections from the pasted text"
    )
