"""Start-up: the system-library check before Qt, the first run, and argument handling."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui import launch
from tccm_drafter.gui.app import EXAMPLE, create_window
from tccm_drafter.storage.paths import AppPaths, examples_dir
from test_gui_support import ScriptedPrompter, window_settings


def test_missing_xcb_libraries_give_one_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launch.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name in ("xcb-cursor", "EGL") else f"lib{name}.so",
    )
    assert launch.main([]) == 1
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0 libegl1" in err
    assert "Traceback" not in err


def test_no_display_gives_one_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launch.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert launch.main([]) == 1
    assert "no graphical display" in capsys.readouterr().err


def test_offscreen_and_wayland_need_no_xcb_libraries() -> None:
    assert launch.missing_system_packages({"QT_QPA_PLATFORM": "offscreen"}) == []
    assert launch.missing_system_packages({"WAYLAND_DISPLAY": "wayland-0"}) == []


def test_first_run_opens_the_example_as_an_unsaved_new_document(qtbot: QtBot) -> None:
    assert (examples_dir() / EXAMPLE).exists()
    paths = AppPaths.resolve()
    window = create_window(
        paths, prompter=ScriptedPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    assert window.state.path is None
    assert window.windowTitle().replace("[*]", "") == f"{EXAMPLE} — TCCM Drafter"
    assert window.submission.sections
    assert len(window.library) > 0, "the starter library was copied"
    assert not window.isWindowModified()


def test_a_file_on_the_command_line_opens(qtbot: QtBot, tmp_path: Path) -> None:
    from tccm_drafter.storage.submission_file import save_submission
    from test_gui_support import prepare_home, submission

    paths = prepare_home()
    path = tmp_path / "mine.tccm"
    save_submission(submission(), path)
    window = create_window(
        paths, path, prompter=ScriptedPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    assert window.state.path == path.absolute()
    assert window.settings.recent_files[0] == path.absolute()
