"""The tree view of the submission outline (sections with their blocks, drag and drop) and
the editing actions on it: insert, move, remove, drop, add and rename sections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from tccm_drafter.gui.commands import (
    AddSection,
    AddSectionsFromQuestions,
    InsertBlock,
    MoveBlock,
    MoveSection,
    RemoveBlock,
    RemoveSection,
    RenameSection,
    block_from_paragraph,
)
from tccm_drafter.gui.outline_model import OUTLINE_MIME, PARAGRAPH_MIME, SubmissionOutline
from tccm_drafter.model import Section, TextBlock
from tccm_drafter.model.questions import parse_questions


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
    """The outline's editing actions (insert, move, remove, drop, sections), each one an undo
    command on the stack; the view tells where the user is."""

    def __init__(
        self,
        view: OutlineView,
        model: SubmissionOutline,
        stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._model, self._stack = view, model, stack
        model.set_drop_handler(self.handle_drop)

    def insert_point(self) -> tuple[int, int]:
        section, block = self._view.current_location()
        if section < 0:
            section = len(self._model.submission.sections) - 1
        if section < 0:
            return -1, 0
        count = len(self._model.submission.sections[section].blocks)
        return section, count if block is None else block + 1

    def insert_paragraphs(self, ids: list[str], section: int = -1, row: int = -1) -> None:
        """Insert library paragraphs after the current block (or at a drop position)."""
        paragraphs = [p for p in (self._model.library.get(i) for i in ids) if p is not None]
        if not paragraphs:
            return
        if section < 0:
            section, row = self.insert_point()
        self._stack.beginMacro(
            self.tr("Insert Paragraph")
            if len(paragraphs) == 1
            else self.tr("Insert {0} Paragraphs").format(len(paragraphs))
        )
        if section < 0:
            self._stack.push(AddSection(self._model, 0, Section(title=self.tr("Answer"))))
            section, row = 0, 0
        if row < 0:
            row = len(self._model.submission.sections[section].blocks)
        for offset, paragraph in enumerate(paragraphs):
            self._stack.push(
                InsertBlock(self._model, section, row + offset, block_from_paragraph(paragraph))
            )
        self._stack.endMacro()
        self._view.select_location(section, row + len(paragraphs) - 1)

    def move_current(self, step: int) -> None:
        """Alt+Up / Alt+Down: a block moves past its neighbour or into the next section."""
        section, block = self._view.current_location()
        sections = self._model.submission.sections
        if section < 0:
            return
        if block is None:
            target = section + step
            if 0 <= target < len(sections):
                self._stack.push(MoveSection(self._model, section, target))
                self._view.select_location(target, None)
            return
        target_section, target_row = section, block + step
        if target_row < 0 or target_row >= len(sections[section].blocks):
            target_section = section + step
            if not 0 <= target_section < len(sections):
                return
            target_row = len(sections[target_section].blocks) if step < 0 else 0
        self._stack.push(MoveBlock(self._model, section, block, target_section, target_row))
        self._view.select_location(target_section, target_row)

    def remove_current(self) -> None:
        section, block = self._view.current_location()
        if section < 0:
            return
        if block is None:
            self._stack.push(RemoveSection(self._model, section))
        else:
            self._stack.push(RemoveBlock(self._model, section, block))

    def handle_drop(self, mime: str, payload: Any, section: int, row: int) -> bool:
        if mime == PARAGRAPH_MIME and isinstance(payload, list):
            self.insert_paragraphs([str(i) for i in payload], section, row)
            return True
        if mime != OUTLINE_MIME or not isinstance(payload, dict):
            return False
        src_section, src_block = int(payload.get("section", -1)), payload.get("block")
        if src_block is None:  # a section dragged between sections
            target = row if section < 0 and row >= 0 else section
            if target < 0:
                target = len(self._model.submission.sections)
            if target > src_section:
                target -= 1
            if target != src_section and 0 <= target < len(self._model.submission.sections):
                self._stack.push(MoveSection(self._model, src_section, target))
            return True
        if section < 0:
            return False
        to_row = row if row >= 0 else len(self._model.submission.sections[section].blocks)
        if section == src_section and to_row > int(src_block):
            to_row -= 1
        if (section, to_row) != (src_section, src_block):
            self._stack.push(MoveBlock(self._model, src_section, int(src_block), section, to_row))
        return True

    def insert_text_block(self) -> None:
        section, row = self.insert_point()
        if section < 0:
            self.add_section()
            section, row = 0, 0
        self._stack.push(InsertBlock(self._model, section, row, TextBlock(self.tr("New text."))))
        self._view.select_location(section, row)

    def add_section(self) -> None:
        section, _ = self._view.current_location()
        row = section + 1 if section >= 0 else len(self._model.submission.sections)
        self._stack.push(AddSection(self._model, row, Section(title=self.tr("New section"))))
        self._view.select_location(row, None)

    def rename_section(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        section, _ = self._view.current_location()
        if section < 0:
            return
        title, ok = QInputDialog.getText(
            self._view,
            self.tr("Rename Section"),
            self.tr("Title:"),
            text=self._model.submission.sections[section].title,
        )
        if ok and title.strip():
            self._stack.push(RenameSection(self._model, section, title.strip()))

    def add_questions(self, text: str) -> int:
        """Create one section per pasted question (one undo step); returns how many."""
        sections = parse_questions(text)
        if sections:
            self._stack.push(AddSectionsFromQuestions(self._model, sections))
        return len(sections)
