"""Read a Word file that came back from review: its blocks, tracked changes and comments.

The file is one of our own .docx exports after someone edited it in Word or LibreOffice (see
:mod:`tccm_drafter.render.docx_review_marks` for the marks it carries). It is untrusted: it
is read in memory with caps (:mod:`tccm_drafter.storage.docx_package`), never extracted.

:func:`read_reviewed_docx` returns every body paragraph in order with two readings of its
text (``final``: tracked insertions accepted and deletions removed; ``original``: as before
the tracked changes), the block bookmark it lies in, whether its paragraph mark was inserted
or deleted (a new or split paragraph, a deleted or merged one), tracked moves, and the
comments anchored in it. :meth:`ReviewedDocument.final_view` and
:meth:`ReviewedDocument.original_view` join paragraphs whose mark was removed or inserted.
Untracked edits are simply the text as it now stands.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.errors import InputError
from tccm_drafter.model.review_marks import MAP_NAMESPACE, BlockMark, parse_bookmark_name
from tccm_drafter.storage.docx_package import DocxPackage
from tccm_drafter.storage.review_comments import ReviewComment, read_comments, threads
from tccm_drafter.storage.review_markdown import MarkdownWriter, Segment, plain_text
from tccm_drafter.storage.review_notes import package_notes, read_notes
from tccm_drafter.storage.review_walk import RawParagraph, RunWalker, Story, w

_HEADING = re.compile(r"heading\s*(\d)", re.IGNORECASE)


@dataclass
class WordParagraph:
    """One body paragraph of the reviewed file."""

    index: int
    final: list[Segment] = field(default_factory=list)
    original: list[Segment] = field(default_factory=list)
    #: Markdown prefix for headings and list items inside a block ("## ", "- ", "1. ").
    prefix: str = ""
    heading: bool = False
    #: The prefix before a tracked change of the paragraph's style (a restyled heading).
    original_prefix: str = ""
    original_heading: bool = False
    #: Name of the block bookmark the paragraph lies in (None: template text or new text).
    mark: str | None = None
    mark_inserted: bool = False  # a tracked new paragraph, or a tracked split
    mark_removed: bool = False  # a tracked deleted paragraph, or a tracked merge
    move_from: str | None = None  # name of the tracked move that took this text away
    move_to: str | None = None  # name of the tracked move that brought this text here
    comments: list[str] = field(default_factory=list)  # ids of comments anchored here
    #: What the reviewer put here that comes back changed or not at all, in words.
    remarks: list[str] = field(default_factory=list)

    @property
    def final_text(self) -> str:
        return plain_text(self.final)

    @property
    def original_text(self) -> str:
        return plain_text(self.original)


@dataclass
class ViewParagraph:
    """A paragraph as a reader sees it in one view (physical paragraphs joined)."""

    parts: tuple[int, ...]
    segments: list[Segment]
    prefix: str
    heading: bool
    mark: str | None
    remarks: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return plain_text(self.segments)


@dataclass
class ExportMap:
    """What the export recorded: the blocks it marked and its own (template) paragraphs."""

    title: str = ""
    marks: list[BlockMark] = field(default_factory=list)
    template_text: frozenset[str] = frozenset()


@dataclass
class ReviewedDocument:
    path: Path
    paragraphs: list[WordParagraph]
    #: Comment threads by the id of the comment that starts them (replies inside).
    comments: dict[str, ReviewComment]
    #: Block bookmarks found in the body, by name, in the order they start.
    found: dict[str, BlockMark]
    #: The map stored at export; None when the file lost it (the bookmarks still work).
    export: ExportMap | None = None

    def final_view(self) -> list[ViewParagraph]:
        """Paragraphs with tracked insertions accepted and deletions removed."""
        return self._view(final=True)

    def original_view(self) -> list[ViewParagraph]:
        """Paragraphs as they were before the tracked changes."""
        return self._view(final=False)

    def _view(self, *, final: bool) -> list[ViewParagraph]:
        out: list[ViewParagraph] = []
        pending: list[WordParagraph] = []
        for paragraph in self.paragraphs:
            pending.append(paragraph)
            joins_next = paragraph.mark_removed if final else paragraph.mark_inserted
            if joins_next:
                continue
            out.append(_joined(pending, final))
            pending = []
        if pending:
            out.append(_joined(pending, final))
        return [p for p in out if p.text.strip() or any(s.footnote for s in p.segments)]


def _joined(parts: list[WordParagraph], final: bool) -> ViewParagraph:
    segments: list[Segment] = []
    mark: str | None = None
    for part in parts:
        own = part.final if final else part.original
        segments.extend(own)
        if mark is None and plain_text(own).strip():
            mark = part.mark
    if mark is None:
        mark = next((p.mark for p in parts if p.mark), None)
    lead = next((p for p in parts if plain_text(p.final if final else p.original).strip()), None)
    lead = lead or parts[0]
    prefix, heading = (
        (lead.prefix, lead.heading) if final else (lead.original_prefix, lead.original_heading)
    )
    remarks = tuple(r for p in parts for r in p.remarks) if final else ()
    return ViewParagraph(tuple(p.index for p in parts), segments, prefix, heading, mark, remarks)


def block_markdown(paragraphs: list[ViewParagraph]) -> str:
    """The Markdown of a block's paragraphs, as the import brings them back."""
    return MarkdownWriter().block([(p.segments, p.prefix) for p in paragraphs])


def style_prefix(style: str, level: int) -> tuple[str, bool]:
    """The Markdown a paragraph style stands for: ``("## ", True)`` for Heading 2, ``("- ",
    False)`` for a bulleted list item, ``("", False)`` for body text."""
    heading = _HEADING.fullmatch(style.strip()) if style else None
    if heading:
        return "#" * min(int(heading.group(1)), 6) + " ", True
    if style.lower().startswith("list bullet"):
        return "    " * level + "- ", False
    if style.lower().startswith("list number"):
        return "    " * level + "1. ", False
    return "", False


def word_paragraphs(walked: list[RawParagraph]) -> list[WordParagraph]:
    """The walker's paragraphs with their Markdown prefixes, numbered in order."""
    out: list[WordParagraph] = []
    for number, raw in enumerate(walked):
        prefix, heading = style_prefix(raw.style_name, raw.level)
        original_prefix, original_heading = style_prefix(raw.original_style_name, raw.level)
        out.append(
            WordParagraph(
                index=number,
                final=raw.final,
                original=raw.original,
                prefix=prefix,
                heading=heading,
                original_prefix=original_prefix,
                original_heading=original_heading,
                mark=raw.mark,
                mark_inserted=raw.mark_inserted,
                mark_removed=raw.mark_removed,
                move_from=raw.move_from,
                move_to=raw.move_to,
                comments=raw.comments,
                remarks=raw.remarks,
            )
        )
    return out


def exported_markdown(
    paragraphs: list[etree._Element],
    styles: dict[str, str],
    links: dict[str, str],
    footnotes: etree._Element | None,
) -> str:
    """The Markdown an import would read from these body paragraphs as they were written
    (the export records its fingerprint, so formatting changed without tracking is seen)."""
    story = Story(None, None, styles, links)
    notes = read_notes(footnotes, "footnote", story) if footnotes is not None else {}
    body = etree.Element(w("body"))
    for paragraph in paragraphs:
        body.append(copy.deepcopy(paragraph))
    walked = word_paragraphs(RunWalker(story, notes).body(body))
    views = [_joined([p], True) for p in walked]
    return block_markdown([v for v in views if v.text.strip() or v.segments])


#: A file without marks is most often the copy for sending: say which copy to use instead.
NO_REVIEW_MARKS = (
    "this Word file has no review marks, so its changes cannot be matched to blocks: it is "
    "the copy for sending (or was not exported by TCCM Drafter); export the copy for review "
    "(Export… › Word, for review; or export --for-review), send reviewers that one and "
    "import it back"
)


def read_reviewed_docx(path: Path) -> ReviewedDocument:
    """Read a reviewed export. Raises :class:`InputError` when it is no usable Word file or
    carries no block marks (it was not exported by TCCM Drafter, or the marks were removed).
    """
    package = DocxPackage.open(Path(path))
    main = package.main
    styles = _style_names(package, main)
    comments = read_comments(package, main)
    footnotes = package_notes(package, main, styles, "footnote")
    endnotes = package_notes(package, main, styles, "endnote")
    walker = RunWalker(Story(package, main, styles), footnotes, endnotes)
    body = package.xml(main).find(w("body"))
    if body is None:
        raise InputError("damaged Word document: it has no body", path=path)
    walked = walker.body(body)
    found: dict[str, BlockMark] = {}
    for raw in walked:
        for name in raw.started:
            parsed = parse_bookmark_name(name)
            if parsed is not None:
                found.setdefault(name, parsed)
    paragraphs = word_paragraphs(walked)
    anchors = walker.anchors
    comments = threads(
        {
            key: replace(c, anchor=" ".join(anchors.get(key, "").split()))
            for key, c in comments.items()
        }
    )
    export = _export_map(package, main)
    if not found and (export is None or not export.marks):
        raise InputError(NO_REVIEW_MARKS, path=path)
    if export is not None:
        full = {mark.name: mark for mark in export.marks}
        found = {name: full.get(name, mark) for name, mark in found.items()}
    return ReviewedDocument(Path(path), paragraphs, comments, found, export)


def _first(parts: list[str]) -> str | None:
    return parts[0] if parts else None


def _style_names(package: DocxPackage, main: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for part in package.related(main, "styles"):
        for style in package.xml(part).iter(w("style")):
            style_id = style.get(w("styleId"), "")
            name = style.find(w("name"))
            names[style_id] = name.get(w("val"), style_id) if name is not None else style_id
    return names


def _export_map(package: DocxPackage, main: str) -> ExportMap | None:
    candidates = package.related(main, "customXml") + [
        name for name in package.names() if re.fullmatch(r"customXml/item\d+\.xml", name)
    ]
    for name in dict.fromkeys(candidates):
        data = package.read(name)
        if MAP_NAMESPACE.encode() not in data:
            continue
        root = package.xml(name)
        marks: list[BlockMark] = []
        for item in root.iter(f"{{{MAP_NAMESPACE}}}block"):
            try:
                section, block = int(item.get("section", "")), int(item.get("block", ""))
            except ValueError:
                continue
            marks.append(
                BlockMark(
                    section,
                    block,
                    item.get("hash", ""),
                    item.get("paragraph") or None,
                    item.get("styled", ""),
                )
            )
        template = frozenset(
            value
            for item in root.iter(f"{{{MAP_NAMESPACE}}}template-text")
            for value in item.get("hashes", "").split()
        )
        return ExportMap(root.get("title", ""), marks, template)
    return None


__all__ = [
    "ExportMap",
    "ReviewComment",
    "ReviewedDocument",
    "ViewParagraph",
    "WordParagraph",
    "read_reviewed_docx",
]
