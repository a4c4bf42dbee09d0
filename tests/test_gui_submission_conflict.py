"""Save in the window when the submission's file changed on disk (issue 24, case 10).

The window has unsaved edits; meanwhile the command line's ``register set-status`` (a real
process) writes the same file. Save must not overwrite that change without a word: it asks,
through the window's real prompt (the test plays the user by clicking its buttons), whether to
open their version, keep mine or keep both.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cli_helpers import run_cli
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.storage.submission_file import load_submission, save_submission
from test_gui_support import ScriptedPrompter, prepare_home, submission
from test_gui_window import discard_on_close, open_window


def _click(label: str | None, seen: list[str]) -> Callable[[QDialog], bool]:
    """Play the user: note the prompt's buttons, then click ``label`` (None: Cancel)."""

    def play(dialog: QDialog) -> bool:
        assert isinstance(dialog, QMessageBox)
        buttons = {button.text(): button for button in dialog.buttons()}
        seen.extend(buttons)
        seen.append(dialog.text())
        target = label if label is not None else "Cancel"
        buttons[target].click()
        return True

    return play


def _someone_sets_the_status(path: Path) -> bytes:
    home = Path(os.environ["TCCM_DRAFTER_HOME"])
    result = run_cli("register", "set-status", path, "sent", "--on", "2026-12-07", home=home)
    assert result.returncode == 0, result.stderr
    return path.read_bytes()


def _opened_and_edited(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, ScriptedPrompter, Path]:
    prepare_home()
    path = tmp_path / "response.tccm"
    save_submission(submission(), path)
    window, prompter = open_window(qtbot, path)
    window.submission_actions.set_title("My unsaved title")
    assert window.isWindowModified()
    return window, prompter, path


@pytest.mark.parametrize("choice", ["Keep Both", "Keep Mine", "Open Their Version", None], ids=str)
def test_save_asks_when_someone_else_wrote_the_file(
    qtbot: QtBot, tmp_path: Path, choice: str | None
) -> None:
    window, prompter, path = _opened_and_edited(qtbot, tmp_path)
    theirs = _someone_sets_the_status(path)
    seen: list[str] = []
    prompter.on_dialog = _click(choice, seen)
    window.act["save"].trigger()
    assert {"Keep Both", "Keep Mine", "Open Their Version", "Cancel"} <= set(seen)
    assert any("changed on disk" in text and str(path) in text for text in seen)
    on_disk = load_submission(path)
    if choice == "Keep Both":
        assert path.read_bytes() == theirs  # theirs stays where it was
        copy = tmp_path / "response (2).tccm"
        assert load_submission(copy).title == "My unsaved title"
        assert window.state.path == copy and not window.isWindowModified()
    elif choice == "Keep Mine":
        assert on_disk.title == "My unsaved title"
        assert on_disk.status is SubmissionStatus.DRAFTING
        assert not window.isWindowModified()
    elif choice == "Open Their Version":
        assert path.read_bytes() == theirs
        shown = window.submission
        assert shown.status is SubmissionStatus.SENT and shown.title == submission().title
        assert not window.isWindowModified()
    else:
        assert path.read_bytes() == theirs and window.isWindowModified()
    if choice is not None:  # the next save compares against the file as it is now
        prompter.on_dialog = None
        window.submission_actions.set_title("Later edit")
        window.act["save"].trigger()
        assert len(prompter.dialogs) == 1  # no second question
        assert load_submission(window.state.path).title == "Later edit"
    discard_on_close(window, prompter)


def test_no_question_when_nobody_else_wrote_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    window, prompter, path = _opened_and_edited(qtbot, tmp_path)
    window.act["save"].trigger()
    window.submission_actions.set_title("Second save")
    window.act["save"].trigger()
    assert prompter.dialogs == [] and load_submission(path).title == "Second save"
    discard_on_close(window, prompter)


def test_the_windows_own_status_change_is_no_conflict(qtbot: QtBot, tmp_path: Path) -> None:
    """The register window writes only the status to a file with other unsaved edits; that
    write is the window's own, so the next Save goes through without asking."""
    from tccm_drafter.gui.register_window import show_register

    window, prompter, path = _opened_and_edited(qtbot, tmp_path)
    register = show_register(window)
    register._apply_status(path.absolute(), SubmissionStatus.APPROVED, date(2026, 12, 7), None)
    assert load_submission(path).status is SubmissionStatus.APPROVED
    window.act["save"].trigger()
    assert not any(isinstance(d, QMessageBox) for d in prompter.dialogs)
    saved = load_submission(path)
    assert (saved.title, saved.status) == ("My unsaved title", SubmissionStatus.APPROVED)
    discard_on_close(window, prompter)


def test_a_restored_autosave_still_notices_a_change_made_after_the_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tccm_drafter.gui.app import restore_autosave

    window, prompter, path = _opened_and_edited(qtbot, tmp_path)
    assert window.autosaver.save_now()
    window.autosaver.stop()
    window.autosaver.session = "0" * 32  # the session "crashed": its autosave is left
    theirs = _someone_sets_the_status(path)
    second, second_prompter = open_window(qtbot)
    assert restore_autosave(second, second.paths)
    assert second.submission.title == "My unsaved title"
    seen: list[str] = []
    second_prompter.on_dialog = _click(None, seen)
    second.act["save"].trigger()
    assert "Keep Both" in seen and path.read_bytes() == theirs
    discard_on_close(second, second_prompter)
    discard_on_close(window, prompter)
