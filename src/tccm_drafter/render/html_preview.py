"""HTML for the desktop preview (Qt's rich-text subset), from the same document model.

Unfilled placeholders are highlighted so they cannot be missed. Only this writer makes the preview's
HTML, and it escapes every text: no markup from a file ever reaches the preview.

Besides the whole HTML, the writer lists the preview's text blocks one by one (a paragraph,
a heading, a list item, a rule): each with its ``shape`` (what makes its paragraph format) and
its ``inline`` HTML (its content, wrapped in a span that carries its character style). When a
new preview has the same shapes as the one on screen, the app replaces only the blocks whose
content changed instead of laying out the whole document again.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

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
    Role,
    Text,
)
from tccm_drafter.render.i18n import is_rtl
from tccm_drafter.render.links import is_safe_link
from tccm_drafter.render.preview_types import BODY_POINT_SIZE
from tccm_drafter.render.preview_types import Palette as Palette
from tccm_drafter.render.preview_types import Preview as Preview
from tccm_drafter.render.preview_types import PreviewBlock as PreviewBlock

# (paragraph style, character style) of each role.
_ROLE_STYLE: dict[Role, tuple[str, str]] = {
    Role.TITLE: ("margin-bottom:4px;", "font-size:20pt; font-weight:600;"),
    Role.SUBTITLE: ("margin-bottom:6px;", "font-size:13pt; color:{muted};"),
    Role.META: ("margin:0;", "color:{muted};"),
    Role.QUESTION: (
        "background-color:{question_bg}; margin-top:6px; margin-bottom:8px;",
        "font-style:italic; color:{question_fg};",
    ),
    Role.ADDRESSEE: ("margin-top:10px; margin-bottom:10px;", ""),
    Role.SIGNATURE: ("margin-top:2px;", ""),
    Role.SIGNATORY: ("margin:0;", ""),
    Role.REFERENCE: ("", "font-size:9pt; color:{muted};"),
    Role.NOTE: ("", "font-size:9pt; color:{muted};"),
    Role.BODY: ("", ""),
}
_HEADING_STYLE = {
    1: "font-size:17pt; font-weight:600;",
    2: "font-size:14pt; font-weight:600;",
    3: "font-size:12pt; font-weight:600;",
}


_RTL = ' dir="rtl" align="right"'


class PreviewCache:
    """The HTML of paragraphs and headings from one preview to the next.

    A rendered paragraph shares its inline nodes with the parsed block it came from (see
    ``render/pipeline.py``); while those are the same object and the paragraph's number,
    role, place and direction are unchanged, its HTML is too. Entries keep the inline list
    alive, so its identity cannot be taken by another; entries the last preview did not use
    are dropped.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[object, ...], tuple[object, str, PreviewBlock]] = {}
        self._used: dict[tuple[object, ...], tuple[object, str, PreviewBlock]] = {}

    def get(self, key: tuple[object, ...], inlines: object) -> tuple[str, PreviewBlock] | None:
        entry = self._entries.get(key) or self._used.get(key)
        if entry is None or entry[0] is not inlines:
            return None
        self._used[key] = entry
        return entry[1], entry[2]

    def put(self, key: tuple[object, ...], inlines: object, html: str, block: PreviewBlock) -> None:
        self._used[key] = (inlines, html, block)

    def finish(self) -> None:
        self._entries, self._used = self._used, {}


class _Writer:
    def __init__(
        self, palette: Palette, rtl: bool = False, cache: PreviewCache | None = None
    ) -> None:
        self.palette = palette
        self.palette_key = hash(palette)
        self.cache = cache
        #: The document is written right to left (Arabic...): so is every block of its own.
        self.rtl = rtl
        self.notes: list[FootnoteRef] = []
        self.blocks: list[PreviewBlock] = []

    def style(self, template: str) -> str:
        p = self.palette
        return template.format(muted=p.muted, question_fg=p.question_fg, question_bg=p.question_bg)

    def inlines(self, nodes: list[Inline] | tuple[Inline, ...], *, collect: bool = True) -> str:
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
                out.append(self.link(node))
            elif isinstance(node, FootnoteRef):
                if collect:
                    self.notes.append(node)
                out.append(f"<sup>{node.number}</sup>")
            elif isinstance(node, Placeholder):
                colours = (
                    f"background-color:{self.palette.placeholder_bg}; "
                    f"color:{self.palette.placeholder_fg}; font-weight:600;"
                )
                out.append(
                    f'<span style="{colours}" title="No value for this placeholder">'
                    f"{{{{ {escape(node.name)} }}}}</span>"
                )
            elif isinstance(node, LineBreak):
                out.append("<br/>")
        return "".join(out)

    def link(self, node: Link) -> str:
        if not is_safe_link(node.target):  # never a live link: only its text (render/links.py)
            return self.inlines(node.children)
        return (
            f'<a href="{escape(node.target, quote=True)}" '
            f'style="color:{self.palette.link};">{self.inlines(node.children)}</a>'
        )

    def text_block(
        self,
        tag: str,
        attrs: str,
        char_style: str,
        inline: str,
        shape: str = "",
        origin: str = "",
    ) -> str:
        """One text block: its tag and attributes (or ``shape``) make its paragraph format,
        the span its content."""
        # Qt parses every style attribute as CSS: plain body text goes without a wrapper.
        content = f'<span style="{char_style}">{inline}</span>' if char_style else inline
        self.blocks.append(PreviewBlock(shape or f"{tag}{attrs}", content, origin))
        return f"<{tag}{attrs}>{content}</{tag}>"

    def block(self, node: BlockNode, depth: int = 0) -> str:
        cache = self.cache
        if (
            cache is None
            or isinstance(node, ListBlock)
            or any(isinstance(i, FootnoteRef) for i in node.inlines)
        ):
            return self._block(node, depth)
        key = (
            id(node.inlines), type(node), getattr(node, "number", None),
            getattr(node, "role", None), getattr(node, "level", None), getattr(node, "rtl", None),
            getattr(node, "language", None), _origin(node), self.rtl, self.palette_key,
        )  # fmt: skip
        found = cache.get(key, node.inlines)
        if found is not None:
            self.blocks.append(found[1])
            return found[0]
        html = self._block(node, depth)
        cache.put(key, node.inlines, html, self.blocks[-1])
        return html

    def _block(self, node: BlockNode, depth: int = 0) -> str:
        if isinstance(node, Heading):
            level = min(max(node.level, 1), 3)
            inline = self.inlines(node.inlines)
            attrs = _RTL if self.rtl else ""
            return self.text_block(
                f"h{level + 1}", attrs, _HEADING_STYLE[level], inline, origin=_origin(node)
            )
        if isinstance(node, Paragraph):
            block_style, char_style = _ROLE_STYLE.get(node.role, ("", ""))
            attrs = f' style="{self.style(block_style)}"' if block_style else ""
            if node.rtl or (self.rtl and node.language is None):
                attrs += _RTL
            elif self.rtl:
                attrs += ' dir="ltr" align="left"'  # a left-to-right paragraph in it
            if node.language:
                attrs += f' lang="{escape(node.language, quote=True)}"'
            number = f"{node.number}.&nbsp;&nbsp;" if node.number is not None else ""
            inline = number + self.inlines(node.inlines)
            return self.text_block("p", attrs, self.style(char_style), inline, origin=_origin(node))
        return self.list_block(node, depth)

    def list_block(self, node: ListBlock, depth: int) -> str:
        tag = "ol" if node.ordered else "ul"
        start = f' start="{node.start}"' if node.ordered and node.start != 1 else ""
        items: list[str] = []
        for item in node.items:
            texts = [c for c in item.blocks if isinstance(c, Paragraph)]
            inline = "<br/>".join(self.inlines(c.inlines) for c in texts)
            shape = f"li {tag}{start} {depth}"
            rendered = self.text_block("li", "", "", inline, shape, _origin(node))
            rendered = rendered[: -len("</li>")]
            nested = "".join(
                self.list_block(c, depth + 1) for c in item.blocks if isinstance(c, ListBlock)
            )
            items.append(rendered + nested + "</li>")
        direction = ' dir="rtl"' if self.rtl else ""
        return f"<{tag}{start}{direction}>{''.join(items)}</{tag}>"

    def footnotes(self) -> str:
        if not self.notes:
            return ""
        self.blocks.append(PreviewBlock("hr", ""))
        parts = ["<hr/>"]
        for note in self.notes:
            inline = f"<sup>{note.number}</sup> {self.inlines(note.content, collect=False)}"
            parts.append(self.text_block("p", _RTL if self.rtl else "", "font-size:9pt;", inline))
        return "\n".join(parts)


def _origin(node: BlockNode) -> str:
    origin = node.origin
    if origin.section is None or origin.block is None:
        return ""
    return f"{origin.section}-{origin.block}"


@dataclass
class PreviewParts:
    """A preview in pieces that the edit of one block can replace: each top-level node's HTML
    and how many text blocks it makes, then the footnotes."""

    palette: Palette
    rtl: bool
    nodes: list[str]
    spans: list[int]
    #: The text blocks of the nodes, in order (the footnotes' come after them).
    blocks: list[PreviewBlock]
    notes_html: str
    notes_blocks: list[PreviewBlock]

    def preview(self) -> Preview:
        body = "\n".join(self.nodes) + self.notes_html
        html = (
            '<html><head><meta charset="utf-8"/></head>'
            f'<body style="font-size:{BODY_POINT_SIZE}pt; color:{self.palette.text};">'
            f"{body}</body></html>"
        )
        return Preview(html, (*self.blocks, *self.notes_blocks))

    def replace(self, start: int, stop: int, nodes: list[BlockNode]) -> None:
        """Put the HTML of ``nodes`` in place of top-level nodes ``start:stop``. The footnotes
        stay as they are: the caller makes sure the replaced nodes change none of them."""
        writer = _Writer(self.palette, self.rtl)
        html, spans = _write_nodes(writer, nodes)
        first = sum(self.spans[:start])
        count = sum(self.spans[start:stop])
        self.nodes[start:stop] = html
        self.spans[start:stop] = spans
        self.blocks[first : first + count] = writer.blocks


def _write_nodes(writer: _Writer, nodes: list[BlockNode]) -> tuple[list[str], list[int]]:
    html: list[str] = []
    spans: list[int] = []
    for node in nodes:
        before = len(writer.blocks)
        html.append(writer.block(node))
        spans.append(len(writer.blocks) - before)
    return html, spans


def preview_parts(
    doc: Document, palette: Palette | None = None, cache: PreviewCache | None = None
) -> PreviewParts:
    writer = _Writer(palette or Palette(), is_rtl(doc.meta.language), cache)
    html, spans = _write_nodes(writer, doc.blocks)
    node_blocks = len(writer.blocks)
    notes = writer.footnotes()
    if cache is not None:
        cache.finish()
    blocks = writer.blocks
    return PreviewParts(
        writer.palette, writer.rtl, html, spans, blocks[:node_blocks], notes, blocks[node_blocks:]
    )


def to_preview(
    doc: Document, palette: Palette | None = None, cache: PreviewCache | None = None
) -> Preview:
    return preview_parts(doc, palette, cache).preview()


def to_html(doc: Document, palette: Palette | None = None) -> str:
    return to_preview(doc, palette).html


def markdown_html(markdown: str, palette: Palette | None = None) -> str:
    """A paragraph's own Markdown as the preview shows it (placeholders highlighted, not
    filled), for the library's detail pane."""
    from tccm_drafter.errors import InputError
    from tccm_drafter.render.document import DocumentMeta
    from tccm_drafter.render.markdown_parse import parse_markdown
    from tccm_drafter.render.placeholders import fill

    try:
        filled, _missing = fill(markdown, {})
    except InputError:
        filled = markdown
    writer = _Writer(palette or Palette())
    doc = Document(DocumentMeta(), blocks=parse_markdown(filled))
    return "\n".join(writer.block(node) for node in doc.blocks) + writer.footnotes()
