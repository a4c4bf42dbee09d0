"""Text from other people's files is shown as text in every label, tooltip, list and message
box: markup in a title or a question is never read, so it can load nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.document_state import Prompter
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import Paragraph, ParagraphBlock, Section, Status, Submission, TextBlock
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import save_submission
from test_gui_support import EditingPrompter, window_settings

#: Markup that would load a file, run nothing but still reach out, or fake the interface.
HOSTILE = [
    '<img src="/etc/hostname">',
    '<a href="file:///etc/passwd">click</a>',
    "<b>bold</b><script>x()</script>",
    "<style>*{color:red}</style><iframe src=x>",
    "&lt;img src=x&gt;",
]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    paths = AppPaths.resolve()
    paths.ensure()
    folder = LibraryFolder(paths.library_dir)
    for number, text in enumerate(HOSTILE):
        folder.save(
            Paragraph(
                f"hostile-{number}",
                f"Title {text}",
                f"Body {text}",
                status=Status.APPROVED,
                topics=[text],
            )
        )
    sections = [
        Section(
            f"Section {text}",
            f"Question {text}?",
            blocks=[ParagraphBlock(f"hostile-{n}"), TextBlock(f"Free {text}")],
        )
        for n, text in enumerate(HOSTILE)
    ]
    path = tmp_path / "hostile.tccm"
    save_submission(Submission(title=HOSTILE[0], sections=sections), path)
    win = create_window(
        paths, path, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.live.is_current() and not win.live.pending(), timeout=10_000)
    return win


def _rich_labels_showing(root: QLabel | MainWindow, marker: str) -> list[str]:
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if marker in label.text()
        and label.textFormat() != Qt.TextFormat.PlainText
        and not label.text().startswith("<p style='white-space:pre-wrap'>")
    ]


def test_labels_and_tooltips_show_file_text_as_text(window: MainWindow) -> None:
    outline = window.outline
    for section in range(len(HOSTILE)):
        window.outline_view.select_location(section, 0)
        assert not _rich_labels_showing(window, "<")
        for index in (outline.section_index(section), outline.block_index(section, 0)):
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert "<img" not in tip and "<a href" not in tip and "<script" not in tip
    library = window.library_panel
    for row in range(library.proxy.rowCount()):
        tip = library.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip and "<script" not in tip
    window.library_panel.select_paragraph("hostile-0")
    shown = window.library_panel.preview.toHtml()
    assert "<img" not in shown and "file:///etc" not in shown
    assert '<img src="/etc/hostname">' in window.library_panel.preview.toPlainText()
    assert "<img" not in window.preview.toHtml()
    assert window.title_bar.edit.text() == HOSTILE[0]


def test_message_boxes_show_file_text_as_text(qtbot: QtBot) -> None:
    seen: list[tuple[Qt.TextFormat, str]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.textFormat(), box.text()))
            box.done(0)

    for text in HOSTILE:
        QTimer.singleShot(50, inspect)
        Prompter().show_error(None, "Cannot open", f"broken.tccm: title {text}")
    assert len(seen) == len(HOSTILE)
    assert {fmt for fmt, _ in seen} == {Qt.TextFormat.PlainText}
    assert seen[0][1].endswith(HOSTILE[0])


def test_the_exported_box_shows_names_and_warnings_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    """The real box after an export (the scripted prompter of the other tests replaces it):
    the file's name and the render's warnings quote titles from the submission."""
    seen: list[list[tuple[Qt.TextFormat, str]]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            labels = [label for label in box.findChildren(QLabel) if label.text()]
            seen.append([(label.textFormat(), label.text()) for label in labels])
            box.done(0)

    for text in HOSTILE:
        warning = (
            f"section 1 ('{text}'), free text block 1: placeholder {{{{ nope }}}} has no value"
        )
        QTimer.singleShot(50, inspect)
        Prompter().export_done(None, tmp_path / f"{text[:8]}.docx", [warning])
    assert len(seen) == len(HOSTILE)
    for labels, text in zip(seen, HOSTILE, strict=True):
        assert any(text in shown for _, shown in labels)  # the warning is there, as typed
        assert {fmt for fmt, _ in labels} == {Qt.TextFormat.PlainText}
