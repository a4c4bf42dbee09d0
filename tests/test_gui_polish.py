"""What policy staff expect of the window, through its real widgets: a title of their own,
honest export, checks that point and fix, outdated paragraphs flagged, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK, TODAY
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import ExportDialog, ParagraphEditorDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import Library, Organisation
from tccm_drafter.storage.profiles import save_profile
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, paragraphs, prepare_home, submission, window_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    win = create_window(
        paths, path, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.live.is_current() and not window.live.pending(), timeout=10_000)


def test_a_new_submission_starts_from_the_profile_with_a_proposed_title(
    qtbot: QtBot, window: MainWindow
) -> None:
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    prompter.save_choice = prompter.save_choice.DISCARD
    window.act["new"].trigger()  # no profile yet: nothing to say who submits
    settled(qtbot, window)
    assert "Submitted by" not in window.preview.toPlainText()
    save_profile(window.paths, Organisation(name="Example Registry", short_name="ExReg"))
    window.act["new"].trigger()
    assert window.submission.organisation.name == "Example Registry"
    assert window.title_bar.edit.text() == "Response of ExReg"
    settled(qtbot, window)
    assert "Submitted by Example Registry" in window.preview.toPlainText()
    title = window.title_bar.edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Our own title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.submission.title == "Our own title"
    window.act["undo"].trigger()
    assert window.submission.title == "Response of ExReg"
    assert window.title_bar.edit.text() == "Response of ExReg"


def test_export_shows_open_problems_and_review_opens_the_checks(window: MainWindow) -> None:
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    from tccm_drafter.app import drafting

    # An outdated paragraph already in the submission (inserted before it was superseded).
    edit = drafting.insert_paragraphs(window.workspace, ["old-position"], 0, 0)
    window.history.perform(edit)
    seen: list[ExportDialog] = []

    def review(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        texts = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        assert any(
            "“Renew the mandate” has been superseded by “Supporting the IGF”" in t for t in texts
        )
        dialog.review_button.click()
        return False

    prompter.on_dialog = review
    window.act["export"].trigger()
    assert seen and window.checks_dock is not None and window.checks_dock.isVisible()
    panel = window.preflight_panel
    superseded = next(
        i for i in range(panel.list.count()) if "superseded" in panel.list.item(i).text()
    )
    panel.list.setCurrentRow(superseded)
    assert panel.fix_button.isVisible()
    assert panel.fix_button.text() == "Replace with Its Successor"
    panel.fix_button.click()
    assert window.submission.sections[0].blocks[0].paragraph_id == "igf-support"  # type: ignore[union-attr]
    assert not any("superseded" in panel.list.item(i).text() for i in range(panel.list.count()))
    window.act["undo"].trigger()
    assert window.submission.sections[0].blocks[0].paragraph_id == "old-position"  # type: ignore[union-attr]


def test_export_anyway_goes_ahead(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    out = tmp_path / "anyway.md"

    def anyway(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        dialog.buttons["md"].setChecked(True)
        dialog.path_edit.setText(str(out))
        return True

    prompter.on_dialog = anyway
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000):
        window.act["export"].trigger()
    assert out.exists()


def test_inserting_a_superseded_paragraph_offers_its_successor(
    qtbot: QtBot, window: MainWindow
) -> None:
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    panel = window.library_panel
    panel.select_paragraph("old-position")
    window.outline_view.select_location(1, None)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert prompter.asked[-1] == "outdated:old-position"
    assert window.submission.sections[1].blocks[-1].paragraph_id == "igf-support"  # type: ignore[union-attr]
    prompter.outdated_answer = None
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert len(window.submission.sections[1].blocks) == 2, "cancelled: nothing inserted"


def test_a_block_dragged_to_another_section_stays_in_the_editor(window: MainWindow) -> None:
    from tccm_drafter.gui.outline_model import OUTLINE_MIME

    model = window.outline
    window.outline_view.select_location(0, 1)
    assert window.editor.text.toPlainText() == "We add that the review matters."
    payload = model.mimeData([model.block_index(0, 1)])
    data = QMimeData()
    data.setData(OUTLINE_MIME, payload.data(OUTLINE_MIME))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.section_index(1))
    assert window.outline_view.current_location() == (1, 1)
    assert window.editor.text.isEnabled()
    assert window.editor.text.toPlainText() == "We add that the review matters."


def test_a_new_paragraphs_id_follows_its_title(qtbot: QtBot) -> None:
    dialog = ParagraphEditorDialog(None, Library.of(paragraphs()), today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Stable funding")
    assert dialog.id_edit.text() == "stable-funding"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Supporting the IGF")
    assert dialog.id_edit.text() == "supporting-the-igf"
    qtbot.keyClicks(dialog.id_edit, "-2026")  # typed by hand: no longer follows the title
    qtbot.keyClicks(dialog.title_edit, " today")
    assert dialog.id_edit.text() == "supporting-the-igf-2026"
    dialog.id_edit.clear()
    assert "required" in (dialog.problem() or "")
    # QTest cannot type "^": the text goes in as a paste would put it.
    dialog.body_edit.setPlainText("One *two*[^1].\n\n[^1]: Three four.")
    assert dialog.body_count.text() == "4 words"


def test_ctrl_y_redoes(qtbot: QtBot, window: MainWindow) -> None:
    window.composer.add_section()
    assert len(window.submission.sections) == 3
    window.act["undo"].trigger()
    assert QKeySequence("Ctrl+Y") in window.act["redo"].shortcuts()
    window.act["redo"].trigger()
    assert len(window.submission.sections) == 3


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QWidget

    nameless = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() is not None and widget.parent().__class__.__name__ == "QToolBar":
            continue  # toolbar buttons are named by their actions
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if isinstance(widget, QAbstractButton) and widget.text().strip("&"):
            name = name or widget.text()
        if not name.strip():
            nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not nameless


def base_lightness(widget: QWidget) -> int:
    return widget.palette().color(widget.palette().ColorRole.Base).lightness()


def test_the_dark_theme_from_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.act["theme_dark"].trigger()
    qtbot.waitUntil(
        lambda: window.palette().color(window.palette().ColorRole.Window).lightness() < 128
    )
    settled(qtbot, window)
    assert window.live.palette.question_bg == "#22303e"
    assert window.settings.theme == "dark"
    # The panes under the focus style sheet follow too, not only the window behind them.
    panes = (window.outline_view, window.editor.text, window.library_panel.list)
    assert all(base_lightness(pane) < 128 for pane in panes)
    window.act["theme_light"].trigger()
    qtbot.waitUntil(
        lambda: window.palette().color(window.palette().ColorRole.Window).lightness() > 128
    )
    settled(qtbot, window)
    assert all(base_lightness(pane) > 128 for pane in panes)
    window.act["theme_system"].trigger()
    assert window.settings.theme == "system"


def test_the_panes_follow_when_the_system_switches_to_dark(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tccm_drafter.gui.theme import apply_theme

    apply_theme("dark")  # as the platform would, without the View menu
    try:
        qtbot.waitUntil(lambda: base_lightness(window.outline_view) < 128)
        qtbot.waitUntil(lambda: window.live.palette.question_bg == "#22303e")
    finally:
        apply_theme("system")
