"""A long session in one window: thousands of typed characters and hundreds of edits, moves,
undos and redos through the real widgets. Nothing may crash, leak references or lose a word."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.render.counting import section_counts
from tccm_drafter.render.html_preview import to_preview
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.submission_file import load_submission
from test_gui_support import ScriptedPrompter, window_settings

WORDS = "the technical community supports a permanent and well funded forum".split()


def test_a_long_editing_session(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths.resolve()
    example = tmp_path / "soak.tccm"
    example.write_bytes((examples_dir() / "wsis20-response.tccm").read_bytes())
    prompter = ScriptedPrompter()
    window = create_window(
        paths, example, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview.renders > 0, timeout=10_000)
    original = load_submission(example)
    app = QApplication.instance()
    assert app is not None
    rng = random.Random(7)
    none_before = sys.getrefcount(None)
    typed = 0

    rounds = 0
    while typed < 3600 and rounds < 40:  # 12 rounds or so: a section may have no block
        rounds += 1
        sections = window.submission.sections
        section = rng.randrange(len(sections))
        if not sections[section].blocks:
            continue
        block = rng.randrange(len(sections[section].blocks))
        window.outline_view.select_location(section, block)
        editor = window.editor.text
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        text = " " + " ".join(rng.choice(WORDS) for _ in range(50))
        for word in text.split(" ")[1:]:  # a few words at a time, as people type
            qtbot.keyClicks(editor, " " + word)
            qtbot.wait(rng.choice([0, 0, 5, 25]))
        typed += len(text)
        assert editor.toPlainText().endswith(text)
        for _ in range(25):
            key = rng.choice(["move_up", "move_down", "undo", "undo", "redo", "insert_text"])
            window.act[key].trigger()
            app.processEvents()
    assert typed > 3000
    qtbot.waitUntil(lambda: window.live.is_current() and not window.live.pending(), timeout=10_000)
    assert window.preview.patches > 0, "typing updated the preview in place"
    # What the window shows after the session is what a whole render of its text gives,
    # though the worker put most keystrokes' blocks in place one by one.
    assert window.live.patched > 50
    fresh = window.live.render_here().document
    latest = window.live.latest
    assert latest is not None and latest.preview is not None
    assert latest.counts == [section_counts(fresh, s) for s in range(len(fresh.sections))]
    assert latest.preview == to_preview(fresh, window.live.palette)
    whole = QTextDocument()
    whole.setHtml(latest.preview.html)
    assert window.preview.toPlainText() == whole.toPlainText()

    # The whole session undoes back to the file as it was opened.
    window.history.core.set_index(0)
    assert window.submission == original
    assert not window.isWindowModified()
    if sys.version_info < (3, 12):  # None is immortal from 3.12 on
        assert abs(sys.getrefcount(None) - none_before) < 10_000
    prompter.save_choice = SaveChoice.DISCARD
    window.outline_view.setFocus()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Down)
