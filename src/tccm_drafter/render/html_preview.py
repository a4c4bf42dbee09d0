"""HTML for the desktop preview (Qt's rich-text subset), from the same document model.

Every block carries an anchor ``b-<section>-<block>`` so the app can scroll to it; unfilled
placeholders are highlighted so they cannot be missed.
"""

from __future__ import annotations

from html import escape

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

_ROLE_STYLE = {
    Role.TITLE: "font-size:20pt; font-weight:600; margin-bottom:4px;",
    Role.SUBTITLE: "font-size:13pt; color:#3a4a5c; margin-bottom:6px;",
    Role.META: "color:#555555; margin:0;",
    Role.QUESTION: "font-style:italic; color:#23415f; background-color:#eef3f8; "
    "margin-top:6px; margin-bottom:8px;",
    Role.ADDRESSEE: "margin-top:10px; margin-bottom:10px;",
    Role.SIGNATURE: "margin-top:2px;",
    Role.SIGNATORY: "margin:0;",
    Role.REFERENCE: "font-size:9pt; color:#444444;",
    Role.NOTE: "font-size:9pt; color:#666666;",
    Role.BODY: "",
}

PLACEHOLDER_STYLE = "background-color:#ffe066; color:#5a3b00; font-weight:600;"


def _inlines(nodes: list[Inline] | tuple[Inline, ...], notes: list[FootnoteRef]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            text = escape(node.text)
            if node.code:
                text = f"<code>{text}</code>"
            if node.bold:
                text = f"<b>{text}</b>"
            if node.italic:
                text = f"<i>{text}</i>"
            out.append(text)
        elif isinstance(node, Link):
            out.append(
                f'<a href="{escape(node.target, quote=True)}">{_inlines(node.children, notes)}</a>'
            )
        elif isinstance(node, FootnoteRef):
            notes.append(node)
            out.append(f"<sup>{node.number}</sup>")
        elif isinstance(node, Placeholder):
            out.append(
                f'<span style="{PLACEHOLDER_STYLE}" title="No value for this '
                f'placeholder">{{{{ {escape(node.name)} }}}}</span>'
            )
        elif isinstance(node, LineBreak):
            out.append("<br/>")
    return "".join(out)


def _anchor(node: BlockNode) -> str:
    origin = node.origin
    if origin.section is None:
        return ""
    block = "" if origin.block is None else f"-{origin.block}"
    return f'<a name="b-{origin.section}{block}"></a>'


def _block(node: BlockNode, notes: list[FootnoteRef]) -> str:
    if isinstance(node, Heading):
        tag = f"h{node.level + 1}"
        return f"<{tag}>{_anchor(node)}{_inlines(node.inlines, notes)}</{tag}>"
    if isinstance(node, Paragraph):
        style = _ROLE_STYLE.get(node.role, "")
        direction = ' dir="rtl" align="right"' if node.rtl else ""
        lang = f' lang="{escape(node.language)}"' if node.language else ""
        number = f"{node.number}.&nbsp;&nbsp;" if node.number is not None else ""
        return (
            f'<p style="{style}"{direction}{lang}>{_anchor(node)}{number}'
            f"{_inlines(node.inlines, notes)}</p>"
        )
    tag = "ol" if node.ordered else "ul"
    start = f' start="{node.start}"' if node.ordered and node.start != 1 else ""
    items = "".join(
        "<li>"
        + "".join(
            _inlines(child.inlines, notes) if isinstance(child, Paragraph) else _block(child, notes)
            for child in item.blocks
        )
        + "</li>"
        for item in node.items
    )
    return f"<{tag}{start}>{_anchor(node)}{items}</{tag}>"


def to_html(doc: Document) -> str:
    notes: list[FootnoteRef] = []
    body = "\n".join(_block(node, notes) for node in doc.blocks)
    if notes:
        body += "\n<hr/>\n" + "\n".join(
            f'<p style="font-size:9pt;"><sup>{note.number}</sup> {_inlines(note.content, [])}</p>'
            for note in notes
        )
    return (
        '<html><head><meta charset="utf-8"/></head>'
        f'<body style="font-size:11pt;">{body}</body></html>'
    )
