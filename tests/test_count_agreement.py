"""One count: the outline, Copy Section, Run Checks and the plain-text export give the same
numbers for every section of every example, and for answers with footnotes, lists and
placeholders (filled and unfilled)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from render_helpers import make_library, make_submission
from tccm_drafter.app import drafting
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.dialogs import CopySectionDialog
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import TextBlock
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, window_settings

CASES = [*sorted(p.name for p in examples_dir().glob("*.tccm")), "footnotes-lists-placeholders"]


def synthetic(tmp_path: Path, paths: AppPaths) -> Path:
    """Footnotes, a list, a filled and an unfilled placeholder, a link, numbered paragraphs."""
    folder = LibraryFolder(paths.library_dir)
    for paragraph in make_library():
        folder.save(paragraph)
    submission = make_submission()
    submission.template = "consultation-response"
    submission.sections[1].blocks.append(
        TextBlock(
            "Contact {{ org.email }} or see [the site](https://example.org).\n\n"
            "1. first point;\n2. second point[^n].\n\n[^n]: A note of five words."
        )
    )
    path = tmp_path / "synthetic.tccm"
    save_submission(submission, path)
    return path


def open_window(qtbot: QtBot, path: Path, paths: AppPaths) -> MainWindow:
    window = create_window(
        paths, path, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.live.is_current() and not window.live.pending(), timeout=10_000)
    return window


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.live.is_current() and not window.live.pending(), timeout=10_000)


@pytest.mark.parametrize("case", CASES)
def test_every_place_gives_the_same_count(qtbot: QtBot, tmp_path: Path, case: str) -> None:
    paths = AppPaths.resolve()
    paths.ensure()
    path = synthetic(tmp_path, paths) if case == CASES[-1] else examples_dir() / case
    window = open_window(qtbot, path, paths)
    prompter = window.prompter
    assert isinstance(prompter, EditingPrompter)
    ws = window.workspace
    out = tmp_path / "answers.txt"
    with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=20_000):
        window.export_to(out, "txt")
    exported = [
        (int(w.replace(",", "")), int(c.replace(",", "")))
        for w, c in re.findall(r"\[Words: ([\d,]+)[^·]*· Characters: ([\d,]+)", out.read_text())
    ]
    answered = [s for s, section in enumerate(ws.submission.sections) if section.blocks]
    assert len(exported) == len(answered)
    prompter.on_dialog = lambda dialog: True
    for number, s in enumerate(answered):
        counts = window.outline.counts(s)
        assert counts is not None
        assert f"{counts.words:,}" in window.outline.count_text(s)
        window.outline_view.select_location(s, None)
        window.act["copy_section"].trigger()
        dialog = prompter.dialogs[-1]
        assert isinstance(dialog, CopySectionDialog)
        assert dialog.counts.text() == (
            f"Words: {counts.words:,} · Characters: {counts.characters:,}"
        )
        assert exported[number] == (counts.words, counts.characters)
        section = ws.submission.sections[s]
        window.history.perform(
            drafting.edit_section(
                ws,
                s,
                title=section.title,
                question=section.question,
                word_limit=counts.words - 1,
                char_limit=counts.characters - 1,
            )
        )
        settled(qtbot, window)
        findings = {f.code: f.message for f in window.run_checks() if f.section == s}
        assert f"has {counts.words:,} words" in findings["over-word-limit"]
        assert f"has {counts.characters:,} characters" in findings["over-char-limit"]
        assert window.outline.is_over_limit(s)
    window.state.reset(None)
