"""Putting a rendered document together: block content spliced into the template's output,
footnotes numbered through the document, paragraphs numbered, footnotes turned into a list of
references where a consultation forbids them.

Every function here takes nodes that the caller owns (fresh copies), so cached nodes are never
changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Heading,
    Inline,
    ListBlock,
    Origin,
    Paragraph,
    Role,
    Text,
)
from tccm_drafter.render.references import mark_gap, place_references


def fresh(node: BlockNode) -> BlockNode:
    """A copy of a node that numbering and stamping may change (inline nodes are immutable,
    and the inline list is shared until a step replaces it)."""
    if isinstance(node, ListBlock):
        return replace(
            node,
            items=[
                replace(item, blocks=[fresh_child(child) for child in item.blocks])
                for item in node.items
            ],
        )
    # Paragraphs and headings: a plain shallow copy, far cheaper than dataclasses.replace.
    twin = object.__new__(type(node))
    twin.__dict__.update(node.__dict__)
    return twin


def fresh_child(node: Paragraph | ListBlock) -> Paragraph | ListBlock:
    copied = fresh(node)
    assert isinstance(copied, Paragraph | ListBlock)
    return copied


def stamp(node: BlockNode, origin: Origin, language: str | None, rtl: bool) -> None:
    """Mark a block's node (and a list's paragraphs) with where it came from and its language."""
    node.origin = origin
    if isinstance(node, Paragraph):
        node.language = language
        node.rtl = rtl
    elif isinstance(node, ListBlock):
        for item in node.items:
            for child in item.blocks:
                stamp(child, origin, language, rtl)


def only_text(node: BlockNode) -> str | None:
    """The text of a paragraph that is nothing but plain text (a block marker), else None."""
    if isinstance(node, Paragraph) and len(node.inlines) == 1 and isinstance(node.inlines[0], Text):
        return node.inlines[0].text.strip()
    return None


def split_inline_markers(
    node: Paragraph,
    take: Callable[[str], list[BlockNode]],
    marker_open: str,
    marker_close: str,
) -> list[BlockNode]:
    """A block marker printed inside other text: the block's content follows that paragraph."""
    extra: list[BlockNode] = []
    inlines: list[Inline] = []
    for inline in node.inlines:
        if isinstance(inline, Text) and marker_open in inline.text:
            text = inline.text
            start = text.find(marker_open)
            while start >= 0:
                end = text.find(marker_close, start)
                if end < 0:
                    break
                key = text[start : end + 1]
                extra.extend(take(key))
                text = text[:start] + text[end + 1 :]
                start = text.find(marker_open, start)
            inline = replace(inline, text=text)
        inlines.append(inline)
    node.inlines = inlines
    return [node, *extra]


def walk_paragraphs(blocks: list[BlockNode]) -> list[Paragraph | Heading]:
    out: list[Paragraph | Heading] = []
    for node in blocks:
        if isinstance(node, ListBlock):
            for item in node.items:
                out.extend(walk_paragraphs(list(item.blocks)))
        else:
            out.append(node)
    return out


def number_footnotes(blocks: list[BlockNode], first: int = 1) -> int:
    """Number the footnotes from ``first`` on, in reading order; returns how many there are."""
    number = first - 1
    for node in walk_paragraphs(blocks):
        if not any(isinstance(inline, FootnoteRef) for inline in node.inlines):
            continue
        new: list[Inline] = []
        for inline in node.inlines:
            if isinstance(inline, FootnoteRef):
                number += 1
                inline = FootnoteRef(number, inline.content)
            new.append(inline)
        node.inlines = new
    return number - first + 1


def footnote_refs(blocks: list[BlockNode]) -> list[FootnoteRef]:
    """The footnote marks of some nodes, in reading order (list items included)."""
    return [
        i for node in walk_paragraphs(blocks) for i in node.inlines if isinstance(i, FootnoteRef)
    ]


def number_paragraphs(blocks: list[BlockNode], *, per_section: bool) -> None:
    """Number the body paragraphs that come from blocks (not the template's own text)."""
    number = 0
    section: int | None = None
    for node in blocks:
        if not (
            isinstance(node, Paragraph) and node.role is Role.BODY and node.origin.block is not None
        ):
            continue
        if per_section and node.origin.section != section:
            number = 0
        section = node.origin.section
        number += 1
        node.number = number
        node.restart_numbering = number == 1


def _without_final_stop(content: tuple[Inline, ...]) -> list[Inline]:
    """ "(Tunis Agenda, paragraph 72)" rather than "(Tunis Agenda, paragraph 72.)"."""
    nodes = list(content)
    if nodes and isinstance(nodes[-1], Text) and nodes[-1].text.rstrip().endswith("."):
        nodes[-1] = replace(nodes[-1], text=nodes[-1].text.rstrip()[:-1])
    return nodes


def replace_footnotes(
    document: Document, fallback: str, references_at: int | None, heading: str = "References"
) -> None:
    """Footnotes become text in brackets ("inline") or numbered references ("references"),
    placed where the template printed ``{{ references }}`` (or at the end), under ``heading``
    (see :mod:`.references`)."""
    references: list[Paragraph] = []
    for node in walk_paragraphs(document.blocks):
        if not any(isinstance(inline, FootnoteRef) for inline in node.inlines):
            continue
        new: list[Inline] = []
        for inline in node.inlines:
            if not isinstance(inline, FootnoteRef):
                new.append(inline)
            elif fallback == "inline":
                new.extend([Text(" ("), *_without_final_stop(inline.content), Text(")")])
            else:
                new.append(Text(f"{mark_gap(new)}[{inline.number}]"))
                references.append(
                    Paragraph(
                        [Text(f"[{inline.number}] "), *inline.content],
                        role=Role.REFERENCE,
                        # Not part of the answer's text (block None), but still points at it.
                        origin=Origin(node.origin.section, None, node.origin.paragraph_id),
                    )
                )
        node.inlines = new
    place_references(document.blocks, references, references_at, heading)
