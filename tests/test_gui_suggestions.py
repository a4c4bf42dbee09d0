"""The Suggestions view and Library › Health, through the real widgets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.gui.health_window import HealthWindow
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.suggestions_view import ID_ROLE
from tccm_drafter.model import Section
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import EditingPrompter, window_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve()
    paths.ensure()
    submission = load_submission(examples_dir() / "wsis20-response.tccm")
    empty = Section(title="Funding", question="How should the IGF be funded?", word_limit=300)
    path = tmp_path / "response.tccm"
    save_submission(replace(submission, sections=[*submission.sections, empty]), path)
    prompter = EditingPrompter()
    prompter.save_choice = SaveChoice.DISCARD
    win = create_window(paths, path, prompter=prompter, qsettings=window_settings(paths))
    qtbot.addWidget(win)
    win.show()
    return win


def shown_ids(window: MainWindow) -> list[str]:
    view = window.library_panel.suggestions.list
    return [str(view.item(i).data(ID_ROLE)) for i in range(view.count())]


def test_selecting_a_section_shows_what_answers_its_question(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.outline_view.select_location(1, None)  # "The Internet Governance Forum"
    window.act["suggest"].trigger()
    panel = window.library_panel
    assert panel.suggestions_visible()
    assert "strengthened" in panel.suggestions.question.text()
    assert {"igf-strengthening", "igf-sustainable-funding"} & set(shown_ids(window)[:3])
    listed = panel.suggestions.list
    used = shown_ids(window).index("igf-permanent-mandate")  # the example uses it already
    assert "in this submission" in listed.item(used).text()
    window.outline_view.select_location(3, None)  # another section: the list follows
    assert "gdc-wsis-alignment" in shown_ids(window)[:3]
    assert not panel.suggestions.draft.isEnabled()  # that section has text already
    view = panel.suggestions.list
    view.setCurrentRow(0)
    assert panel.preview.shown_id == shown_ids(window)[0]  # the preview shows it


def test_draft_from_library_fills_the_empty_section_in_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    last = len(window.submission.sections) - 1
    window.outline_view.select_location(last, None)
    window.library_panel.show_suggestions()
    view = window.library_panel.suggestions
    assert view.draft.isEnabled()
    qtbot.mouseClick(view.draft, Qt.MouseButton.LeftButton)
    blocks = window.submission.sections[last].blocks
    assert blocks and blocks[0].paragraph_id in shown_ids(window)  # type: ignore[union-attr]
    assert window.history.undo_text().endswith("Draft from Library")
    window.history.undo()
    assert window.submission.sections[last].blocks == []


def test_health_lists_what_needs_a_look_and_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    window.act["health"].trigger()
    health = window.findChild(HealthWindow)
    assert isinstance(health, HealthWindow)
    qtbot.waitUntil(lambda: health.health is not None, timeout=20_000)
    groups = [health.tree.topLevelItem(i).text(0) for i in range(health.tree.topLevelItemCount())]
    assert [g.split(" (")[0] for g in groups] == [
        "Written twice",
        "Due for review",
        "Without sources",
        "Not used for a year",
    ]
    sources = health.tree.topLevelItem(2)
    assert sources.childCount() > 0
    item = sources.child(0)
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    health.open_item(item)
    assert prompter.shown and prompter.shown[-1].id == item.data(0, ID_ROLE)  # type: ignore[union-attr]
    health.close()


def test_the_suggestion_terms_are_worked_out_in_the_background_after_the_first_frame(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A first start indexes the library without the suggestion terms (twice the work of
    reading the files); the window then works them out off its thread, so the first question
    asked in the Suggestions view does not (about 2 s at 10,000 paragraphs)."""
    from tccm_drafter.app import suggestions

    paths = AppPaths.resolve()
    paths.ensure()
    win = create_window(paths, None, prompter=EditingPrompter(), qsettings=window_settings(paths))
    qtbot.addWidget(win)
    library = win.workspace.library
    assert suggestions.unprepared(library) > 0, "a first index leaves the terms for later"
    win.show()
    qtbot.waitUntil(lambda: suggestions.unprepared(library) == 0, timeout=30_000)
    assert not win.library_panel.suggestions_visible(), "nobody asked for suggestions"
    win.loader.wait()
