"""The live preview: the document as it will be exported, updated in place while the user types.

A new rendering whose text blocks have the same shapes as the one on screen (the usual case
while typing) replaces only the blocks whose content changed, so the document is not laid out
again. Anything else (a paragraph added, a template changed) sets the whole HTML.

The preview never loads or navigates to anything: resources are never fetched, and a click on
a link asks the window to open it (http, https and mailto only, after asking the user).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import QWidget

from tccm_drafter.app.preview import BODY_POINT_SIZE, Preview
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.gui.safe_browser import SafeBrowser

#: Up to this many changed blocks are patched in place; more are set as a whole.
MAX_PATCHED_BLOCKS = 40
#: After a whole document is set, Qt lays it out only as far as it is shown; the first change
#: further down would lay out everything before it at once. The rest is laid out in idle
#: time instead, this many text blocks at a time (a few milliseconds each).
LAYOUT_STEP_BLOCKS = 60


if TYPE_CHECKING:
    from tccm_drafter.app.render_service import PageBreak


class PreviewPane(SafeBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self._shown: Preview | None = None
        self._patchable = False
        self._laid_out = 0
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._layout_step)
        #: How many times the preview changed, and how many of those were patches.
        self.renders = 0
        self.patches = 0
        #: Pages of the Word export (estimated; 0 = unknown) and where they begin.
        self.pages = 0
        self.page_breaks: list[PageBreak] = []
        ensure_plurals()

    def set_pages(self, pages: int, breaks: list[PageBreak]) -> None:
        """Show where the Word export's pages begin (dashed lines) and how many there are."""
        self.pages, self.page_breaks = pages, list(breaks)
        self.setAccessibleDescription(self.page_count_text())
        self.viewport().update()

    def page_count_text(self) -> str:
        if not self.pages:
            return ""
        return self.tr("%n page(s) in Word (estimate)", "", self.pages)

    def page_break_positions(self) -> list[tuple[int, float]]:
        """(page number, y in the document) of each page's beginning that is laid out."""
        document = self.document()
        layout = document.documentLayout()
        found: list[tuple[int, float]] = []
        for page, (first, last, share) in enumerate(self.page_breaks, start=2):
            top_block = document.findBlockByNumber(first)
            end_block = document.findBlockByNumber(last)
            if not end_block.isValid() or end_block.layout().lineCount() == 0:
                break  # not laid out yet (the rest comes in idle time)
            top = layout.blockBoundingRect(top_block).top()
            bottom = layout.blockBoundingRect(end_block).bottom()
            found.append((page, top + share * (bottom - top)))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.pages or self._shown is None:
            return
        painter = QPainter(self.viewport())
        colour = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        offset = self.verticalScrollBar().value()
        width = self.viewport().width()
        for page, y in self.page_break_positions():
            at = int(y - offset) - 2  # in the gap above the line the page begins with
            if -20 < at < self.viewport().height() + 20:
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.drawLine(0, at, width, at)
                tag_top = at - painter.fontMetrics().height() - 3
                self._tag(painter, colour, tag_top, self.tr("Page {0}").format(page))
        self._tag(painter, colour, 2, self.page_count_text())
        painter.end()

    def _tag(self, painter: QPainter, colour: QColor, top: int, text: str) -> None:
        """A small label at the right edge, on the page's colour so text under it stays out."""
        metrics = painter.fontMetrics()
        box = QRectF(0, top, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
        box.moveRight(self.viewport().width() - 4)
        painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def show_preview(self, preview: Preview) -> None:
        if not self._patch(preview):
            self._set_whole(preview)
        self._shown = preview
        self.renders += 1

    def show_error(self, message: str) -> None:
        """The renderer refused: say why instead of going blank."""
        title = html.escape(self.tr("Cannot preview"))
        self._set_html(
            f"<p style='color:#b00'><b>{title}</b></p><p>{html.escape(message)}</p>", None
        )
        self._shown = None
        self.renders += 1

    def _set_whole(self, preview: Preview) -> None:
        self._set_html(preview.html, preview)

    def _set_html(self, text: str, preview: Preview | None) -> None:
        scroll = self.verticalScrollBar().value()
        document = self.document()
        # The body's size as the document's default: a block patched in place (its HTML has
        # no body around it) then keeps the size of the text around it.
        font = document.defaultFont()
        if font.pointSizeF() != BODY_POINT_SIZE:
            font.setPointSizeF(BODY_POINT_SIZE)
            document.setDefaultFont(font)
        self.setHtml(text)
        document.setUndoRedoEnabled(False)  # patches must not pile up undo history
        # Patching relies on one text block per listed block; check it once per document.
        self._patchable = preview is not None and document.blockCount() == len(preview.blocks)
        self.verticalScrollBar().setValue(scroll)
        self._laid_out = 0
        self._layout_timer.start()

    def _layout_step(self) -> None:
        """Lay out the next few blocks (asking for a block's place makes Qt lay out up to it)."""
        document = self.document()
        self._laid_out = min(self._laid_out + LAYOUT_STEP_BLOCKS, document.blockCount() - 1)
        layout = document.documentLayout()
        layout.blockBoundingRect(document.findBlockByNumber(self._laid_out))
        if self._laid_out >= document.blockCount() - 1:
            self._layout_timer.stop()

    def _patch(self, preview: Preview) -> bool:
        shown = self._shown
        if shown is None or not self._patchable or len(shown.blocks) != len(preview.blocks):
            return False
        changed = []
        for number, (old, new) in enumerate(zip(shown.blocks, preview.blocks, strict=True)):
            if old.shape != new.shape:
                return False
            if old.inline != new.inline:
                changed.append(number)
                if len(changed) > MAX_PATCHED_BLOCKS:
                    return False
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for number in changed:
            block = document.findBlockByNumber(number)
            cursor.setPosition(block.position())
            # By position, not movePosition(EndOfBlock), which would lay the block out first
            # (and, in a document not yet laid out that far, everything before it).
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertHtml(preview.blocks[number].inline)
        cursor.endEditBlock()
        if document.blockCount() != len(preview.blocks):  # Qt split a block: start afresh
            return False
        if changed:
            self.patches += 1
        return True
