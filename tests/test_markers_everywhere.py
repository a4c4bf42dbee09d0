"""A paragraph's markers (superseded, retired, stale translation, review due) come from one
rule, model.blocks.paragraph_markers, and every place a user sees a paragraph shows them: the
library list, the paragraph view, the outline and `library list`."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK, TODAY
from tccm_drafter.cli import main
from tccm_drafter.gui.library_model import BADGES_ROLE
from tccm_drafter.gui.outline_model import MARKERS_ROLE
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.blocks import Marker, paragraph_markers
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import paragraphs, prepare_home, submission
from test_gui_window import discard_on_close, open_window

DUE = TODAY - timedelta(days=3)


def test_the_rule() -> None:
    old = Paragraph("old", "Old", "Old text.", status=Status.RETIRED, review_by=DUE)
    new = Paragraph("new", "New", "New text.", superseded_by=None, review_by=TODAY)
    library = Library.of([old, new])
    assert paragraph_markers(old, library, TODAY) == [Marker.RETIRED, Marker.REVIEW_DUE]
    assert paragraph_markers(old, library, None) == [Marker.RETIRED]  # no day: not checked
    assert paragraph_markers(new, library, TODAY - timedelta(days=1)) == []
    assert paragraph_markers(new, library, TODAY) == [Marker.REVIEW_DUE]


def due_home() -> AppPaths:
    paths = prepare_home()
    folder = LibraryFolder(paths.library_dir)
    first = paragraphs()[0]
    folder.save(replace(first, review_by=DUE), check_disk=False)
    return paths


def test_review_due_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    due_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, prompter = open_window(qtbot, path, clock=CLOCK)
    model = window.library_panel.model
    first = paragraphs()[0].id
    row = model.index(model.row_of(first), 0)
    assert "review due" in row.data(BADGES_ROLE)
    window.library_panel.select_paragraph(first)
    assert "review date has come" in window.library_panel.preview.toPlainText()
    block = window.outline.block_index(0, 0)
    assert "review due" in block.data(MARKERS_ROLE)
    assert "[review due]" in block.data()
    discard_on_close(window, prompter)


def test_review_due_on_the_command_line() -> None:
    due_home()  # the test's home (TCCM_DRAFTER_HOME), which the command line uses too
    out, err = io.StringIO(), io.StringIO()
    assert main(["library", "list"], out=out, err=err, clock=CLOCK) == 0, err.getvalue()
    lines = {line.split("\t")[0]: line for line in out.getvalue().splitlines()}
    assert "(review due)" in lines[paragraphs()[0].id]
    assert "(review due)" not in lines[paragraphs()[1].id]
