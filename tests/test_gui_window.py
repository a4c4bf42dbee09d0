"""The real main window driven through the main flows (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.app.clock import Clock
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.outline_model import MARKERS_ROLE
from tccm_drafter.model import Paragraph
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import ScriptedPrompter, prepare_home, submission, window_settings


def open_window(
    qtbot: QtBot,
    file: Path | None = None,
    prompter: ScriptedPrompter | None = None,
    clock: Clock = CLOCK,
) -> tuple[MainWindow, ScriptedPrompter]:
    paths = AppPaths.resolve()
    prompter = prompter or ScriptedPrompter()
    window = create_window(
        paths, file, prompter=prompter, qsettings=window_settings(paths), clock=clock
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.preview.renders > 0)  # the first render follows the frame
    return window, prompter


@pytest.fixture
def paths() -> AppPaths:
    return prepare_home()


@pytest.fixture
def saved(paths: AppPaths, tmp_path: Path) -> Path:
    path = tmp_path / "wsis20-response.tccm"
    save_submission(submission(), path)
    return path


def discard_on_close(window: MainWindow, prompter: ScriptedPrompter) -> None:
    prompter.save_choice = SaveChoice.DISCARD


def test_compose_from_pasted_questions(qtbot: QtBot, paths: AppPaths) -> None:
    window, prompter = open_window(qtbot)
    window.new_document()
    assert window.add_questions("1. How should the IGF evolve?\n2. Who should fund it?") == 2
    assert window.outline.rowCount() == 2
    assert window.act["undo"].text() == "&Undo Add Sections from Questions"
    assert window.isWindowModified()
    assert window.windowTitle().replace("[*]", "*") == "Untitled.tccm* — TCCM Drafter"

    # Search the library as you type, then insert with Enter into the selected section.
    qtbot.keyClicks(window.library_panel.search, "funding")
    proxy = window.library_panel.proxy
    assert proxy.rowCount() == 1
    window.outline_view.select_location(1, None)
    window.library_panel.list.selectRow(0)
    qtbot.keyClick(window.library_panel.list, Qt.Key.Key_Return)
    assert window.submission.sections[1].blocks[0].paragraph_id == "funding"  # type: ignore[union-attr]
    assert window.act["undo"].text() == "&Undo Insert Paragraph"

    # Edit in place: the block shows it was edited; undo names the action.
    window.outline_view.select_location(1, 0)
    editor = window.editor.text
    editor.selectAll()
    qtbot.keyClicks(editor, "Our own wording")
    index = window.outline.block_index(1, 0)
    assert "edited" in index.data(MARKERS_ROLE)
    assert "[edited]" in index.data()
    assert window.act["undo"].text() == "&Undo Edit Text"
    # Undo steps back a word at a time, the first letter (typed over the selection) last.
    block = lambda: window.submission.sections[1].blocks[0]  # noqa: E731
    for left in ("Our own ", "Our ", "O"):
        window.act["undo"].trigger()
        assert block().local_text == left  # type: ignore[union-attr]
        assert editor.toPlainText() == left
    window.act["undo"].trigger()
    assert "edited" not in window.outline.block_index(1, 0).data(MARKERS_ROLE)
    for _ in range(4):
        window.act["redo"].trigger()
    assert block().local_text == "Our own wording"  # type: ignore[union-attr]
    assert not window.act["redo"].isEnabled()
    discard_on_close(window, prompter)


def test_reorder_with_alt_down_and_undo(qtbot: QtBot, paths: AppPaths, saved: Path) -> None:
    window, _prompter = open_window(qtbot, saved)
    assert window.windowTitle().replace("[*]", "") == "wsis20-response.tccm — TCCM Drafter"
    assert not window.isWindowModified()
    window.outline_view.select_location(0, 0)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.outline_view.setFocus()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    blocks = window.submission.sections[0].blocks
    assert blocks[1].paragraph_id == "igf-support"  # type: ignore[union-attr]
    assert window.act["undo"].text() == "&Undo Move Paragraph"
    assert window.outline_view.current_location() == (0, 1)
    window.act["move_down"].trigger()  # past the end: into the next section
    assert window.submission.sections[1].blocks[0].paragraph_id == "igf-support"  # type: ignore[union-attr]
    assert window.isWindowModified()
    window.history.core.set_index(0)
    assert not window.isWindowModified()
    assert window.submission == load_submission(saved)


def test_over_limit_turns_red(qtbot: QtBot, paths: AppPaths, saved: Path) -> None:
    window, prompter = open_window(qtbot, saved)
    from tccm_drafter.app import drafting
    from tccm_drafter.model import Consultation, Rules

    section = window.outline.section_index(0)
    assert section.data(Qt.ItemDataRole.ForegroundRole) is None
    consultation = Consultation(rules=Rules(word_limit=10))
    window.history.perform(
        drafting.set_fields(window.workspace, "Change", consultation=consultation)
    )
    section = window.outline.section_index(0)
    assert "/ 10 words" in section.data()
    qtbot.waitUntil(lambda: window.live.is_current() and not window.live.pending())
    assert section.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c81e1e"
    discard_on_close(window, prompter)


def test_preview_renders_with_placeholders_filled(
    qtbot: QtBot, paths: AppPaths, saved: Path
) -> None:
    window, prompter = open_window(qtbot, saved)
    text = window.preview.toPlainText()
    assert "Example Registry supports the IGF" in text
    window.outline_view.select_location(0, 1)
    window.editor.text.setPlainText("A brand new sentence.")
    assert window.live.pending()
    qtbot.waitUntil(lambda: "A brand new sentence." in window.preview.toPlainText(), timeout=2000)
    discard_on_close(window, prompter)


def test_export_docx_and_read_it_back(
    qtbot: QtBot, paths: AppPaths, saved: Path, tmp_path: Path
) -> None:
    import docx

    window, _prompter = open_window(qtbot, saved)
    out = tmp_path / "out" / "response.docx"
    out.parent.mkdir()
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000) as blocker:
        window.export_to(out, "docx")
        assert "Exporting response.docx" in window.statusBar().currentMessage()
    assert blocker.args == [str(out), ""]
    assert "Exported" in window.statusBar().currentMessage()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Example Registry supports the IGF" in text
    assert "The Internet" in text


def test_export_markdown_in_the_background(
    qtbot: QtBot, paths: AppPaths, saved: Path, tmp_path: Path
) -> None:
    window, prompter = open_window(qtbot, saved)
    out = tmp_path / "response.md"
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000) as blocker:
        window.export_to(out, "md")
    assert blocker.args == [str(out), ""]
    assert "Example Registry supports the IGF" in out.read_text(encoding="utf-8")
    assert prompter.asked == ["exported:response.md"]


def test_autosave_then_restore_after_a_crash(qtbot: QtBot, paths: AppPaths, saved: Path) -> None:
    window, _prompter = open_window(qtbot, saved)
    window.outline_view.select_location(0, 1)
    window.editor.text.setPlainText("Unsaved words that must survive.")
    assert window.autosaver.save_now()
    assert list(paths.autosave_dir.glob("*.tccm"))
    # Simulated crash: the window is never closed; a new one starts in the same home.
    window.autosaver.stop()
    second, prompter2 = open_window(qtbot)
    assert prompter2.asked == ["restore:wsis20-response.tccm"]
    assert second.submission.sections[0].blocks[1].text == (  # type: ignore[union-attr]
        "Unsaved words that must survive."
    )
    assert second.isWindowModified()
    assert second.state.path == saved
    assert load_submission(saved) == submission(), "the original file is untouched"
    prompter2.save_choice = SaveChoice.SAVE
    assert second.close()
    assert load_submission(saved).sections[0].blocks[1].text == (  # type: ignore[union-attr]
        "Unsaved words that must survive."
    )
    left = {p.stem for p in paths.autosave_dir.glob("*")}
    assert left <= {window.autosaver.session}, "only the still-running first window's own"
    window.state.reset(None)  # the "crashed" window goes away without a prompt
    assert window.close()
    assert not list(paths.autosave_dir.glob("*"))


def test_unsaved_changes_prompt(qtbot: QtBot, paths: AppPaths, saved: Path) -> None:
    window, prompter = open_window(qtbot, saved)
    assert window.close(), "no prompt without changes"
    window, prompter = open_window(qtbot, saved)
    window.add_questions("A new question?")
    prompter.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert prompter.asked == ["save-changes:wsis20-response.tccm"]
    prompter.save_choice = SaveChoice.DISCARD
    assert window.close()
    assert load_submission(saved) == submission()


def test_broken_file_shows_a_message_and_is_not_touched(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.tccm"
    data = os.urandom(300) + b"\xff\xfe[[["
    broken.write_bytes(data)
    window, prompter = open_window(qtbot, broken)
    assert len(prompter.errors) == 1
    _title, message = prompter.errors[0]
    assert "broken.tccm" in message
    assert window.state.path is None
    assert broken.read_bytes() == data


def test_newer_format_file_is_refused(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    newer = tmp_path / "newer.tccm"
    newer.write_text('format = 99\nkind = "tccm-submission"\n', encoding="utf-8")
    _window, prompter = open_window(qtbot, newer)
    assert prompter.errors and "newer" in prompter.errors[0][1].lower()


def test_library_changed_on_disk_is_reloaded(qtbot: QtBot, paths: AppPaths) -> None:
    window, _prompter = open_window(qtbot)
    # The folders are listed for watching off the window's thread, once it has opened.
    qtbot.waitUntil(lambda: not window.loader.busy())
    assert str(paths.library_dir) in window.loader.watcher.watched()
    before = window.library_panel.proxy.rowCount()
    with qtbot.waitSignal(window.libraryReloaded, timeout=5000):
        LibraryFolder(paths.library_dir).save(Paragraph("late", "Added later", "A late one."))
    assert window.library_panel.proxy.rowCount() == before + 1
    assert "late" in window.library


def test_geometry_and_splitters_are_restored(qtbot: QtBot, paths: AppPaths) -> None:
    first, _ = open_window(qtbot)
    assert first.close()
    # The second start has the geometry the screen allows; what it saves comes back as is.
    window, _ = open_window(qtbot)
    window.splitter.setSizes([200, 400, 250])
    sizes = window.splitter.sizes()
    assert window.close()
    again, _ = open_window(qtbot)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes
    assert (paths.config_dir / "window.ini").exists()


def test_autosave_when_the_window_loses_focus(qtbot: QtBot, paths: AppPaths, saved: Path) -> None:
    from PySide6.QtWidgets import QWidget

    window, prompter = open_window(qtbot, saved)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.add_questions("One more question?")
    assert not list(paths.autosave_dir.glob("*.tccm"))
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    qtbot.waitUntil(lambda: bool(list(paths.autosave_dir.glob("*.tccm"))), timeout=2000)
    text = next(paths.autosave_dir.glob("*.tccm")).read_text(encoding="utf-8")
    assert "One more question?" in text
    prompter.save_choice = SaveChoice.DISCARD
    assert window.close()
    assert not list(paths.autosave_dir.glob("*")), "a clean close removes the autosave"


def test_delete_key_removes_a_block_only_in_the_outline(
    qtbot: QtBot, paths: AppPaths, saved: Path
) -> None:
    window, prompter = open_window(qtbot, saved)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.outline_view.select_location(0, 1)
    window.editor.text.setFocus()
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.Start)
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Delete)
    assert window.submission.sections[0].blocks[1].text == "e add that the review matters."  # type: ignore[union-attr]
    window.outline_view.setFocus()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Delete)
    assert len(window.submission.sections[0].blocks) == 1
    assert window.act["undo"].text() == "&Undo Remove Paragraph"
    prompter.save_choice = SaveChoice.DISCARD


def test_save_as_the_example_then_title_and_recent_files(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    window, prompter = open_window(qtbot)
    window.set_document(submission(), None, name="wsis20-response.tccm")
    window.add_questions("Another question?")
    prompter.save_to = tmp_path / "mine"
    assert window.save()
    assert (tmp_path / "mine.tccm").exists()
    assert window.windowTitle().replace("[*]", "") == "mine.tccm — TCCM Drafter"
    assert not window.isWindowModified()
    assert window.settings.recent_files[0] == (tmp_path / "mine.tccm").absolute()
    assert load_submission(tmp_path / "mine.tccm").sections[-1].question == "Another question?"


def test_a_saved_geometry_larger_than_the_screen_is_fitted(qtbot: QtBot, paths: AppPaths) -> None:
    from PySide6.QtCore import QByteArray

    first, _ = open_window(qtbot)
    first.setGeometry(-400, -300, 3000, 2000)  # as saved on a bigger screen elsewhere
    assert first.close()
    saved = first.qsettings.value("window/geometry")
    assert isinstance(saved, QByteArray)
    window, _ = open_window(qtbot)
    area, frame = window.screen().availableGeometry(), window.frameGeometry()
    # On screen, and no larger than the screen unless the screen is below the window's own
    # minimum (the offscreen test screen is 800 pixels wide).
    assert frame.topLeft() == area.topLeft() or area.contains(frame.topLeft())
    assert window.width() <= max(area.width(), window.minimumSizeHint().width())
    assert window.height() <= area.height()
