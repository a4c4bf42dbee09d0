"""Plan the import of a Word review, block by block, like the import of a bundle.

A reviewed file (:func:`tccm_drafter.storage.review_docx.read_reviewed_docx`) is compared with
the submission as it is now. Each block the export marked gets one :class:`ReviewItem`:

- what the reviewer did (``action``): nothing, changed its text, deleted it, moved it;
- whether the drafter changed the block since the export: the fingerprint of what the block
  renders to now against the one the export recorded. A block the reviewer changed, deleted
  or moved and the drafter changed too is a CONFLICT, shown side by side and never taken
  without a decision;
- the reviewer's comments anchored in it (they become notes on the block).

Paragraphs the reviewer typed outside every block become ADDED items (a new free-text block at
that place); edits of the template's own text (headings, questions) are listed as OUTSIDE and
not imported. Nothing changes here: :mod:`tccm_drafter.sharing.review_apply` applies the
decisions and says how to undo them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from tccm_drafter.model import Library, ParagraphBlock, Submission, TextBlock
from tccm_drafter.model.review_marks import BlockMark, fingerprint, same_text
from tccm_drafter.render.context import placeholder_values
from tccm_drafter.render.docx_review_marks import block_fingerprints
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.placeholders import PlaceholderError, lookup, split_placeholders
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review_layout import Layout, Place, layout
from tccm_drafter.storage.review_docx import ReviewComment, ReviewedDocument, ViewParagraph
from tccm_drafter.storage.review_markdown import MarkdownWriter, escape, footnote_texts


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


def plan_review(
    submission: Submission,
    library: Library,
    template: Template,
    reviewed: ReviewedDocument,
    *,
    today: date,
) -> ReviewPlan:
    """Compare a reviewed export with the submission as it is now. Changes nothing."""
    plan = ReviewPlan(reviewed.path.name)
    now = block_fingerprints(render_submission(submission, library, template, today=today).document)
    values = placeholder_values(submission, today)
    shape = layout(reviewed)
    marks = _exported_marks(reviewed, plan)
    known = reviewed.export is not None and bool(reviewed.export.marks)
    for mark in marks:
        plan.items.append(_block_item(mark, shape, submission, library, now, known, values))
    _added_items(reviewed, shape, plan)
    _place_stray_comments(reviewed, shape, plan)
    return plan


def _exported_marks(reviewed: ReviewedDocument, plan: ReviewPlan) -> list[BlockMark]:
    if reviewed.export is not None and reviewed.export.marks:
        return list(reviewed.export.marks)
    plan.warnings.append(
        "the file lost the list of exported blocks: a block deleted as a whole cannot be "
        "told from one that was never there, and paragraph ids are unknown"
    )
    return sorted(reviewed.found.values(), key=lambda m: (m.section, m.block))


def locate(
    submission: Submission,
    mark: BlockMark,
    now: dict[tuple[int, int], str],
    *,
    known_kind: bool = True,
) -> tuple[int, int] | None:
    """Where the exported block is in the submission now (the drafter may have moved it).

    A paragraph block is found by its paragraph id, a free-text block by its place or, when
    that place now holds something else, by its unchanged text. Without the export's map
    (``known_kind=False``) any block at the recorded place counts.
    """

    def fits(s: int, b: int) -> bool:
        block = submission.sections[s].blocks[b]
        if not known_kind:
            return True
        if mark.paragraph_id is not None:
            return isinstance(block, ParagraphBlock) and block.paragraph_id == mark.paragraph_id
        return isinstance(block, TextBlock)

    s, b = mark.section, mark.block
    if s < len(submission.sections) and b < len(submission.sections[s].blocks) and fits(s, b):
        return (s, b)
    found = [
        (s, b)
        for s, section in enumerate(submission.sections)
        for b in range(len(section.blocks))
        if fits(s, b)
        and (mark.paragraph_id is not None or same_text(mark.text_hash, now.get((s, b), "")))
    ]
    return found[0] if len(found) == 1 else None


def current_markdown(submission: Submission, library: Library, where: tuple[int, int]) -> str:
    block = submission.sections[where[0]].blocks[where[1]]
    if isinstance(block, ParagraphBlock):
        if block.local_text is not None:
            return block.local_text
        paragraph = library.get(block.paragraph_id)
        return paragraph.text_for(block.use_short) if paragraph else ""
    return block.text


def markdown_of(paragraphs: list[ViewParagraph]) -> str:
    return MarkdownWriter().block([(p.segments, p.prefix) for p in paragraphs])


def _block_item(
    mark: BlockMark,
    shape: Layout,
    submission: Submission,
    library: Library,
    now: dict[tuple[int, int], str],
    known_kind: bool,
    values: dict[str, Any],
) -> ReviewItem:
    final = shape.final_of(mark.name)
    original = shape.original_of(mark.name)
    reviewed_hash = fingerprint(
        [p.text for p in final], [t for p in final for t in footnote_texts(p.segments)]
    )
    deleted = not any(p.text.strip() for p in final)
    text_changed = not deleted and not same_text(mark.text_hash, reviewed_hash)
    moved = mark.name in shape.moved
    action = (
        ReviewKind.DELETED
        if deleted
        else ReviewKind.MOVED
        if moved
        else ReviewKind.CHANGED
        if text_changed
        else ReviewKind.UNCHANGED
    )
    where = locate(submission, mark, now, known_kind=known_kind)
    drafter_changed = where is None or not same_text(mark.text_hash, now.get(where, ""))
    current = current_markdown(submission, library, where) if where is not None else ""
    reviewed = "" if deleted else markdown_of(final)
    item = ReviewItem(
        key=mark.name,
        kind=action,
        action=action,
        mark=mark,
        location=where,
        exported=markdown_of(original),
        reviewed=reviewed,
        proposed=restore_placeholders(reviewed, current, values) if reviewed else "",
        current=current,
        text_changed=text_changed,
        drafter_changed=drafter_changed,
        place=shape.places.get(mark.name) if moved else None,
        comments=shape.comments_of(mark.name),
        details=shape.details.get(mark.name, []),
    )
    if action is not ReviewKind.UNCHANGED and drafter_changed:
        if where is None and action is ReviewKind.DELETED:
            item.details.append("the block is no longer in the submission")
        else:
            item.kind = ReviewKind.CONFLICT
            item.details.append(
                "the block is no longer in the submission"
                if where is None
                else "the block was changed in the submission since the export"
            )
    return item


def restore_placeholders(reviewed: str, source: str, values: dict[str, Any]) -> str:
    """Put ``{{ name }}`` back where the reviewer's text shows the value it was filled with.

    Only for placeholders the block's own text used, and only when that value does not also
    stand in the text literally (then the two cannot be told apart).
    """
    try:
        parts = split_placeholders(source)
    except PlaceholderError:
        return reviewed
    literal = "".join(p.text for p in parts if not p.path)
    found: list[tuple[str, str]] = []
    for name, path in {p.name: p.path for p in parts if p.path}.items():
        value = lookup(values, path).strip()
        if value and value not in literal:
            found.append((escape(value), name))
    for value, name in sorted(found, key=lambda pair: -len(pair[0])):
        reviewed = reviewed.replace(value, "{{ " + name + " }}")
    return reviewed


def _added_items(reviewed: ReviewedDocument, shape: Layout, plan: ReviewPlan) -> None:
    template = reviewed.export.template_text if reviewed.export else None
    if template is None:
        plan.warnings.append(
            "without the export's list of its own paragraphs, new paragraphs typed outside "
            "the blocks are found only where changes were tracked"
        )
    for number, run in enumerate(shape.loose_runs(template), start=1):
        if run.added:
            plan.items.append(
                ReviewItem(
                    key=f"added-{number}",
                    kind=ReviewKind.ADDED,
                    action=ReviewKind.ADDED,
                    reviewed=markdown_of(run.paragraphs),
                    proposed=markdown_of(run.paragraphs),
                    text_changed=True,
                    place=run.place,
                    comments=run.comments,
                    details=[f"{len(run.paragraphs)} new paragraph(s)"],
                )
            )
        else:
            plan.items.append(
                ReviewItem(
                    key=f"outside-{number}",
                    kind=ReviewKind.OUTSIDE,
                    action=ReviewKind.OUTSIDE,
                    exported=markdown_of(run.originals),
                    reviewed=markdown_of(run.paragraphs),
                    place=run.place,
                    comments=run.comments,
                    details=[
                        "the template's own text (a heading or question) was edited; "
                        "change it in the submission's details instead"
                    ],
                )
            )


def _place_stray_comments(reviewed: ReviewedDocument, shape: Layout, plan: ReviewPlan) -> None:
    """Comments on text that is no block's (a heading, a question) go to the nearest block."""
    taken = {c.id for item in plan.items for c in item.comments}
    by_key = {item.key: item for item in plan.items if item.location is not None}
    for comment, near in shape.stray_comments():
        if comment.id in taken:
            continue
        target = next((by_key[name] for name in near if name in by_key), None)
        if target is None:
            plan.warnings.append(
                f"comment by {comment.author or 'someone'} ({comment.text[:40]}) has no block "
                "to go to"
            )
            continue
        target.comments.append(comment)
        target.details.append(f"comment on nearby text “{comment.anchor}” added here")


__all__ = [
    "Decision",
    "ReviewItem",
    "ReviewKind",
    "ReviewPlan",
    "accept_all",
    "plan_review",
]
