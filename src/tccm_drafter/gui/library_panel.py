"""The library pane: search as you type, filters, the paragraph list and a preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.gui.library_filter import LibraryFilterProxy
from tccm_drafter.gui.library_model import ID_ROLE, LibraryModel
from tccm_drafter.gui.paragraph_view import ParagraphView
from tccm_drafter.gui.suggestions_view import SuggestionsView
from tccm_drafter.gui.table_rows import select_row
from tccm_drafter.model import Library, Status


class LibraryList(QTableView):
    """The paragraph list; Enter asks to insert the selected paragraphs."""

    insertRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setShowGrid(False)
        self.setWordWrap(False)
        # Tab leaves the list for the next pane instead of walking its cells.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(lambda _index: self.request_insert())

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        model = self.model()
        return [model.index(r, 0).data(ID_ROLE) for r in rows]

    def request_insert(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.insertRequested.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.request_insert()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Two views over one Library, the preview below both: Library (search box, filters,
    list) and Suggestions (what answers the selected section's question)."""

    currentParagraphChanged = Signal(str)
    insertRequested = Signal(list)
    #: The Suggestions view came on screen: fill it.
    suggestionsShown = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(library, self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the library…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.textChanged.connect(self._apply_filters)
        self.search.installEventFilter(self)

        self.topic = self._combo(self.tr("Topic filter"))
        self.status = self._combo(self.tr("Status filter"))
        self.language = self._combo(self.tr("Language filter"))
        self.library_name = self._combo(self.tr("Library filter"))

        self.list = LibraryList(self)
        self.list.setAccessibleName(self.tr("Library paragraphs"))
        self.list.setModel(self.proxy)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        metrics = self.list.fontMetrics()
        # Fixed widths from the longest badge (sizing to contents would read every row); the
        # title takes the rest.
        badges = [self.tr("draft"), self.tr("approved"), self.tr("retired"), self.tr("superseded")]
        header.resizeSection(1, max(metrics.horizontalAdvance(b) for b in badges) + 18)
        header.resizeSection(2, metrics.horizontalAdvance("personal") + 24)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.insertRequested.connect(self.insertRequested)
        self.proxy.modelReset.connect(self._filtered)

        self.preview = ParagraphView(self)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.topic, 0, 0)
        filters.addWidget(self.status, 0, 1)
        filters.addWidget(self.language, 1, 0)
        filters.addWidget(self.library_name, 1, 1)

        browse = QWidget(self)
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 4, 0, 0)
        browse_layout.addWidget(self.search)
        browse_layout.addLayout(filters)
        browse_layout.addWidget(self.list, 1)
        self.suggestions = SuggestionsView(self)
        self.suggestions.insertRequested.connect(self.insertRequested)
        self.suggestions.paragraphSelected.connect(self._suggestion_selected)
        self.views = QTabWidget(self)
        self.views.setAccessibleName(self.tr("Library views"))
        self.views.setDocumentMode(True)
        self.views.addTab(browse, self.tr("Library"))
        self.views.addTab(self.suggestions, self.tr("Suggestions"))
        self.views.setTabToolTip(1, self.tr("The paragraphs that best answer the selected section"))
        self.views.currentChanged.connect(self._view_changed)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        self._fill_filters()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def _fill_combos(self) -> None:
        library = self.model.library
        choices: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
            (self.topic, self.tr("All topics"), [(t, t) for t in library.topics()]),
            (
                self.status,
                self.tr("Any status"),
                [
                    (self.tr("draft"), Status.DRAFT.value),
                    (self.tr("approved"), Status.APPROVED.value),
                    (self.tr("retired"), Status.RETIRED.value),
                ],
            ),
            (
                self.language,
                self.tr("All languages"),
                [(lang, lang) for lang in library.languages()],
            ),
            (
                self.library_name,
                self.tr("All libraries"),
                [(n, n) for n in library.library_names()],
            ),
        ]
        for combo, any_label, items in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_label, None)
            for label, value in items:
                combo.addItem(label, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def set_library(self, library: Library) -> None:
        """Show a reloaded library, keeping the search and the filters."""
        self.model.set_library(library)
        self._fill_filters()
        self._apply_filters()

    def _fill_filters(self) -> None:
        self._fill_combos()
        # One library only: its column and filter would say the same thing on every row.
        single = len(self.model.library.library_names()) <= 1
        self.list.setColumnHidden(2, single)
        self.library_name.setVisible(not single)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.search.text(),
            topic=self.topic.currentData(),
            status=self.status.currentData(),
            language=self.language.currentData(),
            library_name=self.library_name.currentData(),
        )

    def selected_ids(self) -> list[str]:
        if self.suggestions_visible():
            return self.suggestions.list.selected_ids()
        return self.list.selected_ids()

    def suggestions_visible(self) -> bool:
        return self.views.currentWidget() is self.suggestions

    def show_suggestions(self) -> None:
        """Switch to the Suggestions view (Library › Suggest Paragraphs)."""
        self.views.setCurrentWidget(self.suggestions)
        self.suggestions.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _view_changed(self, _index: int) -> None:
        if self.suggestions_visible():
            self.suggestionsShown.emit()

    def _suggestion_selected(self, paragraph_id: str) -> None:
        paragraph = self.model.library.get(paragraph_id)
        self.preview.show_paragraph(paragraph, self.model.library)
        if paragraph is not None:
            self.currentParagraphChanged.emit(paragraph.id)

    def focus_search(self) -> None:
        """Ctrl+F: type to search the library."""
        self.views.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_paragraph(self, paragraph_id: str) -> None:
        row = self.model.row_of(paragraph_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            select_row(self.list, index.row())
            self.list.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.selected_ids()
        paragraph = self.model.library.get(ids[0]) if ids else None
        self.preview.show_paragraph(paragraph, self.model.library)
        if paragraph is not None:
            self.currentParagraphChanged.emit(paragraph.id)

    def _filtered(self) -> None:
        """After a new search: keep the paragraph shown when it is still listed, else show
        nothing (never a paragraph the list no longer has)."""
        shown = self.preview.shown_id
        if shown is not None and self.model.row_of(shown) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(shown), 0))
            if index.isValid():
                select_row(self.list, index.row())
                return
        if shown is not None or not self.preview.document().isEmpty():
            self.preview.show_paragraph(None, self.model.library)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box moves into the results (Enter there inserts)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount() > 0
        ):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.list.selectionModel().hasSelection():
                select_row(self.list, 0)
            return True
        return super().eventFilter(watched, event)


def used_in(paths: AppPaths, paragraph_id: str) -> list[str]:
    """The submissions that use a paragraph, for its preview ("Response (response.tccm,
    2026-11-02, version 3)")."""
    from tccm_drafter.app.usage import submissions_using

    version = QCoreApplication.translate("MainWindow", "version {0}")
    return [
        f"{use.title or use.path.name} ({use.path.name}, {use.recorded}, "
        + version.format(use.version)
        + ")"
        for use in submissions_using(paths, paragraph_id)
    ]
