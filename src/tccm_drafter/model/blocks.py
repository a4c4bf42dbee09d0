"""The drafting rules of a block, in one place: what it prints, what a user needs to know
about it, and how typing, reverting and taking the library's version change it.

Blocks are treated as values: every rule returns a new block and never changes the one it was
given, so a render running in the background can keep reading the old one safely.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from enum import StrEnum

from tccm_drafter.model.library import Entry, Library
from tccm_drafter.model.paragraph import Paragraph
from tccm_drafter.model.submission import Block, ParagraphBlock, TextBlock


class Marker(StrEnum):
    """What the outline, the editor and the checks say about a block."""

    FREE_TEXT = "free text"
    EDITED = "edited"
    NEWER = "newer"
    RETIRED = "retired"
    SUPERSEDED = "superseded"
    SHORT = "short"
    MISSING = "missing"
    #: A translation whose source changed since it was made.
    STALE_TRANSLATION = "stale translation"
    #: The paragraph's review date has come: check it still holds.
    REVIEW_DUE = "review due"


def paragraph_markers(
    paragraph: Paragraph | Entry, library: Library, today: date | None
) -> list[Marker]:
    """What a user needs to know about a library paragraph besides its status: superseded or
    retired, a stale translation, a review date that has come (not checked when ``today`` is
    None). The one rule for the library list, the paragraph view, the outline and the CLI."""
    found: list[Marker] = []
    if paragraph.superseded_by:
        found.append(Marker.SUPERSEDED)
    elif paragraph.is_retired:
        found.append(Marker.RETIRED)
    if paragraph.translation_of and library.is_stale(paragraph.id):
        found.append(Marker.STALE_TRANSLATION)
    if today is not None and paragraph.review_due(today):
        found.append(Marker.REVIEW_DUE)
    return found


def block_from_paragraph(paragraph: Paragraph, *, use_short: bool = False) -> ParagraphBlock:
    """A block that prints the paragraph as the library has it now."""
    return ParagraphBlock(
        paragraph_id=paragraph.id,
        version=paragraph.version,
        base_hash=paragraph.content_hash(),
        use_short=use_short,
    )


def repointed(block: ParagraphBlock, paragraph: Paragraph) -> ParagraphBlock:
    """The same block (its notes and its short-variant choice stay) printing ``paragraph`` as
    the library has it now, without a local edit."""
    return replace(
        block,
        paragraph_id=paragraph.id,
        version=paragraph.version,
        base_hash=paragraph.content_hash(),
        local_text=None,
    )


def block_source(block: Block, library: Library) -> str:
    """The Markdown a block prints: free text, the user's local edit, or the library's text
    (its short variant when chosen). "" when the paragraph is in no library."""
    if isinstance(block, TextBlock):
        return block.text
    if block.local_text is not None:
        return block.local_text
    paragraph = library.get(block.paragraph_id)
    return paragraph.text_for(block.use_short) if paragraph is not None else ""


_PLACEHOLDER = re.compile(r"\{\{.*?\}\}", re.DOTALL)


def is_blank(text: str) -> bool:
    """Nothing of its own to read: empty, or only placeholders, spaces and marks ("{{ org.name
    }}", "- ", "**")."""
    return not any(ch.isalnum() for ch in _PLACEHOLDER.sub("", text))


def has_update(block: ParagraphBlock, paragraph: Paragraph) -> bool:
    """True when the library's paragraph changed since the block took it."""
    return paragraph.version > block.version or (
        bool(block.base_hash) and not paragraph.is_revision(block.base_hash)
    )


def markers(block: Block, library: Library, today: date | None) -> list[Marker]:
    """Everything a user needs to know about a block, in the order the outline shows it
    (review dates are checked against ``today``; not when it is None)."""
    if isinstance(block, TextBlock):
        return [Marker.FREE_TEXT]
    paragraph = library.get(block.paragraph_id)
    if paragraph is None:
        return [Marker.MISSING]
    found: list[Marker] = []
    if block.is_edited:
        found.append(Marker.EDITED)
    if has_update(block, paragraph):
        found.append(Marker.NEWER)
    about = paragraph_markers(paragraph, library, today)
    outdated = {Marker.SUPERSEDED, Marker.RETIRED}
    found += [m for m in about if m in outdated]
    if block.use_short:
        found.append(Marker.SHORT)
    return found + [m for m in about if m not in outdated]


def with_text(block: Block, text: str, library: Library) -> Block:
    """The block after the user typed ``text`` into it.

    Free text simply changes. A library paragraph gets a local edit; typing it back to the
    library's wording drops the edit again, so the block follows the library once more.
    """
    if isinstance(block, TextBlock):
        return replace(block, text=text)
    paragraph = library.get(block.paragraph_id)
    original = paragraph.text_for(block.use_short) if paragraph is not None else None
    return replace(block, local_text=None if text == original else text)


def reverted(block: Block) -> Block:
    """The block without its local edit: it prints the library text again."""
    return replace(block, local_text=None) if isinstance(block, ParagraphBlock) else block


def with_short(block: Block, use_short: bool, *, drop_edit: bool = False) -> Block:
    """The block printing the library's short variant (or full text). A tailored block prints
    its own wording whichever is chosen: ``drop_edit`` replaces that wording too."""
    if not isinstance(block, ParagraphBlock):
        return block
    return replace(block, use_short=use_short, local_text=None if drop_edit else block.local_text)


def latest(block: Block, library: Library) -> Block:
    """The library's current revision of the block's paragraph, following "superseded by"
    to its successor; the local edit is dropped, the short-variant choice kept."""
    if not isinstance(block, ParagraphBlock):
        return block
    newest = library.latest(block.paragraph_id)
    if newest is None:
        return block
    # replace() keeps whatever else the block carries (notes, for instance).
    return replace(
        block,
        paragraph_id=newest.id,
        version=newest.version,
        base_hash=newest.content_hash(),
        local_text=None,
        use_short=block.use_short and bool(newest.short.strip()),
    )
