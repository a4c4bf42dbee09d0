"""Find and Replace through the real bar and keys: Ctrl+F in the block editor finds in the
submission (elsewhere it still searches the library), Enter goes from match to match across
blocks and sections selecting each in the outline and the editor, Ctrl+H replaces, Replace All
is one undo step and says which library paragraphs it tailored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import ParagraphBlock, TextBlock
from tccm_drafter.model.blocks import block_source
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FREE = "We add that the **IGF** review matters[^1].\n\n[^1]: The IGF's own review.\n"


def find_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    prepare_home()
    made = submission()
    made.sections[0].blocks[1] = TextBlock(FREE)
    path = tmp_path / "response.tccm"
    save_submission(made, path)
    window, _prompter = open_window(qtbot, path)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def texts(window: MainWindow) -> list[str]:
    return [
        block_source(block, window.library)
        for section in window.submission.sections
        for block in section.blocks
    ]


def test_find_goes_from_match_to_match_across_blocks(qtbot: QtBot, tmp_path: Path) -> None:
    window = find_window(qtbot, tmp_path)
    bar = window.editor.find_bar
    window.outline_view.select_location(0, 0)
    editor = window.editor.text
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.find_field.hasFocus()
    assert not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "igf")
    assert bar.status.text() == "3 matches"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert window.outline_view.current_location() == (0, 0)
    assert editor.textCursor().selectedText() == "IGF"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert window.outline_view.current_location() == (0, 1)
    assert editor.textCursor().selectedText() == "IGF"  # inside bold, not "**IGF**"
    assert bar.status.text() == "Match 2 of 3"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.status.text() == "Match 3 of 3 (in a footnote)"
    assert editor.textCursor().selectedText() == "\ufffc"  # the footnote's marker
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)  # round to the first again
    assert window.outline_view.current_location() == (0, 0)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, SHIFT)  # and back
    assert bar.status.text() == "Match 3 of 3 (in a footnote)"

    qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "No matches"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.hasFocus()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_ctrl_f_outside_the_editor_still_searches_the_library(qtbot: QtBot, tmp_path: Path) -> None:
    window = find_window(qtbot, tmp_path)
    window.outline_view.setFocus()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_F, CTRL)
    assert window.library_panel.search.hasFocus()
    assert not window.editor.find_bar.isVisible()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_replace_all_is_one_undo_and_names_the_tailored_paragraphs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = find_window(qtbot, tmp_path)
    before = texts(window)
    window.outline_view.select_location(0, 1)
    editor = window.editor.text
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL)
    bar = window.editor.find_bar
    assert bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "IGF")
    qtbot.keyClicks(bar.replace_field, "Forum")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.status.text() == "3 replaced; 1 library paragraph now tailored"
    after = texts(window)
    assert (
        after[0] == "{{ org.name }} supports the Forum as the place for multistakeholder dialogue."
    )
    assert after[1] == FREE.replace("IGF", "Forum")
    block = window.submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock) and block.local_text is not None
    assert "Forum" in window.editor.text.toPlainText()  # the editor shows it at once
    assert window.act["undo"].text() == "&Undo Replace All"
    window.act["undo"].trigger()
    assert texts(window) == before
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_replace_one_then_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    window = find_window(qtbot, tmp_path)
    window.outline_view.select_location(0, 1)
    window.editor.text.setFocus()
    window.act["replace"].trigger()
    bar = window.editor.find_bar
    qtbot.keyClicks(bar.find_field, "review")
    qtbot.keyClicks(bar.replace_field, "debate")
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)  # finds the first
    assert window.editor.text.textCursor().selectedText() == "review"
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)  # replaces it, finds the next
    assert texts(window)[1] == FREE.replace("review matters", "debate matters")
    assert bar.status.text() == "Match 1 of 1 (in a footnote)"  # the one left
    assert window.act["undo"].text() == "&Undo Replace"
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]
