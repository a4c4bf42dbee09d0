"""What a review plan is made of: one item per exported block (or per run of new text), the
kind of change, the decision a user can take, and what "accept all" takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tccm_drafter.model.review_marks import BlockMark
from tccm_drafter.sharing.review_layout import Place
from tccm_drafter.storage.review_docx import ReviewComment

#: How a detail starts when it names something the import leaves out.
NOT_BROUGHT_BACK = "not brought back"


class ReviewKind(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    DELETED = "deleted"
    MOVED = "moved"
    ADDED = "added"
    CONFLICT = "conflict"
    OUTSIDE = "outside"


class Decision(StrEnum):
    ACCEPT = "accept"  # take the reviewer's change, and the comments as notes
    NOTES_ONLY = "notes-only"  # keep the text as it is, add the comments as notes
    REJECT = "reject"  # leave the block as it is


@dataclass
class ReviewItem:
    """One block of the reviewed file (or one run of new paragraphs) and what happened to it."""

    #: Stable key for decisions: the block's bookmark name, or "added-N" / "outside-N".
    key: str
    kind: ReviewKind
    #: What the reviewer did (CHANGED, DELETED, MOVED, UNCHANGED, ADDED, OUTSIDE); for a
    #: CONFLICT this says what would be taken.
    action: ReviewKind
    mark: BlockMark | None = None
    #: Where the block is in the submission now (section, block), 0-based; None: gone or new.
    location: tuple[int, int] | None = None
    exported: str = ""  # Markdown of the text as exported (the reviewer's starting point)
    reviewed: str = ""  # Markdown of the reviewer's text ("" when deleted)
    #: What the block's text becomes when the change is taken: the reviewer's Markdown with
    #: the block's placeholders put back where their values show.
    proposed: str = ""
    current: str = ""  # Markdown the block holds in the submission now
    text_changed: bool = False
    drafter_changed: bool = False
    #: Where the reviewer put it (moved blocks and new paragraphs).
    place: Place | None = None
    comments: list[ReviewComment] = field(default_factory=list)
    #: Paragraph-level changes in words ("a paragraph split in two", ...).
    details: list[str] = field(default_factory=list)

    @property
    def default(self) -> Decision | None:
        """What "accept all" takes; None for a conflict and for items with nothing to take."""
        if self.kind is ReviewKind.CONFLICT:
            return None
        if self.kind in (ReviewKind.CHANGED, ReviewKind.DELETED, ReviewKind.MOVED):
            return Decision.ACCEPT
        if self.kind is ReviewKind.ADDED:
            return Decision.ACCEPT
        if self.comments and self.location is not None:
            return Decision.NOTES_ONLY
        return None

    @property
    def title(self) -> str:
        """How the item is named to people: "section 2, block 1 (paragraph 'igf-funding')"."""
        if self.mark is None:
            where = self.place.describe() if self.place else ""
            what = "template text" if self.kind is ReviewKind.OUTSIDE else "new text"
            return f"{what} {where}".strip()
        what = f" (paragraph '{self.mark.paragraph_id}')" if self.mark.paragraph_id else " (text)"
        return self.mark.where + what


@dataclass
class ReviewPlan:
    source_name: str
    items: list[ReviewItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def of_kind(self, kind: ReviewKind) -> list[ReviewItem]:
        return [item for item in self.items if item.kind is kind]

    def counts(self) -> dict[ReviewKind, int]:
        return {kind: len(self.of_kind(kind)) for kind in ReviewKind}

    def item(self, key: str) -> ReviewItem | None:
        return next((item for item in self.items if item.key == key), None)


def accept_all(plan: ReviewPlan) -> dict[str, Decision]:
    """Every item's default: all non-conflicting changes, comments as notes; no conflict."""
    return {item.key: item.default for item in plan.items if item.default is not None}


__all__ = [
    "NOT_BROUGHT_BACK",
    "Decision",
    "ReviewItem",
    "ReviewKind",
    "ReviewPlan",
    "accept_all",
]
