"""The submission outline as a Qt item model: sections at the top level, their blocks below.

The model owns no drafting logic. It shows a :class:`Submission` and offers small mutation
methods that the undo commands (``gui.commands``) call, each announcing its change to views
the Qt way (begin/end insert, remove, move rows).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tccm_drafter.model import (
    Block,
    Consultation,
    Library,
    Organisation,
    ParagraphBlock,
    Section,
    Submission,
    TextBlock,
)
from tccm_drafter.model.counting import count_chars, count_words

#: Drag payload from the library list: a JSON list of paragraph ids.
PARAGRAPH_MIME = "application/x-tccm-paragraph-ids"
#: Drag payload inside the outline: JSON ``{"section": int, "block": int | null}``.
OUTLINE_MIME = "application/x-tccm-outline-item"

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section" | "paragraph" | "text"
MARKERS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[str]: edited, newer, retired, missing
OVER_LIMIT_ROLE = Qt.ItemDataRole.UserRole + 3  # bool, sections only
PARAGRAPH_ID_ROLE = Qt.ItemDataRole.UserRole + 4

ModelIndex = QModelIndex | QPersistentModelIndex
#: Text of one section as it will be counted (rendered text when the renderer is there), or
#: None while it is not known yet (the first render runs just after the window shows).
SectionText = Callable[[Submission, int], "str | None"]
#: Handles a drop: (mime type, payload, target section, target row or -1) -> handled.
DropHandler = Callable[[str, Any, int, int], bool]

_OVER = QColor(200, 30, 30)


def block_text(block: Block, library: Library) -> str:
    """The Markdown a block prints: its own text, the local edit, or the library's."""
    if isinstance(block, TextBlock):
        return block.text
    if block.local_text is not None:
        return block.local_text
    paragraph = library.get(block.paragraph_id)
    return paragraph.text_for(block.use_short) if paragraph is not None else ""


def raw_section_text(library: Library) -> SectionText:
    """Section text without rendering: block Markdown joined by blank lines."""

    def text(submission: Submission, index: int) -> str:
        blocks = submission.sections[index].blocks
        return "\n\n".join(block_text(b, library) for b in blocks)

    return text


class SubmissionOutline(QAbstractItemModel):
    """Sections -> blocks of one submission, with live counts and block markers."""

    submissionChanged = Signal()

    def __init__(
        self,
        submission: Submission,
        library: Library,
        section_text: SectionText | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._submission = submission
        self._library = library
        self._section_text = section_text or raw_section_text(library)
        self._counts: dict[int, tuple[int, int]] = {}
        self._drop_handler: DropHandler | None = None

    # -- access ---------------------------------------------------------------------------
    @property
    def submission(self) -> Submission:
        return self._submission

    @property
    def library(self) -> Library:
        return self._library

    def set_submission(self, submission: Submission) -> None:
        self.beginResetModel()
        self._submission = submission
        self._counts.clear()
        self.endResetModel()
        self.submissionChanged.emit()

    def set_library(self, library: Library) -> None:
        self._library = library
        self.refresh()

    def set_section_text(self, section_text: SectionText) -> None:
        self._section_text = section_text
        self.refresh()

    def set_drop_handler(self, handler: DropHandler | None) -> None:
        self._drop_handler = handler

    def block(self, section: int, row: int) -> Block:
        return self._submission.sections[section].blocks[row]

    def location(self, index: ModelIndex) -> tuple[int, int | None]:
        """(section, block or None) of an index; (-1, None) for the root."""
        if not index.isValid():
            return -1, None
        parent_id = index.internalId()
        if parent_id == 0:
            return index.row(), None
        return parent_id - 1, index.row()

    def section_index(self, section: int) -> QModelIndex:
        return self.index(section, 0)

    def block_index(self, section: int, row: int) -> QModelIndex:
        return self.index(row, 0, self.section_index(section))

    def counts(self, section: int) -> tuple[int, int] | None:
        """(words, characters) of a section, cached until the next change; None = not yet."""
        cached = self._counts.get(section)
        if cached is None:
            text = self._section_text(self._submission, section)
            if text is None:
                return None
            cached = (count_words(text), count_chars(text))
            self._counts[section] = cached
        return cached

    def is_over_limit(self, section: int) -> bool:
        sec = self._submission.sections[section]
        rules = self._submission.consultation.rules
        counts = self.counts(section)
        if counts is None:
            return False
        words, chars = counts
        word_limit = sec.effective_word_limit(rules)
        char_limit = sec.effective_char_limit(rules)
        return (word_limit is not None and words > word_limit) or (
            char_limit is not None and chars > char_limit
        )

    def markers(self, block: Block) -> list[str]:
        """What a user needs to know about a block: free text, edited, newer, retired."""
        if isinstance(block, TextBlock):
            return ["free text"]
        found: list[str] = []
        paragraph = self._library.get(block.paragraph_id)
        if paragraph is None:
            return ["missing"]
        if block.is_edited:
            found.append("edited")
        if paragraph.version > block.version or (
            block.base_hash and paragraph.content_hash() != block.base_hash
        ):
            found.append("newer")
        if paragraph.is_retired:
            found.append("retired")
        if block.use_short:
            found.append("short")
        return found

    # -- Qt model API ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._submission.sections):
                return QModelIndex()
            return self.createIndex(row, 0, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        section = parent.row()
        if section >= len(self._submission.sections):
            return QModelIndex()
        if row >= len(self._submission.sections[section].blocks):
            return QModelIndex()
        return self.createIndex(row, 0, section + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._submission.sections)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._submission.sections[parent.row()].blocks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section, row = self.location(index)
        if row is None:
            return self._section_data(section, role)
        return self._block_data(self.block(section, row), role)

    def _section_data(self, section: int, role: int) -> Any:
        sec = self._submission.sections[section]
        if role == KIND_ROLE:
            return "section"
        if role == OVER_LIMIT_ROLE:
            return self.is_over_limit(section)
        if role == Qt.ItemDataRole.DisplayRole:
            title = sec.title or self.tr("(untitled section)")
            counts = self._count_text(section)
            return f"{section + 1}. {title}" + (f"   {counts}" if counts else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{sec.title} {self._count_text(section)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return sec.question or sec.title
        if role == Qt.ItemDataRole.ForegroundRole and self.is_over_limit(section):
            return QBrush(_OVER)
        return None

    def _count_text(self, section: int) -> str:
        sec = self._submission.sections[section]
        rules = self._submission.consultation.rules
        counts = self.counts(section)
        words_text, chars_text = (
            ("…", "…") if counts is None else (f"{counts[0]:,}", f"{counts[1]:,}")
        )
        parts = []
        word_limit = sec.effective_word_limit(rules)
        char_limit = sec.effective_char_limit(rules)
        if word_limit is not None:
            parts.append(self.tr("{0} / {1} words").format(words_text, f"{word_limit:,}"))
        if char_limit is not None:
            parts.append(self.tr("{0} / {1} characters").format(chars_text, f"{char_limit:,}"))
        if not parts:
            parts.append(self.tr("{0} words").format(words_text))
        return " · ".join(parts)

    def _block_data(self, block: Block, role: int) -> Any:
        if role == KIND_ROLE:
            return "text" if isinstance(block, TextBlock) else "paragraph"
        if role == MARKERS_ROLE:
            return self.markers(block)
        if role == PARAGRAPH_ID_ROLE:
            return block.paragraph_id if isinstance(block, ParagraphBlock) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._block_label(block)
        if role == Qt.ItemDataRole.ToolTipRole:
            return block_text(block, self._library)[:400]
        if role == Qt.ItemDataRole.ForegroundRole and "retired" in self.markers(block):
            return QBrush(QColor(150, 110, 0))
        return None

    def _block_label(self, block: Block) -> str:
        labels = {
            "free text": self.tr("free text"),
            "edited": self.tr("edited"),
            "newer": self.tr("newer in library"),
            "retired": self.tr("retired"),
            "short": self.tr("short variant"),
            "missing": self.tr("not in library"),
        }
        marks = "".join(f" [{labels[m]}]" for m in self.markers(block))
        if isinstance(block, TextBlock):
            first = block.text.strip().splitlines()[0] if block.text.strip() else ""
            return self.tr("Text: {0}").format(first[:60]) + marks
        paragraph = self._library.get(block.paragraph_id)
        title = paragraph.title if paragraph is not None else block.paragraph_id
        return self.tr("¶ {0}").format(title) + marks

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
        # Moves are carried out by an undo command on drop; the view must not remove rows.
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

    # -- mutations (called by undo commands only) ------------------------------------------
    def _changed(self) -> None:
        self._counts.clear()
        # Listeners drop their rendered text first, so views re-count from the new one.
        self.submissionChanged.emit()
        if self._submission.sections:
            first = self.index(0, 0)
            last = self.index(len(self._submission.sections) - 1, 0)
            self.dataChanged.emit(first, last)

    def recount(self) -> None:
        """Count every section again (the rendered text became available)."""
        self._counts.clear()
        if self._submission.sections:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._submission.sections) - 1, 0)
            )

    def refresh(self) -> None:
        """Recount and redraw everything (limits, library or rules changed)."""
        self._counts.clear()
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
        self._changed()

    def insert_block(self, section: int, row: int, block: Block) -> None:
        self.beginInsertRows(self.section_index(section), row, row)
        self._submission.sections[section].blocks.insert(row, block)
        self.endInsertRows()
        self._changed()

    def remove_block(self, section: int, row: int) -> Block:
        self.beginRemoveRows(self.section_index(section), row, row)
        block = self._submission.sections[section].blocks.pop(row)
        self.endRemoveRows()
        self._changed()
        return block

    def replace_block(self, section: int, row: int, block: Block) -> None:
        self._submission.sections[section].blocks[row] = block
        index = self.block_index(section, row)
        self.dataChanged.emit(index, index)
        self._changed()

    def move_block(self, section: int, row: int, to_section: int, to_row: int) -> None:
        """Move a block; ``to_row`` is its row after the move."""
        src_parent, dst_parent = self.section_index(section), self.section_index(to_section)
        qt_row = to_row + 1 if section == to_section and to_row > row else to_row
        if section == to_section and qt_row in (row, row + 1):
            return
        self.beginMoveRows(src_parent, row, row, dst_parent, qt_row)
        block = self._submission.sections[section].blocks.pop(row)
        self._submission.sections[to_section].blocks.insert(to_row, block)
        self.endMoveRows()
        self._changed()

    def insert_section(self, row: int, section: Section) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._submission.sections.insert(row, section)
        self.endInsertRows()
        self._changed()

    def remove_section(self, row: int) -> Section:
        self.beginRemoveRows(QModelIndex(), row, row)
        section = self._submission.sections.pop(row)
        self.endRemoveRows()
        self._changed()
        return section

    def move_section(self, row: int, to_row: int) -> None:
        qt_row = to_row + 1 if to_row > row else to_row
        if qt_row in (row, row + 1):
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), qt_row)
        section = self._submission.sections.pop(row)
        self._submission.sections.insert(to_row, section)
        self.endMoveRows()
        self._changed()

    def set_section(self, row: int, section: Section) -> None:
        """Replace a section's fields (title, question, limits) keeping its blocks."""
        section.blocks = self._submission.sections[row].blocks
        self._submission.sections[row] = section
        self._changed()

    def set_consultation(self, consultation: Consultation) -> None:
        self._submission.consultation = consultation
        self._changed()

    def set_organisation(self, organisation: Organisation) -> None:
        self._submission.organisation = organisation
        self._changed()

    def set_template(self, template: str, reference_docx: str) -> None:
        self._submission.template = template
        self._submission.reference_docx = reference_docx
        self._changed()
