"""Paste into the block editor with Ctrl+V, from the HTML Word, Google Docs and LibreOffice
really put on the clipboard (tests/data/clipboard): bold, italic, links and lists arrive,
fonts, colours and pictures do not, and one Undo takes the whole paste away. A copy from one
block to another keeps its fields and footnotes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.rich_clipboard import MARKDOWN_MIME
from tccm_drafter.model import TextBlock
from tccm_drafter.model.blocks import block_source
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
CLIPBOARD = Path(__file__).parent / "data" / "clipboard"


def paste_window(qtbot: QtBot, tmp_path: Path, text: str = "First paragraph.") -> MainWindow:
    prepare_home()
    made = submission()
    made.sections[0].blocks[1] = TextBlock(text)
    path = tmp_path / "response.tccm"
    save_submission(made, path)
    window, _prompter = open_window(qtbot, path)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.outline_view.select_location(0, 1)
    editor = window.editor.text
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    return window


@pytest.fixture(autouse=True)
def empty_clipboard_after(qapp: QApplication) -> Iterator[None]:
    """A clipboard left holding data made in Python crashes the interpreter's exit (PySide
    deletes it twice); the app itself only puts data Qt made there."""
    yield
    QApplication.clipboard().clear()


def put_on_clipboard(name: str) -> None:
    mime = QMimeData()
    mime.setHtml((CLIPBOARD / name).read_text(encoding="utf-8"))
    mime.setText("the plain text a program also puts there")
    QApplication.clipboard().setMimeData(mime)


def markdown(window: MainWindow) -> str:
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock)
    return block.text


def test_word_bullets_arrive_as_a_list_and_one_undo_takes_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = paste_window(qtbot, tmp_path)
    editor = window.editor.text
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    put_on_clipboard("word2013-bullets.html")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert markdown(window) == (
        "First paragraph.\n\n- This\n- Is\n- A\n- One\n- Level\n- Unordered\n- List"
    )
    assert editor.document().lastBlock().textList() is not None
    assert window.act["undo"].text() == "&Undo Edit Text"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert markdown(window) == "First paragraph."
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_google_docs_keeps_bold_and_links_and_drops_styles(qtbot: QtBot, tmp_path: Path) -> None:
    window = paste_window(qtbot, tmp_path)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Return)
    put_on_clipboard("gdocs-newsletter.html")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_V, CTRL)
    written = markdown(window)
    assert written.startswith(
        "First paragraph.\n\n[**CKSource**](https://www.cksource.com) **Newsletter**\n\n"
        "We **have** a s*u*rprise!\n\n"
    )
    assert "\n1. Some simple list\n   1. With nested items\n" in written
    for left_out in ("Lora", "font", "#1155cc", "[image]", "placeholder logo", "<"):
        assert left_out not in written
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_libreoffice_link_goes_into_the_paragraph(qtbot: QtBot, tmp_path: Path) -> None:
    window = paste_window(qtbot, tmp_path)
    qtbot.keyClicks(window.editor.text, " ")
    put_on_clipboard("libreoffice-link.html")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_V, CTRL)
    assert markdown(window) == "First paragraph. Simple text [link](http://example.com/)."
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_a_copy_to_another_block_keeps_fields_and_footnotes(qtbot: QtBot, tmp_path: Path) -> None:
    window = paste_window(qtbot, tmp_path, "For {{ org.name }}[^1].\n\n[^1]: Our own note.\n")
    editor = window.editor.text
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().mimeData().hasFormat(MARKDOWN_MIME)
    assert QApplication.clipboard().text() == "For Example Registry."
    window.outline_view.select_location(1, 0)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    block = window.submission.sections[1].blocks[0]
    assert block_source(block, window.library) == (
        "One open, global, interoperable Internet.\n\nFor {{ org.name }}[^1].\n\n"
        "[^1]: Our own note."
    )
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]
