"""The live preview: the document as it will be exported, updated in place while the user types.

A new rendering whose text blocks have the same shapes as the one on screen (the usual case
while typing) replaces only the blocks whose content changed, so the document is not laid out
again. Anything else (a paragraph added, a template changed) sets the whole HTML.

The preview never loads or navigates to anything: resources are never fetched, and a click on
a link asks the window to open it (http, https and mailto only, after asking the user).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from tccm_drafter.gui.safe_browser import SafeBrowser
from tccm_drafter.render.preview_types import Preview

#: Up to this many changed blocks are patched in place; more are set as a whole.
MAX_PATCHED_BLOCKS = 40
#: After a whole document is set, Qt lays it out only as far as it is shown; the first change
#: further down would lay out everything before it at once. The rest is laid out in idle
#: time instead, this many text blocks at a time (a few milliseconds each).
LAYOUT_STEP_BLOCKS = 60


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
        self.setHtml(text)
        document = self.document()
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
