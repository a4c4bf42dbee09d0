"""Screenshots of writing in the window, for the docs:
``python -m tccm_drafter.gui.screenshots_writing OUTDIR`` writes spelling.png (a misspelt word
underlined, with its context menu), introduction.png (the outline with an introduction and a
closing) and preview-pages.png (the preview with the Word export's page breaks), each from a
throw-away home folder with the starter library and the example submission.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.gui.screenshots import CLOCK, SIZE, start, wait_for_render
from tccm_drafter.model import TextBlock


def _wait(app: QApplication, done: object, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _underlined(window: MainWindow) -> bool:
    block = window.editor.text.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                return True
        block = block.next()
    return False


def _spelling(window: MainWindow, app: QApplication) -> QPixmap:
    """A free-text block with a misspelt word, and the menu a right-click on it opens."""
    sections = window.submission.sections
    where = next(
        ((s, b) for s, sec in enumerate(sections) for b, blk in enumerate(sec.blocks)
         if isinstance(blk, TextBlock) and blk.text.strip()),
        (0, 0),
    )  # fmt: skip
    window.outline_view.select_location(*where)
    editor = window.editor.text
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertPlainText(" Its secretariat needs predictible funding.")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    _wait(app, lambda: _underlined(window))
    wait_for_render(window, app)
    at = editor.toPlainText().index("predictible") + 4
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at)
    pos = editor.cursorRect(cursor).center()
    menu = window.spelling.menus[0].menu_at(pos)
    menu.adjustSize()
    shot = window.grab()
    corner = editor.viewport().mapTo(window, pos)
    painter = QPainter(shot)
    painter.drawPixmap(QPoint(corner.x() + 24, corner.y() + 12), menu.grab())
    painter.end()
    menu.deleteLater()
    return shot


def _introduction(window: MainWindow, app: QApplication) -> QPixmap:
    window.act["add_introduction"].trigger()
    window.editor.text.insertPlainText(
        "{{ org.name }} thanks the co-facilitators for the chance to contribute, and answers "
        "the questions of the call in turn."
    )
    window.outline_view.select_location(len(window.submission.sections) - 1, None)
    window.act["add_closing"].trigger()
    window.editor.text.insertPlainText("We stand ready to contribute further to this process.")
    window.outline_view.select_location(0, 0)
    wait_for_render(window, app)
    return window.grab()


def _pages(window: MainWindow, app: QApplication) -> QPixmap:
    preview = window.preview
    _wait(app, lambda: len(preview.page_break_positions()) == max(preview.pages - 1, 0))
    positions = preview.page_break_positions()
    if positions:
        preview.verticalScrollBar().setValue(int(positions[0][1] - preview.height() / 2))
    app.processEvents()
    return window.grab()


def take(out_dir: Path, home: Path) -> list[Path]:
    from tccm_drafter.gui.app import create_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = AppPaths.resolve(home)
    written: list[Path] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, shoot in (
        ("spelling.png", _spelling),
        ("introduction.png", _introduction),
        ("preview-pages.png", _pages),
    ):
        qsettings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
        window = create_window(paths, qsettings=qsettings, clock=CLOCK)
        try:
            window.resize(*SIZE)
            window.show()
            wait_for_render(window, app)
            target = out_dir / name
            shoot(window, app).save(str(target))
            written.append(target)
        finally:
            window.state.reset(None)
            window.close()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    out_dir, _rest = start(argv)
    with tempfile.TemporaryDirectory(prefix="tccm-shots-") as home:
        for path in take(out_dir, Path(home)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
