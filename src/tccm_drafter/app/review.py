"""A Word review brought back into the open submission, as one undoable step.

For File › Import Review…::

    plan = review.plan(ws, template, Path("reviewed.docx"), today=today)  # no change yet
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
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Submission
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review import (
    Decision,
    ReviewItem,
    ReviewKind,
    ReviewPlan,
    accept_all,
    plan_review,
)
from tccm_drafter.sharing.review_apply import BlockChange, ReviewOutcome, apply_review
from tccm_drafter.storage.review_comments import ReviewComment
from tccm_drafter.storage.review_docx import read_reviewed_docx

__all__ = [
    "ApplyReview",
    "Decision",
    "ReviewComment",
    "ReviewItem",
    "ReviewKind",
    "ReviewOutcome",
    "ReviewPlan",
    "accept_all",
    "apply_plan",
    "belongs",
    "edit",
    "plan",
    "plan_file",
]


def plan(ws: Workspace, template: Template, path: Path, *, today: date) -> ReviewPlan:
    """Read ``path`` (a reviewed export) and compare it with the open submission (see
    :func:`plan_file`)."""
    return plan_file(ws.submission, ws.library, template, path, today=today)


def plan_file(
    submission: Submission, library: Library, template: Template, path: Path, *, today: date
) -> ReviewPlan:
    """Read ``path`` (a reviewed export) and compare it with ``submission``: the one rule for
    the window's Import Review… and `tccm-drafter review import`.

    Raises InputError when the file is no usable reviewed export, or is the export of
    another submission (see :func:`belongs`): a user who picked the wrong file is told so
    instead of reading "nothing to change".
    """
    reviewed = read_reviewed_docx(path)
    found = plan_review(submission, library, template, reviewed, today=today)
    title = reviewed.export.title if reviewed.export is not None else None
    if not belongs(found, submission.title, title):
        raise InputError(
            "this Word file is not an export of the open submission: none of its blocks is "
            "found here as it was exported; open the submission it was exported from",
            path=Path(path),
        )
    return found


def belongs(plan: ReviewPlan, title: str, exported_title: str | None) -> bool:
    """Whether a reviewed file was exported from this submission.

    It was when at least one exported block is still here as it was exported; when the
    drafter changed every block since, when some block is still found and the export's
    title is this submission's. A file with no blocks at all proves nothing either way.
    """
    marked = [item for item in plan.items if item.mark is not None]
    if not marked:
        return True
    if any(item.location is not None and not item.drafter_changed for item in marked):
        return True
    found = any(item.location is not None for item in marked)
    return found and (exported_title is None or exported_title == title)


def apply_plan(
    submission: Submission,
    library: Library,
    plan: ReviewPlan,
    decisions: dict[str, Decision],
    *,
    today: date,
) -> ReviewOutcome:
    """What ``decisions`` make of ``submission`` (which is not changed): a new submission and
    the block operations that lead to it."""
    return apply_review(submission, library, plan, decisions, today=today)


def edit(
    ws: Workspace, plan: ReviewPlan, decisions: dict[str, Decision], *, today: date
) -> ApplyReview | None:
    """The step that applies ``decisions``; None when they change nothing."""
    outcome = apply_plan(ws.submission, ws.library, plan, decisions, today=today)
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
