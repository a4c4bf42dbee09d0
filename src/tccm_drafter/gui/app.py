"""The application: QApplication, settings and libraries, then the main window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tccm_drafter import APP_NAME
from tccm_drafter.app.autosave import find_autosaves
from tccm_drafter.app.clock import Clock
from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.paths import AppPaths, examples_dir
from tccm_drafter.app.preferences import Settings, load_settings
from tccm_drafter.errors import InputError
from tccm_drafter.gui.appicon import APP_ID, application_icon
from tccm_drafter.gui.document_state import Prompter
from tccm_drafter.gui.file_open import FileOpenHandler, open_document
from tccm_drafter.gui.language import install_language
from tccm_drafter.gui.load_problems import report as report_load
from tccm_drafter.gui.main_window import FIRST_RENDER_DELAY_MS, MainWindow
from tccm_drafter.gui.plurals import ensure_plurals

EXAMPLE = "wsis20-response.tccm"


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "tccm-drafter", *argv])
    QCoreApplication.setOrganizationName("TCCM")
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    return app


def create_window(
    paths: AppPaths,
    file: Path | None = None,
    *,
    prompter: Prompter | None = None,
    qsettings: QSettings | None = None,
    extra_libraries: Sequence[Path] = (),
    clock: Clock | None = None,
) -> MainWindow:
    """Load settings and libraries and build the main window with the right document open.

    A file given opens; otherwise an autosave left by a crash is offered; otherwise, on the
    first run (no recent files), the example submission opens as a new, unsaved document.
    Raises InputError when a library folder given with ``--library`` does not exist (as the
    command line does).
    """
    paths.ensure()
    ensure_plurals()
    errors: list[InputError] = []
    try:
        settings = load_settings(paths)
    except InputError as error:
        settings, errors = Settings(), [error]
    from tccm_drafter.gui.theme import apply_theme

    apply_theme(settings.theme)
    install_language(settings.interface_language)
    libraries = open_libraries(paths, settings, extra_libraries, load=False, parallel=True)
    background = libraries.is_large()
    if not background:
        libraries = libraries.load()
    window = MainWindow(
        paths, settings, libraries, prompter=prompter, qsettings=qsettings, clock=clock
    )
    if background:  # thousands of files: show the window now, fill the library when read
        window.reload_library()
    errors.extend(libraries.errors)
    report_load(window, [str(e) for e in errors], libraries.notices())
    if file is not None:
        open_document(window, file)
    elif not restore_autosave(window, paths) and not settings.recent_files:
        open_example(window)
    return window


def restore_autosave(window: MainWindow, paths: AppPaths) -> bool:
    """Offer the autosaves a crashed session left; True when one was restored."""
    found = find_autosaves(paths, exclude=window.autosaver.session)
    if not found:
        return False
    if not window.prompter.ask_restore(window, [entry.name for entry in found]):
        for entry in found:
            entry.remove()
        return False
    entry = found[-1]
    try:
        submission = entry.load()
    except InputError as error:
        window.prompter.show_error(
            window, QCoreApplication.translate("MainWindow", "Cannot restore"), str(error)
        )
        return False
    name = entry.original.name if entry.original else None
    # The file's hash as the crashed session last saw it: a save notices what changed since.
    window.files.set_document(
        submission, entry.original, name=name, modified=True, digest=entry.base_digest
    )
    for item in found:
        item.remove()
    window.autosaver.save_now()
    return True


def open_example(window: MainWindow) -> bool:
    """The example submission, as an unsaved new document (Save asks where to put it)."""
    example = examples_dir() / EXAMPLE
    if not example.exists():
        return False
    try:
        submission = window.state.load(example)
    except InputError:
        return False
    window.set_document(submission, None, name=EXAMPLE)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tccm-drafter")
    parser.add_argument("--home", default=None)
    parser.add_argument("--library", action="append", default=[])
    parser.add_argument("file", nargs="?", default=None)
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    app = _application(qt_args)
    paths = AppPaths.resolve(args.home)
    file = Path(args.file) if args.file else None
    try:
        window = create_window(paths, file, extra_libraries=[Path(p) for p in args.library])
    except InputError as error:
        Prompter().show_error(None, APP_NAME, str(error))
        return 2
    app.installEventFilter(FileOpenHandler(window))  # macOS: files double-clicked in Finder
    window.show()
    QTimer.singleShot(FIRST_RENDER_DELAY_MS, window, collect_after_start)
    return app.exec()


def collect_after_start() -> None:
    """Garbage collection back on once the first frame is up (``gui/launch.py`` turns it off
    while the app loads), with the one full collection start-up put off."""
    gc.collect()
    gc.enable()


if __name__ == "__main__":
    raise SystemExit(main())
