"""Writing in the window: an introduction and a closing in the outline, a new free-text
block that starts empty with the keyboard in it, and no interface text in a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.language import install_language
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import ParagraphBlock, SectionRole, TextBlock
from tccm_drafter.storage.settings import Settings, save_settings
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import (
    ScriptedPrompter,
    click_section,
    prepare_home,
    submission,
    window_settings,
)
from test_gui_window import discard_on_close


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    install_language("en")


def open_window(qtbot: QtBot, tmp_path: Path, language: str = "") -> MainWindow:
    paths = prepare_home()
    if language:
        save_settings(paths, Settings(interface_language=language))
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    window = create_window(
        paths, saved, prompter=ScriptedPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.preview.renders > 0)
    return window


def outline_rows(window: MainWindow) -> list[str]:
    model = window.outline
    return [model.index(row, 0).data().split("   ")[0] for row in range(model.rowCount())]


def export_markdown(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000):
        window.export_to(path, "md")
    return path.read_text(encoding="utf-8")


def test_introduction_and_closing_in_the_outline(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    assert outline_rows(window) == ["1. The IGF", "2. The Internet"]
    window.outline_view.select_location(1, 0)
    window.act["add_introduction"].trigger()
    # First in the outline, without a number; the questions keep theirs.
    assert outline_rows(window) == ["Introduction", "1. The IGF", "2. The Internet"]
    assert window.act["undo"].text() == "&Undo Add Introduction"
    # Its first block is selected and the keyboard is in the editor.
    assert window.outline_view.current_location() == (0, 0)
    assert QApplication.focusWidget() is window.editor.text
    qtbot.keyClicks(window.editor.text, "We thank the co-facilitators for this consultation.")
    intro = window.submission.sections[0]
    assert intro.role is SectionRole.INTRODUCTION
    assert intro.blocks == [TextBlock("We thank the co-facilitators for this consultation.")]
    # Its blocks work like a section's: a library paragraph goes in after the typed text.
    window.composer.insert_paragraphs(["open-internet"])
    assert isinstance(window.submission.sections[0].blocks[1], ParagraphBlock)

    window.outline_view.select_location(2, None)
    window.act["add_closing"].trigger()
    assert outline_rows(window) == ["Introduction", "1. The IGF", "2. The Internet", "Closing"]
    qtbot.keyClicks(window.editor.text, "We stand ready to help.")
    # Edit Section has nothing to edit on them (no title or question is printed).
    assert not window.act["edit_section"].isEnabled()
    # A new section goes before the closing.
    window.act["add_section"].trigger()
    assert outline_rows(window)[-2:] == ["3. (untitled section)", "Closing"]

    text = export_markdown(qtbot, window, tmp_path / "out.md")
    assert (
        text.index("We thank the co-facilitators")
        < text.index("One open, global")
        < text.index("1. The IGF")
        < text.index("We stand ready to help.")
    )
    qtbot.waitUntil(lambda: "We stand ready to help." in window.preview.toPlainText())
    window.save()
    reopened = load_submission(window.state.path)  # type: ignore[arg-type]
    assert reopened.sections[-1].role is SectionRole.CLOSING
    assert reopened.sections[-1].blocks == [TextBlock("We stand ready to help.")]

    while window.history.core.can_undo():
        window.act["undo"].trigger()
    assert outline_rows(window) == ["1. The IGF", "2. The Internet"]
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_new_free_text_starts_empty_with_a_hint_and_the_keyboard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path, "fr")
    window.outline_view.select_location(0, 0)
    window.outline_view.setFocus()
    window.act["insert_text"].trigger()
    assert window.submission.sections[0].blocks[1] == TextBlock("")
    assert window.outline_view.current_location() == (0, 1)
    editor = window.editor.text
    assert QApplication.focusWidget() is editor
    assert editor.toPlainText() == ""
    assert editor.placeholderText() == "Saisissez ici le texte de ce bloc."
    # The first keystrokes go into the block.
    qtbot.keyClicks(editor, "Our own words.")
    assert window.submission.sections[0].blocks[1] == TextBlock("Our own words.")

    # An empty block is a finding of the checks panel.
    window.act["insert_text"].trigger()
    findings = window.run_checks()
    empty = [f for f in findings if f.code == "empty-block"]
    assert [(f.section, f.block) for f in empty] == [(0, 2)]
    assert "block 3" in panel_text(window)

    # No interface text goes into the document: nothing French in this English export.
    window.act["add_section"].trigger()
    text = export_markdown(qtbot, window, tmp_path / "out.md")
    for french in ("Saisissez", "Nouveau texte", "Nouvelle section", "(vide)", "section sans"):
        assert french not in text
    assert "Our own words." in text
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_the_checks_panel_lists_the_empty_block(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.outline_view.select_location(1, 0)
    window.act["insert_text"].trigger()
    window.act["checks"].trigger()
    qtbot.waitUntil(lambda: "is empty" in panel_text(window))
    assert "Section 2 ('The Internet'), block 2 is empty" in panel_text(window)
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def panel_text(window: MainWindow) -> str:
    if window.checks_dock is None:
        return ""
    found = window.checks_dock.panel.list
    return "\n".join(found.item(row).text() for row in range(found.count()))


def test_short_variant_on_a_tailored_block_asks_to_replace_the_wording(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path)
    prompter = window.prompter
    assert isinstance(prompter, ScriptedPrompter)
    window.outline_view.select_location(0, 0)
    editor = window.editor.text
    editor.selectAll()
    qtbot.keyClicks(editor, "Our own longer wording of the IGF paragraph.")
    short = window.editor.short_button
    assert "asked whether the library's text replaces it" in short.defaultAction().toolTip()

    # Cancelled: nothing changes, and the button shows the block as it is.
    prompter.on_dialog = lambda dialog: False
    short.click()
    block = window.submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock) and not block.use_short
    assert block.local_text == "Our own longer wording of the IGF paragraph."
    assert not short.defaultAction().isChecked()
    assert type(prompter.dialogs[-1]).__name__ == "ReplaceTailoredDialog"

    # Accepted: the short variant replaces the wording, in one undoable step.
    prompter.on_dialog = lambda dialog: True
    short.click()
    block = window.submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock) and block.use_short and block.local_text is None
    assert window.editor.rich.markdown == "{{ org.name }} supports the IGF."  # a field chip
    assert short.defaultAction().isChecked()
    assert window.act["undo"].text() == "&Undo Use Short Variant"
    window.act["undo"].trigger()
    block = window.submission.sections[0].blocks[0]
    assert block.local_text == "Our own longer wording of the IGF paragraph."  # type: ignore[union-attr]
    assert editor.toPlainText() == "Our own longer wording of the IGF paragraph."

    # A paragraph without a short variant: the button is off and says why.
    window.outline_view.select_location(1, 0)
    assert not short.isEnabled()
    assert short.defaultAction().toolTip() == "The library's paragraph has no short variant"
    discard_on_close(window, prompter)


def test_the_checks_panel_follows_every_edit_and_undo(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.outline_view.select_location(1, 0)
    window.act["insert_text"].trigger()
    window.act["checks"].trigger()  # once: from then on the panel keeps itself current
    assert "block 2 is empty" in panel_text(window)
    qtbot.keyClicks(window.editor.text, "Now it has words.")
    qtbot.waitUntil(lambda: "is empty" not in panel_text(window), timeout=10_000)
    assert window.live_checks.runs >= 1
    for _ in range(4):  # undo steps back a word at a time: "words.", "has ", "it ", "Now "
        window.act["undo"].trigger()
    assert window.editor.text.toPlainText() == ""
    qtbot.waitUntil(lambda: "block 2 is empty" in panel_text(window), timeout=10_000)
    window.act["undo"].trigger()  # the block itself goes
    qtbot.waitUntil(lambda: "is empty" not in panel_text(window), timeout=10_000)
    window.live_checks.wait()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def test_the_outline_names_free_text_by_its_words_as_they_print(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path)
    window.outline_view.select_location(0, 0)
    window.act["insert_text"].trigger()
    editor = window.editor.text
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Key point")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, ": we agree, said ")
    # Insert Field › the organisation's name (a chip showing the name).
    field = next(a for a in window.editor.format_bar.fields.actions() if a.data() == "org.name")
    field.trigger()
    block = window.submission.sections[0].blocks[1]
    assert isinstance(block, TextBlock) and block.text.startswith("**Key point**: we agree")
    shown = window.outline.index(1, 0, window.outline.index(0, 0)).data()
    name = window.submission.organisation.name
    assert shown.startswith(f"Text: Key point: we agree, said {name}")
    assert "*" not in shown and "{{" not in shown
    assert window.editor.label.text() == shown


def test_a_selected_section_says_how_to_reach_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    click_section(qtbot, window, 1)
    assert window.editor.label.text() == (
        "“The Internet” is selected: choose one of its blocks in the outline to edit it, or "
        "add your own text with Insert Free Text."
    )
    assert not window.editor.text.isEnabled()
    view = window.outline_view
    block = view.visualRect(window.outline.block_index(1, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=block)
    assert window.editor.label.text().startswith("¶ An open Internet")
    assert window.editor.text.isEnabled()
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]
