"""Changing the editor's document to show a block's new Markdown (after an undo, a redo, a
revert, a replace) by replacing only the paragraphs that changed, and saying where the change
ends, for the cursor, as a word processor does."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from tccm_drafter.app.rich_source import BlockSource
from tccm_drafter.app.rich_text import Layout, RichText
from tccm_drafter.app.typing import text_change
from tccm_drafter.gui.rich_document import block_format, fill, insert_runs, lay_out, layout_of

_SEPARATOR = "\u2029"


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found: list[QTextBlock] = []
    block = document.firstBlock()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def patch(
    document: QTextDocument, source: BlockSource, rich: RichText
) -> tuple[BlockSource, int | None]:
    """Show ``rich`` in ``document`` (which shows ``source``): the new source, and where the
    change ends (None: the paragraphs are as they were; only a note or the Markdown between
    paragraphs changed)."""
    blocks = _blocks(document)
    old: list[tuple[str | None, Layout]] = []
    for block in blocks:
        slot = source.slots.get(block.userState())
        old.append((slot.markdown if slot is not None else None, layout_of(block)))
    new = [
        (piece.markdown, p.layout) for piece, p in zip(rich.pieces, rich.paragraphs, strict=True)
    ]
    same = min(len(old), len(new))
    first = 0
    while first < same and old[first][0] is not None and old[first] == new[first]:
        first += 1
    tail = 0
    while (
        tail < same - first and old[-1 - tail][0] is not None and old[-1 - tail] == new[-1 - tail]
    ):
        tail += 1
    old_end, new_end = len(old) - tail, len(new) - tail
    fresh = BlockSource(rich)
    if first == old_end and first == new_end:
        _keys(document, fresh)
        return fresh, None
    if first in (old_end, new_end):  # a paragraph added or removed: take a neighbour
        if first > 0:
            first -= 1
        elif old_end < len(old) and new_end < len(new):
            old_end, new_end = old_end + 1, new_end + 1
    if not new or first in (old_end, new_end):
        fill(document, rich.paragraphs, fresh.keys)
        return fresh, sum(len(p.visible()) + 1 for p in rich.paragraphs[:new_end]) - 1 if new else 0
    start = blocks[first].position()
    last = blocks[old_end - 1]
    was = _SEPARATOR.join(block.text() for block in blocks[first:old_end])
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    for number, paragraph in enumerate(rich.paragraphs[first:new_end]):
        if number:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.setBlockFormat(block_format(paragraph.layout))
        insert_runs(cursor, paragraph.runs, paragraph.layout)
    lay_out(document, [p.layout for p in rich.paragraphs])
    cursor.endEditBlock()
    _keys(document, fresh)
    now = _SEPARATOR.join(p.visible() for p in rich.paragraphs[first:new_end])
    at, _removed, inserted = text_change(was, now)
    return fresh, start + at + len(inserted)


def _keys(document: QTextDocument, source: BlockSource) -> None:
    for block, key in zip(_blocks(document), source.keys, strict=False):
        block.setUserState(key)
