"""Import Review…: a reviewed Word export, block by block, before anything changes.

One row per item of the core's plan (``sharing/review.py``): what happened to the block, the
block, its comments and what to do with it. Below, the selected row's texts side by side.
Conflicts (the reviewer and you both changed a block) need a choice before Accept; blocks
that nobody changed need none. The dialog decides nothing itself: ``decisions()`` goes to
``app.review.edit``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.review import Decision, ReviewItem, ReviewKind, ReviewPlan
from tccm_drafter.gui.plaintext import plain_label, tip
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.gui.review_details import ReviewDetails, kind_text
from tccm_drafter.gui.table_rows import select_row

_KIND_COLOURS = {
    ReviewKind.CONFLICT: "#b00020",
    ReviewKind.CHANGED: "#0d47a1",
    ReviewKind.ADDED: "#1b5e20",
    ReviewKind.DELETED: "#8a1c1c",
    ReviewKind.MOVED: "#6a1b9a",
}
_KIND, _BLOCK, _TEXT, _COMMENTS, _CHOICE = range(5)


def _one_line(text: str, size: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= size else line[: size - 1] + "…"


class ReviewImportDialog(QDialog):
    """The plan of one reviewed file; ``decisions()`` once the user accepts."""

    def __init__(self, plan: ReviewPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_plurals()
        self.plan = plan
        self.items = list(plan.items)
        self.setWindowTitle(self.tr("Import Review: {0}").format(plan.source_name))
        summary = plain_label(self._summary(), self)
        summary.setWordWrap(True)
        self.warnings = plain_label("\n".join(f"⚠ {w}" for w in plan.warnings), self)
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(plan.warnings))
        self.table = QTableWidget(len(self.items), 5, self)
        self.table.setAccessibleName(self.tr("Blocks of the reviewed file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Block"),
                self.tr("Text"),
                self.tr("Comments"),
                self.tr("What to do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self._choices: dict[str, QComboBox] = {}
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        header = self.table.horizontalHeader()
        for column in (_KIND, _BLOCK, _COMMENTS, _CHOICE):
            self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(_TEXT, QHeaderView.ResizeMode.Stretch)
        self.details = ReviewDetails(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([290, 290])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        first = next((n for n, i in enumerate(self.items) if i.kind is not ReviewKind.UNCHANGED), 0)
        if self.items:
            select_row(self.table, first)
        self._update()
        self.resize(1040, 660)

    def _summary(self) -> str:
        counts = self.plan.counts()
        parts = [f"{counts[kind]} {kind_text(kind).lower()}" for kind in ReviewKind if counts[kind]]
        comments = sum(len(item.comments) for item in self.items)
        return (
            self.tr("From {0}: {1}; %n comment(s).", "", comments).format(
                self.plan.source_name, ", ".join(parts) or self.tr("nothing")
            )
            + " "
            + self.tr(
                "Nothing changes until you press Accept; everything you accept is one step "
                "that Undo takes back."
            )
        )

    # -- rows --------------------------------------------------------------------------------
    def _fill_row(self, row: int, item: ReviewItem) -> None:
        kind = QTableWidgetItem(kind_text(item.kind))
        colour = _KIND_COLOURS.get(item.kind)
        if colour:
            kind.setForeground(QColor(colour))
        if item.kind is ReviewKind.CONFLICT:
            kind.setToolTip(
                tip(self.tr("You and the reviewer both changed this block; choose which to keep"))
            )
        self.table.setItem(row, _KIND, kind)
        block = QTableWidgetItem(self._where(item))
        block.setToolTip(tip(item.title[:1].upper() + item.title[1:]))
        self.table.setItem(row, _BLOCK, block)
        shown = item.reviewed or item.current or item.exported
        text = QTableWidgetItem(_one_line(shown))
        text.setToolTip(tip(shown[:600]))
        self.table.setItem(row, _TEXT, text)
        count = QTableWidgetItem(str(len(item.comments)) if item.comments else "")
        count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, _COMMENTS, count)
        if item.kind is ReviewKind.UNCHANGED and not item.comments:
            quiet = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for cell in (kind, block, text):
                cell.setForeground(quiet)
        options = self._options(item)
        if not options:
            self.table.setItem(row, _CHOICE, QTableWidgetItem(self._nothing(item)))
            return
        choice = QComboBox()
        choice.setAccessibleName(self.tr("What to do with {0}").format(item.title))
        if item.kind is ReviewKind.CONFLICT:
            choice.addItem(self.tr("Choose…"), None)
        for label, decision in options:
            choice.addItem(label, decision)
        if item.default is not None:
            choice.setCurrentIndex(max(0, choice.findData(item.default)))
        choice.currentIndexChanged.connect(self._update)
        self._choices[item.key] = choice
        self.table.setCellWidget(row, _CHOICE, choice)

    def _where(self, item: ReviewItem) -> str:
        """ "2.1 igf-funding" (section and block as exported, the paragraph or free text)."""
        if item.mark is None:
            return item.title[:1].upper() + item.title[1:]
        what = item.mark.paragraph_id or self.tr("free text")
        return f"{item.mark.section + 1}.{item.mark.block + 1}  {what}"

    def _options(self, item: ReviewItem) -> list[tuple[str, Decision]]:
        """What the user may do with an item; [] when there is nothing to decide."""
        if item.kind is not ReviewKind.CONFLICT and item.default is None:
            return []
        if item.kind is ReviewKind.ADDED:
            return [
                (self.tr("Add the new text"), Decision.ACCEPT),
                (self.tr("Leave it out"), Decision.REJECT),
            ]
        if item.kind is ReviewKind.UNCHANGED:
            return [
                (self.tr("Add the comments as notes"), Decision.NOTES_ONLY),
                (self.tr("Ignore the comments"), Decision.REJECT),
            ]
        if item.location is None:  # a conflict: you removed the block, the reviewer changed it
            return [
                (self.tr("Take the reviewer's text back, as free text"), Decision.ACCEPT),
                (self.tr("Keep mine (leave it out)"), Decision.REJECT),
            ]
        take = {
            ReviewKind.DELETED: self.tr("Take the reviewer's version (delete it)"),
            ReviewKind.MOVED: self.tr("Take the reviewer's version (move it)"),
        }.get(item.action, self.tr("Take the reviewer's version"))
        if not item.comments:
            return [(take, Decision.ACCEPT), (self.tr("Keep mine"), Decision.REJECT)]
        return [
            (take, Decision.ACCEPT),
            (self.tr("Keep mine, add the comments as notes"), Decision.NOTES_ONLY),
            (self.tr("Keep mine, without the comments"), Decision.REJECT),
        ]

    def _nothing(self, item: ReviewItem) -> str:
        if item.kind is ReviewKind.OUTSIDE:
            return self.tr("not imported: change it in the submission")
        if item.location is None and item.kind is not ReviewKind.ADDED:
            return self.tr("no longer in your submission")
        return self.tr("nothing to do")

    def _show(self, row: int) -> None:
        self.details.show_item(self.items[row] if 0 <= row < len(self.items) else None)

    # -- decisions ---------------------------------------------------------------------------
    def choose(self, key: str, decision: Decision) -> None:
        """Set the choice of one item (as the user would in its row)."""
        choice = self._choices[key]
        choice.setCurrentIndex(choice.findData(decision))

    def decisions(self) -> dict[str, Decision]:
        chosen: dict[str, Decision] = {}
        for key, choice in self._choices.items():
            data = choice.currentData()
            if data is not None:
                chosen[key] = Decision(data)
        return chosen

    def undecided(self) -> list[ReviewItem]:
        decided = self.decisions()
        return [item for item in self.plan.of_kind(ReviewKind.CONFLICT) if item.key not in decided]

    def _update(self) -> None:
        open_conflicts = self.undecided()
        self.accept_button.setEnabled(not open_conflicts)
        self.accept_button.setToolTip(
            self.tr("Choose what to do with %n conflict(s) first", "", len(open_conflicts))
            if open_conflicts
            else ""
        )
