"""Plain text for pasting into consultation web forms: no markup, counts per section."""

from __future__ import annotations

from tccm_drafter.render.counting import answer_nodes, section_counts
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Placeholder,
    Text,
)


def inline_text(inlines: list[Inline] | tuple[Inline, ...]) -> str:
    """What a reader sees; links keep their address, footnotes become [n]."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, Link):
            label = inline_text(node.children)
            parts.append(
                label if label.strip() in (node.target, "") else f"{label} ({node.target})"
            )
        elif isinstance(node, FootnoteRef):
            parts.append(f"[{node.number}]")
        elif isinstance(node, Placeholder):
            parts.append("{{ " + node.name + " }}")
        elif isinstance(node, LineBreak):
            parts.append("\n")
    return "".join(parts)


def _block_lines(node: BlockNode, depth: int = 0) -> list[str]:
    if isinstance(node, Heading):
        return [inline_text(node.inlines)]
    if isinstance(node, Paragraph):
        text = inline_text(node.inlines)
        return [f"{node.number}. {text}" if node.number is not None else text]
    lines: list[str] = []
    for position, item in enumerate(node.items, start=node.start):
        marker = f"{position}." if node.ordered else "-"
        for index, child in enumerate(item.blocks):
            for line in _block_lines(child, depth + 1):
                prefix = "  " * depth + (marker + " " if index == 0 else "  ")
                lines.append(prefix + line)
                marker = " " * len(marker)
    return ["\n".join(lines)]


def _footnotes(blocks: list[BlockNode]) -> list[FootnoteRef]:
    found: list[FootnoteRef] = []

    def walk(node: BlockNode) -> None:
        if isinstance(node, ListBlock):
            for item in node.items:
                for child in item.blocks:
                    walk(child)
        else:
            found.extend(i for i in node.inlines if isinstance(i, FootnoteRef))

    for block in blocks:
        walk(block)
    return found


def answer_text(doc: Document, section: int) -> str:
    """The text of one section's answer (its blocks only), as a web form receives it."""
    chunks: list[str] = []
    nodes = answer_nodes(doc, section)
    for node in nodes:
        chunks.extend(_block_lines(node))
    notes = _footnotes(nodes)
    if notes:
        chunks.append("\n".join(f"[{n.number}] {inline_text(n.content)}" for n in notes))
    return "\n\n".join(chunks)


def count_line(doc: Document, section: int) -> str:
    """ "[Words: 212 / 250 · Characters: 1,480 / 1,500]" for a section's answer."""
    summary = doc.sections[section] if section < len(doc.sections) else None
    counts = section_counts(doc, section)
    words, chars = counts.words, counts.characters
    word_part = f"Words: {words:,}" + (
        f" / {summary.word_limit:,}" if summary and summary.word_limit else ""
    )
    char_part = f"Characters: {chars:,}" + (
        f" / {summary.char_limit:,}" if summary and summary.char_limit else ""
    )
    return f"[{word_part} · {char_part}]"


def to_plain_text(doc: Document) -> str:
    """The whole document; after each section's answer a line with its counts."""
    chunks: list[str] = []
    current: int | None = None

    def close_section() -> None:
        if current is not None and current < len(doc.sections):
            chunks.append(count_line(doc, current))

    for node in doc.blocks:
        section = node.origin.section if node.origin.block is not None else None
        if section != current:
            close_section()
            current = section
        chunks.extend(_block_lines(node))
    close_section()
    notes = _footnotes(doc.blocks)
    if notes:
        chunks.append("Notes")
        chunks.extend(f"[{n.number}] {inline_text(n.content)}" for n in notes)
    return "\n\n".join(chunk for chunk in chunks if chunk.strip()) + "\n"
