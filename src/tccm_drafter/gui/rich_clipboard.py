"""Copy and paste in the block editor.

Copying puts three forms on the clipboard: the editor's own (Markdown, so fields and footnotes
survive a copy from one block to another), HTML for word processors and plain text, both
with fields as the values they print. Pasting takes the editor's own form first, then HTML
(read as text by ``app/paste_html.py``: bold, italic, links and lists kept, the rest left
out), then plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextBlock, QTextCursor

from tccm_drafter.app.fields import field_value
from tccm_drafter.app.paste_html import paragraphs_from_html, paragraphs_from_text
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_source import BlockSource, Held
from tccm_drafter.app.rich_text import Break, Field, NoteRef, Paragraph, Run, Text, cut
from tccm_drafter.gui.rich_document import read_block

MARKDOWN_MIME = "application/x-tccm-drafter-markdown"
#: The most Markdown read from the editor's own clipboard form.
MAX_MARKDOWN = 1_000_000


def selected_paragraphs(cursor: QTextCursor) -> list[Paragraph]:
    """The paragraphs the selection covers, cut at its ends."""
    document = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    found: list[Paragraph] = []
    block: QTextBlock = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        paragraph = read_block(block)
        at = block.position()
        runs = paragraph.runs
        if end < at + block.length() - 1:
            runs = cut(runs, end - at)[0]
        if start > at:
            runs = cut(runs, start - at)[1]
        found.append(Paragraph(runs, paragraph.layout))
        block = block.next()
    return found


def to_mime(
    mime: QMimeData,
    paragraphs: list[Paragraph],
    notes: dict[str, tuple[Run, ...]],
    values: dict[str, str],
) -> None:
    """Put the copy in ``mime``: the editor's own form, HTML and plain text."""
    used = {r.label for p in paragraphs for r in p.runs if isinstance(r, NoteRef)}
    source = BlockSource.of("")
    for label in used:
        source.set_note(label, notes.get(label, ()))
    mime.setData(MARKDOWN_MIME, source.write([Held(p) for p in paragraphs]).encode("utf-8"))
    mime.setText("\n".join(_plain(p.runs, values) for p in paragraphs))
    mime.setHtml(_html(paragraphs, values))


def _plain(runs: tuple[Run, ...], values: dict[str, str]) -> str:
    out: list[str] = []
    for run in runs:
        if isinstance(run, Text):
            out.append(run.text)
        elif isinstance(run, Field):
            out.append(field_value(values, run.name))
        elif isinstance(run, Break):
            out.append("\n")
    return "".join(out)


def _html(paragraphs: list[Paragraph], values: dict[str, str]) -> str:
    out: list[str] = []
    for paragraph in paragraphs:
        parts: list[str] = []
        for run in paragraph.runs:
            if isinstance(run, Break):
                parts.append("<br>")
                continue
            if isinstance(run, NoteRef):
                continue
            text = run.text if isinstance(run, Text) else field_value(values, run.name)
            piece = html.escape(text)
            style = run.style
            if style.code:
                piece = f"<code>{piece}</code>"
            if style.italic:
                piece = f"<i>{piece}</i>"
            if style.bold:
                piece = f"<b>{piece}</b>"
            if style.link:
                piece = f'<a href="{html.escape(style.link, quote=True)}">{piece}</a>'
            parts.append(piece)
        tag = "li" if paragraph.layout.is_list else "p"
        out.append(f"<{tag}>{''.join(parts)}</{tag}>")
    return "<html><body>" + "".join(out) + "</body></html>"


def from_mime(mime: QMimeData) -> tuple[list[Paragraph], dict[str, tuple[Run, ...]]]:
    """The paragraphs (and the notes they refer to) a paste brings."""
    if mime.hasFormat(MARKDOWN_MIME):
        data = bytes(mime.data(MARKDOWN_MIME).data())[:MAX_MARKDOWN]
        rich = parse(data.decode("utf-8", errors="replace"))
        return list(rich.paragraphs), dict(rich.notes)
    if mime.hasHtml():
        found = paragraphs_from_html(mime.html())
        if found or not mime.hasText():
            return found, {}
    return paragraphs_from_text(mime.text()), {}
