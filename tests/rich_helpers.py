"""Comparing what the editor shows with what the renderer prints, for the rich-text tests.

``printed_by_renderer(markdown)`` goes through the renderer's own path (placeholders filled,
with no values, by ``render/placeholders.fill``; Markdown read by ``render/markdown_parse``);
``shown(paragraphs, notes)`` turns the editor's paragraphs into the same shape. Both give,
per paragraph: (kind, level, inline items), each inline item a text with its bold, italic,
code and link, a field by name, a note with its text, or a line break. Spaces Markdown drops
(at a paragraph's ends, around line breaks) are left out of both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tccm_drafter.app.rich_emphasis import normalise
from tccm_drafter.app.rich_markdown import printed
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_text import Break, Field, Kind, ListDepth, NoteRef, Paragraph, Run, Text
from tccm_drafter.model.paragraph import Paragraph as LibraryParagraph
from tccm_drafter.model.submission import ParagraphBlock, TextBlock
from tccm_drafter.render import document as d
from tccm_drafter.render.markdown_parse import _parser, parse_markdown
from tccm_drafter.render.placeholders import fill
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

Item = tuple[object, ...]
Shape = tuple[str, int, tuple[Item, ...]]


def corpus() -> list[tuple[str, str]]:
    """Every starter-library paragraph body (and short variant) and the examples' own text."""
    library = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    found: list[tuple[str, str]] = []
    for paragraph in library.paragraphs:
        assert isinstance(paragraph, LibraryParagraph)
        found.append((paragraph.id, paragraph.body))
        if paragraph.short:
            found.append((paragraph.id + " (short)", paragraph.short))
    for path in sorted(examples_dir().glob("*.tccm")):
        submission = load_submission(path)
        for s, section in enumerate(submission.sections):
            for b, block in enumerate(section.blocks):
                if isinstance(block, TextBlock):
                    found.append((f"{path.name} {s}.{b}", block.text))
                elif isinstance(block, ParagraphBlock) and block.local_text is not None:
                    found.append((f"{path.name} {s}.{b} (tailored)", block.local_text))
    return found


def _spaces_plain(items: list[Item]) -> list[Item]:
    """Bold or italic on a space shows nothing: spaces count as neither."""
    out: list[Item] = []
    for item in items:
        if item[0] != "t" or item[4]:
            out.append(item)
            continue
        for part in re.findall(r"\s+|\S+", str(item[1])):
            plain = part.isspace()
            out.append(("t", part, item[2] and not plain, item[3] and not plain, False, item[5]))
    return out


def _tidy(items: list[Item]) -> tuple[Item, ...]:
    merged: list[Item] = []
    for item in _spaces_plain(items):
        last = merged[-1] if merged else None
        if item[0] == "t" and last is not None and last[0] == "t" and last[2:] == item[2:]:
            merged[-1] = ("t", str(last[1]) + str(item[1]), *item[2:])
        else:
            merged.append(item)
    while merged and merged[0] == ("br",):
        merged.pop(0)
    while merged and merged[-1] == ("br",):
        merged.pop()
    out: list[Item] = []
    for number, item in enumerate(merged):
        if item[0] == "t" and not item[4]:
            text = str(item[1])
            if number == 0 or merged[number - 1] == ("br",):
                text = text.lstrip() if number == 0 else text.lstrip(" \t")
            if number == len(merged) - 1 or merged[number + 1] == ("br",):
                text = text.rstrip() if number == len(merged) - 1 else text.rstrip(" \t")
            if text:
                out.append(("t", text, *item[2:]))
        else:
            out.append(item)
    return tuple(out)


def _renderer_inlines(inlines: Sequence[d.Inline], link: str | None = None) -> list[Item]:
    out: list[Item] = []
    for node in inlines:
        if isinstance(node, d.Text):
            out.append(("t", node.text, node.bold, node.italic, node.code, link))
        elif isinstance(node, d.Link):
            out += _renderer_inlines(node.children, node.target)
        elif isinstance(node, d.Placeholder):
            out.append(("field", node.name))
        elif isinstance(node, d.FootnoteRef):
            out.append(("note", _tidy(_renderer_inlines(node.content))))
        elif isinstance(node, d.LineBreak):
            out.append(("br",))
    return out


def _renderer_blocks(nodes: Sequence[d.BlockNode], kind: str = "", level: int = 0) -> list[Shape]:
    out: list[Shape] = []
    for node in nodes:
        if isinstance(node, d.Paragraph):
            out.append(
                (kind or "plain", level if kind else 0, _tidy(_renderer_inlines(node.inlines)))
            )
        elif isinstance(node, d.Heading):
            out.append(("heading", node.level, _tidy(_renderer_inlines(node.inlines))))
        elif isinstance(node, d.ListBlock):
            inner = "ordered" if node.ordered else "bullet"
            deeper = level + 1 if kind else 0
            for item in node.items:
                out += _renderer_blocks(item.blocks, inner, deeper)
    return [shape for shape in out if shape[2]]


def printed_by_renderer(markdown: str) -> list[Shape]:
    filled, _missing = fill(markdown, {})
    return _renderer_blocks(parse_markdown(filled))


def _editor_inlines(runs: Sequence[Run], notes: dict[str, tuple[Run, ...]]) -> list[Item]:
    out: list[Item] = []
    for run in printed(normalise(runs)):
        if isinstance(run, Text):
            style = run.style
            link = None if style.link is None else _parser().normalizeLink(style.link)
            out.append(("t", run.text, style.bold, style.italic, style.code, link))
        elif isinstance(run, Field):
            out.append(("field", run.name))
        elif isinstance(run, NoteRef):
            out.append(("note", _tidy(_editor_inlines(notes.get(run.label, ()), notes))))
        elif isinstance(run, Break):
            out.append(("br",))
    return out


def shown(paragraphs: Sequence[Paragraph], notes: dict[str, tuple[Run, ...]]) -> list[Shape]:
    """The editor's paragraphs as they should print (a list item with no parent prints one
    level below the nearest item before it: ``ListDepth``)."""
    out: list[Shape] = []
    depths = ListDepth()
    for paragraph in paragraphs:
        inlines = _tidy(_editor_inlines(paragraph.runs, notes))
        if not inlines:
            continue
        layout = paragraph.layout
        level = depths.depth(layout)
        if layout.kind is Kind.HEADING:
            level = min(layout.level, 3)
        out.append((layout.kind.value, level, inlines))
    return out


def shown_markdown(markdown: str) -> list[Shape]:
    """What the editor shows when it opens ``markdown``."""
    rich = parse(markdown)
    return shown(rich.paragraphs, rich.notes)
