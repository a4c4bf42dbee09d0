"""The paragraph library as a Qt table model, and a filter proxy over the in-memory index.

Typing in the search box never touches the disk: the proxy asks ``Library.search_ids`` (a
scan of a lower-cased text index, the same search the command line runs) which rows match.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from itertools import compress
from operator import itemgetter

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
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
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)

_ROLES = frozenset(
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
        if role not in _ROLES or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> object:
        """What ``data`` answers for a row and column (the proxy asks here directly)."""
        # The entry, not the paragraph: painting the list never reads a paragraph's text.
        paragraph = self._library.entry(self._ids[row])
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
                if paragraph.superseded_by:
                    return self.tr("superseded")
                return {
                    Status.DRAFT: self.tr("draft"),
                    Status.APPROVED: self.tr("approved"),
                    Status.RETIRED: self.tr("retired"),
                }[paragraph.status]
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
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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


class LibraryFilterProxy(QAbstractProxyModel):
    """Filters by words and by topic, status, language and library through Library.search.

    A flat proxy that keeps the list of visible source rows and resets on each change of
    filter: with thousands of paragraphs a reset is far cheaper for views than the row
    removals a QSortFilterProxyModel would announce.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._topic: str | None = None
        self._status: Status | str | None = None
        self._language: str | None = None
        self._library_name: str | None = None
        self._rows: list[int] = []
        self._proxy_rows: dict[int, int] | None = None
        self._last: tuple[str, tuple[object, ...]] | None = None
        self._model: LibraryModel | None = None

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self.refilter)
            old.dataChanged.disconnect(self._source_data_changed)
        self.beginResetModel()
        super().setSourceModel(source)
        self._model = source if isinstance(source, LibraryModel) else None
        source.modelReset.connect(self.refilter)
        source.dataChanged.connect(self._source_data_changed)
        self._compute()
        self.endResetModel()

    def _library_model(self) -> LibraryModel | None:
        source = self.sourceModel()
        return source if isinstance(source, LibraryModel) else None

    def set_filters(
        self,
        query: str | None = None,
        *,
        topic: str | None = None,
        status: Status | str | None = None,
        language: str | None = None,
        library_name: str | None = None,
    ) -> None:
        """Set every filter at once (None = any) and refilter."""
        if query is not None:
            self._query = query
        self._topic, self._status = topic, status
        self._language, self._library_name = language, library_name
        self._refilter()

    def set_query(self, query: str) -> None:
        self._query = query
        self._refilter()

    def refilter(self) -> None:
        self._last = None
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        model = self._library_model()
        self._proxy_rows = None
        if model is None:
            self._rows = []
            return
        filters = (self._topic, self._status, self._language, self._library_name)
        query = self._query.casefold()
        # Typing one more letter only narrows the last result: look at those rows alone.
        narrowing = (
            self._last is not None and self._last[1] == filters and query.startswith(self._last[0])
        )
        self._rows = model.filter_rows(
            query,
            topic=self._topic,
            status=self._status,
            language=self._language,
            library_name=self._library_name,
            within=self._rows if narrowing else None,
        )
        self._last = (query, filters)

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Straight to the row's cell: painting asks each cell for several roles, and going
        # through mapToSource and a source index for each took most of a repaint.
        if role not in _ROLES or not index.isValid():
            return None
        model = self._model
        if model is None:
            return super().data(index, role)
        row = index.row()
        return model.cell(self._rows[row], index.column(), role) if row < len(self._rows) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self._model is None:
            return super().flags(index)
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._proxy_rows is None:
            self._proxy_rows = {src: row for row, src in enumerate(self._rows)}
        row = self._proxy_rows.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        source = self.sourceModel()
        return None if source is None else source.headerData(section, orientation, role)
