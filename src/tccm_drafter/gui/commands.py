"""The undo history of the desktop app: Qt's undo stack over the core's edits.

Each core :class:`~tccm_drafter.app.edits.Edit` knows how to apply and revert itself; this
module only wraps it in a QUndoCommand (for the Edit menu's "Undo Move Paragraph", the clean
state and merging consecutive typing) and reports where the user should be afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError

#: Commands with this id may merge (consecutive typing in one block is one undo step).
MERGING_ID = 4001


def edit_label(edit: Edit) -> str:
    """The edit's name in the user's language (the labels are listed in gui/edit_labels.py)."""
    return QCoreApplication.translate("Edit", edit.label)


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit, history: History, *, applied: bool = False) -> None:
        super().__init__(edit_label(edit))
        self.edit = edit
        self._history = history
        self._skip_redo = applied
        self.error: Exception | None = None

    def redo(self) -> None:
        if self._skip_redo:  # the edit was applied before it was pushed
            self._skip_redo = False
            return
        try:
            self._history.arrived(self.edit.apply(self._history.workspace))
        except (InputError, OSError) as error:
            # Qt drops a command that is obsolete after redo: it never enters the history.
            self.error = error
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._history.arrived(self.edit.revert(self._history.workspace))
        except (InputError, OSError) as error:
            # Qt drops a command that is obsolete after undo: what cannot be undone leaves.
            self.setObsolete(True)
            self._history.failed.emit(
                QCoreApplication.translate("History", "Cannot undo “{0}”: {1}").format(
                    self.text(), error
                )
            )

    def id(self) -> int:
        return MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return (
            isinstance(other, EditCommand) and other.error is None and self.edit.merge(other.edit)
        )


class History(QObject):
    """Performs edits on a workspace so that each can be undone."""

    #: Where the user should be after an edit, undo or redo: (section, block or -1).
    located = Signal(int, int)
    #: An undo that could not be carried out (a library file changed on disk meanwhile).
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.stack = QUndoStack(self)

    def perform(self, edit: Edit | None) -> bool:
        """Apply ``edit`` as the next undoable step; False when there was nothing to do.

        Raises the edit's InputError (a disk conflict, a read-only library...) when it could
        not be applied; nothing changed then and the history is as it was.
        """
        if edit is None:
            return False
        command = EditCommand(edit, self)
        self.stack.push(command)
        if command.error is not None:
            raise command.error
        return True

    def record(self, edit: Edit) -> None:
        """Add an edit that was applied already (after the user settled a conflict)."""
        self.stack.push(EditCommand(edit, self, applied=True))

    def arrived(self, location: Location) -> None:
        if location is not None:
            section, block = location
            self.located.emit(section, -1 if block is None else block)

    def clear(self) -> None:
        self.stack.clear()
