"""The tree view of the submission outline (sections with their blocks, drag and drop) and
the editing actions on it: insert, move, remove, drop, add and rename sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Edit
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.outline_model import OUTLINE_MIME, PARAGRAPH_MIME, SubmissionOutline
from tccm_drafter.model import Paragraph, SectionRole


class OutlineView(QTreeView):
    """Shows a SubmissionOutline, all sections expanded; reports the current location."""

    locationChanged = Signal(int, int)  # section, block (-1 = the section itself / nothing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(self.defaultDropAction().CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)
        self.setWordWrap(True)

    def outline(self) -> SubmissionOutline | None:
        model = self.model()
        return model if isinstance(model, SubmissionOutline) else None

    def set_outline(self, model: SubmissionOutline) -> None:
        self.setModel(model)
        model.rowsInserted.connect(self._expand_new)
        model.modelReset.connect(self.expandAll)
        model.layoutChanged.connect(self.expandAll)
        model.rowsMoved.connect(self._rows_moved)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.expandAll()

    def _rows_moved(self, *_args: object) -> None:
        self.expandAll()

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                model = self.model()
                self.expand(model.index(row, 0))
        else:
            self.expand(parent)

    def current_location(self) -> tuple[int, int | None]:
        model = self.outline()
        if model is None:
            return -1, None
        return model.location(self.currentIndex())

    def select_location(self, section: int, block: int | None) -> None:
        model = self.outline()
        if model is None or not 0 <= section < model.rowCount():
            return
        index = model.section_index(section) if block is None else model.block_index(section, block)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.outline()
        if model is None:
            return
        section, block = model.location(current)
        self.locationChanged.emit(section, -1 if block is None else block)


class OutlineEditing(QObject):
    """The outline's editing actions (insert, move, remove, drop, sections): each asks the
    core for the edit and performs it through the history; the view tells where the user is."""

    def __init__(
        self,
        view: OutlineView,
        model: SubmissionOutline,
        history: History,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._model, self._history = view, model, history
        self._ws = model.workspace
        #: Asks about a retired or superseded paragraph: (its id, its successor or None) ->
        #: the id to insert, or None to cancel. Set by the window.
        self.ask_outdated: Callable[[str, Paragraph | None], str | None] | None = None
        #: Puts the keyboard focus in the block editor (a new free-text block is typed in).
        self.focus_editor: Callable[[], None] | None = None
        model.set_drop_handler(self.handle_drop)

    def insert_point(self) -> tuple[int, int]:
        return drafting.insert_point(self._ws, *self._view.current_location())

    def insert_paragraphs(self, ids: list[str], section: int = -1, row: int = -1) -> None:
        """Insert library paragraphs after the current block (or at a drop position), in the
        consultation's language when the library has them in it; a retired or superseded
        paragraph is inserted only after the user was told (and offered its successor)."""
        chosen: list[str] = []
        for pid in drafting.in_submission_language(self._ws, ids):
            if drafting.outdated(self._ws, pid) and self.ask_outdated is not None:
                answer = self.ask_outdated(pid, drafting.successor(self._ws, pid))
                if answer is None:
                    return  # the user cancelled the whole insertion
                pid = answer
            chosen.append(pid)
        if section < 0:
            section, row = self.insert_point()
        self._history.perform(drafting.insert_paragraphs(self._ws, chosen, section, row))

    def move_current(self, step: int) -> None:
        """Alt+Up / Alt+Down: a block moves past its neighbour or into the next section."""
        section, block = self._view.current_location()
        self._history.perform(drafting.step(self._ws, section, block, step))

    def remove_current(self) -> None:
        self._history.perform(drafting.remove(self._ws, *self._view.current_location()))

    def handle_drop(self, mime: str, payload: object, section: int, row: int) -> bool:
        if mime == PARAGRAPH_MIME and isinstance(payload, list):
            self.insert_paragraphs([str(i) for i in payload], section, row)
            return True
        if mime != OUTLINE_MIME or not isinstance(payload, dict):
            return False
        sections = self._ws.submission.sections
        src_section, src_block = int(payload.get("section", -1)), payload.get("block")
        if src_block is None:  # a section dragged between sections
            target = row if section < 0 and row >= 0 else section
            if target < 0:
                target = len(sections)
            if target > src_section:
                target -= 1
            self._history.perform(drafting.move_section(self._ws, src_section, target))
            return True
        if section < 0:
            return False
        to_row = row if row >= 0 else len(sections[section].blocks)
        if section == src_section and to_row > int(src_block):
            to_row -= 1
        edit = drafting.move_block(self._ws, src_section, int(src_block), section, to_row)
        self._history.perform(edit)
        return True

    def insert_text_block(self) -> None:
        """A new, empty free-text block after the current one, ready to type in (the editor
        shows a grey hint; no interface text ever goes into the document)."""
        section, row = self.insert_point()
        if self._history.perform(drafting.insert_text(self._ws, section, row, "")):
            self._start_typing(max(section, 0), row)

    def add_section(self) -> None:
        """A new question after the current section, untitled until the user names it (its
        title is printed, so it is never interface text)."""
        section, _ = self._view.current_location()
        row = section + 1 if section >= 0 else len(self._ws.submission.sections)
        self._history.perform(drafting.add_section(self._ws, row, ""))

    def add_introduction(self) -> None:
        """Text before the first question: the introduction, with its first block to type in
        (or the existing introduction)."""
        self._add_part(drafting.add_introduction(self._ws), SectionRole.INTRODUCTION)

    def add_closing(self) -> None:
        self._add_part(drafting.add_closing(self._ws), SectionRole.CLOSING)

    def _add_part(self, edit: Edit | None, role: SectionRole) -> None:
        self._history.perform(edit)
        index = self._ws.submission.section_with(role)
        if index is not None and self._ws.submission.sections[index].blocks:
            self._start_typing(index, 0)
        elif index is not None:
            self._view.select_location(index, None)

    def _start_typing(self, section: int, row: int) -> None:
        self._view.select_location(section, row)
        if self.focus_editor is not None:
            self.focus_editor()

    def add_questions(self, text: str) -> int:
        """Create one section per pasted question (one undo step); returns how many."""
        from tccm_drafter.model.questions import parse_questions

        sections = parse_questions(text)
        self._history.perform(drafting.add_sections(self._ws, sections))
        return len(sections)
