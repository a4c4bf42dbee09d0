"""A Word review brought back into the open submission, as one undoable step.

For File › Import Review…::

    plan = review.plan(ws, template, Path("reviewed.docx"))     # read and compare; no change
    # show plan.items (kind, exported / reviewed / current text, comments, details) and let
    # the user decide per item: Decision.ACCEPT, NOTES_ONLY or REJECT
    edit = review.edit(ws, plan, decisions)                      # None when nothing changes
    if edit is not None:
        history.perform(edit)                                    # undo puts everything back

Conflicts (``ReviewKind.CONFLICT``) are never taken without a decision; ``accept_all(plan)``
gives the decisions the command line's ``--accept-all`` takes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review import Decision, ReviewPlan, accept_all, plan_review
from tccm_drafter.sharing.review_apply import BlockChange, apply_review
from tccm_drafter.storage.review_docx import read_reviewed_docx

__all__ = ["ApplyReview", "Decision", "accept_all", "edit", "plan"]


def plan(ws: Workspace, template: Template, path: Path, *, today: date | None = None) -> ReviewPlan:
    """Read ``path`` (a reviewed export) and compare it with the open submission."""
    return plan_review(ws.submission, ws.library, template, read_reviewed_docx(path), today=today)


def edit(
    ws: Workspace, plan: ReviewPlan, decisions: dict[str, Decision], *, today: date | None = None
) -> ApplyReview | None:
    """The step that applies ``decisions``; None when they change nothing."""
    outcome = apply_review(ws.submission, ws.library, plan, decisions, today=today)
    if not outcome.changes:
        return None
    return ApplyReview(outcome.changes, f"Import Review ({plan.source_name})")


@dataclass
class ApplyReview(Edit):
    """The block operations of one review import, in order; undone in reverse order."""

    changes: list[BlockChange] = field(default_factory=list)
    label: str = "Import Review"

    def apply(self, ws: Workspace) -> Location:
        for change in self.changes:
            if change.op == "replace":
                assert change.new is not None
                ws.replace_block(change.section, change.index, change.new)
            elif change.op == "insert":
                assert change.new is not None
                ws.insert_block(change.section, change.index, change.new)
            else:
                ws.remove_block(change.section, change.index)
        first = self.changes[0] if self.changes else None
        return (first.section, None) if first is not None else None

    def revert(self, ws: Workspace) -> Location:
        for change in reversed(self.changes):
            if change.op == "replace":
                assert change.old is not None
                ws.replace_block(change.section, change.index, change.old)
            elif change.op == "insert":
                ws.remove_block(change.section, change.index)
            else:
                assert change.old is not None
                ws.insert_block(change.section, change.index, change.old)
        first = self.changes[0] if self.changes else None
        return (first.section, None) if first is not None else None
