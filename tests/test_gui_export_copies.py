"""Export… in the window: the Word copy to send and the copy for review are two choices, each
saying what it is for; plain text with or without count lines; Copy Section gives the same
answer, notes included, as the plain-text export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import CopySectionDialog, ExportDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import TextBlock
from tccm_drafter.model.review_marks import MAP_NAMESPACE
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, prepare_home, submission, window_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = prepare_home()
    path = tmp_path / "response.tccm"
    sub = submission()
    sub.sections[0].blocks[1] = TextBlock(
        "We add that the review matters.[^a]\n\n[^a]: Tunis Agenda, paragraph 72."
    )
    sub.sections[1].blocks.append(
        TextBlock("An open Internet serves everyone.[^b]\n\n[^b]: WSIS+20 outcome, 2025.")
    )
    save_submission(sub, path)
    win = create_window(
        paths, path, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    return win


def _export_with(qtbot: QtBot, window: MainWindow, choose: object) -> ExportDialog:
    seen: list[ExportDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        choose(dialog)  # type: ignore[operator]
        return True

    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    prompter.on_dialog = answer
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000) as done:
        window.act["export"].trigger()
    assert done.args[1] == ""
    return seen[0]


def _has_map(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return any(MAP_NAMESPACE.encode() in archive.read(n) for n in archive.namelist())


def test_the_two_word_copies_are_two_choices(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = ExportDialog(tmp_path / "response.tccm")
    qtbot.addWidget(dialog)
    assert dialog.format() == "docx" and not dialog.for_review()
    assert dialog.buttons["docx"].text() == "&Word document (.docx), to send"
    assert dialog.buttons["review"].text() == "Word document (.docx), for re&view"
    lines = {key: box.findChild(QLabel).text() for key, box in dialog.explanations.items()}
    assert lines["docx"].startswith("The copy the secretariat receives")
    assert "File › Import Review…" in lines["review"]
    dialog.buttons["review"].click()
    assert dialog.format() == "docx" and dialog.for_review()
    assert dialog.output_path() == tmp_path / "response-for-review.docx"
    assert "Import Review" in dialog.buttons["review"].accessibleDescription()
    dialog.buttons["docx"].click()
    assert dialog.output_path() == tmp_path / "response.docx"
    assert not dialog.counts.isEnabled() and dialog.numbers.isEnabled()
    dialog.buttons["txt"].click()
    assert dialog.counts.isEnabled() and not dialog.numbers.isEnabled()
    assert dialog.output_path() == tmp_path / "response.txt"

    review = _export_with(qtbot, window, lambda d: d.buttons["review"].click())
    made = review.output_path()
    assert made.name == "response-for-review.docx" and _has_map(made)
    sent = _export_with(qtbot, window, lambda d: None)
    assert sent.output_path().name == "response.docx"
    assert not _has_map(sent.output_path())


def test_plain_text_without_counts_and_copy_section_agree(qtbot: QtBot, window: MainWindow) -> None:
    def plain_without_counts(dialog: ExportDialog) -> None:
        dialog.buttons["txt"].click()
        dialog.counts.click()

    chosen = _export_with(qtbot, window, plain_without_counts)
    assert not chosen.with_counts()
    text = chosen.output_path().read_text(encoding="utf-8")
    assert "[Words" not in text
    assert "Notes\n[1] Tunis Agenda, paragraph 72." in text
    assert "Notes\n[1] WSIS+20 outcome, 2025." in text

    copied: list[str] = []

    def copy(dialog: QDialog) -> bool:
        assert isinstance(dialog, CopySectionDialog)
        copied.append(dialog.text)
        return False

    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    prompter.on_dialog = copy
    for section in (0, 1):
        window.outline_view.select_location(section, 0)
        window.act["copy_section"].trigger()
    assert len(copied) == 2
    for answer in copied:
        assert answer in text
    assert copied[1].endswith("Notes\n[1] WSIS+20 outcome, 2025.")
