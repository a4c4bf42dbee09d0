"""The paragraph library as a Qt table model (one row per paragraph, in title order); the
filter over it as the user types is gui/library_filter.py."""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from itertools import compress
from operator import itemgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tccm_drafter.gui.outline_model import PARAGRAPH_MIME
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.blocks import Marker, paragraph_markers
from tccm_drafter.model.library import Entry

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 3
BADGES_ROLE = Qt.ItemDataRole.UserRole + 4  # list[str]

TITLE, STATUS, LIBRARY = range(3)
ModelIndex = QModelIndex | QPersistentModelIndex

_STATUS_COLOURS = {
    Status.DRAFT: QColor(160, 110, 0),
    Status.APPROVED: QColor(30, 130, 60),
    Status.RETIRED: QColor(130, 130, 130),
}
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)

#: Entries kept for the rows on screen (more rows than any list shows at once).
_SHOWN_AT_MOST = 512

ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
        STATUS_ROLE,
        ORIGIN_ROLE,
        BADGES_ROLE,
    }
)


class LibraryModel(QAbstractTableModel):
    """One row per paragraph, in library order: title, status badge, library of origin."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        #: What day it is (the window's clock), for review dates; None: not checked.
        self.today: Callable[[], date] | None = None
        self._ids: list[str] = []
        #: The library position (model/library.py) of each row, and the row of each position.
        self._positions = array("i")
        self._rows = array("i")
        self._build()

    def _build(self) -> None:
        """The row order: alphabetical by title, the order people look for a paragraph in."""
        library = self._library
        self._positions = array("i", library.ordered_by_title())
        order = library.order()
        self._ids = [order[p] or "" for p in self._positions]
        self._rows = array("i", b"\xff" * (4 * len(order)))  # -1 where no paragraph is
        self._shown: dict[int, Entry | None] = {}
        for row, position in enumerate(self._positions):
            self._rows[position] = row
        # Reads a mask's byte for every row in one C call (a map over tens of thousands of
        # rows takes twice as long); an itemgetter of one position gives no tuple.
        self._take: Callable[[bytearray], tuple[int, ...]] | None = (
            itemgetter(*self._positions) if len(self._positions) > 1 else None
        )

    def filter_rows(
        self,
        query: str,
        *,
        topic: str | None = None,
        status: Status | str | None = None,
        language: str | None = None,
        library_name: str | None = None,
        within: list[int] | None = None,
    ) -> list[int]:
        """Rows whose paragraph matches ``Library.match`` for the query and filters;
        ``within`` narrows an earlier result (the user typed one more letter)."""
        mask = self._library.match(
            query, topic=topic, status=status, language=language, library_name=library_name
        )
        if mask is None:
            return list(range(len(self._ids)) if within is None else within)
        if within is None or 3 * len(within) > len(self._ids):
            # Every row, tested without a Python step per row: the mask in row order.
            return list(compress(range(len(self._ids)), self._in_row_order(mask)))
        positions = map(self._positions.__getitem__, within)
        return list(compress(within, map(mask.__getitem__, positions)))

    def _in_row_order(self, mask: bytearray) -> Iterable[int]:
        """``mask``'s byte for each row in turn."""
        if self._take is None:
            return map(mask.__getitem__, self._positions)
        return self._take(mask)

    @property
    def library(self) -> Library:
        return self._library

    def set_library(self, library: Library) -> None:
        self.beginResetModel()
        self._library = library
        self._build()
        self.endResetModel()

    def paragraph_at(self, row: int) -> Paragraph | None:
        if 0 <= row < len(self._ids):
            return self._library.get(self._ids[row])
        return None

    def row_of(self, paragraph_id: str) -> int:
        position = self._library.position(paragraph_id)
        return -1 if position is None or position >= len(self._rows) else self._rows[position]

    def markers(self, paragraph: Paragraph | Entry) -> list[Marker]:
        return paragraph_markers(paragraph, self._library, self.today() if self.today else None)

    def badges(self, paragraph: Paragraph | Entry) -> list[str]:
        found = [paragraph.status.value, *(str(m) for m in self.markers(paragraph))]
        if paragraph.has_short if isinstance(paragraph, Entry) else bool(paragraph.short.strip()):
            found.append("short")
        return found

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Status"), self.tr("Library"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in ROLES or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def _entry(self, row: int) -> Entry | None:
        """The row's entry, not its paragraph: painting the list never reads a paragraph's
        text. Kept for the rows on screen (each cell asks for several roles) until the model
        resets, which every change of the library does (``set_library``)."""
        shown = self._shown
        if row not in shown:
            if len(shown) >= _SHOWN_AT_MOST:
                shown.clear()
            shown[row] = self._library.entry(self._ids[row])
        return shown[row]

    def cell(self, row: int, column: int, role: int) -> object:
        """What ``data`` answers for a row and column (the proxy asks here directly)."""
        paragraph = self._entry(row)
        if paragraph is None:
            return None
        if role == ID_ROLE:
            return paragraph.id
        if role == STATUS_ROLE:
            return paragraph.status.value
        if role == ORIGIN_ROLE:
            return self._library.origin(paragraph.id)
        if role == BADGES_ROLE:
            return self.badges(paragraph)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == TITLE:
                return paragraph.title or paragraph.id
            if column == STATUS:
                # One short badge (the column stays narrow); superseded says more than retired.
                # Only the one shown is translated (each translation is a Python call).
                if paragraph.superseded_by:
                    return self.tr("superseded")
                if paragraph.status is Status.DRAFT:
                    return self.tr("draft")
                if paragraph.status is Status.APPROVED:
                    return self.tr("approved")
                return self.tr("retired")
            return self._library.origin(paragraph.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{paragraph.title}\n{paragraph.id} — {', '.join(paragraph.topics)}"
            found = self.markers(paragraph)
            if Marker.STALE_TRANSLATION in found:
                text += "\n" + self.tr("The source changed since this translation was made")
            if Marker.REVIEW_DUE in found:
                text += "\n" + self.tr("Its review date has come: check it still holds")
            if paragraph.superseded_by:
                successor = self._library.entry(paragraph.superseded_by)
                name = successor.title if successor else paragraph.superseded_by
                text += "\n" + self.tr("Superseded by “{0}”").format(name)
            return tip(text)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(_STATUS_COLOURS[paragraph.status])
        if role == Qt.ItemDataRole.ForegroundRole and paragraph.is_retired:
            return QBrush(_STATUS_COLOURS[Status.RETIRED])
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == TITLE
            and {Marker.STALE_TRANSLATION, Marker.REVIEW_DUE} & set(self.markers(paragraph))
        ):
            return QBrush(_STATUS_COLOURS[Status.DRAFT])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [PARAGRAPH_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            pid = self._ids[index.row()]
            if index.isValid() and pid not in ids:
                ids.append(pid)
        data = QMimeData()
        data.setData(PARAGRAPH_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        data.setText("\n".join(ids))
        return data
