"""Plain text for pasting into consultation web forms: no markup, counts per section."""

from __future__ import annotations

from tccm_drafter.render.assembly import footnote_refs
from tccm_drafter.render.counting import answer_nodes, section_counts
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Heading,
    Inline,
    LineBreak,
    Link,
    Paragraph,
    Placeholder,
    Text,
)
from tccm_drafter.render.i18n import Label, document_labels, fill_label, format_number, label


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


def answer_text(doc: Document, section: int) -> str:
    """The text of one section's answer (its blocks only), as a web form receives it."""
    chunks: list[str] = []
    nodes = answer_nodes(doc, section)
    for node in nodes:
        chunks.extend(_block_lines(node))
    notes = footnote_refs(nodes)
    if notes:
        chunks.append("\n".join(f"[{n.number}] {inline_text(n.content)}" for n in notes))
    return "\n\n".join(chunks)


def count_line(doc: Document, section: int, labels: dict[str, Label] | None = None) -> str:
    """ "[Words: 212 / 250 · Characters: 1,480 / 1,500]" for a section's answer, in the
    document's language ("[Mots : 212 / 250 · Caractères : 1 480 / 1 500]")."""
    language = doc.meta.language
    labels = labels if labels is not None else document_labels(language)
    summary = doc.sections[section] if section < len(doc.sections) else None
    counts = section_counts(doc, section)

    def counted(value: int, limit: int | None) -> str:
        shown = format_number(value, language)
        return f"{shown} / {format_number(limit, language)}" if limit else shown

    word_part = fill_label(
        label(labels, "word_count"),
        counted(counts.words, summary.word_limit if summary else None),
    )
    char_part = fill_label(
        label(labels, "char_count"),
        counted(counts.characters, summary.char_limit if summary else None),
    )
    return f"[{word_part} · {char_part}]"


def to_plain_text(doc: Document) -> str:
    """The whole document; after each section's answer a line with its counts."""
    chunks: list[str] = []
    current: int | None = None
    labels = document_labels(doc.meta.language)

    def close_section() -> None:
        if current is not None and current < len(doc.sections) and doc.sections[current].answer:
            chunks.append(count_line(doc, current, labels))

    for node in doc.blocks:
        section = node.origin.section if node.origin.block is not None else None
        if section != current:
            close_section()
            current = section
        chunks.extend(_block_lines(node))
    close_section()
    notes = footnote_refs(doc.blocks)
    if notes:
        chunks.append(label(labels, "notes"))
        chunks.extend(f"[{n.number}] {inline_text(n.content)}" for n in notes)
    return "\n\n".join(chunk for chunk in chunks if chunk.strip()) + "\n"
