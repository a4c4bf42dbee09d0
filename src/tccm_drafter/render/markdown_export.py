"""Markdown from the document model (for pandoc, wikis and review by email)."""

from __future__ import annotations

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
    Role,
    Text,
)
from tccm_drafter.render.links import is_safe_link

_ESCAPE = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>"})


def _escape(text: str) -> str:
    return text.translate(_ESCAPE)


def _escape_start(line: str) -> str:
    """Keep a paragraph that starts like a heading, quote or list item a paragraph."""
    stripped = line.lstrip()
    if stripped[:1] in ("#", ">", "-", "+", "=", "|"):
        return line.replace(stripped[0], "\\" + stripped[0], 1)
    head = stripped.split(".", 1)[0].split(")", 1)[0]
    if head.isdigit() and len(stripped) > len(head) and stripped[len(head)] in ".)":
        index = line.index(head) + len(head)
        return line[:index] + "\\" + line[index:]
    return line


def inline_markdown(inlines: list[Inline] | tuple[Inline, ...], notes: list[FootnoteRef]) -> str:
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            text = _escape(node.text)
            if node.code:
                text = "`" + node.text.replace("`", "'") + "`"
            else:
                core = text.strip()
                if core and (node.bold or node.italic):
                    mark = (
                        "**" if node.bold and not node.italic else ("_" if not node.bold else "***")
                    )
                    lead = text[: len(text) - len(text.lstrip())]
                    trail = text[len(text.rstrip()) :]
                    text = f"{lead}{mark}{core}{mark}{trail}"
            parts.append(text)
        elif isinstance(node, Link):
            inner = inline_markdown(node.children, notes)
            # Only safe targets (render/links.py) stay links; they hold no "<", ">" or spaces.
            parts.append(f"[{inner}](<{node.target}>)" if is_safe_link(node.target) else inner)
        elif isinstance(node, FootnoteRef):
            notes.append(node)
            parts.append(f"[^{node.number}]")
        elif isinstance(node, Placeholder):
            parts.append("{{ " + node.name + " }}")
        elif isinstance(node, LineBreak):
            parts.append("\\\n")
    return "".join(parts)


def _block(node: BlockNode, notes: list[FootnoteRef]) -> str:
    if isinstance(node, Heading):
        return "#" * (node.level + 1) + " " + inline_markdown(node.inlines, notes)
    if isinstance(node, Paragraph):
        text = _escape_start(inline_markdown(node.inlines, notes))
        if node.role is Role.TITLE:
            return "# " + text
        if node.role is Role.QUESTION:
            return "> " + text.replace("\n", "\n> ")
        if node.role is Role.SUBTITLE:
            return f"**{text}**" if text else text
        if node.number is not None:
            return f"{node.number}\\. {text}"
        return text
    lines: list[str] = []
    for position, item in enumerate(node.items, start=node.start):
        marker = f"{position}. " if node.ordered else "- "
        for index, child in enumerate(item.blocks):
            body = _block(child, notes)
            pad = " " * len(marker)
            lines.append((marker if index == 0 else pad) + body.replace("\n", "\n" + pad))
    return "\n".join(lines)


def to_markdown(doc: Document) -> str:
    notes: list[FootnoteRef] = []
    chunks = [_block(node, notes) for node in doc.blocks]
    text = "\n\n".join(chunk for chunk in chunks if chunk.strip())
    if notes:
        text += "\n\n" + "\n".join(
            f"[^{note.number}]: {inline_markdown(note.content, [])}" for note in notes
        )
    return text + "\n"
