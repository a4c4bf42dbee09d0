"""A drafter's whole loop in the real window, through the widgets a user touches: a new
submission from the text of a real call (ITU CWG-Internet, December 2020, pasted with Ctrl+V),
a library paragraph found by typing and inserted with Enter, words of their own typed into a
new free-text block, one Ctrl+Z, the checks, Save, and Export to Word read back with
python-docx. Each step is also tested on its own elsewhere; this proves they hold together."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import ExportDialog
from tccm_drafter.gui.dialogs.new_from_call import NewFromCallDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import ParagraphBlock, TextBlock
from tccm_drafter.storage.submission_file import load_submission
from test_gui_support import EditingPrompter, click_section, prepare_home, window_settings
from test_gui_window import discard_on_close
from test_gui_writing import panel_text

CALL = Path(__file__).parent / "data" / "calls" / "corpus" / "cwg-internet-2020-connectivity.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "Small operators reach the last mile. They need fair spectrum rules."


def open_window(qtbot: QtBot) -> tuple[MainWindow, EditingPrompter]:
    paths = prepare_home()
    prompter = EditingPrompter()
    window = create_window(
        paths, None, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, prompter


def new_from_pasted_call(qtbot: QtBot, window: MainWindow, prompter: EditingPrompter) -> None:
    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewFromCallDialog)
        QApplication.clipboard().setText(CALL.read_text(encoding="utf-8"))
        dialog.paste.setFocus()
        qtbot.keyClick(dialog.paste, Qt.Key.Key_V, CTRL)
        qtbot.waitUntil(lambda: dialog.preview.rowCount() == 3)
        dialog.create_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.on_dialog = play
    window.act["new_from_call"].trigger()
    prompter.on_dialog = None


def test_new_from_call_insert_type_undo_check_save_and_export(qtbot: QtBot, tmp_path: Path) -> None:
    window, prompter = open_window(qtbot)

    # 1. New from Call with the call's text pasted: its three questions become sections.
    new_from_pasted_call(qtbot, window, prompter)
    sections = window.submission.sections
    assert len(sections) == 3
    assert sections[2].question.startswith("How can small/community/non-profit operators")
    assert window.submission.consultation.deadline is not None

    # 2. Find a library paragraph by typing, insert it into question 1 with Enter.
    click_section(qtbot, window, 0)
    qtbot.keyClicks(window.library_panel.search, "open")
    assert window.library_panel.proxy.rowCount() == 1
    window.library_panel.list.selectRow(0)
    qtbot.keyClick(window.library_panel.list, Qt.Key.Key_Return)
    (inserted,) = window.submission.sections[0].blocks
    assert isinstance(inserted, ParagraphBlock) and inserted.paragraph_id == "open-internet"

    # 3. Own words in a new free-text block under question 3: the keyboard is already there.
    click_section(qtbot, window, 2)
    window.act["insert_text"].trigger()
    editor = window.editor.text
    assert QApplication.focusWidget() is editor
    qtbot.keyClicks(editor, TYPED)
    assert window.submission.sections[2].blocks == [TextBlock(TYPED)]

    # 4. One Ctrl+Z takes back the last word, not the sentence.
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    kept = TYPED.removesuffix("rules.")
    assert window.submission.sections[2].blocks == [TextBlock(kept)]
    assert editor.toPlainText() == kept

    # 5. The checks: question 2 has nothing yet, and the panel says so.
    window.act["checks"].trigger()
    qtbot.waitUntil(lambda: "Section 2" in panel_text(window), timeout=10_000)
    found = panel_text(window).splitlines()
    assert "Section 2 ('Question 2') has no text yet" in found
    assert not [line for line in found if "Section 1" in line or "Section 3" in line]

    # 6. Save, as the user would: Ctrl+S asks where, the file holds every word.
    saved = tmp_path / "connectivity.tccm"
    prompter.save_to = saved
    window.act["save"].trigger()
    assert not window.isWindowModified()
    assert load_submission(saved).sections == window.submission.sections

    # 7. Export to Word through the dialog (the copy to send) and read it back.
    def export(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        assert dialog.format() == "docx" and not dialog.for_review()
        return True

    prompter.on_dialog = export
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=30_000) as done:
        window.act["export"].trigger()
    assert done.args == [str(tmp_path / "connectivity.docx"), ""]
    text = "\n".join(p.text for p in docx.Document(str(done.args[0])).paragraphs)
    assert "One open, global, interoperable Internet." in text
    assert kept.strip() in text and "spectrum rules" not in text
    assert "How can small/community/non-profit operators" in text
    assert "{{" not in text and "[Words" not in text
    discard_on_close(window, prompter)
