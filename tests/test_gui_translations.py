"""Linked translations in the window: a stale one is marked in the library and the outline and
shows its source beside it; inserting into a French submission takes the French text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import SourceChangeDialog
from tccm_drafter.gui.library_model import BADGES_ROLE
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.outline_model import MARKERS_ROLE
from tccm_drafter.model import Consultation, Paragraph, Section, Status, Submission
from tccm_drafter.model.blocks import block_from_paragraph
from tccm_drafter.model.paragraph import revised
from tccm_drafter.model.translations import linked_to
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, window_settings

SOURCE = Paragraph("igf", "The IGF", "The IGF works.", status=Status.APPROVED)
FRENCH = linked_to(
    Paragraph("igf-fr", "Le FGI", "Le FGI fonctionne.", language="fr", status=Status.APPROVED),
    SOURCE,
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve()
    paths.ensure()
    folder = LibraryFolder(paths.library_dir)
    folder.save(revised(SOURCE, replace(SOURCE, body="The IGF works, and is now permanent.")))
    folder.save(FRENCH)
    submission = Submission(
        consultation=Consultation(title="Appel", language="fr"),
        sections=[Section("Le FGI", blocks=[block_from_paragraph(FRENCH)])],
    )
    path = tmp_path / "fr.tccm"
    save_submission(submission, path)
    win = create_window(
        paths, path, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_stale_translation_is_marked_and_shows_its_source(window: MainWindow) -> None:
    assert "stale translation" in window.outline.block_index(0, 0).data(MARKERS_ROLE)
    assert "[translation out of date]" in window.outline.block_index(0, 0).data()
    model = window.library_panel.model
    assert "stale translation" in model.index(model.row_of("igf-fr"), 0).data(BADGES_ROLE)
    window.library_panel.select_paragraph("igf-fr")
    assert "source changed" in window.library_panel.preview.toPlainText()
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    shown: list[QDialog] = []
    prompter.on_dialog = lambda dialog: shown.append(dialog) or False
    window.outline_view.select_location(0, 0)
    assert window.editor.diff_button.isEnabled()
    window.editor.diff_button.click()
    assert isinstance(shown[-1], SourceChangeDialog)
    from PySide6.QtWidgets import QTextBrowser

    texts = [view.toPlainText() for view in shown[-1].findChildren(QTextBrowser)]
    assert sorted(texts) == ["Le FGI fonctionne.", "The IGF works, and is now permanent."]


def test_inserting_into_a_french_submission_takes_the_french_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.library_panel
    panel.select_paragraph("igf")
    window.outline_view.select_location(0, None)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.submission.sections[0].blocks[-1].paragraph_id == "igf-fr"  # type: ignore[union-attr]
