"""Walk WordprocessingML in reading order: runs into text segments, in two views at once.

Every run is read once and its text goes to the ``final`` view (unless it sits in a tracked
deletion or a tracked move away) and to the ``original`` view (unless it sits in a tracked
insertion or a tracked move here). Along the way the walker follows our block bookmarks,
tracked move ranges and comment ranges, which may open in one paragraph and close in another
or stand between paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import ClassVar

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.model.review_marks import parse_bookmark_name
from tccm_drafter.storage.docx_package import DocxPackage
from tccm_drafter.storage.review_markdown import Segment

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OFF = ("0", "false", "off", "none")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_SKIP = frozenset(
    w(tag)
    for tag in (
        "pPr",
        "rPr",
        "sectPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "sdtPr",
        "sdtEndPr",
        "customXmlPr",
        "smartTagPr",
    )
)
Notes = dict[str, tuple[list[Segment], list[Segment]]]


@dataclass(frozen=True)
class _Context:
    inserted: bool = False
    deleted: bool = False
    moving: bool = False
    link: str | None = None


@dataclass
class RawParagraph:
    final: list[Segment] = field(default_factory=list)
    original: list[Segment] = field(default_factory=list)
    style_name: str = ""
    level: int = 0
    mark: str | None = None
    started: list[str] = field(default_factory=list)
    mark_inserted: bool = False
    mark_removed: bool = False
    move_from: str | None = None
    move_to: str | None = None
    comments: list[str] = field(default_factory=list)
    # walking state
    at_start: list[str] = field(default_factory=list)
    closed_early: set[str] = field(default_factory=set)
    text_seen: bool = False


class Story:
    """One part holding text (the document or the footnotes): its links and styles."""

    def __init__(self, package: DocxPackage, part: str | None, styles: dict[str, str]) -> None:
        self.package = package
        self.part = part
        self.styles = styles
        self.links: dict[str, str] = {}
        if part is not None:
            for rel_id, kind, target, _ in package.relationships(part):
                if kind.endswith("/hyperlink"):
                    self.links[rel_id] = target

    def footnotes(self) -> Notes:
        """Footnote id -> (final, original) segments of its text (paragraphs joined)."""
        if self.part is None:
            return {}
        notes: Notes = {}
        for note in self.package.xml(self.part).iterchildren(w("footnote")):
            if note.get(w("type")) not in (None, "normal"):
                continue  # separators
            walker = RunWalker(self, {})
            paragraphs = walker.body(note)
            notes[note.get(w("id"), "")] = (
                _join([p.final for p in paragraphs]),
                _join([p.original for p in paragraphs]),
            )
        return notes


def _join(paragraphs: list[list[Segment]]) -> list[Segment]:
    out: list[Segment] = []
    for segments in paragraphs:
        if out and segments:
            out.append(Segment(" "))
        out.extend(segments)
    return out


class RunWalker:
    """Reads the paragraphs of one story in order; comment anchors are gathered on the way."""

    def __init__(self, story: Story, footnotes: Notes) -> None:
        self._story = story
        self._footnotes = footnotes
        self._marks: dict[str, str] = {}  # open block bookmarks: id -> name
        self._between: list[str] = []  # block bookmarks started between paragraphs
        self._moves_from: dict[str, str] = {}
        self._moves_to: dict[str, str] = {}
        self._open_comments: set[str] = set()
        self._pending_comments: list[str] = []
        self._current: RawParagraph | None = None
        self._paragraphs: list[RawParagraph] = []
        #: comment id -> the text it is attached to
        self.anchors: dict[str, str] = {}

    def body(self, element: etree._Element) -> list[RawParagraph]:
        self._walk(element, _Context())
        return self._paragraphs

    def _walk(self, element: etree._Element, ctx: _Context) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            handler = self._handlers.get(tag)
            if handler is not None:
                handler(self, child, ctx)
            else:
                self._walk(child, ctx)

    # ------------------------------------------------------------------ containers

    def _paragraph(self, element: etree._Element, ctx: _Context) -> None:
        if self._current is not None:  # a paragraph inside a paragraph (text box): skip
            return
        state = RawParagraph(at_start=list(self._marks.values()))
        state.started.extend(self._between)
        self._between = []
        state.comments.extend(self._pending_comments)
        self._pending_comments = []
        properties = element.find(w("pPr"))
        if properties is not None:
            self._paragraph_properties(properties, state)
        if state.move_from is None and self._moves_from and state.mark_removed:
            state.move_from = next(reversed(self._moves_from.values()))
        self._current = state
        self._walk(element, ctx)
        self._current = None
        survivors = [name for name in state.at_start if name not in state.closed_early]
        state.mark = survivors[0] if survivors else (state.started[0] if state.started else None)
        self._paragraphs.append(state)

    def _paragraph_properties(self, properties: etree._Element, state: RawParagraph) -> None:
        style = properties.find(w("pStyle"))
        if style is not None:
            style_id = style.get(w("val"), "")
            state.style_name = self._story.styles.get(style_id, style_id)
        level = properties.find(f"{w('numPr')}/{w('ilvl')}")
        if level is not None and (level.get(w("val")) or "").isdigit():
            state.level = min(int(level.get(w("val"))), 8)
        mark = properties.find(w("rPr"))
        if mark is None:
            return
        if mark.find(w("ins")) is not None:
            state.mark_inserted = True
        if mark.find(w("del")) is not None:
            state.mark_removed = True
        if mark.find(w("moveTo")) is not None:
            state.mark_inserted = True
            state.move_to = next(reversed(self._moves_to.values()), "") or None
        if mark.find(w("moveFrom")) is not None:
            state.mark_removed = True
            state.move_from = next(reversed(self._moves_from.values()), "") or None

    def _tracked(self, element: etree._Element, ctx: _Context) -> None:
        tag = element.tag
        if tag == w("ins"):
            ctx = replace(ctx, inserted=True)
        elif tag == w("del"):
            ctx = replace(ctx, deleted=True)
        elif tag == w("moveTo"):
            ctx = replace(ctx, inserted=True, moving=True)
            if self._current is not None and self._moves_to:
                self._current.move_to = next(reversed(self._moves_to.values()))
        else:  # moveFrom
            ctx = replace(ctx, deleted=True, moving=True)
            if self._current is not None and self._moves_from:
                self._current.move_from = next(reversed(self._moves_from.values()))
        self._walk(element, ctx)

    def _hyperlink(self, element: etree._Element, ctx: _Context) -> None:
        target = self._story.links.get(element.get(_R_ID, ""))
        anchor = element.get(w("anchor"))
        if target is None and anchor:
            target = "#" + anchor
        self._walk(element, replace(ctx, link=target))

    # ------------------------------------------------------------------ range markers

    def _bookmark_start(self, element: etree._Element, ctx: _Context) -> None:
        name = element.get(w("name"), "")
        if parse_bookmark_name(name) is None:
            return
        # Our blocks never overlap: a new block's start ends any other still open (its end
        # may have been lost). LibreOffice may repeat a start with a new id: same block.
        for key, other in list(self._marks.items()):
            if other != name:
                self._end(key)
        self._marks[element.get(w("id"), "")] = name
        if self._current is not None:
            self._current.started.append(name)
        else:
            self._between.append(name)

    def _bookmark_end(self, element: etree._Element, ctx: _Context) -> None:
        name = self._marks.get(element.get(w("id"), ""))
        if name is None:
            return
        for key, other in list(self._marks.items()):
            if other == name:
                self._end(key)

    def _end(self, key: str) -> None:
        name = self._marks.pop(key)
        if self._current is not None and not self._current.text_seen:
            self._current.closed_early.add(name)

    def _move_range(self, element: etree._Element, ctx: _Context) -> None:
        key = element.get(w("id"), "")
        tag = element.tag
        if tag == w("moveFromRangeStart"):
            self._moves_from[key] = element.get(w("name"), key)
        elif tag == w("moveToRangeStart"):
            self._moves_to[key] = element.get(w("name"), key)
        elif tag == w("moveFromRangeEnd"):
            self._moves_from.pop(key, None)
        else:
            self._moves_to.pop(key, None)

    def _comment_range(self, element: etree._Element, ctx: _Context) -> None:
        key = element.get(w("id"), "")
        if element.tag == w("commentRangeEnd"):
            self._open_comments.discard(key)
            return
        self._open_comments.add(key)
        self.anchors.setdefault(key, "")
        if self._current is not None:
            self._current.comments.append(key)
        else:
            self._pending_comments.append(key)

    # ------------------------------------------------------------------ runs

    def _run(self, element: etree._Element, ctx: _Context) -> None:
        state = self._current
        if state is None:
            return
        properties = element.find(w("rPr"))
        bold = _on(properties, "b")
        italic = _on(properties, "i")
        for child in element:
            tag = child.tag
            final: Segment | None = None
            original: Segment | None = None
            if tag in (w("t"), w("delText")):
                text = child.text or ""
                if not text:
                    continue
                final = original = Segment(text, bold, italic, ctx.link)
            elif tag == w("tab"):
                final = original = Segment(" ", bold, italic, ctx.link)
            elif tag == w("noBreakHyphen"):
                final = original = Segment("-", bold, italic, ctx.link)
            elif (tag == w("br") and child.get(w("type")) in (None, "textWrapping")) or tag == w(
                "cr"
            ):
                final = original = Segment(line_break=True)
            elif tag == w("footnoteReference"):
                note = self._footnotes.get(child.get(w("id"), ""), ([], []))
                final = Segment(footnote=tuple(note[0]))
                original = Segment(footnote=tuple(note[1]))
            elif tag == w("commentReference"):
                key = child.get(w("id"), "")
                if key not in self.anchors:
                    self.anchors[key] = ""
                    state.comments.append(key)
                continue
            else:
                continue
            if not state.text_seen:
                state.text_seen = True
            if not ctx.deleted:
                state.final.append(final)
            if not ctx.inserted:
                state.original.append(original)
            for key in self._open_comments:
                self.anchors[key] += final.text if final.footnote is None else ""

    _handlers: ClassVar[dict[str, Callable[[RunWalker, etree._Element, _Context], None]]] = {
        w("p"): _paragraph,
        w("r"): _run,
        w("ins"): _tracked,
        w("del"): _tracked,
        w("moveFrom"): _tracked,
        w("moveTo"): _tracked,
        w("hyperlink"): _hyperlink,
        w("bookmarkStart"): _bookmark_start,
        w("bookmarkEnd"): _bookmark_end,
        w("moveFromRangeStart"): _move_range,
        w("moveFromRangeEnd"): _move_range,
        w("moveToRangeStart"): _move_range,
        w("moveToRangeEnd"): _move_range,
        w("commentRangeStart"): _comment_range,
        w("commentRangeEnd"): _comment_range,
    }


def _on(properties: etree._Element | None, name: str) -> bool:
    if properties is None:
        return False
    found = properties.find(w(name))
    return found is not None and (found.get(w("val")) or "").lower() not in _OFF
