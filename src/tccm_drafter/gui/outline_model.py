"""The submission outline as a Qt item model: sections at the top level, their blocks below.

The model owns no drafting logic and changes nothing: it listens to the workspace (every edit
goes through ``app/``) and announces each change to its views the Qt way. Counts come from the
latest render (``set_counts``); markers from ``model.blocks``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tccm_drafter.app.fields import field_values
from tccm_drafter.app.workspace import (
    BlockInserted,
    BlockMoved,
    BlockRemoved,
    BlockReplaced,
    Event,
    FieldsChanged,
    LibraryChanged,
    SectionInserted,
    SectionMoved,
    SectionRemoved,
    SectionReplaced,
    SubmissionReset,
    Workspace,
)
from tccm_drafter.gui.block_notes import tip_with_notes
from tccm_drafter.gui.outline_text import block_label, count_text, section_name, section_tip
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.model import Block, ParagraphBlock, TextBlock
from tccm_drafter.model.blocks import Marker, block_source, markers
from tccm_drafter.model.counting import Counts

#: Drag payload from the library list: a JSON list of paragraph ids.
PARAGRAPH_MIME = "application/x-tccm-paragraph-ids"
#: Drag payload inside the outline: JSON ``{"section": int, "block": int | null}``.
OUTLINE_MIME = "application/x-tccm-outline-item"

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section" | "paragraph" | "text"
MARKERS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[str]: the block's markers
OVER_LIMIT_ROLE = Qt.ItemDataRole.UserRole + 3  # bool, sections only
PARAGRAPH_ID_ROLE = Qt.ItemDataRole.UserRole + 4

ModelIndex = QModelIndex | QPersistentModelIndex
#: Handles a drop: (mime type, payload, target section, target row or -1) -> handled.
DropHandler = Callable[[str, object, int, int], bool]

_OVER = QColor(200, 30, 30)
_RETIRED = QColor(150, 110, 0)


class SubmissionOutline(QAbstractItemModel):
    """Sections -> blocks of the workspace's submission, with counts and block markers."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        #: What day it is (the window's clock), for review dates; None: not checked.
        self.today: Callable[[], date] | None = None
        self._counts: list[Counts | None] = []
        self._drop_handler: DropHandler | None = None
        self._skip_move = False
        # A block's index names its section by the identity of the section's block list (it
        # stays the same when the section moves, is renamed or others are added), never by
        # the section's row, which Qt would not update in persistent indexes of children.
        self._keys: dict[int, int] = {}
        self._lists: dict[int, list[Block]] = {}
        workspace.add_listener(self)

    def _key(self, section: int) -> int:
        blocks = self._ws.submission.sections[section].blocks
        key = self._keys.get(id(blocks))
        if key is None:
            key = len(self._lists) + 1
            self._keys[id(blocks)] = key
            self._lists[key] = blocks  # kept alive: an id is never reused for another list
        return key

    def _section_of(self, key: int) -> int:
        blocks = self._lists.get(key)
        for row, section in enumerate(self._ws.submission.sections):
            if section.blocks is blocks:
                return row
        return -1

    # -- access ---------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return self._ws

    def set_drop_handler(self, handler: DropHandler | None) -> None:
        self._drop_handler = handler

    def block(self, section: int, row: int) -> Block:
        return self._ws.block(section, row)

    def location(self, index: ModelIndex) -> tuple[int, int | None]:
        """(section, block or None) of an index; (-1, None) for the root."""
        if not index.isValid():
            return -1, None
        parent_id = index.internalId()
        if parent_id == 0:
            return index.row(), None
        return self._section_of(parent_id), index.row()

    def section_index(self, section: int) -> QModelIndex:
        return self.index(section, 0)

    def block_index(self, section: int, row: int) -> QModelIndex:
        return self.index(row, 0, self.section_index(section))

    def counts(self, section: int) -> Counts | None:
        """The section's words and characters from the latest render; None = not yet."""
        return self._counts[section] if 0 <= section < len(self._counts) else None

    def set_counts(self, counts: Sequence[Counts]) -> None:
        """Counts of a new render: only sections whose numbers changed are repainted."""
        sections = len(self._ws.submission.sections)
        new: list[Counts | None] = [*counts[:sections], *[None] * (sections - len(counts))]
        old, self._counts = self._counts, new
        for row, value in enumerate(new):
            if row >= len(old) or old[row] != value:
                index = self.section_index(row)
                self.dataChanged.emit(index, index)

    def is_over_limit(self, section: int) -> bool:
        sec = self._ws.submission.sections[section]
        rules = self._ws.submission.consultation.rules
        counts = self.counts(section)
        if counts is None:
            return False
        word_limit = sec.effective_word_limit(rules)
        char_limit = sec.effective_char_limit(rules)
        return (word_limit is not None and counts.words > word_limit) or (
            char_limit is not None and counts.characters > char_limit
        )

    def markers(self, block: Block) -> list[Marker]:
        return markers(block, self._ws.library, self.today() if self.today else None)

    # -- workspace listener -----------------------------------------------------------------
    def before(self, event: Event) -> None:
        if isinstance(event, BlockInserted):
            self.beginInsertRows(self.section_index(event.section), event.row, event.row)
        elif isinstance(event, BlockRemoved):
            self.beginRemoveRows(self.section_index(event.section), event.row, event.row)
        elif isinstance(event, BlockMoved):
            self._begin_move(
                self.section_index(event.section),
                event.row,
                self.section_index(event.to_section),
                event.to_row,
                event.section == event.to_section,
            )
        elif isinstance(event, SectionInserted):
            self.beginInsertRows(QModelIndex(), event.row, event.row)
        elif isinstance(event, SectionRemoved):
            self.beginRemoveRows(QModelIndex(), event.row, event.row)
        elif isinstance(event, SectionMoved):
            self._begin_move(QModelIndex(), event.row, QModelIndex(), event.to_row, True)
        elif isinstance(event, SubmissionReset):
            self.beginResetModel()

    def _begin_move(
        self, source: QModelIndex, row: int, target: QModelIndex, to_row: int, same: bool
    ) -> None:
        # Qt counts the destination before the row is taken out.
        qt_row = to_row + 1 if same and to_row > row else to_row
        self._skip_move = same and qt_row in (row, row + 1)
        if not self._skip_move:
            self.beginMoveRows(source, row, row, target, qt_row)

    def after(self, event: Event) -> None:
        if isinstance(event, BlockInserted | SectionInserted):
            self.endInsertRows()
        elif isinstance(event, BlockRemoved | SectionRemoved):
            self.endRemoveRows()
        elif isinstance(event, BlockMoved | SectionMoved):
            if not self._skip_move:
                self.endMoveRows()
        elif isinstance(event, SubmissionReset):
            self._counts = []
            self._keys.clear()
            self._lists.clear()
            self.endResetModel()
        if isinstance(event, SectionInserted):
            self._counts.insert(event.row, None)
        elif isinstance(event, SectionRemoved) and event.row < len(self._counts):
            self._counts.pop(event.row)
        elif isinstance(event, SectionMoved) and event.row < len(self._counts):
            self._counts.insert(event.to_row, self._counts.pop(event.row))
        if isinstance(event, BlockReplaced):
            index = self.block_index(event.section, event.row)
            self.dataChanged.emit(index, index)
        elif isinstance(event, SectionReplaced):
            index = self.section_index(event.row)
            self.dataChanged.emit(index, index)
        elif isinstance(event, FieldsChanged | LibraryChanged):
            self._repaint_all()

    def _repaint_all(self) -> None:
        """Limits (consultation rules) or markers (library) may have changed everywhere."""
        sections = self._ws.submission.sections
        if not sections:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(sections) - 1, 0))
        for row, section in enumerate(sections):
            if section.blocks:
                parent = self.section_index(row)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(section.blocks) - 1, 0, parent)
                )

    # -- Qt model API ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        sections = self._ws.submission.sections
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(sections) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(sections):
            return QModelIndex()
        if row >= len(sections[parent.row()].blocks):
            return QModelIndex()
        return self.createIndex(row, 0, self._key(parent.row()))

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        section = self._section_of(index.internalId())
        return self.createIndex(section, 0, 0) if section >= 0 else QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        sections = self._ws.submission.sections
        if not parent.isValid():
            return len(sections)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(sections[parent.row()].blocks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        section, row = self.location(index)
        if row is None:
            return self._section_data(section, role)
        return self._block_data(self.block(section, row), role)

    def _section_data(self, section: int, role: int) -> object:
        if role == KIND_ROLE:
            return "section"
        if role == OVER_LIMIT_ROLE:
            return self.is_over_limit(section)
        if role == Qt.ItemDataRole.DisplayRole:
            name = section_name(self._ws.submission, section)
            return f"{name}   {self.count_text(section)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = section_name(self._ws.submission, section)
            return f"{name} {self.count_text(section)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(section_tip(self._ws.submission, section))
        if role == Qt.ItemDataRole.ForegroundRole and self.is_over_limit(section):
            return QBrush(_OVER)
        return None

    def count_text(self, section: int) -> str:
        """ "212 / 250 words · 1,480 / 1,500 characters" ("…" until the first render)."""
        return count_text(self._ws.submission, section, self.counts(section))

    def _block_data(self, block: Block, role: int) -> object:
        if role == KIND_ROLE:
            return "text" if isinstance(block, TextBlock) else "paragraph"
        if role == MARKERS_ROLE:
            return [str(m) for m in self.markers(block)]
        if role == PARAGRAPH_ID_ROLE:
            return block.paragraph_id if isinstance(block, ParagraphBlock) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.block_label(block)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip_with_notes(block_source(block, self._ws.library)[:400], block.notes)
        if role == Qt.ItemDataRole.ForegroundRole and (
            {Marker.RETIRED, Marker.SUPERSEDED, Marker.STALE_TRANSLATION} & set(self.markers(block))
        ):
            return QBrush(_RETIRED)
        return None

    def block_label(self, block: Block) -> str:
        values = (
            field_values(self._ws.submission, self.today())
            if isinstance(block, TextBlock) and self.today is not None
            else {}
        )
        return block_label(block, self._ws.library, self.markers(block), values)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop --------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME, PARAGRAPH_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # Moves are carried out by an edit on drop; the view must not remove rows itself.
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            section, row = self.location(valid[0])
            payload = json.dumps({"section": section, "block": row}).encode("utf-8")
            data.setData(OUTLINE_MIME, QByteArray(payload))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return data.hasFormat(OUTLINE_MIME) or data.hasFormat(PARAGRAPH_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if self._drop_handler is None:
            return False
        section, block = self.location(parent)
        if block is not None:  # dropped onto a block: insert after it
            row = block + 1
        for mime in (OUTLINE_MIME, PARAGRAPH_MIME):
            if data.hasFormat(mime):
                try:
                    payload = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
                except ValueError:
                    return False
                return self._drop_handler(mime, payload, section, row)
        return False
