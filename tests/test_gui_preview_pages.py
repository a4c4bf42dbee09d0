"""The preview keeps one font while the user types, and shows where the Word export's pages
begin and how many there are: within one page of what LibreOffice makes of the export."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.storage.paths import AppPaths, examples_dir
from test_gui_support import ScriptedPrompter, window_settings
from test_gui_window import discard_on_close
from test_gui_writing import open_window

EXAMPLES = ("wsis20-response", "position-paper", "joint-statement")


def line_heights(window: MainWindow) -> dict[str, float]:
    """The height of the first line of each text block of the preview, by its text."""
    document = window.preview.document()
    found: dict[str, float] = {}
    block = document.begin()
    while block.isValid():
        document.documentLayout().blockBoundingRect(block)
        if block.layout().lineCount():
            found[block.text()] = block.layout().lineAt(0).height()
        block = block.next()
    return found


def test_the_paragraph_just_edited_keeps_the_body_font(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.outline_view.select_location(0, 1)
    editor = window.editor.text
    editor.moveCursor(QTextCursor.MoveOperation.End)
    patches = window.preview.patches
    qtbot.keyClicks(editor, " More")
    qtbot.waitUntil(lambda: "matters. More" in window.preview.toPlainText(), timeout=10_000)
    assert window.preview.patches > patches, "the edited block was put in place"
    heights = line_heights(window)
    edited = heights["We add that the review matters. More"]
    untouched = heights["One open, global, interoperable Internet."]
    assert edited == untouched
    discard_on_close(window, window.prompter)  # type: ignore[arg-type]


def libreoffice_pages(docx: list[Path], folder: Path) -> dict[str, int]:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            *map(str, docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {path.stem: len(PdfReader(folder / "pdf" / f"{path.stem}.pdf").pages) for path in docx}


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice")
def test_page_count_and_breaks_match_libreoffice_within_a_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.resolve()
    shown: dict[str, int] = {}
    breaks: dict[str, list[tuple[int, float]]] = {}
    exported: list[Path] = []
    for name in EXAMPLES:
        prompter = ScriptedPrompter()
        window = create_window(
            paths,
            examples_dir() / f"{name}.tccm",
            prompter=prompter,
            qsettings=window_settings(paths),
            clock=CLOCK,
        )
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda w=window: w.preview.pages > 0, timeout=20_000)
        # Every break is drawn once the preview is laid out (in idle time).
        qtbot.waitUntil(
            lambda w=window: len(w.preview.page_break_positions()) == w.preview.pages - 1,
            timeout=10_000,
        )
        shown[name] = window.preview.pages
        breaks[name] = window.preview.page_break_positions()
        assert window.preview.accessibleDescription().endswith("in Word (estimate)")
        out = tmp_path / f"{name}.docx"
        with qtbot.waitSignal(window.submission_actions.exportFinished, timeout=30_000):
            window.export_to(out, "docx")
        exported.append(out)
        window.close()
    actual = libreoffice_pages(exported, tmp_path)
    for name in EXAMPLES:
        assert abs(shown[name] - actual[name]) <= 1, (name, shown[name], actual[name])
        ys = [y for _page, y in breaks[name]]
        assert ys == sorted(ys) and [p for p, _ in breaks[name]] == list(range(2, shown[name] + 1))
    assert max(shown.values()) >= 2, "an example long enough to show a page break"
