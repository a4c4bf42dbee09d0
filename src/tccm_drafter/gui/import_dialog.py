"""Preview a library bundle and decide, paragraph by paragraph, before anything is written."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.imports import Decision, ImportPlan, Kind, PlanItem
from tccm_drafter.gui.plaintext import plain_label

_KIND_COLOURS = {Kind.CONFLICT: "#b00020", Kind.NEW: "#1b5e20", Kind.UPDATE: "#0d47a1"}


class ImportBundleDialog(QDialog):
    """One row per paragraph in the bundle: what it is and what to do with it."""

    def __init__(
        self,
        plan: ImportPlan,
        parent: QWidget | None = None,
        *,
        title: str = "",
        intro: str = "",
        accept_text: str = "",
    ) -> None:
        """``title``, ``intro`` and ``accept_text`` say what brought the paragraphs when it
        is not a bundle (a shared library's sync uses this very preview)."""
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(title or self.tr("Import {0}").format(plan.bundle.path.name))
        counts = plan.counts()
        origin = plan.bundle.organisation or self.tr("an unnamed organisation")
        summary = plain_label(
            (intro + " " if intro else "")
            + self.tr(
                "From {0}: {1} new, {2} updated, {3} in conflict (both sides changed them), "
                "{4} identical, {5} newer here."
            ).format(
                origin,
                counts[Kind.NEW],
                counts[Kind.UPDATE],
                counts[Kind.CONFLICT],
                counts[Kind.IDENTICAL],
                counts[Kind.MINE_NEWER],
            )
            + " "
            + self.tr("Nothing is written until you press {0}.").format(
                (accept_text or self.tr("&Import")).replace("&", "")
            )
        )
        summary.setWordWrap(True)
        # What needs attention first: conflicts, then updates, new ones, the rest.
        order = [Kind.CONFLICT, Kind.UPDATE, Kind.NEW, Kind.MINE_NEWER, Kind.IDENTICAL]
        self.items = sorted(plan.items, key=lambda i: (order.index(i.kind), i.paragraph_id))
        self.table = QTableWidget(len(plan.items), 4)
        self.table.setAccessibleName(self.tr("Paragraphs in the bundle"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Paragraph"), self.tr("What to do"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._choices: dict[str, QComboBox] = {}
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            accept_text or self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(860, 480)

    def _kind_text(self, kind: Kind) -> str:
        return {
            Kind.NEW: self.tr("New"),
            Kind.UPDATE: self.tr("Update"),
            Kind.CONFLICT: self.tr("Conflict"),
            Kind.IDENTICAL: self.tr("Identical"),
            Kind.MINE_NEWER: self.tr("Newer here"),
        }[kind]

    def _fill_row(self, row: int, item: PlanItem) -> None:
        kind = QTableWidgetItem(self._kind_text(item.kind))
        colour = _KIND_COLOURS.get(item.kind)
        if colour:
            kind.setForeground(QColor(colour))
        self.table.setItem(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(f"{item.theirs.title}  ({item.paragraph_id})"))
        if item.kind in (Kind.IDENTICAL,):
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("nothing to do")))
            return
        choice = QComboBox()
        choice.setAccessibleName(self.tr("What to do with {0}").format(item.paragraph_id))
        if item.kind is Kind.CONFLICT:
            choice.addItem(self.tr("Choose…"), None)
        if item.kind is Kind.NEW:
            choice.addItem(self.tr("Add it"), Decision.TAKE_THEIRS)
            choice.addItem(self.tr("Skip it"), Decision.KEEP_MINE)
        else:
            choice.addItem(self.tr("Take theirs"), Decision.TAKE_THEIRS)
            choice.addItem(self.tr("Keep mine"), Decision.KEEP_MINE)
            choice.addItem(self.tr("Keep both"), Decision.KEEP_BOTH)
        default = item.default
        if default is not None:
            choice.setCurrentIndex(max(0, choice.findData(default)))
        choice.currentIndexChanged.connect(self._update)
        self._choices[item.paragraph_id] = choice
        self.table.setCellWidget(row, 2, choice)
        if item.mine is not None:
            compare = QPushButton(self.tr("Compare…"))
            compare.setToolTip(self.tr("Show both texts side by side"))
            compare.clicked.connect(lambda _=False, i=item: self._compare(i))
            self.table.setCellWidget(row, 3, compare)

    def _compare(self, item: PlanItem) -> None:
        from tccm_drafter.gui.dialogs.diff import TextDiffDialog

        assert item.mine is not None
        dialog = TextDiffDialog(
            self.tr("Compare {0}").format(item.paragraph_id),
            self.tr("Mine (version {0})").format(item.mine.version),
            item.mine.body,
            self.tr("Theirs (version {0})").format(item.theirs.version),
            item.theirs.body,
            self,
            choices=True,
        )
        decision = dialog.decision() if dialog.exec() else None
        if decision:
            choice = self._choices[item.paragraph_id]
            choice.setCurrentIndex(choice.findData(decision))

    def decisions(self) -> dict[str, Decision]:
        chosen: dict[str, Decision] = {}
        for paragraph_id, choice in self._choices.items():
            data = choice.currentData()
            if data is not None:
                chosen[paragraph_id] = Decision(data)
        return chosen

    def undecided(self) -> list[str]:
        decided = self.decisions()
        return [
            i.paragraph_id
            for i in self.plan.of_kind(Kind.CONFLICT)
            if i.paragraph_id not in decided
        ]

    def _update(self) -> None:
        open_conflicts = self.undecided()
        self.import_button.setEnabled(not open_conflicts)
        self.import_button.setToolTip(
            self.tr("Choose what to do with every conflict first") if open_conflicts else ""
        )
