"""The main window in other interface languages, for the docs:
``python -m tccm_drafter.gui.screenshots_language OUTDIR [LANGUAGE...]`` writes
main-window-<language>.png and editor-<language>.png (French and Arabic unless languages
are given), each from a throw-away home folder with the starter library and the example
submission.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import Settings, save_settings
from tccm_drafter.gui.language import install_language
from tccm_drafter.gui.screenshots import CLOCK, SIZE, start, wait_for_render
from tccm_drafter.gui.screenshots_editor import editor_shot
from tccm_drafter.gui.table_rows import select_row

LANGUAGES = ("fr", "ar")


def take(out_dir: Path, home: Path, language: str) -> list[Path]:
    """The window with the example open, in ``language``; the app is English again after."""
    from tccm_drafter.gui.app import create_window

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = AppPaths.resolve(home)
    paths.ensure()
    save_settings(paths, Settings(interface_language=language))
    qsettings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = create_window(paths, qsettings=qsettings, clock=CLOCK)
    try:
        window.resize(*SIZE)
        window.show()
        sections = window.submission.sections
        if len(sections) > 2 and sections[2].blocks:
            window.outline_view.select_location(2, 0)
        select_row(window.library_panel.list, 0)
        wait_for_render(window, app)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"main-window-{language}.png"
        window.grab().save(str(target))
        editor = out_dir / f"editor-{language}.png"
        editor_shot(window, app).save(str(editor))
        return [target, editor]
    finally:
        window.state.reset(None)
        window.close()
        install_language("en")


def main(argv: Sequence[str] | None = None) -> int:
    out_dir, languages = start(argv)
    for language in languages or LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="tccm-shots-") as home:
            for path in take(out_dir, Path(home), language):
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
