"""Apply the decisions taken on a review plan, as block operations that can be undone.

``apply_review(submission, library, plan, decisions)`` never changes ``submission``; it
returns a :class:`ReviewOutcome` with the new submission and the list of
:class:`BlockChange` it made, in order. ``revert_review(outcome.submission, outcome.changes)``
gives the submission back as it was, so an undo stack can hold one review as one step.

- An accepted change of a paragraph block becomes its local edit (``local_text``), so "save
  my edit back to the library" works on it; of a free-text block, its new text.
- Comments become notes on their block (once: importing the same file again adds no copy).
- A deleted block is removed; a moved block is removed and inserted at its new place; new
  paragraphs become a free-text block where the reviewer typed them.
- Placeholders: where the block's text had ``{{ org.name }}`` and the reviewer's text still
  shows that value, the placeholder is put back.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from tccm_drafter.errors import InputError
from tccm_drafter.model import Block, Library, Note, Submission, TextBlock
from tccm_drafter.sharing.review import Decision, ReviewItem, ReviewKind, ReviewPlan
from tccm_drafter.sharing.review_layout import Place
from tccm_drafter.storage.review_comments import ReviewComment


@dataclass(frozen=True)
class BlockChange:
    """One operation on ``sections[section].blocks`` at ``index``: what was there, what is."""

    op: Literal["replace", "insert", "remove"]
    section: int
    index: int
    old: Block | None = None
    new: Block | None = None
    item: str = ""  # the plan item's key


@dataclass
class ReviewOutcome:
    submission: Submission
    changes: list[BlockChange] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)  # keys of the items taken


def apply_review(
    submission: Submission,
    library: Library,
    plan: ReviewPlan,
    decisions: dict[str, Decision],
    *,
    today: date,
) -> ReviewOutcome:
    """The submission with the decided items applied. Items without a decision are left."""
    work = copy.deepcopy(submission)
    outcome = ReviewOutcome(work)
    # Blocks are followed by identity: indices shift as blocks are removed and inserted.
    blocks: dict[str, Block] = {}
    for item in plan.items:
        if item.location is not None and item.mark is not None:
            s, b = item.location
            found = work.sections[s].blocks[b] if _has(work, s, b) else None
            expected = item.mark.paragraph_id
            if found is None or getattr(found, "paragraph_id", None) != expected:
                raise InputError(
                    "the submission changed since the review was compared with it; compare again",
                    path=Path(plan.source_name),
                )
            blocks[item.key] = found
    chosen = [
        (item, decisions[item.key])
        for item in plan.items
        if decisions.get(item.key) in (Decision.ACCEPT, Decision.NOTES_ONLY)
    ]
    # 1. text and notes, in place
    for item, decision in chosen:
        block = blocks.get(item.key)
        if block is None:
            continue
        take_text = decision is Decision.ACCEPT and item.text_changed and bool(item.reviewed)
        new = _revised(block, item, take_text, library)
        if new is not block:
            s, b = _index_of(work, block)
            work.sections[s].blocks[b] = new
            blocks[item.key] = new
            outcome.changes.append(BlockChange("replace", s, b, block, new, item.key))
        outcome.applied.append(item.key)
    accepted = [item for item, decision in chosen if decision is Decision.ACCEPT]
    # 2. deletions
    for item in accepted:
        if item.action is ReviewKind.DELETED and item.key in blocks:
            _remove(work, blocks.pop(item.key), item.key, outcome)
    # 3. moves
    for item in accepted:
        if item.action is ReviewKind.MOVED and item.key in blocks and item.place is not None:
            block = blocks[item.key]
            _remove(work, block, item.key, outcome)
            _insert(work, block, item.place, blocks, item.key, outcome)
    # 4. new text: paragraphs typed outside the blocks, and changed blocks the drafter removed
    for item in accepted:
        gone = item.mark is not None and item.location is None and bool(item.reviewed)
        if item.kind is ReviewKind.ADDED or (gone and item.action is not ReviewKind.DELETED):
            text_block = TextBlock(item.proposed, notes=_notes(item, []))
            place = item.place or Place()
            _insert(work, text_block, place, blocks, item.key, outcome)
            if item.key not in outcome.applied:
                outcome.applied.append(item.key)
    return outcome


def revert_review(submission: Submission, changes: list[BlockChange]) -> Submission:
    """The submission before ``changes`` (from :func:`apply_review`); the input is kept."""
    work = copy.deepcopy(submission)
    for change in reversed(changes):
        blocks = work.sections[change.section].blocks
        if change.op == "replace":
            assert change.old is not None
            blocks[change.index] = copy.deepcopy(change.old)
        elif change.op == "insert":
            del blocks[change.index]
        else:
            assert change.old is not None
            blocks.insert(change.index, copy.deepcopy(change.old))
    return work


def _revised(block: Block, item: ReviewItem, take_text: bool, library: Library) -> Block:
    notes = _notes(item, block.notes)
    if not take_text and len(notes) == len(block.notes):
        return block
    if isinstance(block, TextBlock):
        return replace(block, text=item.proposed if take_text else block.text, notes=notes)
    local = block.local_text
    if take_text:
        local = item.proposed
        paragraph = library.get(block.paragraph_id)
        if paragraph is not None and local.strip() == paragraph.text_for(block.use_short).strip():
            local = None
    return replace(block, local_text=local, notes=notes)


def _notes(item: ReviewItem, existing: list[Note]) -> list[Note]:
    """The block's notes with the item's comment threads added, each once: a thread already
    noted (from an earlier import of the same file) is not added again."""
    notes = list(existing)
    have = Counter((n.text, n.author, n.date) for n in notes)
    for comment in item.comments:
        text = note_text(comment)
        key = (text, comment.author, comment.date)
        if have[key]:
            have[key] -= 1
            continue
        notes.append(Note(text, comment.author, comment.date, comment.resolved))
    return notes


def note_text(comment: ReviewComment) -> str:
    """A comment thread as one note: the comment, what it was on, then each reply."""
    text = comment.text or "(a comment with no text)"
    if comment.anchor and comment.anchor not in text:
        text = f"{text}\n(on “{comment.anchor}”)"
    for reply in comment.replies:
        when = f" ({reply.date:%Y-%m-%d})" if reply.date else ""
        answer = reply.text or "(no text)"
        text += f"\n— reply by {reply.author or 'someone'}{when}: {answer}"
    return text


def _has(work: Submission, section: int, block: int) -> bool:
    return section < len(work.sections) and block < len(work.sections[section].blocks)


def _index_of(work: Submission, block: Block) -> tuple[int, int]:
    for s, section in enumerate(work.sections):
        for b, candidate in enumerate(section.blocks):
            if candidate is block:
                return s, b
    raise LookupError("block not in the submission")


def _remove(work: Submission, block: Block, key: str, outcome: ReviewOutcome) -> None:
    s, b = _index_of(work, block)
    del work.sections[s].blocks[b]
    outcome.changes.append(BlockChange("remove", s, b, block, None, key))


def _insert(
    work: Submission,
    block: Block,
    place: Place,
    blocks: dict[str, Block],
    key: str,
    outcome: ReviewOutcome,
) -> None:
    s, b = _position(work, place, blocks)
    work.sections[s].blocks.insert(b, block)
    outcome.changes.append(BlockChange("insert", s, b, None, block, key))


def _position(work: Submission, place: Place, blocks: dict[str, Block]) -> tuple[int, int]:
    """Where ``place`` is now: after the nearest block before it that is still there, or
    before the nearest one after it (first, when a heading stands in between)."""

    def present(names: tuple[str, ...]) -> tuple[int, int] | None:
        for name in names:
            block = blocks.get(name)
            if block is not None:
                try:
                    return _index_of(work, block)
                except LookupError:
                    continue
        return None

    after = present(place.following)
    before = present(place.preceding)
    if place.heading_before and after is not None:
        return after
    if before is not None:
        return before[0], before[1] + 1
    if after is not None:
        return after
    if not work.sections:
        raise LookupError("the submission has no section to put text in")
    return len(work.sections) - 1, len(work.sections[-1].blocks)
