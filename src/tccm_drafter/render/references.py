"""Where the references list goes when a consultation forbids footnotes.

The one rule, applied by the pipeline (``assembly.replace_footnotes``) before any exporter runs,
so Word, Markdown, plain text and the preview all show the same thing: the list gets a heading
in the document's language, at the level of the document's own top headings, so it reads as a
part of the document of its own and never as the end of the last answer. A template that
prints its own heading right above ``{{ references }}`` keeps it and gets no second one.
"""

from __future__ import annotations

from unicodedata import east_asian_width

from tccm_drafter.render.document import BlockNode, Heading, Inline, Origin, Paragraph, Text

#: Heading level used when the document has no headings of its own.
DEFAULT_LEVEL = 2


def references_heading_level(blocks: list[BlockNode]) -> int:
    """The level of the document's top headings (1 for "# 1. Question", 2 for "## Title")."""
    levels = [node.level for node in blocks if isinstance(node, Heading)]
    return min(levels) if levels else DEFAULT_LEVEL


def place_references(
    blocks: list[BlockNode], references: list[Paragraph], at: int | None, heading: str
) -> None:
    """Insert ``references`` at index ``at`` of ``blocks`` (at the end when None), under
    ``heading`` unless the template already put a heading right there."""
    if not references:
        return
    title = Heading(references_heading_level(blocks), [Text(heading)], origin=Origin())
    if at is None:
        blocks.extend([title, *references])
        return
    own_heading = at > 0 and isinstance(blocks[at - 1], Heading)
    blocks[at:at] = references if own_heading else [title, *references]


def mark_gap(before: list[Inline]) -> str:
    """A space before a reference mark " [1]", but none after Chinese or Japanese text, which
    sets no spaces between words."""
    last = before[-1] if before else None
    if isinstance(last, Text) and last.text and east_asian_width(last.text[-1]) in ("W", "F"):
        return ""
    return " "


__all__ = ["mark_gap", "place_references", "references_heading_level"]
