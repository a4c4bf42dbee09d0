"""The block editor's text box over a block's Markdown: showing it, writing it back after
each change, footnotes, copy and paste, and what a tooltip says.

After every change of the document the Markdown is written again by
``app/rich_source.BlockSource`` (only the paragraphs that changed are written anew) and handed
to :attr:`RichEditing.changed`, which performs it as an edit of the window's history. When the
block changes under the editor (undo, redo, revert) only the paragraphs that changed are
replaced (``gui/rich_patch.py``) and the cursor is left where the change ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QRect
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_source import BlockSource
from tccm_drafter.app.rich_text import (
    OBJECT,
    NoteRef,
    Paragraph,
    Run,
    Style,
    printed_text,
)
from tccm_drafter.app.typing import Shown
from tccm_drafter.gui.chips import ChipPainter
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.gui.rich_document import (
    NOTE,
    BlockView,
    chip_format,
    chip_of,
    fill,
    format_at,
    insert_runs,
    lay_out,
    layout_of,
    restyle_block,
    views,
)
from tccm_drafter.gui.rich_edit import RichTextEdit
from tccm_drafter.gui.rich_patch import patch


def _tr(text: str) -> str:
    return QCoreApplication.translate("RichEditing", text)


class RichEditing(QObject):
    def __init__(
        self, text: RichTextEdit, changed: Callable[[str, bool, Shown | None], None]
    ) -> None:
        super().__init__(text)
        self.text = text
        self.document = text.document()
        #: Called with the block's new Markdown, whether a paste made it and the keystroke as
        #: shown (what undo steps are made of).
        self.changed = changed
        self._change: tuple[int, int, int] | None = None
        self.source = BlockSource.of("")
        self.markdown = ""
        self.values: dict[str, str] = {}
        self._loading = 0
        self._quiet = 0
        self._labels: list[str] = []
        text.textChanged.connect(self._text_changed)
        self.document.contentsChange.connect(self._contents_change)
        text.paste_handler = self.paste
        text.copy_handler = self.copy
        text.tooltip_for = self.tooltip

    @property
    def chips(self) -> ChipPainter:
        return self.text.chips

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Changes of the document that are not the user's (showing a block)."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """A change whose paragraphs are told to the source by hand (lists, pastes): Qt
        reports list changes as changes of the whole document."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    # -- showing a block --------------------------------------------------------------------
    def load(self, markdown: str) -> None:
        rich = parse(markdown)
        with self.loading():
            self.source = BlockSource(rich)
            fill(self.document, rich.paragraphs, self.source.keys)
            self.markdown = markdown
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self._number_notes()

    def patch(self, markdown: str) -> None:
        with self.loading():
            self.source, at = patch(self.document, self.source, parse(markdown))
            self.markdown = markdown
            if at is not None:
                cursor = self.text.textCursor()
                cursor.setPosition(min(at, self.document.characterCount() - 1))
                self.text.setTextCursor(cursor)
        self._number_notes()

    def show_values(self, values: dict[str, str]) -> None:
        self.values = values
        self.chips.values = values
        self.document.markContentsDirty(0, self.document.characterCount())

    # -- the user's changes -----------------------------------------------------------------
    def _contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        self._change = (position, removed, added)
        if self._quiet:
            return
        block = self.document.findBlock(position)
        last = self.document.findBlock(position + added)
        if not last.isValid():
            last = self.document.lastBlock()
        while block.isValid():
            self.source.touch(block.userState())
            if block == last:
                break
            block = block.next()

    def _text_changed(self) -> None:
        if not self._loading:
            self.commit()

    def commit(self) -> None:
        """Write the block's Markdown from the document and hand it on if it changed."""
        markdown = self.source.write(views(self.document))
        if self.source.reformatted:
            with self.loading():
                for view, runs in self.source.reformatted:
                    if isinstance(view, BlockView):
                        restyle_block(view.block, runs)
        self._number_notes()
        change, self._change = self._change, None
        if markdown != self.markdown:
            self.markdown = markdown
            self.changed(markdown, self.text.pasting, self._shown(change))

    def _shown(self, change: tuple[int, int, int] | None) -> Shown | None:
        if change is None:
            return None
        position, removed, added = change
        cursor = QTextCursor(self.document)
        cursor.setPosition(min(position + added, self.document.characterCount() - 1))
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        return Shown(position, removed, cursor.selectedText())

    def _number_notes(self) -> None:
        labels: list[str] = []
        for view in views(self.document):
            slot = self.source.slots.get(view.key())
            for label in slot.labels if slot is not None else ():
                if label not in labels:
                    labels.append(label)
        if labels != self._labels:
            self._labels = labels
            self.chips.numbers = {label: n for n, label in enumerate(labels, start=1)}
            self.document.markContentsDirty(0, self.document.characterCount())

    # -- footnotes --------------------------------------------------------------------------
    def note_label(self, position: int) -> str | None:
        chip = chip_of(format_at(self.document, position))
        return chip[1] if chip is not None and chip[0] == NOTE else None

    def note_rect(self, position: int, within: QWidget) -> QRect:
        """Where the marker at ``position`` is, in ``within``'s coordinates."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        rect = self.text.cursorRect(cursor)
        return QRect(self.text.viewport().mapTo(within, rect.topLeft()), rect.size())

    def add_note(self, position: int, runs: tuple[Run, ...]) -> None:
        label = self.source.new_label()
        self.source.set_note(label, runs)
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        cursor.insertText(OBJECT, chip_format(NOTE, label, Style()))
        cursor.setPosition(position + 1)
        self.text.setTextCursor(cursor)

    def set_note(self, label: str, runs: tuple[Run, ...]) -> None:
        self.source.set_note(label, runs)
        self.commit()

    # -- clipboard --------------------------------------------------------------------------
    def copy(self, cursor: QTextCursor, mime: QMimeData) -> None:
        # The clipboard's formats (HTML in and out) load on the first copy or paste.
        from tccm_drafter.gui.rich_clipboard import selected_paragraphs, to_mime

        to_mime(mime, selected_paragraphs(cursor), self.source.notes, self.values)

    def paste(self, mime: QMimeData) -> None:
        from tccm_drafter.gui.rich_clipboard import from_mime

        paragraphs, notes = from_mime(mime)
        if not paragraphs:
            return
        paragraphs = self._adopt(paragraphs, notes)
        cursor = self.text.textCursor()
        with self.quietly():
            cursor.beginEditBlock()
            if cursor.hasSelection():
                cursor.removeSelectedText()
            first = cursor.block()
            self.source.touch(first.userState())
            chosen = {}
            if not first.text() and paragraphs[0].layout.is_list:
                chosen[first.blockNumber()] = paragraphs[0].layout
            for number, paragraph in enumerate(paragraphs):
                if number:
                    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                    cursor.block().setUserState(-1)
                    chosen[cursor.block().blockNumber()] = paragraph.layout
                insert_runs(cursor, paragraph.runs)
            layouts = []
            block = self.document.firstBlock()
            while block.isValid():
                layouts.append(chosen.get(block.blockNumber(), layout_of(block)))
                block = block.next()
            lay_out(self.document, layouts)
            cursor.endEditBlock()
        self.text.setTextCursor(cursor)

    def _adopt(
        self, paragraphs: list[Paragraph], notes: dict[str, tuple[Run, ...]]
    ) -> list[Paragraph]:
        """Pasted footnotes join the block's: a label in use for another text gets a new one."""
        renamed: dict[str, str] = {}
        for label, runs in notes.items():
            known = self.source.notes.get(label)
            if known is None:
                self.source.set_note(label, runs)
            if known is None or known == runs:
                continue
            renamed[label] = self.source.new_label()
            self.source.set_note(renamed[label], runs)
        if not renamed:
            return paragraphs
        return [
            Paragraph(
                tuple(
                    NoteRef(renamed.get(r.label, r.label)) if isinstance(r, NoteRef) else r
                    for r in p.runs
                ),
                p.layout,
            )
            for p in paragraphs
        ]

    # -- tooltips ---------------------------------------------------------------------------
    def tooltip(self, position: int) -> str:
        made = format_at(self.document, position)
        chip = chip_of(made)
        if chip is not None and chip[0] == NOTE:
            note = printed_text(self.source.notes.get(chip[1], ()), self.values)
            return tip(
                _tr("Footnote {0}: {1}").format(self.chips.numbers.get(chip[1], chip[1]), note)
                + "\n"
                + _tr("Double-click it, or select it and press Enter, to edit the note.")
            )
        if chip is not None:
            value = self.values.get(chip[1], "").strip()
            if value:
                return tip(_tr("Field {0}: prints “{1}”").format(chip[1], value))
            return tip(
                _tr("Field {0} has no value yet: fill it in the submission's details.").format(
                    chip[1]
                )
            )
        if made.isAnchor():
            return tip(_tr("Link to {0}").format(made.anchorHref()))
        return ""

    # -- where things are, for Find ----------------------------------------------------------
    def written_blocks(self) -> list[QTextBlock]:
        """The blocks the Markdown has a paragraph for (not the empty ones), in order."""
        found: list[QTextBlock] = []
        block = self.document.firstBlock()
        while block.isValid():
            slot = self.source.slots.get(block.userState())
            if slot is None or slot.markdown:
                found.append(block)
            block = block.next()
        return found

    def place(self, position: int) -> tuple[int, int]:
        """(paragraph of the Markdown, offset in it) of a position in the document."""
        block = self.document.findBlock(position)
        written = self.written_blocks()
        part = sum(1 for b in written if b.blockNumber() < block.blockNumber())
        return part, position - block.position()

    def span(self, part: int, start: int, end: int, note: str | None) -> tuple[int, int] | None:
        """Where a paragraph's (or a footnote's) text range is in the document: for a
        footnote, its marker."""
        if note is not None:
            block = self.document.firstBlock()
            while block.isValid():
                for at in range(block.position(), block.position() + block.length() - 1):
                    if self.note_label(at) == note and self.document.characterAt(at) == OBJECT:
                        return at, at + 1
                block = block.next()
            return None
        written = self.written_blocks()
        if part >= len(written):
            return None
        base = written[part].position()
        return base + start, base + end
