"""Library editing from the window, drag and drop, copy section, checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.outline_model import MARKERS_ROLE
from tccm_drafter.model import Status
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, prepare_home, submission, window_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths: AppPaths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    prompter = EditingPrompter()
    prompter.save_choice = SaveChoice.DISCARD
    win = create_window(
        paths, path, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    win.show()
    return win


def on_disk(window: MainWindow) -> dict[str, object]:
    result = LibraryFolder(window.paths.library_dir).load()
    return {p.id: p for p in result.paragraphs}


def test_retire_and_duplicate_save_to_the_library_folder(window: MainWindow) -> None:
    window.library_panel.select_paragraph("funding")
    window.act["retire_paragraph"].trigger()
    assert on_disk(window)["funding"].status is Status.RETIRED  # type: ignore[attr-defined]
    assert window.library.get("funding").is_retired  # type: ignore[union-attr]
    window.library_panel.select_paragraph("open-internet")
    window.act["duplicate_paragraph"].trigger()
    copy = on_disk(window)["open-internet-copy"]
    assert copy.title == "An open Internet (copy)"  # type: ignore[attr-defined]
    assert copy.status is Status.DRAFT  # type: ignore[attr-defined]
    assert "open-internet-copy" in window.library


def test_save_an_edit_back_as_a_new_version(window: MainWindow) -> None:
    window.outline_view.select_location(0, 0)
    window.editor.text.setPlainText("Tailored wording of the IGF position.")
    assert "edited" in window.outline.block_index(0, 0).data(MARKERS_ROLE)
    window.editor.save_button.click()
    saved = on_disk(window)["igf-support"]
    assert saved.body == "Tailored wording of the IGF position."  # type: ignore[attr-defined]
    assert saved.version == 2  # type: ignore[attr-defined]
    assert window.outline.block_index(0, 0).data(MARKERS_ROLE) == []
    assert window.act["undo"].text() == "&Undo Save to Library"
    window.act["undo"].trigger()
    assert on_disk(window)["igf-support"].version == 1  # type: ignore[attr-defined]
    assert "edited" in window.outline.block_index(0, 0).data(MARKERS_ROLE)


def test_saving_text_with_a_control_character_says_what_was_removed(window: MainWindow) -> None:
    window.outline_view.select_location(0, 0)
    window.editor.text.setPlainText("Pasted from a PDF\x07 with a bell in it.")
    window.editor.save_button.click()
    assert "\x07" not in on_disk(window)["igf-support"].body  # type: ignore[attr-defined]
    assert "removed" in window.statusBar().currentMessage()
    assert "\x07" not in window.library.get("igf-support").body  # type: ignore[union-attr]


def test_drop_library_paragraphs_and_move_blocks_by_drag(window: MainWindow) -> None:
    model = window.outline
    library_model = window.library_panel.model
    drag = library_model.mimeData([library_model.index(library_model.row_of("funding"), 0)])
    assert model.dropMimeData(drag, Qt.DropAction.CopyAction, 1, 0, model.section_index(0))
    assert window.submission.sections[0].blocks[1].paragraph_id == "funding"  # type: ignore[union-attr]
    move = model.mimeData([model.block_index(0, 0)])
    assert model.dropMimeData(move, Qt.DropAction.CopyAction, -1, 0, model.section_index(1))
    assert window.submission.sections[1].blocks[-1].paragraph_id == "igf-support"  # type: ignore[union-attr]
    assert window.act["undo"].text() == "&Undo Move Paragraph"
    section_drag = model.mimeData([model.section_index(0)])
    assert model.dropMimeData(section_drag, Qt.DropAction.CopyAction, 2, 0, model.index(-1, 0))
    assert window.submission.sections[1].title == "The IGF"
    assert not model.dropMimeData(
        QMimeData(), Qt.DropAction.CopyAction, 0, 0, model.section_index(0)
    )


def test_copy_section_as_plain_text(window: MainWindow) -> None:
    from tccm_drafter.gui.dialogs import CopySectionDialog

    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    prompter.on_dialog = lambda dialog: (dialog.copy(), True)[1]  # type: ignore[attr-defined]
    QApplication.clipboard().clear()
    window.outline_view.select_location(0, None)
    window.act["copy_section"].trigger()
    dialog = prompter.dialogs[-1]
    assert isinstance(dialog, CopySectionDialog)
    text = QApplication.clipboard().text()
    assert text.startswith("Example Registry supports the IGF")
    assert "We add that the review matters." in text
    assert dialog.counts.text().startswith("Words: 17 · Characters:")  # 11 + 6 words


def test_run_checks_returns_findings(window: MainWindow) -> None:
    from tccm_drafter.app import drafting
    from tccm_drafter.model import Consultation, Rules

    limits = Consultation(rules=Rules(word_limit=3))
    window.history.perform(drafting.set_fields(window.workspace, "Change", consultation=limits))
    findings = window.run_checks()
    assert findings, "a section over its word limit is a finding"


def test_a_large_library_loads_after_the_window_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tccm_drafter.app import libraries

    paths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    monkeypatch.setattr(libraries, "BACKGROUND_LOAD_FILES", 2)
    prompter = EditingPrompter()
    win = create_window(
        paths, path, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    assert len(win.library) == 0 and win.progress.isVisibleTo(win)
    with qtbot.waitSignal(win.libraryReloaded, timeout=10_000):
        win.show()
    assert len(win.library) == 4
    assert win.library_panel.proxy.rowCount() == 4
    assert win.outline.block_index(0, 0).data(MARKERS_ROLE) == []


def test_save_free_text_as_a_new_library_paragraph(window: MainWindow) -> None:
    window.outline_view.select_location(0, 1)
    assert window.editor.save_button.isEnabled()
    window.editor.save_button.click()
    saved = on_disk(window)["we-add-that-the-review-matters"]
    assert saved.body == "We add that the review matters."  # type: ignore[attr-defined]
    block = window.submission.sections[0].blocks[1]
    assert block.paragraph_id == "we-add-that-the-review-matters"  # type: ignore[union-attr]
    window.act["undo"].trigger()
    assert window.submission.sections[0].blocks[1].text == "We add that the review matters."  # type: ignore[union-attr]


def test_a_paragraph_changed_on_disk_is_never_silently_overwritten(window: MainWindow) -> None:
    """Another copy of the app (or a sync client) changed the file while it was edited here."""
    from dataclasses import replace

    other_copy = LibraryFolder(window.paths.library_dir)
    theirs = {p.id: p for p in other_copy.load().paragraphs}["open-internet"]
    other_copy.save(replace(theirs, body="Changed by a colleague."))
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)

    prompter.disk_choice = Decision.TAKE_THEIRS
    window.library_panel.select_paragraph("open-internet")
    window.act["retire_paragraph"].trigger()  # a save based on the old text
    assert prompter.asked[-1] == "disk-conflict:open-internet"
    kept = on_disk(window)["open-internet"]
    assert kept.body.strip() == "Changed by a colleague."  # type: ignore[attr-defined]
    assert kept.status is Status.APPROVED  # type: ignore[attr-defined]
    assert window.library.get("open-internet").body.strip() == "Changed by a colleague."  # type: ignore[union-attr]

    other_copy.save(replace(theirs, body="Changed again."), check_disk=False)
    prompter.disk_choice = Decision.KEEP_BOTH
    window.library_panel.select_paragraph("open-internet")
    window.act["retire_paragraph"].trigger()
    both = on_disk(window)
    assert both["open-internet"].body.strip() == "Changed again."  # type: ignore[attr-defined]
    assert both["open-internet-copy"].title.endswith("(my version)")  # type: ignore[attr-defined]


def test_save_to_library_over_a_colleagues_change_asks_and_keeps_both(window: MainWindow) -> None:
    from dataclasses import replace

    other_copy = LibraryFolder(window.paths.library_dir)
    theirs = {p.id: p for p in other_copy.load().paragraphs}["igf-support"]
    other_copy.save(replace(theirs, body="Changed by a colleague."))
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    prompter.disk_choice = Decision.KEEP_BOTH
    window.outline_view.select_location(0, 0)
    window.editor.text.setPlainText("My tailored wording.")
    window.editor.save_button.click()
    assert prompter.asked[-1] == "disk-conflict:igf-support"
    both = on_disk(window)
    assert both["igf-support"].body.strip() == "Changed by a colleague."  # type: ignore[attr-defined]
    assert both["igf-support-copy"].body.strip() == "My tailored wording."  # type: ignore[attr-defined]
    block = window.submission.sections[0].blocks[0]
    assert block.paragraph_id == "igf-support-copy"  # type: ignore[union-attr]
    assert window.outline.block_index(0, 0).data(MARKERS_ROLE) == []
    window.act["undo"].trigger()  # one step: the copy goes, the block has its own text again
    assert "igf-support-copy" not in on_disk(window)
    assert window.submission.sections[0].blocks[0].paragraph_id == "igf-support"  # type: ignore[union-attr]
    assert "edited" in window.outline.block_index(0, 0).data(MARKERS_ROLE)


def test_disk_conflict_shows_both_versions_side_by_side(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QTextBrowser

    from tccm_drafter.gui.dialogs import TextDiffDialog
    from tccm_drafter.gui.document_state import Prompter
    from tccm_drafter.model import Paragraph

    class Chooser(Prompter):
        def run_dialog(self, dialog: QDialog) -> bool:
            assert isinstance(dialog, TextDiffDialog)
            qtbot.addWidget(dialog)
            texts = {v.accessibleName(): v.toPlainText() for v in dialog.findChildren(QTextBrowser)}
            assert texts == {
                "On disk (changed by someone else)": "Their words.",
                "Your version": "My words.",
            }
            dialog._choose(Decision.KEEP_BOTH)
            return True

    mine = Paragraph("p", "P", "My words.")
    assert (
        Chooser().resolve_disk_conflict(None, "changed", mine, Paragraph("p", "P", "Their words."))
        is Decision.KEEP_BOTH
    )
