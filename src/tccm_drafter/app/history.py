"""The undo history of an open submission: Qt-free, so every rule is tested without a window.

:class:`History` applies :class:`~tccm_drafter.app.edits.Edit` objects to a workspace and keeps
them as undo steps: undo, redo, the labels the Edit menu shows, the *clean* point (where the
file was last saved), merging (a keystroke joins the step before it when
:meth:`Edit.merge` says so; see ``app/typing.py``) and failures:

- an edit that cannot be applied raises and leaves neither the workspace nor the history
  changed (the edit undoes its own half-done work);
- a step that can no longer be undone (a library file changed on disk meanwhile) leaves the
  history with a message to observers; the steps around it stay.

The desktop app shows the history through a thin Qt adapter (``gui/commands.py``); the undo
and redo keys, the Edit menu and the toolbar all end here, so they cannot disagree.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError


@dataclass
class HistoryObserver:
    """What the history tells its front end (all optional)."""

    #: The index, the clean point or the labels changed.
    changed: Callable[[], None] = lambda: None
    #: Where the user should be after a step was done, undone or redone.
    located: Callable[[Location], None] = lambda _where: None
    #: An undo that could not be carried out: (the step's label, why).
    failed: Callable[[str, str], None] = lambda _label, _why: None


@dataclass
class _Step:
    edit: Edit
    #: A step that already merged keystrokes may take more only while it is the newest.
    sealed: bool = False


@dataclass
class History:
    """Steps ``[0, index)`` are done; ``[index, len)`` can be redone."""

    workspace: Workspace
    #: Seconds from an arbitrary start (typing pauses); a test gives its own.
    ticks: Callable[[], float] = time.monotonic
    #: The most steps kept (the oldest go first); None: all.
    limit: int | None = None
    observers: list[HistoryObserver] = field(default_factory=list)
    _steps: list[_Step] = field(default_factory=list)
    _index: int = 0
    #: The index at which the document was saved; None when no state of the history is.
    _clean: int | None = 0

    # -- state ------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._steps)

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    def undo_label(self) -> str:
        """The edit's label ("Move Paragraph") of what Undo would undo; "" for nothing."""
        return self._steps[self._index - 1].edit.label if self.can_undo() else ""

    def redo_label(self) -> str:
        return self._steps[self._index].edit.label if self.can_redo() else ""

    def is_clean(self) -> bool:
        return self._clean == self._index

    def set_clean(self) -> None:
        """The document was saved as it is now."""
        self._clean = self._index
        self.seal()
        self._changed()

    def seal(self) -> None:
        """The next keystroke starts a new step (the user moved elsewhere, or saved)."""
        if self._steps and self._index:
            self._steps[self._index - 1].sealed = True

    def clear(self) -> None:
        self._steps.clear()
        self._index = 0
        self._clean = 0
        self._changed()

    def edits(self) -> list[Edit]:
        """The steps, oldest first (for tests and the soak benchmark)."""
        return [step.edit for step in self._steps]

    # -- doing ------------------------------------------------------------------------------
    def perform(self, edit: Edit | None) -> bool:
        """Apply ``edit`` as the next step (or merge it into the last); False when there was
        nothing to do. Raises the edit's InputError/OSError when it could not be applied:
        then nothing changed and the history is as it was."""
        if edit is None:
            return False
        self._stamp(edit)
        where = edit.apply(self.workspace)
        self._push(edit)
        self._located(where)
        return True

    def record(self, edit: Edit) -> None:
        """Add an edit that was applied already (after the user settled a disk conflict)."""
        self._stamp(edit)
        self._push(edit)

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        step = self._steps[self._index - 1]
        try:
            where = step.edit.revert(self.workspace)
        except (InputError, OSError) as error:
            self._drop(self._index - 1, applied=True)
            self._failed(step.edit.label, str(error))
            return False
        self._index -= 1
        self._changed()
        self._located(where)
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        step = self._steps[self._index]
        try:
            where = step.edit.apply(self.workspace)
        except (InputError, OSError) as error:
            self._drop(self._index, applied=False)
            self._failed(step.edit.label, str(error))
            return False
        step.sealed = True
        self._index += 1
        self._changed()
        self._located(where)
        return True

    def set_index(self, index: int) -> None:
        """Undo or redo until ``index`` steps are done (stops at a step that fails)."""
        while self._index > index and self.undo():
            pass
        while self._index < index and self.redo():
            pass

    # -- inside -----------------------------------------------------------------------------
    def _stamp(self, edit: Edit) -> None:
        edit.stamp(self.ticks())

    def _push(self, edit: Edit) -> None:
        del self._steps[self._index :]  # what could be redone is gone once something new is done
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        top = self._steps[-1] if self._steps else None
        if top is not None and not top.sealed and top.edit.merge(edit):
            if self._clean == self._index:  # the saved state is no longer in the history
                self._clean = None
        else:
            self._steps.append(_Step(edit))
            self._index += 1
            if self.limit is not None and len(self._steps) > self.limit:
                excess = len(self._steps) - self.limit
                del self._steps[:excess]
                self._index -= excess
                self._clean = None if self._clean is None else self._clean - excess
                if self._clean is not None and self._clean < 0:
                    self._clean = None
        self._changed()

    def _drop(self, position: int, *, applied: bool) -> None:
        """Forget the step at ``position``, whose effect stays in the workspace (``applied``:
        its undo failed) or was never made (its redo failed)."""
        del self._steps[position]
        if position < self._index:
            self._index -= 1
        clean = self._clean
        if clean is not None:
            if clean > position + 1:
                self._clean = clean - 1
            elif clean == position + 1:  # the saved state had the step's effect
                self._clean = position if applied else None
            elif clean == position and applied:  # saved without it; it cannot be taken out
                self._clean = None
        self._changed()

    def _changed(self) -> None:
        for observer in list(self.observers):
            observer.changed()

    def _located(self, where: Location) -> None:
        for observer in list(self.observers):
            observer.located(where)

    def _failed(self, label: str, why: str) -> None:
        for observer in list(self.observers):
            observer.failed(label, why)
