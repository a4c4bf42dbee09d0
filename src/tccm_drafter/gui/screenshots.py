"""Screenshots for the docs: ``python -m tccm_drafter.gui.screenshots OUTDIR``.

Runs the real main window (offscreen unless a display is chosen) in a throw-away home folder
with the starter library and the example submission, and writes main-window.png,
main-window-dark.png, main-window-1280x800.png, editor.png, editor-dark.png and
find-replace.png (the block editor), library-editing.png, export-dialog.png, preflight.png
(the checks docked), import-bundle.png, suggestions.png and library-health.png
(``screenshots_library.py``), and the rules
calls set (``screenshots_rules.py``): consultation-details.png, signatories.png, register.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tccm_drafter.app.clock import FixedClock
from tccm_drafter.gui.screenshots_editor import editor_shot, find_shot
from tccm_drafter.gui.screenshots_library import library_shots
from tccm_drafter.gui.screenshots_rules import SHOTS, rules_shot
from tccm_drafter.gui.table_rows import select_row

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow

SIZE = (1400, 860)
#: The day the pictures are taken on, whenever they are made (the example's deadline ahead).
CLOCK = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _over(window: QWidget, dialog: QWidget, app: QApplication) -> QPixmap:
    """The window with a dialog drawn centred over it, as a user would see them."""
    dialog.show()
    _settle(app)
    width = min(max(dialog.width(), dialog.sizeHint().width()), window.width() - 80)
    height = min(max(dialog.height(), dialog.sizeHint().height()), window.height() - 80)
    dialog.resize(width, height)
    _settle(app)
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(
        QPoint((shot.width() - width) // 2, (shot.height() - height) // 2), dialog.grab()
    )
    painter.end()
    return shot


def wait_for_render(window: MainWindow, app: QApplication) -> None:
    """Process events until the preview shows the submission as it is now."""
    import time

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (
        not window.live.enabled or window.live.pending() or not window.live.is_current()
    ):
        app.processEvents()
        time.sleep(0.005)
    _settle(app)


def take(out_dir: Path, home: Path) -> list[Path]:
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.gui.app import create_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = AppPaths.resolve(home)
    qsettings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = create_window(paths, qsettings=qsettings, clock=CLOCK)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    sections = window.submission.sections
    if len(sections) > 2 and sections[2].blocks:
        window.outline_view.select_location(2, 0)  # a tailored library paragraph
    elif sections:
        window.outline_view.select_location(0, 0 if sections[0].blocks else None)
    select_row(window.library_panel.list, 0)
    wait_for_render(window, app)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(pixmap: QPixmap, name: str) -> None:
        target = out_dir / name
        pixmap.save(str(target))
        written.append(target)

    save(window.grab(), "main-window.png")
    save(editor_shot(window, app), "editor.png")
    save(find_shot(window, app), "find-replace.png")
    window.set_theme("dark")
    wait_for_render(window, app)
    save(window.grab(), "main-window-dark.png")
    save(editor_shot(window, app), "editor-dark.png")
    window.set_theme("light")
    window.resize(1280, 800)  # a small laptop screen
    wait_for_render(window, app)
    save(window.grab(), "main-window-1280x800.png")
    window.resize(*SIZE)
    window.set_theme("system")
    _settle(app)
    library_shots(window, app, save, _over)
    _add_problems(window)
    window.run_checks()  # docked below the panes, pointing at the superseded paragraph
    panel, dock = window.preflight_panel, window.checks_dock
    assert panel is not None and dock is not None
    panel.list.setCurrentRow(0)
    panel.list.itemActivated.emit(panel.list.currentItem())  # as Enter on the finding does
    wait_for_render(window, app)
    save(window.grab(), "preflight.png")
    dock.hide()  # the export dialog lists the same findings itself
    shots: list[tuple[str, str]] = [
        ("library-editing.png", "paragraph"),
        ("export-dialog.png", "export"),
        ("profile-dialog.png", "profile"),
        ("import-bundle.png", "import"),
        *SHOTS.items(),
    ]
    for name, what in shots:
        dialog = _dialog(window, what)
        if dialog is None:
            print(
                f"screenshots: {what} dialog not available; {name} shows the window",
                file=sys.stderr,
            )
            save(window.grab(), name)
            continue
        save(_over(window, dialog, app), name)
        dialog.close()
    window.state.reset(None)
    window.close()
    return written


def _dialog(window: MainWindow, what: str) -> QWidget | None:
    from tccm_drafter.gui import dialogs

    widget: QWidget
    if what == "paragraph":
        ids = window.library_panel.selected_ids()
        paragraph = window.library.get(ids[0]) if ids else None
        widget = dialogs.ParagraphEditorDialog(
            paragraph, window.library, window, today=window.clock.now().date()
        )
    elif what == "export":
        findings = window.submission_actions.findings()
        widget = dialogs.ExportDialog(
            window.state.path or Path.home() / window.state.name, window, findings
        )
    elif what == "profile":
        widget = dialogs.ProfileDialog(window.paths, window.submission.organisation, window)
    elif what == "import":
        return _import_dialog(window, Path(window.paths.data_dir))
    elif what in SHOTS.values():
        return rules_shot(window, what, Path(window.paths.data_dir))
    else:
        return None
    return widget


def _add_problems(window: MainWindow) -> None:
    """Give the example something to find: a retired paragraph and a tight limit."""
    from tccm_drafter.app import drafting
    from tccm_drafter.app.edits import InsertBlock
    from tccm_drafter.model import ParagraphBlock

    ws = window.workspace
    sections = ws.submission.sections
    if len(sections) > 1:
        end = len(sections[1].blocks)
        window.history.perform(
            InsertBlock(1, end, ParagraphBlock("igf-renew-mandate-2024", version=1))
        )
        last = sections[-1]
        window.history.perform(
            drafting.edit_section(
                ws,
                len(sections) - 1,
                title=last.title,
                question=last.question,
                word_limit=40,
                char_limit=None,
            )
        )


def _import_dialog(window: MainWindow, work: Path) -> QWidget:
    """A bundle from another member: one paragraph they changed, one we both changed."""
    from dataclasses import replace

    from tccm_drafter.app.imports import plan_import, read_bundle, write_bundle
    from tccm_drafter.gui.import_dialog import ImportBundleDialog
    from tccm_drafter.model.paragraph import revised

    mine = {p.id: p for p in window.library}
    theirs = []
    for number, paragraph in enumerate(list(mine.values())[:8]):
        if number in (1, 2):  # they revised these two
            paragraph = revised(
                paragraph,
                replace(paragraph, body=paragraph.body + " We will report on progress each year."),
            )
        theirs.append(paragraph)
    first = theirs[1].id  # ... and so did we: a conflict
    mine[first] = revised(mine[first], replace(mine[first], body=mine[first].body + " Soon."))
    theirs.append(replace(theirs[0], id="ixp-peering-policy", title="Open peering policies"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "from-example-ixp.tccmlib"
    write_bundle(theirs, path, "Example IXP Association", now=window.clock.now())
    return ImportBundleDialog(plan_import(mine, read_bundle(path)), window)


def start(argv: Sequence[str] | None) -> tuple[Path, list[str]]:
    """The output folder (first argument, else docs/screenshots) and the other arguments,
    with an application running offscreen unless a display is chosen."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None:
        QApplication(["tccm-drafter-screenshots"])
    return Path(arguments[0] if arguments else "docs/screenshots"), arguments[1:]


def main(argv: Sequence[str] | None = None) -> int:
    out_dir, _rest = start(argv)
    with tempfile.TemporaryDirectory(prefix="tccm-shots-") as home:
        for path in take(out_dir, Path(home)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
