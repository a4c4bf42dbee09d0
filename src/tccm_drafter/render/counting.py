"""The one rule for the text a word or character limit applies to.

A limit counts the answer as a reader of the Word file sees it, as Word's own word count does:

- the text of the answer's paragraphs and list items, each on its own line;
- the text of its footnotes (Word counts footnotes by default, and a web form receives them
  with the answer);
- not the automatic paragraph numbers, list bullets or numbers, or footnote reference marks;
- an unfilled placeholder counts as its name: one word until it is filled.

The outline, Copy Section, the checks and the plain-text export all count through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from tccm_drafter.model.counting import Counts, total
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Placeholder,
    Text,
)


def _inline_text(inlines: Iterable[Inline], notes: list[tuple[Inline, ...]]) -> str:
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, Link):
            parts.append(_inline_text(node.children, notes))
        elif isinstance(node, Placeholder):
            parts.append(node.name)
        elif isinstance(node, LineBreak):
            parts.append("\n")
        elif isinstance(node, FootnoteRef):
            notes.append(node.content)
    return "".join(parts)


def countable_lines(nodes: Iterable[BlockNode]) -> list[str]:
    """The lines a limit counts, from some block nodes (paragraphs first, then footnotes)."""
    lines: list[str] = []
    notes: list[tuple[Inline, ...]] = []

    def walk(node: BlockNode) -> None:
        if isinstance(node, ListBlock):
            for item in node.items:
                for child in item.blocks:
                    walk(child)
        else:
            lines.append(_inline_text(node.inlines, notes))

    for node in nodes:
        walk(node)
    for content in notes:
        lines.append(_inline_text(content, []))
    return lines


def count_nodes(nodes: Iterable[BlockNode]) -> Counts:
    return Counts.of(countable_lines(nodes))


def answer_nodes(doc: Document, section: int) -> list[BlockNode]:
    """The nodes of one section's answer: its blocks' content, not the template's text."""
    return [n for n in doc.blocks if n.origin.section == section and n.origin.block is not None]


def section_counts(doc: Document, section: int) -> Counts:
    """Words and characters of one section's answer.

    The renderer records them while rendering (before footnotes are turned into a list of
    references, which would otherwise leave marks in the text); a document built another
    way is counted from its nodes.
    """
    if section < len(doc.sections) and doc.sections[section].counts is not None:
        counted = doc.sections[section].counts
        assert counted is not None
        return counted
    return count_nodes(answer_nodes(doc, section))


def document_counts(doc: Document) -> Counts:
    """The whole submission's answers together (for a limit on the whole submission)."""
    return total(section_counts(doc, s) for s in range(len(doc.sections)))


def count_markdown(text: str) -> Counts:
    """A paragraph's own Markdown counted by the same rule (its placeholders unfilled), as
    the paragraph editor shows it."""
    from tccm_drafter.errors import InputError
    from tccm_drafter.render.markdown_parse import parse_markdown
    from tccm_drafter.render.placeholders import fill

    try:
        markdown, _missing = fill(text, {})
    except InputError:  # not valid placeholder syntax: count the text as typed
        markdown = text
    return count_nodes(parse_markdown(markdown))
