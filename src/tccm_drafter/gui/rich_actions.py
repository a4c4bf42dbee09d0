"""What the format bar and its keys do to the block editor's text: bold, italic, links, lists
and fields. Each is one change of the document (so one undo step of the window's history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QGuiApplication, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from tccm_drafter.app.rich_text import OBJECT, Kind, Layout, Style
from tccm_drafter.gui.rich_document import (
    FIELD,
    chip_format,
    chip_of,
    format_at,
    lay_out,
    layout_of,
    style_of,
)


def _fragments(
    edit: QTextEdit, start: int, end: int
) -> list[tuple[int, int, QTextCharFormat, str]]:
    """(start, end, format, text) of each stretch of one format in [start, end)."""
    found: list[tuple[int, int, QTextCharFormat, str]] = []
    block = edit.document().findBlock(start)
    while block.isValid() and block.position() < end:
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            a, b = fragment.position(), fragment.position() + fragment.length()
            if fragment.isValid() and b > start and a < end:
                lo, hi = max(a, start), min(b, end)
                text = fragment.text()[lo - a : hi - a]
                found.append((lo, hi, fragment.charFormat(), text))
            fragments += 1
        block = block.next()
    return found


def is_on(edit: QTextEdit, mark: str) -> bool:
    """Whether the selection (or the text typed at the cursor) is bold / italic throughout."""
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        style = style_of(edit.currentCharFormat())
        return bool(getattr(style, mark))
    parts = [
        f for f in _fragments(edit, cursor.selectionStart(), cursor.selectionEnd()) if f[3].strip()
    ]
    return bool(parts) and all(getattr(style_of(f[2]), mark) for f in parts)


def toggle(edit: QTextEdit, mark: str) -> None:
    """Bold or italic on the selection (or for the text typed next), or off where it is on."""
    on = is_on(edit, mark)
    made = QTextCharFormat()
    if mark == "bold":
        made.setFontWeight(QFont.Weight.Normal if on else QFont.Weight.Bold)
    else:
        made.setFontItalic(not on)
    edit.mergeCurrentCharFormat(made)


def restyle(
    edit: QTextEdit, start: int, end: int, change: Callable[[QTextCharFormat], QTextCharFormat]
) -> None:
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    for lo, hi, made, _text in _fragments(edit, start, end):
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(change(QTextCharFormat(made)))
    cursor.endEditBlock()


def link_at(edit: QTextEdit) -> tuple[int, int, str]:
    """The stretch a link command works on: the selection, or the link the cursor is in; and
    its address ("" when none)."""
    cursor = edit.textCursor()
    if cursor.hasSelection():
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return start, end, format_at(edit.document(), start).anchorHref()
    at = cursor.position()
    block = cursor.block()
    href = (
        format_at(edit.document(), at).anchorHref()
        or format_at(edit.document(), at - 1).anchorHref()
    )
    if not href:
        return at, at, ""
    start, end = at, at
    while start > block.position() and format_at(edit.document(), start - 1).anchorHref() == href:
        start -= 1
    last = block.position() + block.length() - 1
    while end < last and format_at(edit.document(), end).anchorHref() == href:
        end += 1
    return start, end, href


def _linked(made: QTextCharFormat, href: str) -> QTextCharFormat:
    if href:
        made.setAnchor(True)
        made.setAnchorHref(href)
        made.setFontUnderline(True)
        made.setForeground(QGuiApplication.palette().link())
    else:
        made.setAnchor(False)
        made.setAnchorHref("")
        made.setFontUnderline(False)
        made.clearForeground()
    return made


def set_link(edit: QTextEdit, start: int, end: int, text: str, href: str) -> None:
    """Make [start, end) a link to ``href`` ("" takes the link off); when the stretch holds no
    field or marker, its text becomes ``text``."""
    cursor = QTextCursor(edit.document())
    shown = "".join(f[3] for f in _fragments(edit, start, end))
    cursor.beginEditBlock()
    if text and text != shown and OBJECT not in shown:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        base = format_at(edit.document(), start) if end > start else edit.currentCharFormat()
        if chip_of(base) is not None:
            base = QTextCharFormat()
        cursor.insertText(text, _linked(QTextCharFormat(base), href))
        end = start + len(text)
    else:
        restyle(edit, start, end, lambda made: _linked(made, href))
    cursor.endEditBlock()
    cursor.setPosition(end)
    edit.setTextCursor(cursor)


def selected_blocks(edit: QTextEdit) -> list[QTextBlock]:
    cursor = edit.textCursor()
    document = edit.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    found = [block]
    while block != last and block.isValid():
        block = block.next()
        found.append(block)
    return found


def list_kind(edit: QTextEdit) -> Kind | None:
    """The list the cursor's paragraph is in (None: none)."""
    layout = layout_of(edit.textCursor().block())
    return layout.kind if layout.is_list else None


def toggle_list(edit: QTextEdit, kind: Kind) -> None:
    """The selected paragraphs become items of a list of ``kind``, or plain paragraphs again
    when they all are such items already."""
    chosen = {block.blockNumber() for block in selected_blocks(edit)}
    layouts: list[Layout] = []
    block = edit.document().firstBlock()
    targets = []
    while block.isValid():
        layouts.append(layout_of(block))
        if block.blockNumber() in chosen:
            targets.append(len(layouts) - 1)
        block = block.next()
    undo = all(layouts[n].kind is kind for n in targets)
    for n in targets:
        current = layouts[n]
        if undo:
            layouts[n] = Layout()
        elif current.kind in (Kind.PLAIN, Kind.BULLET, Kind.ORDERED):
            layouts[n] = Layout(kind, current.level if current.is_list else 0)
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    lay_out(edit.document(), layouts)
    cursor.endEditBlock()


def insert_field(edit: QTextEdit, name: str) -> None:
    """A field at the cursor (in place of the selection), in the style of the text there."""
    cursor = edit.textCursor()
    style = style_of(edit.currentCharFormat())
    cursor.insertText(
        OBJECT, chip_format(FIELD, name, Style(style.bold, style.italic, False, style.link))
    )
    edit.setTextCursor(cursor)
