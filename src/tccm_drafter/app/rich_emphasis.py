"""Bold and italic as Markdown can hold them.

Markdown cannot make every character bold or italic on its own: emphasis cannot start or end
on a space, nor on punctuation standing between a word and the emphasis (``word**.**``), and
a ``*`` between two words can both open and close. :func:`normalise` takes such spaces and
punctuation out of the emphasis (letters and digits keep their formatting exactly), and
:func:`intervals` says where the writer (``app/rich_markdown.py``) puts ``**`` and ``*``:
trimmed that way and properly nested. Characters are classed as markdown-it classes them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from tccm_drafter.app.rich_text import Break, Field, Run, Text, merged

#: Line ends in text become spaces; the renderer's own markers and stray object characters go.
#: (Other control characters are left for the save to remove and report, as it always does.)
_CLEAN_TABLE: dict[int, str | None] = {ord(c): " " for c in "\n\r\u2028\u2029\x85\x0b\x0c"}
_CLEAN_TABLE.update({code: None for code in (*range(0xE000, 0xE020), 0xFFFC)})
_CLEAN = str.maketrans(_CLEAN_TABLE)

WS, PUNCT, WORD = 0, 1, 2


def clean_runs(runs: Sequence[Run]) -> list[Run]:
    """The runs as text can hold them: no line ends, markers or control characters in text;
    code neither bold nor italic (the renderer prints code spans plain)."""
    out: list[Run] = []
    for run in runs:
        if isinstance(run, Text):
            text = run.text.translate(_CLEAN)
            style = run.style
            if style.code and (style.bold or style.italic):
                style = replace(style, bold=False, italic=False)
            if text:
                out.append(Text(text, style))
        elif isinstance(run, Field):
            out.append(Field(run.name, replace(run.style, code=False)))
        else:
            out.append(run)
    return list(merged(out))


_CodeTest = Callable[[int], bool]


@cache
def _character_tests() -> tuple[_CodeTest, _CodeTest, Callable[[str], bool]]:
    """markdown-it's own character classes, loaded on first use (not before the first frame)."""
    from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

    return isWhiteSpace, isMdAsciiPunct, isPunctChar


def _class_of(character: str) -> int:
    isWhiteSpace, isMdAsciiPunct, isPunctChar = _character_tests()
    code = ord(character)
    if isWhiteSpace(code):
        return WS
    if isMdAsciiPunct(code) or isPunctChar(character):
        return PUNCT
    return WORD


def _marks(run: Run) -> tuple[bool, bool]:
    if isinstance(run, Text | Field):
        return run.style.bold, run.style.italic
    return False, False


def link_of(run: Run) -> str | None:
    return run.style.link if isinstance(run, Text | Field) else None


class Units:
    """A stretch of runs as units: each character of plain text is one, and so is each code
    span, field, note marker and line break. Emphasis starts and ends between units."""

    def __init__(self, runs: Sequence[Run]) -> None:
        self.runs = list(runs)
        self.starts: list[int] = []
        length = 0
        for run in self.runs:
            self.starts.append(length)
            length += len(run.text) if isinstance(run, Text) and not run.style.code else 1
        self.length = length

    def kind(self, index: int) -> int:
        """WS, PUNCT or WORD; the ends of the stretch count as space."""
        if index < 0 or index >= self.length:
            return WS
        number = bisect_right(self.starts, index) - 1
        run = self.runs[number]
        if isinstance(run, Text):
            if run.style.code:
                return PUNCT  # the backtick
            return _class_of(run.text[index - self.starts[number]])
        if isinstance(run, Break):
            return WS
        return WORD if isinstance(run, Field) else PUNCT  # a note marker: [^1]

    def intervals(self, mark: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        start: int | None = None
        for number, run in enumerate(self.runs):
            on = _marks(run)[mark]
            if on and start is None:
                start = self.starts[number]
            elif not on and start is not None:
                found.append((start, self.starts[number]))
                start = None
        if start is not None:
            found.append((start, self.length))
        return found

    def pieces(self, cuts: set[int]) -> list[tuple[int, Run]]:
        """The runs with plain text cut at ``cuts``: (where each piece starts, piece)."""
        out: list[tuple[int, Run]] = []
        for number, run in enumerate(self.runs):
            start = self.starts[number]
            if not is_plain(run):
                out.append((start, run))
                continue
            assert isinstance(run, Text)
            end = start + len(run.text)
            inner = sorted(p for p in cuts if start < p < end) if cuts else []
            at = start
            for point in [*inner, end]:
                out.append((at, Text(run.text[at - start : point - start], run.style)))
                at = point
        return out


def is_plain(run: Run) -> bool:
    return isinstance(run, Text) and not run.style.code


def _trim(units: Units, start: int, end: int) -> tuple[int, int]:
    """The part of [start, end) that Markdown can make bold or italic."""
    while start < end:
        inside, outside = units.kind(start), units.kind(start - 1)
        if inside == WS or (inside == PUNCT and outside == WORD):
            start += 1
        else:
            break
    while end > start:
        inside, outside = units.kind(end - 1), units.kind(end)
        if inside == WS or (inside == PUNCT and outside == WORD):
            end -= 1
        else:
            break
    return start, end


Interval = tuple[int, int, int]  # start, end, mark (0 bold, 1 italic)


def intervals(units: Units) -> list[Interval]:
    """Where bold and italic go: trimmed (see :func:`_trim`) and never crossing (an italic
    interval that crosses a bold one is cut at the bold one's edge)."""
    bold = [_trim(units, s, e) for s, e in units.intervals(0)]
    bold = [b for b in bold if b[0] < b[1]]
    edges = sorted({p for b in bold for p in b})
    out: list[Interval] = [(s, e, 0) for s, e in bold]
    for s, e in units.intervals(1):
        cuts = [s, *(p for p in edges if s < p < e), e]
        for a, b in pairwise(cuts):
            a, b = _trim(units, a, b)
            if a < b:
                out.append((a, b, 1))
    return out


def normalise(runs: Sequence[Run]) -> list[Run]:
    """The runs as Markdown can hold them: bold and italic taken off spaces and punctuation at
    their edges where Markdown cannot start or end emphasis (see the module's description)."""
    out: list[Run] = []
    for segment in segments(clean_runs(runs)):
        out += _normalised_segment(segment)
    return list(merged(out))


def segments(runs: Sequence[Run]) -> list[list[Run]]:
    """Runs split where the link changes (a link is written as one ``[text](target)``)."""
    found: list[list[Run]] = []
    for run in runs:
        if found and link_of(found[-1][-1]) == link_of(run):
            found[-1].append(run)
        else:
            found.append([run])
    return found


def _normalised_segment(runs: list[Run]) -> list[Run]:
    units = Units(runs)
    placed = intervals(units)
    cuts = {p for interval in placed for p in interval[:2]}
    out: list[Run] = []
    for start, run in units.pieces(cuts):
        bold = any(s <= start < e for s, e, m in placed if m == 0)
        italic = any(s <= start < e for s, e, m in placed if m == 1)
        if isinstance(run, Text):
            out.append(Text(run.text, replace(run.style, bold=bold, italic=italic)))
        elif isinstance(run, Field):
            out.append(Field(run.name, replace(run.style, bold=bold, italic=italic)))
        else:
            out.append(run)
    return list(merged(out))
