"""Runs back to Markdown: what the editor writes for a paragraph the user changed.

The Markdown is the one the renderer reads (``render/markdown_parse.py``) and prints as the
editor showed it. Text is escaped where Markdown would read it as markup (``*``, ``_``,
``[``, a ``-`` or ``1.`` starting a line, an ``&`` that would start an entity, ``{{``...);
fields are written as ``{{ name }}``, note markers as ``[^label]``, line breaks as a backslash
at the line's end, links as ``[text](target)``. Bold and italic are ``**`` and ``*``, placed
by ``app/rich_emphasis.py``; where delimiters meet inside a word the paragraph is read back
to check it, and written another way if Markdown would read it otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tccm_drafter.app.rich_emphasis import (
    WS,
    Interval,
    Units,
    clean_runs,
    intervals,
    link_of,
    normalise,
    segments,
)
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_text import (
    Break,
    Field,
    Kind,
    NoteRef,
    Paragraph,
    Run,
    Style,
    Text,
    merged,
)

#: Characters escaped wherever they stand in text (and ``#`` in headings).
_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_[]<{"})
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: What a line of text may not start with as it is.
_LINE_START = re.compile(r"[#>+\-=~|]|[0-9]{1,9}(?=[.)])")
_ESCAPE_HEADING = str.maketrans({c: "\\" + c for c in "\\`*_[]<{#"})


def escape_text(text: str, *, heading: bool = False) -> str:
    escaped = text.translate(_ESCAPE_HEADING if heading else _ESCAPE)
    return _ENTITY.sub(r"\\&", escaped) if "&" in escaped else escaped


def _code(text: str) -> str:
    longest = max((len(m) for m in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    spaced = text.startswith(" ") and text.endswith(" ") and bool(text.strip())
    pad = " " if text.startswith("`") or text.endswith("`") or spaced else ""
    return fence + pad + text + pad + fence


def _destination(target: str) -> str:
    if not target or not re.search(r"[\s()<>\\]", target):
        return target
    return "<" + re.sub(r"([<>\\])", r"\\\1", re.sub(r"[\r\n]", " ", target)) + ">"


class _Writer:
    def __init__(self, indent: str, heading: bool, italic_mark: str) -> None:
        self.out: list[str] = []
        self.indent = indent
        self.heading = heading
        self.italic_mark = italic_mark
        self.line_start = True
        self.after_note = False
        #: Where delimiters meet inside a word (segment number, interval): the result is
        #: read back to check it.
        self.risky: list[tuple[int, Interval]] = []
        self.number = -1

    def text(self, text: str) -> None:
        if self.line_start:
            text = text.lstrip(" \t")
            if not text:
                return
        escaped = escape_text(text, heading=self.heading)
        if self.line_start:
            found = _LINE_START.match(text)
            if found is not None and not (self.heading and text[0] == "#"):
                at = found.end() if text[0].isdigit() else 0
                escaped = (
                    escape_text(text[:at], heading=self.heading)
                    + "\\"
                    + escape_text(text[at:], heading=self.heading)
                )
        if self.after_note and escaped[:1] in (":", "("):  # not a definition, not a link
            escaped = "\\" + escaped
        self.put(escaped)

    def bracket(self) -> None:
        """A ``[`` follows: ``!`` or ``^`` before it would make an image or an inline note."""
        if self.out and self.out[-1][-1:] in ("!", "^"):
            self.out[-1] = self.out[-1][:-1] + "\\" + self.out[-1][-1]

    def put(self, markdown: str) -> None:
        if markdown:
            self.out.append(markdown)
            self.line_start = False
            self.after_note = False

    def segment(self, runs: list[Run]) -> None:
        self.number += 1
        link = link_of(runs[0])
        if link is not None:
            self.bracket()
            self.put("[")
        units = Units(runs)
        placed = intervals(units)
        opens: dict[int, list[Interval]] = {}
        closes: dict[int, list[Interval]] = {}
        for interval in placed:
            opens.setdefault(interval[0], []).append(interval)
            closes.setdefault(interval[1], []).append(interval)
        open_now: list[Interval] = []
        for start, run in [*units.pieces(set(opens) | set(closes)), (units.length, None)]:
            closing = sorted(closes.get(start, []), key=lambda i: (-i[0], i[2]))
            opening = sorted(opens.get(start, []), key=lambda i: (-i[1], i[2]))
            if closing and opening:  # a closer next to an opener
                self.risky += [(self.number, i) for i in (*closing, *opening)]
            for interval in closing:
                open_now.remove(interval)
            if opening and open_now and units.kind(start - 1) != WS:
                # an opener inside a word, within other emphasis
                self.risky += [(self.number, i) for i in (*open_now, *opening)]
            open_now += opening
            self.put("".join(self._mark(i) for i in (*closing, *opening)))
            if run is not None:
                self._run(run)
        if link is not None:
            self.put("](" + _destination(link) + ")")

    def _mark(self, interval: Interval) -> str:
        return "**" if interval[2] == 0 else self.italic_mark

    def _run(self, run: Run) -> None:
        if isinstance(run, Text):
            if run.style.code:
                self.put(_code(run.text))
            else:
                self.text(run.text)
        elif isinstance(run, Field):
            self.put("{{ " + run.name + " }}")
        elif isinstance(run, NoteRef):
            self.bracket()
            self.put("[^" + run.label + "]")
            self.after_note = True
        elif self.heading:
            self.text(" ")
        else:
            self.out.append("\\\n" + self.indent)
            self.line_start = True


def inline_markdown(runs: Sequence[Run], indent: str = "", *, heading: bool = False) -> str:
    """The Markdown of a paragraph's runs (``indent`` starts each line after a break)."""
    return write_inline(runs, indent, heading=heading)[0]


def write_inline(
    runs: Sequence[Run], indent: str = "", *, heading: bool = False
) -> tuple[str, list[Run] | None]:
    """The Markdown of a paragraph's runs, and None, or, where Markdown could not hold some
    bold or italic inside a word, the runs it does hold (for the editor to show them)."""
    cleaned = _without_empty_lines(clean_runs(runs))
    if not cleaned:
        return "", None
    text, risky = _write(cleaned, indent, heading, "*")
    if not risky:
        return text, normalise(cleaned) if _styled_code(runs) else None
    # Delimiters meet inside words: read the paragraph back, and write it another way if
    # Markdown would read it otherwise; the last ways take emphasis off there, never text.
    expected = normalise(cleaned)
    if _reads_as(text, expected):
        return text, None
    text = _write(cleaned, indent, heading, "_")[0]
    if _reads_as(text, expected):
        return text, None
    for level in (_ITALIC, _BOTH, _SEGMENT):
        candidate = _without(cleaned, risky, level)
        text, risky_now = _write(candidate, indent, heading, "*")
        written = normalise(candidate)
        if level == _SEGMENT or not risky_now or _reads_as(text, written):
            return text, written
    raise AssertionError("unreachable")


def _blank(run: Run) -> bool:
    return isinstance(run, Text) and not run.style.code and not run.text.strip()


def _without_empty_lines(runs: list[Run]) -> list[Run]:
    """No line break with nothing but spaces after it at the end, or before it at the start
    (Markdown cannot end a paragraph with a break)."""
    breaks = [n for n, run in enumerate(runs) if isinstance(run, Break)]
    while breaks and all(_blank(run) for run in runs[breaks[-1] + 1 :]):
        runs = runs[: breaks.pop()]
    while breaks and all(_blank(run) for run in runs[: breaks[0]]):
        cut = breaks.pop(0) + 1
        runs = runs[cut:]
        breaks = [n - cut for n in breaks]
    return runs


def _styled_code(runs: Sequence[Run]) -> bool:
    return any(
        isinstance(r, Text) and r.style.code and (r.style.bold or r.style.italic) for r in runs
    )


def _write(
    runs: list[Run], indent: str, heading: bool, italic_mark: str
) -> tuple[str, list[tuple[int, Interval]]]:
    writer = _Writer(indent, heading, italic_mark)
    for segment in segments(runs):
        writer.segment(segment)
    return "".join(writer.out), writer.risky


_ITALIC, _BOTH, _SEGMENT = range(3)


def _without(runs: list[Run], risky: list[tuple[int, Interval]], level: int) -> list[Run]:
    """The runs with emphasis taken off where delimiters met: the italic of those places, or
    their bold and italic, or all emphasis of the links or stretches they are in."""
    out: list[Run] = []
    for number, segment in enumerate(segments(runs)):
        involved = [interval for n, interval in risky if n == number]
        if not involved:
            out += segment
            continue
        units = Units(segment)
        cuts = {p for interval in involved for p in interval[:2]}
        for start, run in units.pieces(cuts):
            off = {m for s, e, m in involved if s <= start < e and (level or m == 1)}
            if level == _SEGMENT:
                off = {0, 1}
            out.append(_unmarked(run, off))
    return list(merged(out))


def _unmarked(run: Run, off: set[int]) -> Run:
    def strip(style: Style) -> Style:
        return replace(
            style, bold=style.bold and 0 not in off, italic=style.italic and 1 not in off
        )

    if isinstance(run, Text):
        return Text(run.text, strip(run.style))
    if isinstance(run, Field):
        return Field(run.name, strip(run.style))
    return run


def _reads_as(markdown: str, expected: Sequence[Run]) -> bool:
    labels = dict.fromkeys(run.label for run in expected if isinstance(run, NoteRef))
    notes = "".join(f"\n\n[^{label}]: x" for label in labels)
    found = parse(markdown + notes).paragraphs
    return len(found) == 1 and printed(found[0].runs) == printed(expected)


def printed(runs: Sequence[Run]) -> tuple[Run, ...]:
    """The runs as they print: spaces at the start and end of the paragraph and around line
    breaks go (Markdown drops them), line breaks at either end too."""
    items = list(merged(runs))
    while items and isinstance(items[0], Break):
        items.pop(0)
    while items and isinstance(items[-1], Break):
        items.pop()
    out: list[Run] = []
    for number, run in enumerate(items):
        if isinstance(run, Text) and not run.style.code:
            text = run.text
            if number == 0 or isinstance(items[number - 1], Break):
                text = text.lstrip() if number == 0 else text.lstrip(" \t")
            if number == len(items) - 1 or isinstance(items[number + 1], Break):
                text = text.rstrip() if number == len(items) - 1 else text.rstrip(" \t")
            if text:
                out.append(Text(text, run.style))
        else:
            out.append(run)
    return merged(out)


def paragraph_markdown(paragraph: Paragraph, prefix: str = "") -> str:
    """A paragraph's Markdown: its list or heading marker (``prefix``) and its text. "" for a
    paragraph with nothing to print."""
    return write_paragraph(paragraph, prefix)[0]


def write_paragraph(paragraph: Paragraph, prefix: str = "") -> tuple[str, list[Run] | None]:
    """:func:`paragraph_markdown`, and the runs it holds where it could not hold them all
    (see :func:`write_inline`)."""
    layout = paragraph.layout
    if layout.kind is Kind.MARKDOWN:
        text = "".join(r.text if isinstance(r, Text) else "\n" for r in paragraph.runs)
        return text.replace("\u2028", "\n").strip("\n"), None
    heading = layout.kind is Kind.HEADING
    if heading:
        prefix = "#" * max(1, min(layout.level, 6)) + " "
    indent = " " * len(prefix) if layout.is_list else ""
    runs = paragraph.runs
    if heading and any(isinstance(run, Break) for run in runs):  # a heading is one line
        runs = merged(Text(" ") if isinstance(run, Break) else run for run in runs)
    inline, written = write_inline(runs, indent, heading=heading)
    if written is None and runs is not paragraph.runs:
        written = normalise(runs)
    return (prefix + inline if inline else ""), written


def definition_markdown(label: str, runs: Sequence[Run]) -> str:
    """A footnote's definition: ``[^label]: text`` (continued lines indented)."""
    return f"[^{label}]: " + inline_markdown(runs, "    ")
