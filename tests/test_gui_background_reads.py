"""New from Call… and Import Review… read their file off the GUI thread and can be cancelled
(issue 24): the window's real actions, with the progress dialog's real Cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from hostile_files import REFERENCE, many_paragraphs
from tccm_drafter.gui.dialogs.new_from_call import NewFromCallDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.storage import limits
from test_gui_new_from_call import open_window
from test_gui_review import FilePrompter
from test_gui_support import read_action


def _cancel_button(window: MainWindow) -> QPushButton:
    progress = window.reader.progress
    assert progress is not None, "a read is under way"
    buttons = progress.findChildren(QPushButton)
    assert [button.text() for button in buttons] == ["Cancel"]
    return buttons[0]


def _large_call(tmp_path: Path) -> Path:
    path = tmp_path / "large-call.docx"
    path.write_bytes(many_paragraphs(limits.CALL_MAX_PARAGRAPHS))
    return path


def test_new_from_call_reads_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    window, prompter = open_window(qtbot)
    prompter.open_to = _large_call(tmp_path)
    summaries: list[str] = []

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        dialog.file_button.click()
        # The click returned while the file is still being read: not on this thread.
        assert window.reader.busy() and window.reader.progress is not None
        qtbot.waitUntil(lambda: not window.reader.busy(), timeout=60_000)
        summaries.append(dialog.summary.text())
        return False

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    # Tiny paragraphs: no question in the file, said in the dialog.
    assert summaries == ["No questions were found in large-call.docx; paste them instead."]


def test_cancel_gives_the_window_back_and_drops_the_result(qtbot: QtBot, tmp_path: Path) -> None:
    window, prompter = open_window(qtbot)
    window.add_questions("1. Ours?")
    before = window.submission
    prompter.open_to = Path(__file__).parent / "data" / "calls" / "call.docx"
    rows: list[int] = []

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        with qtbot.waitSignal(window.reader.finished, timeout=10_000):
            dialog.file_button.click()
            _cancel_button(window).click()
        assert window.reader.progress is None
        assert window.statusBar().currentMessage() == "Reading call.docx was cancelled"
        qtbot.waitUntil(lambda: not window.reader.busy(), timeout=60_000)
        qtbot.wait(50)  # the abandoned read's result has arrived and gone nowhere
        rows.append(dialog.preview.rowCount())
        return False

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    assert rows == [0]
    assert window.submission is before and prompter.errors == []


def test_a_hostile_call_is_one_message_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window, prompter = open_window(qtbot)
    path = tmp_path / "call.docx"
    path.write_bytes(many_paragraphs(limits.CALL_MAX_PARAGRAPHS + 1))
    prompter.open_to = path

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        with qtbot.waitSignal(window.reader.finished, timeout=60_000):
            dialog.file_button.click()
        return False

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    assert prompter.errors == [
        (
            "New from Call",
            f"{path}: the document has {limits.CALL_MAX_PARAGRAPHS + 1:,} paragraphs, more "
            f"than the {limits.CALL_MAX_PARAGRAPHS:,} that are read",
        )
    ]


def test_import_review_reads_off_the_gui_thread_and_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, prompter = open_window(qtbot)
    assert isinstance(prompter, FilePrompter)
    window.add_questions("1. Ours?")
    before = window.submission
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(many_paragraphs(limits.DOCX_MAX_PARAGRAPHS + 1, base=REFERENCE))
    prompter.open_to = reviewed
    read_action(qtbot, window, "import_review")  # the hostile file: one message
    assert len(prompter.errors) == 1 and "paragraphs" in prompter.errors[0][1]
    with qtbot.waitSignal(window.reader.finished, timeout=10_000):
        window.act["import_review"].trigger()
        assert window.reader.busy()
        _cancel_button(window).click()
    assert window.statusBar().currentMessage() == "Reading reviewed.docx was cancelled"
    qtbot.waitUntil(lambda: not window.reader.busy(), timeout=60_000)
    qtbot.wait(50)
    assert len(prompter.errors) == 1, "the cancelled read's refusal is not shown"
    assert window.submission is before and window.history.core.count == 1
