"""The desktop app's view of the undo history: Qt signals and the Undo/Redo actions.

The history itself (steps, merging, the clean point, failures) is ``app/history.py``, tested
without Qt. This adapter only turns its notifications into signals and keeps the Edit menu's
Undo and Redo actions (their text, their enabled state) in step with it, so the menu, the
toolbar and the keys always agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.history import History as CoreHistory
from tccm_drafter.app.history import HistoryObserver
from tccm_drafter.app.workspace import Workspace


def edit_label(edit: Edit) -> str:
    """The edit's name in the user's language (the labels are listed in gui/edit_labels.py)."""
    return translated_label(edit.label)


def translated_label(label: str) -> str:
    return QCoreApplication.translate("Edit", label) if label else ""


class History(QObject):
    """Performs edits on a workspace so that each can be undone (a Qt face over the core)."""

    #: Where the user should be after an edit, undo or redo: (section, block or -1).
    located = Signal(int, int)
    #: An undo that could not be carried out (a library file changed on disk meanwhile).
    failed = Signal(str)
    #: Something to show changed: what can be undone or redone, or the clean state.
    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        ticks: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.core = CoreHistory(workspace, ticks=ticks)
        self.core.observers.append(
            HistoryObserver(changed=self.changed.emit, located=self._arrived, failed=self._failed)
        )

    @property
    def workspace(self) -> Workspace:
        return self.core.workspace

    # -- doing ------------------------------------------------------------------------------
    def perform(self, edit: Edit | None) -> bool:
        """Apply ``edit`` as the next undoable step; False when there was nothing to do.

        Raises the edit's InputError (a disk conflict, a read-only library...) when it could
        not be applied; nothing changed then and the history is as it was.
        """
        return self.core.perform(edit)

    def record(self, edit: Edit) -> None:
        """Add an edit that was applied already (after the user settled a conflict)."""
        self.core.record(edit)

    def undo(self) -> bool:
        return self.core.undo()

    def redo(self) -> bool:
        return self.core.redo()

    def seal(self) -> None:
        """The next keystroke starts a new undo step."""
        self.core.seal()

    def clear(self) -> None:
        self.core.clear()

    def set_clean(self) -> None:
        self.core.set_clean()

    def is_clean(self) -> bool:
        return self.core.is_clean()

    # -- the Edit menu ----------------------------------------------------------------------
    def undo_text(self) -> str:
        label = translated_label(self.core.undo_label())
        return self.tr("&Undo {0}").format(label) if label else self.tr("&Undo")

    def redo_text(self) -> str:
        label = translated_label(self.core.redo_label())
        return self.tr("&Redo {0}").format(label) if label else self.tr("&Redo")

    def undo_action(self, parent: QObject) -> QAction:
        """The Undo action: its text names the step and it is enabled only when there is one."""
        action = QAction(parent)
        action.triggered.connect(lambda _checked=False: self.undo())

        def update() -> None:
            action.setText(self.undo_text())
            action.setEnabled(self.core.can_undo())

        self.changed.connect(update)
        update()
        return action

    def redo_action(self, parent: QObject) -> QAction:
        action = QAction(parent)
        action.triggered.connect(lambda _checked=False: self.redo())

        def update() -> None:
            action.setText(self.redo_text())
            action.setEnabled(self.core.can_redo())

        self.changed.connect(update)
        update()
        return action

    # -- from the core ----------------------------------------------------------------------
    def _arrived(self, location: Location) -> None:
        if location is not None:
            section, block = location
            self.located.emit(section, -1 if block is None else block)

    def _failed(self, label: str, why: str) -> None:
        self.failed.emit(
            QCoreApplication.translate("History", "Cannot undo “{0}”: {1}").format(
                translated_label(label), why
            )
        )
