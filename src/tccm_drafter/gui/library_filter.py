"""The filter over the library list: the rows whose paragraph matches the search box and the
filters, asked of ``Library.match`` (the same search the command line runs) as the user types."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
)

from tccm_drafter.gui.library_model import ROLES, ROW_FLAGS, LibraryModel, ModelIndex
from tccm_drafter.model import Status


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
        if role not in ROLES or not index.isValid():
            return None
        model = self._model
        if model is None:
            return super().data(index, role)
        row = index.row()
        return model.cell(self._rows[row], index.column(), role) if row < len(self._rows) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self._model is None:
            return super().flags(index)
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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
