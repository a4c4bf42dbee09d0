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

import difflib
from datetime import date
from typing import Any

from tccm_drafter.model import Library, ParagraphBlock, Submission, TextBlock
from tccm_drafter.model.review_marks import (
    BlockMark,
    fingerprint,
    normalise,
    same_text,
    styled_fingerprint,
)
from tccm_drafter.render.context import placeholder_values
from tccm_drafter.render.docx_review_marks import block_fingerprints
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review_items import (
    NOT_BROUGHT_BACK,
    Decision,
    ReviewItem,
    ReviewKind,
    ReviewPlan,
    accept_all,
)
from tccm_drafter.sharing.review_layout import Layout, Place, layout
from tccm_drafter.sharing.review_placeholders import restore_placeholders
from tccm_drafter.storage.review_docx import (
    ReviewComment,
    ReviewedDocument,
    ViewParagraph,
    block_markdown,
)
from tccm_drafter.storage.review_markdown import footnote_texts


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
    _added_items(reviewed, shape, plan, values)
    _place_stray_comments(reviewed, shape, plan)
    lost = sum(1 for item in plan.items for d in item.details if d.startswith(NOT_BROUGHT_BACK))
    if lost:
        plan.warnings.append(
            f"{lost} change{'' if lost == 1 else 's'} the import cannot bring back into the "
            "text (marked “not brought back” below): make them again in the app if they matter"
        )
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
    return block_markdown(paragraphs)


def _fingerprint(paragraphs: list[ViewParagraph]) -> str:
    return fingerprint(
        [p.text for p in paragraphs], [t for p in paragraphs for t in footnote_texts(p.segments)]
    )


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
    deleted = not any(p.text.strip() for p in final)
    reviewed = "" if deleted else markdown_of(final)
    exported = markdown_of(original)
    text_changed = not deleted and not same_text(mark.text_hash, _fingerprint(final))
    # Bold, italic, links, notes and headings: a tracked change shows between the two
    # readings, one made without tracking against what the export recorded.
    restyled = (
        not deleted
        and not text_changed
        and (
            normalise(reviewed) != normalise(exported)
            or (bool(mark.styled_hash) and styled_fingerprint(reviewed) != mark.styled_hash)
        )
    )
    moved = mark.name in shape.moved
    action = (
        ReviewKind.DELETED
        if deleted
        else ReviewKind.MOVED
        if moved
        else ReviewKind.CHANGED
        if text_changed or restyled
        else ReviewKind.UNCHANGED
    )
    where = locate(submission, mark, now, known_kind=known_kind)
    drafter_changed = where is None or not same_text(mark.text_hash, now.get(where, ""))
    current = current_markdown(submission, library, where) if where is not None else ""
    details = list(shape.details.get(mark.name, []))
    if restyled:
        details.append("formatting changed (bold, italic, links, notes or headings)")
    details.extend(r for p in final for r in p.remarks)
    item = ReviewItem(
        key=mark.name,
        kind=action,
        action=action,
        mark=mark,
        location=where,
        exported=exported,
        reviewed=reviewed,
        # The block's placeholders are known only while it is as exported.
        proposed=restore_placeholders(reviewed, current, values)
        if reviewed and not drafter_changed
        else reviewed,
        current=current,
        text_changed=text_changed or restyled,
        drafter_changed=drafter_changed,
        place=shape.places.get(mark.name) if moved else None,
        comments=shape.comments_of(mark.name),
        details=details,
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


def _added_items(
    reviewed: ReviewedDocument, shape: Layout, plan: ReviewPlan, values: dict[str, Any]
) -> None:
    template = reviewed.export.template_text if reviewed.export else None
    if template is None:
        plan.warnings.append(
            "without the export's list of its own paragraphs, new paragraphs typed outside "
            "the blocks are found only where changes were tracked"
        )
    for number, run in enumerate(shape.loose_runs(template), start=1):
        if run.added and _moved_here(plan, run.paragraphs, run.place, run.comments, values):
            continue
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
                    details=[
                        f"{len(run.paragraphs)} new paragraph"
                        + ("" if len(run.paragraphs) == 1 else "s"),
                        *(r for p in run.paragraphs for r in p.remarks),
                    ],
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


def _moved_here(
    plan: ReviewPlan,
    paragraphs: list[ViewParagraph],
    place: Place,
    comments: list[ReviewComment],
    values: dict[str, Any],
) -> bool:
    """A block read as deleted whose text stands here: moved, its bookmark left behind (cut
    and pasted without tracking). It keeps its place in the library; True when found."""
    text = markdown_of(paragraphs)
    for item in plan.items:
        if item.action is not ReviewKind.DELETED or item.mark is None:
            continue
        same = same_text(item.mark.text_hash, _fingerprint(paragraphs))
        known = item.current and not item.drafter_changed
        proposed = restore_placeholders(text, item.current, values) if known else text
        if not same and not _similar(proposed, item.current):
            continue
        item.action = ReviewKind.MOVED
        if item.kind is not ReviewKind.CONFLICT:
            item.kind = ReviewKind.MOVED
        item.reviewed, item.proposed, item.place = text, proposed, place
        item.text_changed = not same
        item.comments.extend(comments)
        item.details = [d for d in item.details if not d.startswith("paragraph deleted")]
        item.details.append("moved (its bookmark stayed at the old place)")
        return True
    return False


def _similar(new: str, old: str) -> bool:
    """Most words the same, in the same order (a moved block the reviewer also edited)."""
    a, b = old.split(), new.split()
    if not a or not b:
        return False
    return difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= 0.6


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
    taken = {c.id for item in plan.items for c in item.comments}
    for comment in reviewed.comments.values():
        if comment.id not in taken and comment.id not in shape.placed_comments():
            plan.warnings.append(
                f"comment by {comment.author or 'someone'} is attached to no text of the "
                f"document, so it goes to no block: “{comment.text or '(no text)'}”"
            )


__all__ = [
    "NOT_BROUGHT_BACK",
    "Decision",
    "ReviewItem",
    "ReviewKind",
    "ReviewPlan",
    "accept_all",
    "plan_review",
]
