"""Undo in the window, through the keys and the Edit menu a user touches: typing steps back a
word run at a time, however long the user typed, and the menu always says what the keys do."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import TextBlock
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def free_text(window: MainWindow) -> str:
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock)
    return block.text


def editing_free_text(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, _prompter = open_window(qtbot, path)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.outline_view.select_location(0, 1)
    editor = window.editor.text
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    return window


def test_fourteen_thousand_characters_typed_are_never_one_undo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = editing_free_text(qtbot, tmp_path)
    start = free_text(window)
    rng = random.Random(3)
    words = ["open", "Internet", "stakeholders", "the", "governance", "forum", "of", "and"]
    typed = ""
    while len(typed) < 14_134:
        typed += rng.choice(words) + rng.choice([" ", " ", " ", ", ", ". "])
    typed = " " + typed[: 14_134 - 1]
    editor = window.editor.text
    for start_at in range(0, len(typed), 500):  # real key presses, in slices of 500
        qtbot.keyClicks(editor, typed[start_at : start_at + 500])
    assert free_text(window) == start + typed

    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # one Ctrl+Z: the last word run, no more
    after_one = free_text(window)
    assert (start + typed).startswith(after_one)
    assert 0 < len(start + typed) - len(after_one) <= len("stakeholders. ")
    assert editor.toPlainText() == after_one

    # Typing one character now clears Redo, but loses only what that one undo took.
    qtbot.keyClick(editor, Qt.Key.Key_X)
    assert free_text(window) == after_one + "x"
    assert not window.act["redo"].isEnabled()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_the_edit_menu_says_what_the_keys_do(qtbot: QtBot, tmp_path: Path) -> None:
    window = editing_free_text(qtbot, tmp_path)
    undo, redo = window.act["undo"], window.act["redo"]
    editor = window.editor.text
    start = free_text(window)
    assert not redo.isEnabled()
    qtbot.keyClicks(editor, " Three sentences. Typed here. At once.")
    assert undo.isEnabled() and undo.text() == "&Undo Edit Text"
    assert not redo.isEnabled()

    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert free_text(window) == start + " Three sentences. Typed here. At "
    assert redo.isEnabled() and redo.text() == "&Redo Edit Text"

    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)  # the platform's Redo
    assert free_text(window) == start + " Three sentences. Typed here. At once."
    assert not redo.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)  # nothing to redo: nothing happens
    assert free_text(window) == start + " Three sentences. Typed here. At once."

    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert free_text(window) == start + " Three sentences. Typed "
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert free_text(window) == start + " Three sentences. Typed here. "
    assert redo.isEnabled() == window.history.core.can_redo()
    assert undo.isEnabled() == window.history.core.can_undo()

    undo.trigger()  # the menu item does what the key does
    assert free_text(window) == start + " Three sentences. Typed "
    while undo.isEnabled():
        undo.trigger()
    assert free_text(window) == start and not window.isWindowModified()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]
