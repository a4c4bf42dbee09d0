"""Screenshots for the docs: ``python -m tccm_drafter.gui.screenshots OUTDIR``.

Runs the real main window (offscreen unless a display is chosen) in a throw-away home folder
with the starter library and the example submission, and writes main-window.png,
library-editing.png, export-dialog.png and preflight.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1400, 860)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _over(window: QWidget, dialog: QWidget, app: QApplication) -> QPixmap:
    """The window with a dialog drawn centred over it, as a user would see them."""
    dialog.show()
    dialog.adjustSize()
    width = min(dialog.width(), window.width() - 80)
    height = min(dialog.height(), window.height() - 80)
    dialog.resize(width, height)
    _settle(app)
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(QPoint((shot.width() - width) // 2, (shot.height() - height) // 2),
                       dialog.grab())
    painter.end()
    return shot


def take(out_dir: Path, home: Path) -> list[Path]:
    from tccm_drafter.gui.app import create_window
    from tccm_drafter.storage.paths import AppPaths

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = AppPaths.resolve(home)
    qsettings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = create_window(paths, qsettings=qsettings)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    if window.submission.sections:
        blocks = window.submission.sections[0].blocks
        window.outline_view.select_location(0, 0 if blocks else None)
    window.library_panel.list.selectRow(0)
    window.preview.render_now()
    _settle(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(pixmap: QPixmap, name: str) -> None:
        target = out_dir / name
        pixmap.save(str(target))
        written.append(target)

    save(window.grab(), "main-window.png")
    shots: list[tuple[str, str]] = [("library-editing.png", "paragraph"),
                                    ("export-dialog.png", "export"),
                                    ("preflight.png", "preflight")]
    for name, what in shots:
        dialog = _dialog(window, what)
        if dialog is None:
            print(f"screenshots: {what} dialog not available; {name} shows the window",
                  file=sys.stderr)
            save(window.grab(), name)
            continue
        save(_over(window, dialog, app), name)
        dialog.close()
    window.state.reset(None)
    window.close()
    return written


def _dialog(window: object, what: str) -> QWidget | None:
    from tccm_drafter.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    try:
        from tccm_drafter.gui import dialogs
    except ImportError:
        return None
    widget: QWidget
    if what == "paragraph":
        ids = window.library_panel.selected_ids()
        paragraph = window.library.get(ids[0]) if ids else None
        widget = dialogs.ParagraphEditorDialog(paragraph, window.library, window)
    elif what == "export":
        widget = dialogs.ExportDialog(window.state.path, window)
    else:
        window.run_checks()
        panel = getattr(window, "preflight_panel", None)
        if not isinstance(panel, QWidget):
            return None
        widget = panel
    return widget


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(arguments[0] if arguments else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["tccm-drafter-screenshots"])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="tccm-shots-") as home:
        for path in take(out_dir, Path(home)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
