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
from tccm_drafter.storage.review_bookmarks import followed_bookmarks
from tccm_drafter.storage.review_markdown import Segment, plain_text
from tccm_drafter.storage.review_runs import (
    graphic_remark,
    looks,
    lost_remarks,
    quote,
    run_font,
    symbol_chars,
    symbol_text,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


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
    #: The style before a tracked paragraph formatting change (``w:pPrChange``).
    original_style_name: str = ""
    level: int = 0
    mark: str | None = None
    started: list[str] = field(default_factory=list)
    mark_inserted: bool = False
    mark_removed: bool = False
    move_from: str | None = None
    move_to: str | None = None
    comments: list[str] = field(default_factory=list)
    #: What the reviewer put here that comes back changed or not at all, in words.
    remarks: list[str] = field(default_factory=list)
    # walking state
    at_start: list[str] = field(default_factory=list)
    closed_early: set[str] = field(default_factory=set)
    text_seen: bool = False
    lost_open: frozenset[str] = frozenset()


class Story:
    """One part holding text (the document, the footnotes, the endnotes): links and styles."""

    def __init__(
        self,
        package: DocxPackage | None,
        part: str | None,
        styles: dict[str, str],
        links: dict[str, str] | None = None,
    ) -> None:
        self.package = package
        self.part = part
        self.styles = styles
        self.links: dict[str, str] = dict(links or {})
        if package is not None and part is not None:
            for rel_id, kind, target, _ in package.relationships(part):
                if kind.endswith("/hyperlink"):
                    self.links[rel_id] = target


class RunWalker:
    """Reads the paragraphs of one story in order; comment anchors are gathered on the way."""

    def __init__(self, story: Story, footnotes: Notes, endnotes: Notes | None = None) -> None:
        self._story = story
        self._footnotes = footnotes
        self._endnotes = endnotes or {}
        self._marks: dict[str, str] = {}  # open block bookmarks: id -> name
        self._between: list[str] = []  # block bookmarks started between paragraphs
        self._moves_from: dict[str, str] = {}
        self._moves_to: dict[str, str] = {}
        self._open_comments: set[str] = set()
        self._pending_comments: list[str] = []
        self._current: RawParagraph | None = None
        self._followed: set[str] = set()
        self._paragraphs: list[RawParagraph] = []
        #: comment id -> the text it is attached to
        self.anchors: dict[str, str] = {}

    def body(self, element: etree._Element) -> list[RawParagraph]:
        self._followed = followed_bookmarks(element)
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
        if self._current is not None:  # a paragraph inside a paragraph (a text box)
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
        state.style_name = self._style_name(properties)
        state.original_style_name = state.style_name
        change = properties.find(f"{w('pPrChange')}/{w('pPr')}")
        if change is not None:
            state.original_style_name = self._style_name(change)
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

    def _style_name(self, properties: etree._Element) -> str:
        style = properties.find(w("pStyle"))
        if style is None:
            return ""
        style_id = str(style.get(w("val"), ""))
        return self._story.styles.get(style_id, style_id)

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
        if parse_bookmark_name(name) is None or element.get(w("id"), "") not in self._followed:
            return  # another bookmark, or a copy of a block's (see review_bookmarks.py)
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

    def _equation(self, element: etree._Element, ctx: _Context) -> None:
        if self._current is not None and not ctx.deleted:
            self._current.remarks.append("not brought back: an equation")

    # ------------------------------------------------------------------ runs

    def _run(self, element: etree._Element, ctx: _Context) -> None:
        state = self._current
        if state is None:
            return
        now, before, other = looks(element.find(w("rPr")))
        tracked = element.find(f"{w('rPr')}/{w('rPrChange')}") is not None
        for child in element:
            tag = child.tag
            final: Segment | None = None
            original: Segment | None = None
            text = ""
            if tag in (w("t"), w("delText")):
                text, missing = symbol_chars(child.text or "", run_font(element.find(w("rPr"))))
                if missing and not ctx.deleted:
                    state.remarks.append(
                        f"not brought back: a symbol from the font "
                        f"{run_font(element.find(w('rPr'))) or '?'} ({', '.join(missing)})"
                    )
            elif tag == w("tab"):
                text = " "
            elif tag == w("noBreakHyphen"):
                text = "-"
            elif tag == w("sym"):
                text = symbol_text(child.get(w("font"), ""), child.get(w("char"), "")) or ""
                if not text and not ctx.deleted:
                    state.remarks.append(
                        "not brought back: a symbol from the font "
                        f"{child.get(w('font'), '?')} ({child.get(w('char'), '?')})"
                    )
            elif (tag == w("br") and child.get(w("type")) in (None, "textWrapping")) or tag == w(
                "cr"
            ):
                final = original = Segment(line_break=True)
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                endnote = tag == w("endnoteReference")
                notes = self._endnotes if endnote else self._footnotes
                note = notes.get(child.get(w("id"), ""), ([], []))
                final = Segment(footnote=tuple(note[0]))
                original = Segment(footnote=tuple(note[1]))
                if endnote and not ctx.deleted:
                    state.remarks.append(
                        f"an endnote comes back as a footnote “{quote(plain_text(note[0]))}”"
                    )
            elif tag == w("commentReference"):
                key = child.get(w("id"), "")
                if key not in self.anchors:
                    self.anchors[key] = ""
                    state.comments.append(key)
                continue
            elif tag in (w("drawing"), w("pict"), w("object")) or str(tag).endswith(
                "}AlternateContent"
            ):
                if not ctx.deleted:
                    state.remarks.append("not brought back: " + graphic_remark(child))
                continue
            else:
                continue
            if text:
                final = Segment(text, now.bold, now.italic, ctx.link)
                original = Segment(text, before.bold, before.italic, ctx.link)
                if not ctx.deleted:
                    state.lost_open = lost_remarks(
                        state.remarks,
                        state.lost_open,
                        text,
                        now.lost,
                        before.lost if tracked else (),
                        in_link=ctx.link is not None,
                    )
                    if other:
                        state.remarks.append(
                            f"not brought back: a change of font or size on “{quote(text)}”"
                        )
            if final is None or original is None:
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
        _MATH + "oMath": _equation,
        _MATH + "oMathPara": _equation,
    }
