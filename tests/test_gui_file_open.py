"""Files the system hands over: a .tccm opens, a .tccmlib starts the import preview, on the
command line (Windows, Linux) and as a file-open event (macOS)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK, NOW
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.file_open import FileOpenHandler
from tccm_drafter.gui.import_dialog import ImportBundleDialog
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import ScriptedPrompter, prepare_home, submission, window_settings


def test_a_bundle_on_the_command_line_opens_the_import_preview(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = prepare_home()
    mine = LibraryFolder(paths.library_dir).load().paragraphs[0]
    bundle = tmp_path / "from-ixp.tccmlib"
    write_bundle(
        [replace(mine, id="peering", title="Open peering")], bundle, "Example IXP", now=NOW
    )
    prompter = ScriptedPrompter()

    window = create_window(
        paths, bundle, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()

    qtbot.waitUntil(lambda: bool(prompter.dialogs))
    dialog = prompter.dialogs[0]
    assert isinstance(dialog, ImportBundleDialog)
    assert [item.paragraph_id for item in dialog.items] == ["peering"]
    assert prompter.errors == []
    assert window.state.path is None, "a bundle is not opened as a submission"


def test_a_file_open_event_opens_the_submission(qtbot: QtBot, tmp_path: Path) -> None:
    paths = prepare_home()
    saved = tmp_path / "response.tccm"
    save_submission(submission(), saved)
    prompter = ScriptedPrompter()
    window = create_window(paths, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK)
    qtbot.addWidget(window)
    app = QCoreApplication.instance()
    assert app is not None
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(saved)))
    finally:
        app.removeEventFilter(handler)

    assert window.state.path == saved.absolute()
    assert prompter.errors == []
