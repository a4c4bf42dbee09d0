"""Library › Health…: the paragraphs that need a look (app/health.py), grouped, each a double
click (or Open Paragraph) away from its editor. A window beside the main one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.health import Health, check
from tccm_drafter.gui.jobs import JobRunner
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.model import Library

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HealthWindow(QDialog):
    """The library's health, computed in the background when the window opens."""

    def __init__(self, host: WindowHost, parent: QWidget | None = None) -> None:
        super().__init__(parent or host.widget())
        self.setWindowTitle(self.tr("Library Health"))
        self._host = host
        self.summary = QLabel(self.tr("Looking through the library…"), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Paragraph"), self.tr("Why")])
        self.tree.setAccessibleName(self.tr("Paragraphs that need a look"))
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.open_item(item))
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_button())
        self.open_button = QPushButton(self.tr("Open Paragraph"), self)
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._runner = JobRunner(self)
        self.health: Health | None = None
        self._update_button()

    def start(self, today: date) -> None:
        """Look through the library (in the background)."""
        from tccm_drafter.app.usage import last_used

        library = self._host.workspace.library.copy()
        paths = self._host.paths

        def work() -> Health:
            return check(library, last_used(paths), today=today)

        self._runner.submit(work, self._done, self._failed)

    def wait(self) -> None:
        self._runner.wait()

    def _failed(self, error: Exception) -> None:
        self.summary.setText(str(error))

    def _done(self, result: object) -> None:
        if not isinstance(result, Health):
            return
        self.health = result
        library = self._host.workspace.library
        self.tree.clear()
        twins = self._group(self.tr("Written twice"), len(result.twins))
        for pair in result.twins:
            share = self.tr("{0} % of the wording is the same").format(round(pair.similarity * 100))
            for pid in (pair.first, pair.second):
                self._row(twins, library, pid, share)
        review = self._group(self.tr("Due for review"), len(result.review_due))
        for pid in result.review_due:
            entry = library.entry(pid)
            when = entry.review_by.isoformat() if entry and entry.review_by else ""
            self._row(review, library, pid, self.tr("review date {0}").format(when))
        sources = self._group(self.tr("Without sources"), len(result.no_sources))
        for pid in result.no_sources:
            self._row(sources, library, pid, self.tr("no source cited"))
        unused = self._group(self.tr("Not used for a year"), len(result.unused))
        for pid, used in result.unused:
            why = (
                self.tr("last used {0}").format(used.isoformat())
                if used
                else self.tr("never used in a saved submission")
            )
            self._row(unused, library, pid, why)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.summary.setText(
            self.tr("%n thing(s) to look at", "", result.count())
            + " · "
            + self.tr("%n paragraph(s) checked", "", len(library))
        )

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})", ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _row(self, parent: QTreeWidgetItem, library: Library, pid: str, why: str) -> None:
        entry = library.entry(pid)
        title = entry.title if entry is not None and entry.title else pid
        item = QTreeWidgetItem(parent, [title, why])
        item.setData(0, ID_ROLE, pid)
        item.setToolTip(0, tip(f"{title}\n{pid}"))

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(item is not None and bool(item.data(0, ID_ROLE)))

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        """Show the paragraph in the library pane and open its editor."""
        pid = item.data(0, ID_ROLE) if item is not None else None
        if not pid:
            return
        panel = self._host.library_panel
        panel.views.setCurrentIndex(0)
        panel.search.clear()
        panel.select_paragraph(str(pid))
        if panel.selected_ids() == [pid]:
            self._host.library_editing.edit_selected()


def show_health(host: WindowHost) -> HealthWindow:
    """Library › Health…: a window beside the main one."""
    found = host.widget().findChild(HealthWindow)
    health = found if isinstance(found, HealthWindow) else HealthWindow(host)
    health.start(host.clock.now().date())
    health.show()
    health.raise_()
    return health
