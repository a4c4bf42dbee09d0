"""The library pane through its widgets: the filter combos, the keyboard, the detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.library_model import ID_ROLE
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, prepare_home, submission, window_settings


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
    with qtbot.waitActive(win):
        win.activateWindow()
    return win


def listed(window: MainWindow) -> list[str]:
    proxy = window.library_panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_the_status_filter_shows_each_status_through_its_combo(window: MainWindow) -> None:
    combo = window.library_panel.status
    everything = set(listed(window))
    for text, expected in (
        ("approved", {"igf-support", "open-internet"}),
        ("draft", {"funding"}),
        ("retired", {"old-position"}),
        ("Any status", everything),
    ):
        combo.setCurrentIndex(combo.findText(text))
        assert set(listed(window)) == expected, text


def test_tab_leaves_the_list_and_down_in_the_search_enters_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.library_panel
    window.act["find"].trigger()
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "funding")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.list.hasFocus() and panel.selected_ids() == ["funding"]
    window.outline_view.select_location(1, None)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.submission.sections[1].blocks[-1].paragraph_id == "funding"  # type: ignore[union-attr]
    qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not panel.list and not panel.list.isAncestorOf(focused)


def test_f6_cycles_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    seen = []
    window.outline_view.select_location(0, 0)  # a block: the editor takes focus too
    window.library_panel.search.setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [window.outline_view, window.editor.text, window.preview,
                    window.library_panel.search]  # fmt: skip


def test_the_detail_pane_follows_the_search_and_renders_the_text(window: MainWindow) -> None:
    panel = window.library_panel
    panel.select_paragraph("igf-support")
    shown = panel.preview.toPlainText()
    assert "Supporting the IGF" in shown and "**" not in shown and "Tunis Agenda 72" in shown
    panel.search.setText("funding")  # the shown paragraph is no longer listed
    assert panel.preview.toPlainText() == ""
    panel.select_paragraph("funding")
    panel.search.setText("stable")  # still listed: it stays
    assert "Stable funding" in panel.preview.toPlainText()


def test_the_title_column_gets_the_width(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)  # a laptop screen
    qtbot.wait(10)
    header = window.library_panel.list.horizontalHeader()
    assert header.sectionSize(0) > 2 * header.sectionSize(1)
