"""Plain text for pasting into consultation web forms: no markup, counts per section.

Each section's answer is followed by its own notes (numbered from 1 in that answer), so an
answer pasted into a form keeps its sources; the count lines can be left out.
"""

from __future__ import annotations

from collections.abc import Mapping

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


def inline_text(
    inlines: list[Inline] | tuple[Inline, ...], numbers: Mapping[int, int] | None = None
) -> str:
    """What a reader sees; links keep their address, footnotes become [n] (``numbers``: the
    document's footnote number -> the one to print)."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, Link):
            label = inline_text(node.children, numbers)
            parts.append(
                label if label.strip() in (node.target, "") else f"{label} ({node.target})"
            )
        elif isinstance(node, FootnoteRef):
            parts.append(f"[{(numbers or {}).get(node.number, node.number)}]")
        elif isinstance(node, Placeholder):
            parts.append("{{ " + node.name + " }}")
        elif isinstance(node, LineBreak):
            parts.append("\n")
    return "".join(parts)


def _block_lines(
    node: BlockNode, depth: int = 0, numbers: Mapping[int, int] | None = None
) -> list[str]:
    if isinstance(node, Heading):
        return [inline_text(node.inlines, numbers)]
    if isinstance(node, Paragraph):
        text = inline_text(node.inlines, numbers)
        return [f"{node.number}. {text}" if node.number is not None else text]
    lines: list[str] = []
    for position, item in enumerate(node.items, start=node.start):
        marker = f"{position}." if node.ordered else "-"
        for index, child in enumerate(item.blocks):
            for line in _block_lines(child, depth + 1, numbers):
                prefix = "  " * depth + (marker + " " if index == 0 else "  ")
                lines.append(prefix + line)
                marker = " " * len(marker)
    return ["\n".join(lines)]


def answer_text(doc: Document, section: int, labels: dict[str, Label] | None = None) -> str:
    """The text of one section's answer (its blocks only), as a web form receives it: the
    paragraphs, then under "Notes" (in the document's language) the answer's own footnotes,
    numbered from 1 in this answer."""
    nodes = answer_nodes(doc, section)
    notes = footnote_refs(nodes)
    numbers = {note.number: local for local, note in enumerate(notes, start=1)}
    chunks: list[str] = []
    for node in nodes:
        chunks.extend(_block_lines(node, numbers=numbers))
    if notes:
        labels = labels if labels is not None else document_labels(doc.meta.language)
        chunks.append(_notes_text(notes, labels, numbers))
    return "\n\n".join(chunks)


def _notes_text(
    notes: list[FootnoteRef], labels: dict[str, Label], numbers: Mapping[int, int]
) -> str:
    lines = [str(label(labels, "notes"))]
    lines.extend(
        f"[{numbers.get(n.number, n.number)}] {inline_text(n.content, numbers)}" for n in notes
    )
    return "\n".join(lines)


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


def to_plain_text(doc: Document, *, counts: bool = True) -> str:
    """The whole document. Each section's answer is :func:`answer_text` (its notes right after
    it), followed by a line with its counts unless ``counts`` is False; notes of the
    template's own text come at the end."""
    chunks: list[str] = []
    labels = document_labels(doc.meta.language)
    done: set[int] = set()
    outside: list[BlockNode] = []
    for node in doc.blocks:
        section = node.origin.section if node.origin.block is not None else None
        if section is None:
            outside.append(node)
            chunks.extend(_block_lines(node))
            continue
        if section in done:
            continue  # a template that splits an answer: it was printed whole
        done.add(section)
        chunks.append(answer_text(doc, section, labels))
        # An introduction or a closing is under no per-answer limit: no count line.
        if counts and section < len(doc.sections) and doc.sections[section].answer:
            chunks.append(count_line(doc, section, labels))
    notes = footnote_refs(outside)
    if notes:
        chunks.append(_notes_text(notes, labels, {}))
    return "\n\n".join(chunk for chunk in chunks if chunk.strip()) + "\n"
