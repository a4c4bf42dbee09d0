"""``tccm-drafter --self-test OUT.docx``: prove that a built copy of the app works.

Made for the standalone app (packaging/): CI runs the built executable with it, so a data file
or module the build left out fails the build instead of a user. Without a display (offscreen,
in a throw-away home folder) it starts the real main window, opens the example submission,
renders the preview, exports it to Word through the window's own export, opens the user guide
and the About box, and exits 0 when all of that worked (1 otherwise, with the reason on
stderr). The caller then reads OUT.docx back.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.app.paths import HOME_ENV
from tccm_drafter.model.counted import counted

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tccm_drafter.gui.main_window import MainWindow

#: Longest wait for the preview or the export (a cold start of a bundle on a slow CI runner).
TIMEOUT_S = 120.0


class SelfTestFailed(Exception):
    """One line saying what did not work."""


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: tccm-drafter --self-test OUT.docx", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
    out = Path(argv[0]).absolute()
    try:
        with tempfile.TemporaryDirectory(prefix="tccm-self-test-") as scratch:
            # A home chosen on purpose (TCCM_DRAFTER_HOME) is used, e.g. by the benchmark to
            # time a start that is not the very first; otherwise a throw-away one.
            summary = run(out, Path(os.environ.get(HOME_ENV) or scratch))
    except (SelfTestFailed, OSError) as failure:
        print(f"tccm-drafter self-test FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"tccm-drafter self-test ok: {summary}")
    return 0


def run(out: Path, home: Path) -> str:
    """Drive the app; a summary, or SelfTestFailed."""
    from PySide6.QtWidgets import QWidget

    from tccm_drafter import __version__
    from tccm_drafter.app.paths import AppPaths, examples_dir
    from tccm_drafter.gui.app import EXAMPLE, _application, create_window
    from tccm_drafter.gui.document_state import Prompter

    class Recorder(Prompter):
        """Message boxes would wait for a user who is not there: record them instead."""

        def __init__(self) -> None:
            super().__init__()
            self.errors: list[str] = []

        def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
            self.errors.append(f"{title}: {message}")

        def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
            self.errors.append(f"{title}: {message}")

        def ask_restore(self, parent: QWidget | None, names: list[str]) -> bool:
            return False

        def export_done(self, parent: QWidget, path: Path, warnings: list[str]) -> None:
            pass

    app = _application([])
    prompter = Recorder()
    example = examples_dir() / EXAMPLE
    if not example.is_file():
        raise SelfTestFailed(f"the example submission is missing: {example}")
    window = create_window(AppPaths.resolve(home), example, prompter=prompter)
    window.show()
    app.processEvents()
    window.grab()  # painted
    shown = time.perf_counter()
    _wait(app, lambda: window.preview.renders > 0, "the preview was never rendered")
    rendered = time.perf_counter()
    if prompter.errors:
        raise SelfTestFailed(prompter.errors[0])
    if not window.submission.sections:
        raise SelfTestFailed("the example submission opened empty")

    finished: list[str] = []
    exported = window.submission_actions.exportFinished
    exported.connect(lambda _path, error: finished.append(error or "ok"))
    with contextlib.suppress(OSError):  # a stale file from an earlier run; the export replaces it
        out.unlink(missing_ok=True)
    window.export_to(out, "docx")
    _wait(app, lambda: bool(finished), "the export never finished")
    if finished != ["ok"] or not out.is_file():
        raise SelfTestFailed(f"the export failed: {finished[0]}")

    _check_help(app, window, prompter.errors)
    spelling = _check_spelling()
    window.close()
    # The wall-clock moments (for benchmarks/bench_package.py, which knows when it started us).
    return (
        f"TCCM Drafter {__version__}, wrote {out} ({counted(out.stat().st_size, 'byte')}); "
        f"{spelling}\n"
        f"window-shown-at {shown:.6f}\npreview-rendered-at {rendered:.6f}"
    )


def _check_help(app: QApplication, window: MainWindow, errors: list[str]) -> None:
    """The user guide and the About box find the files they show."""
    from tccm_drafter.gui.dialogs.about import AboutDialog
    from tccm_drafter.gui.dialogs.guide import GuideWindow

    window.act["guide"].trigger()
    guide = window.findChild(GuideWindow)
    if errors or not isinstance(guide, GuideWindow):
        raise SelfTestFailed(errors[0] if errors else "Help › User Guide opened nothing")
    if "A submission in ten minutes" not in guide.browser.toPlainText():
        raise SelfTestFailed("the user guide window is empty")
    about = AboutDialog(window)
    if "Qt for Python" not in about.notices.toPlainText():
        raise SelfTestFailed("About: " + about.notices.toPlainText()[:200])
    if about.texts.count() == 0:
        raise SelfTestFailed("About: no licence texts")
    if app.windowIcon().isNull():
        raise SelfTestFailed("the app icon is missing")
    guide.close()
    about.deleteLater()


def _check_spelling() -> str:
    """The spelling checker starts in its own process with the shipped dictionaries (English
    and Arabic: Latin and Arabic script), knows a word, finds a mistake and corrects it."""
    from tccm_drafter.app.paths import dictionaries_dir
    from tccm_drafter.app.spell_service import SpellService
    from tccm_drafter.errors import InputError

    cases = {
        "en_GB": ("organisation", "governence", "governance"),
        "ar": ("الإنترنت", "الإنترنتت", "الإنترنت"),
    }
    for name, (right, wrong, fixed) in cases.items():
        service = SpellService(dictionaries_dir(), name)
        service.start()
        try:
            verdicts = service.check([right, wrong])
            if list(verdicts.values()) != [True, False]:
                raise SelfTestFailed(f"spelling ({name}) answered {verdicts}")
            if fixed not in service.suggest(wrong):
                raise SelfTestFailed(f"spelling ({name}) did not suggest {fixed}")
        except InputError as error:
            raise SelfTestFailed(f"spelling ({name}): {error}") from None
        finally:
            service.close()
    return "spelling ok"


def _wait(app: QApplication, done: Callable[[], bool], failure: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise SelfTestFailed(failure)
        app.processEvents()
        time.sleep(0.005)
