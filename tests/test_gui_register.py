"""Opening or saving in the desktop app lists the submission in the register of submissions."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tccm_drafter.sharing.register import load_register
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import prepare_home, submission
from test_gui_window import discard_on_close, open_window


def test_opening_and_saving_record_the_submission_in_the_register(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths: AppPaths = prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, prompter = open_window(qtbot, path)
    window.act["save"].trigger()
    entries = load_register(paths)
    assert [entry.path for entry in entries] == [path.absolute()]
    assert entries[0].title == submission().title
    discard_on_close(window, prompter)
