"""Pictures of the block editor for the docs (taken by ``gui/screenshots.py`` and
``gui/screenshots_language.py``): the example's paragraph on the permanent IGF, which has a
field, italic, a footnote and a bulleted list, with the cursor in the italic word so the
format bar shows it; and the same with Find and Replace open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap, QTextCursor
from PySide6.QtWidgets import QApplication

from tccm_drafter.model import ParagraphBlock

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow

#: The example paragraph the pictures show, and the word the cursor is put in.
PARAGRAPH = "igf-permanent-mandate"
WORD = "permanent"


def _settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def show_paragraph(window: MainWindow) -> bool:
    """Select the pictured paragraph in the outline, the cursor in its italic word; False when
    the example does not have it."""
    for s, section in enumerate(window.submission.sections):
        for b, block in enumerate(section.blocks):
            if isinstance(block, ParagraphBlock) and block.paragraph_id.startswith(PARAGRAPH):
                window.outline_view.select_location(s, b)
                window.centre_splitter.setSizes([260, 600])
                editor = window.editor.text
                at = editor.toPlainText().find(WORD)
                cursor = editor.textCursor()
                cursor.setPosition(max(at, 0) + 3)
                editor.setTextCursor(cursor)
                editor.setFocus()
                return True
    return False


def editor_shot(window: MainWindow, app: QApplication) -> QPixmap:
    """The editor pane (format bar, chips) as the user sees it."""
    show_paragraph(window)
    _settle(app)
    return window.editor.grab()


def find_shot(window: MainWindow, app: QApplication) -> QPixmap:
    """The editor with Find and Replace open on a word of the paragraph."""
    show_paragraph(window)
    bar = window.editor.find_bar
    bar.open_find(replacing=True)
    bar.find_field.setText("Forum")
    bar.replace_field.setText("IGF")
    bar.next()
    window.editor.text.moveCursor(QTextCursor.MoveOperation.NoMove)
    _settle(app)
    shot = window.editor.grab()
    bar.close_bar()
    return shot
