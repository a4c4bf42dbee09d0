"""The in-place block editor: the selected block's text as it prints (bold, italic, links,
lists, footnotes, fields as chips), its format bar, and what to do with a local edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QVBoxLayout, QWidget

from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Edit
from tccm_drafter.app.fields import field_values
from tccm_drafter.app.rich_text import OBJECT, Kind, Run
from tccm_drafter.app.typing import Shown
from tccm_drafter.gui import rich_actions
from tccm_drafter.gui.block_notes import NotesView
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.find_bar import FindBar
from tccm_drafter.gui.format_bar import FormatBar, LinkDialog
from tccm_drafter.gui.note_editor import NoteEditor
from tccm_drafter.gui.outline_model import SubmissionOutline
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.gui.rich_edit import RichTextEdit
from tccm_drafter.gui.rich_editing import RichEditing
from tccm_drafter.gui.short_variant import RunDialog, short_variant_tip, use_short_variant
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.model.blocks import Marker, block_source

if TYPE_CHECKING:
    from tccm_drafter.app.find_replace import Match


class BlockEditor(QWidget):
    """Edits one block; every change is an edit in the history (typing merges)."""

    showDifferenceRequested = Signal(int, int)
    saveToLibraryRequested = Signal(int, int)
    #: Ctrl+F in the text: find in the submission.
    findRequested = Signal()

    def __init__(
        self, model: SubmissionOutline, history: History, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._history = history
        self._ws = model.workspace
        self._where: tuple[int, int] | None = None
        #: The section selected in the outline when no block is (its blocks are offered).
        self._section: int | None = None
        #: The block whose text the editor shows (to tell a new block from a changed one).
        self._shown: tuple[int, int] | None = None
        #: Shows a modal question (the window's prompter, so tests can answer it).
        self.run_dialog: RunDialog | None = None

        self.label = plain_label(self.tr("Select a paragraph in the outline to edit it."), self)
        self.label.setWordWrap(True)
        self.text = RichTextEdit(self)
        self.text.setAccessibleName(self.tr("Block text"))
        self.rich = RichEditing(self.text, self._typed)
        self.text.keyAction.connect(self._key_action)
        self.text.noteActivated.connect(self._edit_note)
        self.text.cursorPositionChanged.connect(self._show_format)
        self.text.currentCharFormatChanged.connect(lambda _format: self._show_format())
        self.find_bar = FindBar(self, history, self)
        self.findRequested.connect(self.find_bar.open_find)
        self.format_bar = FormatBar(self)
        self._connect_format_bar()
        self.note_editor = NoteEditor(self)
        self.note_editor.edited.connect(self._note_edited)
        self.note_editor.closed.connect(self.focus_text)
        self._note_target: tuple[int, str | None] | None = None
        self.bar = QToolBar(self)
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.setAccessibleName(self.tr("Block actions"))

        self.diff_button = self._button(
            self.tr("Show &Difference"),
            self.tr("Compare your wording with the library's"),
            self._show_difference,
        )
        self.revert_button = self._button(
            self.tr("&Revert"), self.tr("Go back to the library text"), self._revert
        )
        self.take_button = self._button(
            self.tr("Take &Library Version"),
            self.tr("Use the library's newest revision"),
            self._take_library,
        )
        self.save_button = self._button(
            self.tr("Save to Li&brary…"),
            self.tr("Save your wording back to the library"),
            self._save_to_library,
        )
        self.short_button = self._button(
            self.tr("Use &Short Variant"),
            self.tr("Print the paragraph's short variant"),
            self._toggle_short,
        )
        self.short_button.defaultAction().setCheckable(True)
        self._buttons = (
            self.diff_button,
            self.revert_button,
            self.take_button,
            self.save_button,
            self.short_button,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)
        self.notes = NotesView(self)
        layout.addWidget(self.notes)

        model.dataChanged.connect(self._model_data_changed)
        model.rowsRemoved.connect(self._structure_changed)
        model.rowsInserted.connect(self._structure_changed)
        model.rowsMoved.connect(self._structure_changed)
        model.modelReset.connect(lambda: self.set_block(-1, -1))
        self.set_block(-1, -1)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        """A button of the editor's bar; on a narrow window the bar folds the last ones into
        a menu instead of pushing them off screen."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.bar.addAction(action)
        button = self.bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def location(self) -> tuple[int, int] | None:
        return self._where

    def set_block(self, section: int, row: int) -> None:
        """Edit the block at (section, row); (-1, -1) shows nothing."""
        where = (section, row) if self._ws.has_block(section, row) else None
        if where != self._where:
            self._history.seal()  # typing in another block is another step
        self._where = where
        self._section = section if 0 <= section < len(self._ws.submission.sections) else None
        self.reload()

    def _model_data_changed(self, *_args: object) -> None:
        self.reload()

    def _structure_changed(self, *_args: object) -> None:
        # The outline view follows moves and insertions with its selection and tells the
        # editor where the block now is; until then, make sure we do not show a stale one.
        if self._where is not None and not self._ws.has_block(*self._where):
            self._where = None
        self.reload()

    def reload(self) -> None:
        """Show the block's current text and state (after an undo, a revert...)."""
        where = self._where
        self.text.setEnabled(where is not None)
        self.format_bar.setEnabled(where is not None)
        if where is None:
            self._shown = None
            self.note_editor.hide()
            self.text.setPlaceholderText("")
            self.rich.load("")
            self.label.setText(self._nothing_selected())
            self.notes.set_notes([])
            for button in self._buttons:
                button.defaultAction().setEnabled(False)
            return
        block = self._ws.block(*where)
        self.text.setPlaceholderText(self.tr("Type the text of this block here."))
        text = block_source(block, self._ws.library)
        if where != self._shown:
            self._shown = where
            self.note_editor.hide()
            self.refresh_values()
            self.rich.load(text)
        elif text != self.rich.markdown:
            self.rich.patch(text)
        found = set(self._model.markers(block))
        is_paragraph = isinstance(block, ParagraphBlock)
        paragraph = (
            self._ws.library.get(block.paragraph_id) if isinstance(block, ParagraphBlock) else None
        )
        self.label.setText(self._model.block_label(block))
        self.notes.set_notes(block.notes)
        self.diff_button.defaultAction().setEnabled(
            bool({Marker.EDITED, Marker.NEWER, Marker.STALE_TRANSLATION} & found)
        )
        self.revert_button.defaultAction().setEnabled(Marker.EDITED in found)
        self.take_button.defaultAction().setEnabled(bool({Marker.NEWER, Marker.SUPERSEDED} & found))
        self.save_button.defaultAction().setEnabled(Marker.EDITED in found or not is_paragraph)
        short = self.short_button.defaultAction()
        short.setEnabled(paragraph is not None and bool(paragraph.short.strip()))
        short.setChecked(isinstance(block, ParagraphBlock) and block.use_short)
        short.setToolTip(short_variant_tip(self._ws, *where))

    def _nothing_selected(self) -> str:
        """What the label says when no block is selected (a section may be)."""
        sections = self._ws.submission.sections
        if (
            self._section is None
            or self._section >= len(sections)
            or not sections[self._section].title.strip()
        ):
            return self.tr("Select a paragraph in the outline to edit it.")
        return self.tr(
            "“{0}” is selected: choose one of its blocks in the outline to edit it, or add "
            "your own text with Insert Free Text."
        ).format(sections[self._section].title)

    def _perform(self, make: Callable[[int, int], Edit | None]) -> None:
        if self._where is not None:
            self._history.perform(make(*self._where))

    def _typed(self, markdown: str, pasted: bool, shown: Shown | None) -> None:
        """The user changed the text: the block's new Markdown, as one edit of the history."""
        self._perform(
            lambda s, r: drafting.edit_text(self._ws, s, r, markdown, pasted=pasted, shown=shown)
        )

    def refresh_values(self) -> None:
        """The fields' values (after the submission's details changed)."""
        today = self._model.today() if self._model.today is not None else None
        values = field_values(self._ws.submission, today) if today is not None else {}
        self.rich.show_values(values)
        self.format_bar.fill_fields(values, self._insert_field)

    def _show_difference(self) -> None:
        if self._where is not None:
            self.showDifferenceRequested.emit(*self._where)

    def _save_to_library(self) -> None:
        if self._where is not None:
            self.saveToLibraryRequested.emit(*self._where)

    def _revert(self) -> None:
        self._perform(lambda s, r: drafting.revert_block(self._ws, s, r))

    def _take_library(self) -> None:
        self._perform(lambda s, r: drafting.take_library_version(self._ws, s, r))

    def _toggle_short(self) -> None:
        checked = self.short_button.defaultAction().isChecked()
        if self._where is not None and not use_short_variant(
            self._ws, self._history, *self._where, checked, parent=self, run_dialog=self.run_dialog
        ):
            self.reload()  # nothing changed: the button shows the block as it is

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- formatting -------------------------------------------------------------------------
    def _connect_format_bar(self) -> None:
        bar = self.format_bar
        bar.bold.triggered.connect(lambda: self._toggle("bold"))
        bar.italic.triggered.connect(lambda: self._toggle("italic"))
        bar.link.triggered.connect(self.edit_link)
        bar.bullets.triggered.connect(lambda: self._toggle_list(Kind.BULLET))
        bar.numbers.triggered.connect(lambda: self._toggle_list(Kind.ORDERED))
        bar.footnote.triggered.connect(self.footnote)

    def _key_action(self, action: str) -> None:
        if action in ("bold", "italic"):
            self._toggle(action)
        elif action == "link":
            self.edit_link()
        elif action == "find":
            self.findRequested.emit()

    def _show_format(self) -> None:
        bar = self.format_bar
        bar.bold.setChecked(rich_actions.is_on(self.text, "bold"))
        bar.italic.setChecked(rich_actions.is_on(self.text, "italic"))
        kind = rich_actions.list_kind(self.text)
        bar.bullets.setChecked(kind is Kind.BULLET)
        bar.numbers.setChecked(kind is Kind.ORDERED)

    def _toggle(self, mark: str) -> None:
        rich_actions.toggle(self.text, mark)
        self._show_format()
        self.focus_text()

    def _toggle_list(self, kind: Kind) -> None:
        with self.rich.quietly():
            rich_actions.toggle_list(self.text, kind)
        self._show_format()
        self.focus_text()

    def edit_link(self) -> None:
        start, end, address = rich_actions.link_at(self.text)
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText()
        dialog = LinkDialog(shown.replace(OBJECT, ""), address, self, text_fixed=OBJECT in shown)
        if dialog.exec():
            text = dialog.text.text() if dialog.text.text().strip() else dialog.address.text()
            rich_actions.set_link(self.text, start, end, text, dialog.address.text().strip())
        self.focus_text()

    def _insert_field(self, name: str) -> None:
        rich_actions.insert_field(self.text, name)
        self.focus_text()

    # -- footnotes --------------------------------------------------------------------------
    def footnote(self) -> None:
        """Edit the footnote next to the cursor, or write a new one there."""
        at = self.text.textCursor().position()
        near = self.text.note_near(at)
        if near is not None:
            self._edit_note(near)
            return
        self._note_target = (at, None)
        self.note_editor.open(self.tr("New footnote"), (), self.rich.note_rect(at, self))

    def _edit_note(self, position: int) -> None:
        label = self.rich.note_label(position)
        if label is None:
            return
        self._note_target = (position, label)
        number = self.text.chips.numbers.get(label, label)
        title = self.tr("Footnote {0}").format(number)
        runs = self.rich.source.notes.get(label, ())
        self.note_editor.open(title, runs, self.rich.note_rect(position, self))

    def _note_edited(self, runs: tuple[Run, ...]) -> None:
        target, self._note_target = self._note_target, None
        if target is None or self._where is None:
            return
        position, label = target
        if label is None:
            self.rich.add_note(position, runs)
        else:
            self.rich.set_note(label, runs)

    # -- find -------------------------------------------------------------------------------
    def find_position(self, *, start: bool) -> tuple[int, int, int, int]:
        """Where a search goes on from: the selection's start (backwards) or end."""
        if self._where is None:
            return (-1, -1, -1, -1)
        cursor = self.text.textCursor()
        part, offset = self.rich.place(cursor.selectionStart() if start else cursor.selectionEnd())
        return (*self._where, part, offset)

    def _match_span(self, match: Match) -> tuple[int, int] | None:
        if self._where != (match.section, match.row):
            return None
        return self.rich.span(match.part, match.start, match.end, match.note)

    def select_match(self, match: Match) -> None:
        span = self._match_span(match)
        if span is None:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def shows_match(self, match: Match) -> bool:
        span = self._match_span(match)
        cursor = self.text.textCursor()
        return span is not None and span == (cursor.selectionStart(), cursor.selectionEnd())
