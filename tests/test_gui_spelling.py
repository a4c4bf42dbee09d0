"""Spelling as you type in the real window: typed keys, the red wavy underline, the context
menu's suggestions (an undoable edit), Add to My Dictionary, Ignore, and the View switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import Consultation, Section, Submission, TextBlock
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import load_settings
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window


@pytest.fixture
def paths() -> AppPaths:
    return prepare_home()


def underlined(editor: QPlainTextEdit) -> list[str]:
    """The words drawn with the spell-check underline, in order."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            style = part.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return found


def open_at_end(qtbot: QtBot, window: MainWindow, section: int, row: int) -> QPlainTextEdit:
    window.outline_view.select_location(section, row)
    editor = window.editor.text
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def context_menu_on(
    qtbot: QtBot, editor: QPlainTextEdit, word: str, choose: Callable[[QMenu], None]
) -> list[str]:
    """Right-click in the middle of ``word``; ``choose`` plays the user in the open menu.
    Returns the texts of the menu's items."""
    at = editor.toPlainText().index(word) + len(word) // 2
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at)
    pos = editor.cursorRect(cursor).center()
    seen: list[str] = []

    def play() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions())
        choose(menu)

    QTimer.singleShot(200, play)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(editor.viewport(), event)
    return seen


def pick(text: str) -> Callable[[QMenu], None]:
    def choose(menu: QMenu) -> None:
        action = next(a for a in menu.actions() if a.text() == text)
        menu.close()
        action.trigger()

    return choose


def test_type_a_misspelling_see_it_underlined_and_correct_it(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, window, 0, 1)
    qtbot.keyClicks(editor, " Teh governence")
    # The word being typed is left alone; once finished, both mistakes are underlined.
    qtbot.wait(300)
    assert "governence" not in underlined(editor)
    qtbot.keyClicks(editor, " matters.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Teh", "governence"], timeout=15_000)
    edits_before = window.history.core.index

    items = context_menu_on(qtbot, editor, "governence", pick("governance"))
    assert items[0] == "governance"
    assert "Add to My &Dictionary" in items and "I&gnore" in items
    assert any(text.startswith("&Undo") or text.startswith("Undo") for text in items)
    text = "We add that the review matters. Teh governance matters."
    assert editor.toPlainText() == text
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock) and block.text == text
    qtbot.waitUntil(lambda: underlined(editor) == ["Teh"])
    # The correction is an edit of the block in the window's history, a step of its own
    # (a word replaced, not typed): one undo puts the misspelt word back.
    assert window.history.core.index == edits_before + 1
    assert window.act["undo"].text() == "&Undo Edit Text"
    window.act["undo"].trigger()
    block = window.submission.sections[0].blocks[1]
    misspelt = "We add that the review matters. Teh governence matters."
    assert isinstance(block, TextBlock) and block.text == misspelt
    window.act["redo"].trigger()
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock) and block.text == text
    assert editor.toPlainText() == text
    discard_on_close(window, prompter)


def test_add_to_my_dictionary_and_ignore(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, window, 0, 1)
    qtbot.keyClicks(editor, " Kebdaniya and Zerroukiya agree.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Kebdaniya", "Zerroukiya"], timeout=15_000)
    edits = window.history.core.index

    context_menu_on(qtbot, editor, "Kebdaniya", pick("Add to My &Dictionary"))
    qtbot.waitUntil(lambda: underlined(editor) == ["Zerroukiya"])
    assert paths.personal_dictionary.read_text(encoding="utf-8") == "Kebdaniya\n"
    context_menu_on(qtbot, editor, "Zerroukiya", pick("I&gnore"))
    qtbot.waitUntil(lambda: underlined(editor) == [])
    assert window.history.core.index == edits  # neither changed the submission

    # The word stays accepted in the next window; the ignored one does not.
    discard_on_close(window, prompter)
    window.close()
    again, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, again, 0, 1)
    qtbot.keyClicks(editor, " Kebdaniya and Zerroukiya.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Zerroukiya"], timeout=15_000)
    discard_on_close(again, prompter)


def test_view_menu_switches_spelling_off_and_remembers(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, window, 0, 1)
    qtbot.keyClicks(editor, " Teh end.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Teh"], timeout=15_000)
    action = window.act["spell_check"]
    assert action.isCheckable() and action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: underlined(editor) == [])
    assert load_settings(paths).spell_check is False
    # Off: the context menu is the widget's own.
    items = context_menu_on(qtbot, editor, "Teh", lambda menu: menu.close())
    assert "Add to My &Dictionary" not in items
    action.trigger()
    qtbot.waitUntil(lambda: underlined(editor) == ["Teh"], timeout=15_000)
    assert load_settings(paths).spell_check is True
    discard_on_close(window, prompter)


def test_checks_in_the_submissions_language(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    french = Submission(
        title="Réponse",
        consultation=Consultation(title="SMSI+20", language="fr"),
        sections=[Section("Le FGI", blocks=[TextBlock("L'Assemblée générale a décidé.")])],
    )
    saved = tmp_path / "reponse.tccm"
    save_submission(french, saved)
    window, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, window, 0, 0)
    qtbot.keyClicks(editor, " La gouvernanse de {{ org.name }} sur https://igf.example.")
    qtbot.waitUntil(lambda: underlined(editor) == ["gouvernanse"], timeout=15_000)
    items = context_menu_on(qtbot, editor, "gouvernanse", lambda menu: menu.close())
    assert "gouvernance" in items
    discard_on_close(window, prompter)


def test_a_right_click_on_a_correct_word_shows_the_usual_menu(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window, prompter = open_window(qtbot, saved)
    editor = open_at_end(qtbot, window, 0, 1)
    qtbot.keyClicks(editor, " Teh end.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Teh"], timeout=15_000)
    items = context_menu_on(qtbot, editor, "review", lambda menu: menu.close())
    assert "Add to My &Dictionary" not in items
    assert any("Paste" in text for text in items)
    assert editor.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    discard_on_close(window, prompter)
