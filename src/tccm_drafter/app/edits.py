"""Reversible edits of a workspace: each knows how to apply itself and how to undo it.

Front ends never change a submission or a library any other way. ``app/history.py`` keeps them
as undo steps (the desktop app only shows that history); the tests apply and revert them
without Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tccm_drafter.app.workspace import SubmissionFields, Workspace
from tccm_drafter.model import Block, Section

#: Where the user should be after an edit: (section, block or None), or None for "stay".
Location = tuple[int, int | None] | None


class Edit:
    """One undoable step. ``label`` names it for the Undo menu ("Undo Move Paragraph")."""

    label: str = ""

    def apply(self, ws: Workspace) -> Location:
        raise NotImplementedError

    def revert(self, ws: Workspace) -> Location:
        raise NotImplementedError

    def merge(self, other: Edit) -> bool:
        """Absorb ``other`` (which was just applied after this one) into this step."""
        return False

    def stamp(self, ticks: float) -> None:
        """When the edit was done, in the history's ticks (typing uses it to see pauses)."""


@dataclass
class InsertBlock(Edit):
    section: int
    row: int
    block: Block
    label: str = "Insert Paragraph"

    def apply(self, ws: Workspace) -> Location:
        ws.insert_block(self.section, self.row, self.block)
        return self.section, self.row

    def revert(self, ws: Workspace) -> Location:
        ws.remove_block(self.section, self.row)
        return self.section, None


@dataclass
class RemoveBlock(Edit):
    section: int
    row: int
    block: Block
    label: str = "Remove Paragraph"

    def apply(self, ws: Workspace) -> Location:
        ws.remove_block(self.section, self.row)
        return self.section, None

    def revert(self, ws: Workspace) -> Location:
        ws.insert_block(self.section, self.row, self.block)
        return self.section, self.row


@dataclass
class MoveBlock(Edit):
    """``to_row`` is the block's row after the move."""

    section: int
    row: int
    to_section: int
    to_row: int
    label: str = "Move Paragraph"

    def apply(self, ws: Workspace) -> Location:
        ws.move_block(self.section, self.row, self.to_section, self.to_row)
        return self.to_section, self.to_row

    def revert(self, ws: Workspace) -> Location:
        ws.move_block(self.to_section, self.to_row, self.section, self.row)
        return self.section, self.row


@dataclass
class ReplaceBlock(Edit):
    """A block swapped for a changed one (typing is ``app/typing.py``'s TypeText)."""

    section: int
    row: int
    old: Block
    new: Block
    label: str = "Edit Text"

    def apply(self, ws: Workspace) -> Location:
        ws.replace_block(self.section, self.row, self.new)
        return self.section, self.row

    def revert(self, ws: Workspace) -> Location:
        ws.replace_block(self.section, self.row, self.old)
        return self.section, self.row


@dataclass
class InsertSection(Edit):
    row: int
    section: Section
    label: str = "Add Section"

    def apply(self, ws: Workspace) -> Location:
        # A copy each time: redo after undo must not share block lists with the first go.
        ws.insert_section(self.row, replace(self.section, blocks=list(self.section.blocks)))
        return self.row, None

    def revert(self, ws: Workspace) -> Location:
        ws.remove_section(self.row)
        return None


@dataclass
class RemoveSection(Edit):
    row: int
    section: Section
    label: str = "Remove Section"

    def apply(self, ws: Workspace) -> Location:
        ws.remove_section(self.row)
        return None

    def revert(self, ws: Workspace) -> Location:
        ws.insert_section(self.row, replace(self.section, blocks=list(self.section.blocks)))
        return self.row, None


@dataclass
class MoveSection(Edit):
    row: int
    to_row: int
    label: str = "Move Section"

    def apply(self, ws: Workspace) -> Location:
        ws.move_section(self.row, self.to_row)
        return self.to_row, None

    def revert(self, ws: Workspace) -> Location:
        ws.move_section(self.to_row, self.row)
        return self.row, None


@dataclass
class ReplaceSection(Edit):
    """A section's title, question or limits changed; its blocks stay."""

    row: int
    old: Section
    new: Section
    label: str = "Edit Section"

    def apply(self, ws: Workspace) -> Location:
        ws.replace_section(self.row, self.new)
        return self.row, None

    def revert(self, ws: Workspace) -> Location:
        ws.replace_section(self.row, self.old)
        return self.row, None


@dataclass
class SetFields(Edit):
    """Submission-wide fields (consultation, organisation, template, title...)."""

    new: SubmissionFields
    old: SubmissionFields = field(default_factory=SubmissionFields)
    label: str = "Change Submission Details"

    def apply(self, ws: Workspace) -> Location:
        self.old = ws.set_fields(copy.deepcopy(self.new))
        return None

    def revert(self, ws: Workspace) -> Location:
        ws.set_fields(self.old)
        return None


@dataclass
class Batch(Edit):
    """Several edits as one undo step; undone in reverse order."""

    edits: Sequence[Edit]
    label: str = ""

    def apply(self, ws: Workspace) -> Location:
        where: Location = None
        for number, edit in enumerate(self.edits):
            try:
                where = edit.apply(ws) or where
            except BaseException:
                for done in reversed(self.edits[:number]):
                    done.revert(ws)
                raise
        return where

    def revert(self, ws: Workspace) -> Location:
        where: Location = None
        undone: list[Edit] = []
        for edit in reversed(self.edits):
            try:
                where = edit.revert(ws) or where
            except BaseException:  # refused (a file changed on disk): all or nothing
                for done in reversed(undone):
                    done.apply(ws)
                raise
            undone.append(edit)
        return where
