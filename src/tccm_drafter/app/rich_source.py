"""A block's Markdown while it is edited as formatted text: what is written back.

:class:`BlockSource` holds, for each paragraph the editor shows, a :class:`Slot`: the
paragraph's Markdown (as read, or as last written), its list marker and what followed it
(blank lines, footnote definitions). :meth:`BlockSource.write` makes the block's Markdown
from the paragraphs as they stand now: a paragraph the user did not touch is written byte
for byte as it was read, with what followed it, and only the changed ones are written anew
(``app/rich_markdown.py``). So a keystroke costs the writing of one paragraph, and a block
loaded and written without a change gives back exactly the bytes it was read from.

The editor tells it what changed with :meth:`BlockSource.touch`; a paragraph the source has
not seen (a new one, or one of two halves of a split) gets a new slot. Footnotes: a note whose
marker is gone loses its definition; a note whose text changed is written anew; a new note's
definition goes at the end of the block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Protocol

from tccm_drafter.app.rich_markdown import definition_markdown, write_paragraph
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_text import (
    Definition,
    Kind,
    Layout,
    ListDepth,
    NoteRef,
    Paragraph,
    RichText,
    Run,
    Segment,
)

_BULLET = re.compile(r"\s*([-+*])")
_ORDERED = re.compile(r"\s*([0-9]{1,9})([.)])")
_BLANK_AT_END = re.compile(r"\n[ \t]*\n\Z")


class BlockView(Protocol):
    """A paragraph of the editor, as the source sees it."""

    def key(self) -> int: ...

    def set_key(self, key: int) -> None: ...

    def layout(self) -> Layout: ...

    def paragraph(self) -> Paragraph: ...


@dataclass
class Slot:
    #: The paragraph's Markdown now; None: to be written from the editor's paragraph.
    markdown: str | None
    layout: Layout
    #: The list marker (with indentation) it was written with.
    prefix: str = ""
    trailer: tuple[Segment, ...] = ()
    labels: tuple[str, ...] = ()
    #: Written as read, and where it was read (see ``follows``).
    original: bool = False
    #: The key of the paragraph that followed it when the block was read.
    following: int | None = None


@dataclass
class _Written:
    slot: Slot
    key: int


class BlockSource:
    def __init__(self, rich: RichText) -> None:
        self.rich = rich
        self.slots: dict[int, Slot] = {}
        self._next_key = 0
        self.keys: list[int] = []
        for paragraph, piece in zip(rich.paragraphs, rich.pieces, strict=True):
            slot = Slot(
                piece.markdown,
                paragraph.layout,
                piece.prefix,
                piece.trailer,
                piece.labels,
                original=True,
            )
            self.keys.append(self._add(slot))
        for key, following in pairwise(self.keys):
            self.slots[key].following = following
        #: Each note's text by label; the labels whose text the user changed.
        self.notes: dict[str, tuple[Run, ...]] = dict(rich.notes)
        self.edited_notes: set[str] = set()
        #: The notes the block referred to when it was read (a note whose marker goes, goes).
        self.loaded_labels = {label for piece in rich.pieces for label in piece.labels}
        self._definitions: dict[str, str] = {}
        for segment in (*rich.head, *(s for p in rich.pieces for s in p.trailer), *rich.tail):
            if isinstance(segment, Definition):
                self._definitions.setdefault(segment.label, segment.markdown)
        #: Paragraphs written with less bold or italic than the editor showed, where Markdown
        #: cannot hold it (inside a word): the editor shows them as written.
        self.reformatted: list[tuple[BlockView, tuple[Run, ...]]] = []
        #: Text that stood after paragraphs now deleted (a link's reference, say): kept.
        self.orphans: list[str] = []
        self._seen: set[int] = set()
        #: The Markdown last written (or read).
        self.markdown = rich.source

    @classmethod
    def of(cls, markdown: str) -> BlockSource:
        return cls(parse(markdown))

    def _add(self, slot: Slot) -> int:
        key = self._next_key
        self._next_key += 1
        self.slots[key] = slot
        return key

    # -- what the editor tells it -------------------------------------------------------------
    def touch(self, key: int) -> None:
        """The paragraph with ``key`` changed."""
        slot = self.slots.get(key)
        if slot is not None:
            slot.markdown = None
            slot.original = False

    def set_note(self, label: str, runs: Sequence[Run]) -> None:
        self.notes[label] = tuple(runs)
        self.edited_notes.add(label)

    def new_label(self) -> str:
        """A footnote label no note of the block uses: the next number."""
        numbers = [int(label) for label in self.notes if label.isdigit()]
        number = max(numbers, default=0) + 1
        while str(number) in self.notes:
            number += 1
        return str(number)

    # -- writing ----------------------------------------------------------------------------
    def write(self, views: Iterable[BlockView]) -> str:
        """The block's Markdown with its paragraphs as the editor has them now."""
        self.reformatted = []
        written = self._paragraphs(views)
        referenced = list(dict.fromkeys(label for w in written for label in w.slot.labels))
        writer = _Assembly(self, set(referenced))
        if not written:
            head, dropped = writer._segments(self.rich.head)
            tail, dropped_too = writer._segments(self.rich.tail)
            text = head + tail
            self.markdown = "" if (dropped or dropped_too) and not text.strip() else text
            return self.markdown
        parts = [writer.head(written[0])]
        for before, after in pairwise(written):
            parts += [before.slot.markdown or "", writer.between(before, after)]
        parts.append(written[-1].slot.markdown or "")
        shown = {w.key for w in written}
        unused = [s for k, s in self.slots.items() if k in self._seen and k not in shown]
        if written[-1].slot.following is not None:
            unused.append(written[-1].slot)  # what followed it is now the block's end
        parts.append(writer.tail(referenced, unused))
        self.markdown = "".join(parts)
        return self.markdown

    def _paragraphs(self, views: Iterable[BlockView]) -> list[_Written]:
        seen = self._seen = set()
        written: list[_Written] = []
        columns: list[int] = []  # the content column of the list item open at each level
        siblings: dict[int, str] = {}  # the marker of the last item at each level
        depths = ListDepth()
        for view in views:
            key = view.key()
            slot = self.slots.get(key)
            layout = view.layout()
            if slot is None or key in seen:
                key = self._add(Slot(None, layout))
                slot = self.slots[key]
                view.set_key(key)
            seen.add(key)
            if layout != slot.layout:
                slot.layout = layout
                self.touch(key)
            level = min(depths.depth(layout), len(columns))
            # an item's marker stands at or after its parent's text, before its sibling's
            room = (
                columns[level - 1] if level else 0,
                columns[level] if level < len(columns) else None,
            )
            if slot.markdown is not None and layout.is_list and not _fits(slot.prefix, *room):
                self.touch(key)
            if slot.markdown is None:
                paragraph = replace(view.paragraph(), layout=layout)
                if layout.is_list:
                    slot.prefix = _prefix(slot.prefix, layout, room, siblings.get(level))
                prefix = slot.prefix if layout.is_list else ""
                slot.markdown, held = write_paragraph(paragraph, prefix)
                slot.labels = tuple(r.label for r in paragraph.runs if isinstance(r, NoteRef))
                if held is not None:
                    self.reformatted.append((view, tuple(held)))
            if not slot.markdown:
                continue
            if layout.is_list:
                columns = [*columns[:level], len(slot.prefix)]
                siblings = {lv: p for lv, p in siblings.items() if lv < level}
                siblings[level] = slot.prefix
            else:
                columns, siblings = [], {}
            written.append(_Written(slot, key))
        for key in [k for k in self.slots if k not in seen]:  # paragraphs no longer there
            gone = self.slots.pop(key)
            self.orphans += [t.strip() for t in gone.trailer if isinstance(t, str) and t.strip()]
        return written

    def definition(self, label: str) -> str:
        if label in self.edited_notes or label not in self._definitions:
            return definition_markdown(label, self.notes.get(label, ()))
        return self._definitions[label]


def _fits(prefix: str, parent: int, sibling: int | None) -> bool:
    indent = len(prefix) - len(prefix.lstrip(" "))
    return bool(prefix) and parent <= indent <= parent + 3 and (sibling is None or indent < sibling)


def _prefix(current: str, layout: Layout, room: tuple[int, int | None], sibling: str | None) -> str:
    """A list item's marker: the one it had if it still fits, else one like its sibling's."""
    ordered = layout.kind is Kind.ORDERED
    pattern = _ORDERED if ordered else _BULLET
    parent = room[0]
    if current and pattern.match(current) and _fits(current, *room):
        return current
    found = pattern.match(sibling) if sibling else None
    if ordered:
        number = int(found.group(1)) + 1 if found else 1
        return " " * parent + f"{number}{found.group(2) if found else '.'} "
    return " " * parent + (found.group(1) if found else "-") + " "


class _Assembly:
    """Joins the written paragraphs: what stood between them, the notes' definitions."""

    def __init__(self, source: BlockSource, referenced: set[str]) -> None:
        self.source = source
        self.referenced = referenced
        self.defined: set[str] = set()

    def segments(self, segments: Iterable[Segment]) -> str:
        return self._segments(segments)[0]

    def _segments(self, segments: Iterable[Segment]) -> tuple[str, bool]:
        out: list[str] = []
        dropped = False
        for segment in segments:
            if isinstance(segment, str):
                out.append(segment)
            elif (
                segment.label in self.source.loaded_labels and segment.label not in self.referenced
            ):
                dropped = True  # its marker is gone: so is the note
            else:
                out.append(self.source.definition(segment.label))
                self.defined.add(segment.label)
        text = "".join(out)
        return (re.sub(r"\n{3,}", "\n\n", text) if dropped else text), dropped

    def head(self, first: _Written) -> str:
        text = self.segments(self.source.rich.head)
        if not text.strip() or (first.slot.original and first.key == self.source.keys[0]):
            return text
        return text.strip() + "\n\n"

    def between(self, before: _Written, after: _Written) -> str:
        text = self.segments(before.slot.trailer)
        slot = before.slot
        if slot.original and after.slot.original and slot.following == after.key:
            return text
        blank = not (slot.layout.is_list and after.slot.layout.is_list)
        if text.startswith("\n") and (_BLANK_AT_END.search(text) if blank else True):
            return text
        core = text.strip()
        if not core:
            return "\n\n" if blank else "\n"
        return "\n\n" + core + "\n\n"

    def tail(self, referenced: list[str], unused: list[Slot]) -> str:
        text, dropped = self._segments(self.source.rich.tail)
        extras = list(self.source.orphans)
        for slot in unused:
            for segment in slot.trailer:
                if isinstance(segment, str) and segment.strip():
                    extras.append(segment.strip())
        extras += [
            self.source.definition(label) for label in referenced if label not in self.defined
        ]
        final = "\n" if self.source.rich.source.endswith("\n") else ""
        if extras:
            base = text.rstrip()
            return base + "".join("\n\n" + extra for extra in extras) + final
        return final if dropped and not text.strip() else text


@dataclass
class Held:
    """A paragraph held outside an editor (find and replace, tests)."""

    content: Paragraph
    number: int = -1

    def key(self) -> int:
        return self.number

    def set_key(self, key: int) -> None:
        self.number = key

    def layout(self) -> Layout:
        return self.content.layout

    def paragraph(self) -> Paragraph:
        return self.content


def held(source: BlockSource) -> list[Held]:
    """The source's paragraphs as it read them, each with its key."""
    return [
        Held(paragraph, key)
        for paragraph, key in zip(source.rich.paragraphs, source.keys, strict=True)
    ]
