"""The block editor shows the text as it prints and is driven like a word processor: keys, the
format bar, footnotes edited in place, fields as chips, and undo that steps back one change at
a time while the Markdown stays what is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QTextEdit,
    QToolBar,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from tccm_drafter.app.rich_text import OBJECT
from tccm_drafter.gui.format_bar import LinkDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.rich_document import format_at
from tccm_drafter.model import TextBlock
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
RICH = (
    "We add that **the review** matters[^1] for {{ org.name }}.\n\n"
    "- one *item*\n- two\n\n"
    "[^1]: A note with a [link](https://x.example).\n"
)


def rich_window(qtbot: QtBot, tmp_path: Path, text: str = RICH) -> MainWindow:
    prepare_home()
    made = submission()
    made.sections[0].blocks[1] = TextBlock(text)
    path = tmp_path / "response.tccm"
    save_submission(made, path)
    window, _prompter = open_window(qtbot, path)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.outline_view.select_location(0, 1)
    window.editor.text.setFocus()
    return window


def markdown(window: MainWindow) -> str:
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock)
    return block.text


def to_end(window: MainWindow) -> None:
    editor = window.editor.text
    editor.moveCursor(editor.textCursor().MoveOperation.End)


def test_the_editor_shows_the_text_as_it_prints(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    editor = window.editor.text
    shown = editor.toPlainText()
    assert shown == f"We add that the review matters{OBJECT} for {OBJECT}.\none item\ntwo"
    for markup in ("**", "[^1]", "{{", "- "):
        assert markup not in shown
    document = editor.document()
    field_at = shown.index(OBJECT, shown.index("for"))
    note_at = shown.index(OBJECT)
    assert editor.chips.text(format_at(document, field_at)) == ("Example Registry", False)
    assert editor.chips.text(format_at(document, note_at)) == ("1", False)
    assert format_at(document, shown.index("review")).fontWeight() > 500
    assert format_at(document, shown.index("item")).fontItalic()
    assert document.findBlockByNumber(1).textList() is not None
    assert "org.name" in window.editor.rich.tooltip(field_at)
    assert "A note with a link" in window.editor.rich.tooltip(note_at)
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_a_field_without_a_value_stands_out(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path, "Contact {{ org.email }} today.")
    editor = window.editor.text
    at = editor.toPlainText().index(OBJECT)
    text, missing = editor.chips.text(format_at(editor.document(), at))
    assert missing and text == "no value"
    assert "no value yet" in window.editor.rich.tooltip(at)
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_bold_and_italic_keys_and_undo(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    editor = window.editor.text
    to_end(window)
    qtbot.keyClicks(editor, " and more")
    assert "- two and more\n" in markdown(window)
    qtbot.keyClick(editor, Qt.Key.Key_Left, CTRL | SHIFT)  # select "more"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert "- two and **more**\n" in markdown(window)
    blocks = len(window.submission.sections[0].blocks)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)  # italic here, not the window's Insert
    assert "- two and ***more***\n" in markdown(window)
    assert len(window.submission.sections[0].blocks) == blocks
    assert window.act["undo"].text() == "&Undo Edit Text"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert "- two and **more**\n" in markdown(window)
    assert not editor.textCursor().charFormat().fontItalic()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert "- two and more\n" in markdown(window)
    # The rest of the block kept its bytes through all of it.
    assert markdown(window) == RICH.replace("- two\n", "- two and more\n")
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_the_format_bar_makes_lists_and_links(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    editor = window.editor.text
    bar = window.editor.format_bar
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.mouseClick(bar.widgetForAction(bar.numbers), Qt.MouseButton.LeftButton)
    assert markdown(window).startswith("1. We add that **the review**")
    assert bar.numbers.isChecked()
    qtbot.mouseClick(bar.widgetForAction(bar.numbers), Qt.MouseButton.LeftButton)
    assert markdown(window) == RICH

    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | SHIFT)  # "We "

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LinkDialog)
        assert dialog.text.text() == "We "
        dialog.address.setText("https://example.org/we")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert markdown(window).startswith("[We ](https://example.org/we)add that")
    assert window.editor.rich.tooltip(0).find("https://example.org/we") >= 0
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_footnotes_are_edited_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    editor = window.editor.text
    at = editor.toPlainText().index(OBJECT)
    rect = editor.cursorRect(editor.textCursor())
    cursor = editor.textCursor()
    cursor.setPosition(at)
    rect = editor.cursorRect(cursor)
    qtbot.mouseDClick(
        editor.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.right() + 3, rect.center().y()),
    )
    note = window.editor.note_editor
    assert note.isVisible() and note.text.toPlainText() == "A note with a link."
    note.text.selectAll()
    qtbot.keyClicks(note.text, "The IGF's own report")
    qtbot.keyClick(note.text, Qt.Key.Key_Return)
    assert not note.isVisible()
    assert markdown(window).endswith("[^1]: The IGF's own report\n")
    assert markdown(window).startswith(RICH.split("[^1]:")[0])
    window.act["undo"].trigger()
    assert markdown(window) == RICH

    # Selected with the keyboard, Enter opens it too; Esc leaves it as it was.
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert note.isVisible() and note.text.toPlainText() == "A note with a link."
    qtbot.keyClicks(note.text, " More.")
    qtbot.keyClick(note.text, Qt.Key.Key_Escape)
    assert not note.isVisible() and markdown(window) == RICH

    # The Footnote button writes a new one where the cursor is.
    to_end(window)
    bar = window.editor.format_bar
    qtbot.mouseClick(bar.widgetForAction(bar.footnote), Qt.MouseButton.LeftButton)
    assert note.isVisible() and note.text.toPlainText() == ""
    qtbot.keyClicks(note.text, "A second note.")
    qtbot.keyClick(note.text, Qt.Key.Key_Return)
    assert "- two[^2]\n" in markdown(window)
    assert markdown(window).endswith("[^2]: A second note.\n")
    assert editor.chips.numbers == {"1": 1, "2": 2}
    # Deleting its marker takes the note away too.
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert markdown(window) == RICH
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_insert_field_puts_a_chip_with_its_value(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    to_end(window)
    menu = window.editor.format_bar.fields
    action = next(a for a in menu.actions() if a.data() == "org.country_name")
    assert "Norway" in action.text()
    action.trigger()
    assert "- two{{ org.country_name }}\n" in markdown(window)
    editor = window.editor.text
    at = editor.toPlainText().rindex(OBJECT)
    assert editor.chips.text(format_at(editor.document(), at)) == ("Norway", False)
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_undo_puts_the_cursor_where_the_change_was(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    editor = window.editor.text
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("review") + len("review"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " process")
    to_end(window)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert markdown(window) == RICH
    assert editor.textCursor().position() == editor.toPlainText().index("matters")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "**the review process**" in markdown(window)
    assert editor.textCursor().position() == editor.toPlainText().index("matters")
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_every_control_of_the_editor_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = rich_window(qtbot, tmp_path)
    window.editor.find_bar.open_find(replacing=True)
    controls = [
        widget
        for kind in (QAbstractButton, QLineEdit, QTextEdit, QToolBar)
        for widget in window.editor.findChildren(kind)
        if widget.isVisible() and not widget.objectName().startswith("qt_")  # Qt's own "»"
    ]
    assert len(controls) >= 15
    unnamed = [c for c in controls if not c.accessibleName() and not isinstance(c, QToolButton)]
    # Tool buttons of the bars take their action's text as their name.
    unnamed += [
        c for c in controls if isinstance(c, QToolButton) and not (c.accessibleName() or c.text())
    ]
    assert unnamed == []
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]
