"""Find and Replace in the submission, on the text as it prints.

Every block is read as the editor shows it (``app/rich_read.py``): a match is found in a
paragraph's visible text or in a footnote's, never in Markdown syntax or in a field's name,
and never across a field, a footnote marker, a line break or two paragraphs. Replacing
writes the changed paragraphs back (``app/rich_source.py``): the rest of the block keeps its
bytes. The replacement takes the formatting of the match's first character.

:func:`replace_all` is one edit (one undo step); replacing in a library paragraph gives the
block its own wording (it becomes tailored), and the result counts those blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tccm_drafter.app.edits import Batch, Edit, ReplaceBlock
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_source import BlockSource, held
from tccm_drafter.app.rich_text import NoteRef, Paragraph, RichText, Run, Text, cut, splice
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Block, ParagraphBlock
from tccm_drafter.model.blocks import block_source, with_text

#: The most matches one search lists (a search for "e" in a long submission).
MAX_MATCHES = 10_000


@dataclass(frozen=True)
class Query:
    text: str
    match_case: bool = False
    whole_word: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        if not self.text:
            return None
        core = re.escape(self.text)
        if self.whole_word:
            core = rf"(?<!\w){core}(?!\w)"
        return re.compile(core, 0 if self.match_case else re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Match:
    section: int
    row: int
    #: The paragraph of the block (its footnotes come after its paragraphs, in order).
    part: int
    start: int
    end: int
    #: The footnote's label when the match is in a footnote's text.
    note: str | None = None

    @property
    def where(self) -> tuple[int, int, int, int]:
        return self.section, self.row, self.part, self.start


def parts(rich: RichText) -> list[tuple[tuple[Run, ...], str | None]]:
    """A block's searchable texts: its paragraphs, then its footnotes in the order of their
    markers, each (runs, the note's label or None)."""
    found: list[tuple[tuple[Run, ...], str | None]] = [(p.runs, None) for p in rich.paragraphs]
    seen: list[str] = []
    for paragraph in rich.paragraphs:
        for run in paragraph.runs:
            if isinstance(run, NoteRef) and run.label not in seen and run.label in rich.notes:
                seen.append(run.label)
    found += [(rich.notes[label], label) for label in seen]
    return found


def _visible(runs: tuple[Run, ...]) -> str:
    return Paragraph(runs).visible()


@lru_cache(maxsize=2048)
def _block_matches(markdown: str, query: Query) -> tuple[tuple[int, int, int, str | None], ...]:
    pattern = query.pattern()
    if pattern is None:
        return ()
    found: list[tuple[int, int, int, str | None]] = []
    for number, (runs, note) in enumerate(parts(parse(markdown))):
        for hit in pattern.finditer(_visible(runs)):
            if hit.end() > hit.start():
                found.append((number, hit.start(), hit.end(), note))
    return tuple(found)


def find_all(ws: Workspace, query: Query) -> list[Match]:
    """Every match in the submission, in the order of the document."""
    found: list[Match] = []
    for s, section in enumerate(ws.submission.sections):
        for r, block in enumerate(section.blocks):
            markdown = block_source(block, ws.library)
            for part, start, end, note in _block_matches(markdown, query):
                found.append(Match(s, r, part, start, end, note))
                if len(found) >= MAX_MATCHES:
                    return found
    return found


def next_match(
    ws: Workspace, query: Query, at: tuple[int, int, int, int], *, backwards: bool = False
) -> Match | None:
    """The match after position ``at`` (section, row, part, offset), or before it; the search
    goes round the submission's end."""
    matches = find_all(ws, query)
    if not matches:
        return None
    if backwards:
        before = [m for m in matches if m.where < at]
        return before[-1] if before else matches[-1]
    after = [m for m in matches if m.where >= at]
    return after[0] if after else matches[0]


def _style_at(runs: tuple[Run, ...], at: int) -> Text:
    after = cut(runs, at)[1]
    first = after[0] if after else None
    return first if isinstance(first, Text) else Text("")


def _replaced(
    runs: tuple[Run, ...], spans: list[tuple[int, int]], replacement: str
) -> tuple[Run, ...]:
    for start, end in sorted(spans, reverse=True):
        style = _style_at(runs, start).style
        put = (Text(replacement, style),) if replacement else ()
        runs = splice(runs, start, end, put)
    return runs


@dataclass(frozen=True)
class Replaced:
    """What a replace did: the edit (None: nothing to replace), how many matches, and how
    many library paragraphs got their own wording by it."""

    edit: Edit | None
    count: int
    tailored: int


def _replace_in_block(
    ws: Workspace, section: int, row: int, spans: list[tuple[int, int, int]], replacement: str
) -> tuple[Block, Block] | None:
    old = ws.block(section, row)
    markdown = block_source(old, ws.library)
    source = BlockSource.of(markdown)
    views = held(source)
    texts = parts(source.rich)
    for part in sorted({p for p, _s, _e in spans}):
        mine = [(s, e) for p, s, e in spans if p == part]
        runs, note = texts[part]
        changed = _replaced(runs, mine, replacement)
        if note is not None:
            source.set_note(note, changed)
        else:
            views[part].content = replace(views[part].content, runs=changed)
            source.touch(views[part].number)
    new = with_text(old, source.write(views), ws.library)
    return (old, new) if new != old else None


def _is_tailoring(old: Block, new: Block) -> bool:
    return (
        isinstance(old, ParagraphBlock)
        and isinstance(new, ParagraphBlock)
        and old.local_text is None
        and new.local_text is not None
    )


def replace_one(ws: Workspace, match: Match, query: Query, replacement: str) -> Replaced:
    """Replace ``match`` if it is still there."""
    markdown = block_source(ws.block(match.section, match.row), ws.library)
    here = (match.part, match.start, match.end, match.note)
    if here not in _block_matches(markdown, query):
        return Replaced(None, 0, 0)
    blocks = _replace_in_block(
        ws, match.section, match.row, [(match.part, match.start, match.end)], replacement
    )
    if blocks is None:
        return Replaced(None, 0, 0)
    old, new = blocks
    edit = ReplaceBlock(match.section, match.row, old, new, "Replace")
    return Replaced(edit, 1, int(_is_tailoring(old, new)))


def replace_all(ws: Workspace, query: Query, replacement: str) -> Replaced:
    """Replace every match, as one edit."""
    by_block: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for match in find_all(ws, query):
        by_block.setdefault((match.section, match.row), []).append(
            (match.part, match.start, match.end)
        )
    edits: list[Edit] = []
    count = tailored = 0
    for (section, row), spans in by_block.items():
        blocks = _replace_in_block(ws, section, row, spans, replacement)
        if blocks is None:
            continue
        old, new = blocks
        edits.append(ReplaceBlock(section, row, old, new, "Replace All"))
        count += len(spans)
        tailored += _is_tailoring(old, new)
    if not edits:
        return Replaced(None, 0, 0)
    return Replaced(Batch(edits, "Replace All"), count, tailored)
