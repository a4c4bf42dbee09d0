"""Word runs back to the Markdown subset the exports write.

Kept: paragraphs, bold, italic, links (their address), footnotes (as Markdown footnotes with
their text), line breaks, headings inside a block (``#``…) and bulleted or numbered list items
(``-`` / ``1.``, nested by their Word list level). Lost: fonts, sizes, colours, highlighting,
underline and strike-through, code formatting, tables (their paragraphs come back one by
one), images, text boxes and field codes (a field's current result is kept as text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_ESCAPE = re.compile(r"([\\`*_\[\]])")
_LINE_START = re.compile(r"^(\s*)(\d{1,9})?([#>+\-.)])(\s|$)")


@dataclass(frozen=True)
class Segment:
    """A stretch of text with one formatting, a line break, or a footnote reference."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    link: str | None = None
    #: For a footnote reference: the footnote's own text (None: not a footnote reference).
    footnote: tuple[Segment, ...] | None = None
    line_break: bool = False


def plain_text(segments: Iterable[Segment]) -> str:
    """What a reader sees in the paragraph, footnotes left out."""
    return "".join("\n" if s.line_break else s.text for s in segments if s.footnote is None)


def footnote_texts(segments: Iterable[Segment]) -> list[str]:
    return [plain_text(s.footnote) for s in segments if s.footnote is not None]


def escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


class MarkdownWriter:
    """Turns paragraphs of segments into one block's Markdown, numbering its footnotes."""

    def __init__(self) -> None:
        self._definitions: list[str] = []

    def paragraph(self, segments: Sequence[Segment], prefix: str = "") -> str:
        text = self._inline(segments).strip()
        if not prefix:
            # A paragraph that starts like Markdown block syntax must stay a paragraph.
            text = _LINE_START.sub(_escape_line_start, text)
        return prefix + text

    def block(self, paragraphs: Sequence[tuple[Sequence[Segment], str]]) -> str:
        """Paragraphs ``(segments, prefix)`` as Markdown; list items stay one list."""
        out: list[str] = []
        previous_list = False
        for segments, prefix in paragraphs:
            line = self.paragraph(segments, prefix)
            if not line.strip():
                continue
            is_list = prefix.lstrip().startswith(("- ", "1. "))
            if out:
                out.append("\n" if is_list and previous_list else "\n\n")
            out.append(line)
            previous_list = is_list
        if self._definitions:
            out.append("\n\n" + "\n".join(self._definitions))
        return "".join(out)

    def _inline(self, segments: Sequence[Segment]) -> str:
        out: list[str] = []
        index = 0
        while index < len(segments):
            segment = segments[index]
            if segment.footnote is not None:
                label = len(self._definitions) + 1
                note = MarkdownWriter()._inline(segment.footnote).strip()
                self._definitions.append(f"[^{label}]: {note}")
                out.append(f"[^{label}]")
                index += 1
                continue
            if segment.link:
                end = index
                while end < len(segments) and segments[end].link == segment.link:
                    end += 1
                inner = self._styled(segments[index:end])
                out.append(f"[{inner}]({_link_target(segment.link)})")
                index = end
                continue
            end = index
            while end < len(segments) and not segments[end].link and segments[end].footnote is None:
                end += 1
            out.append(self._styled(segments[index:end]))
            index = end
        return "".join(out)

    def _styled(self, segments: Sequence[Segment]) -> str:
        out: list[str] = []
        index = 0
        while index < len(segments):
            first = segments[index]
            if first.line_break:
                out.append("\\\n")
                index += 1
                continue
            end = index
            text = ""
            while (
                end < len(segments)
                and not segments[end].line_break
                and (segments[end].bold, segments[end].italic) == (first.bold, first.italic)
            ):
                text += segments[end].text
                end += 1
            out.append(_emphasis(escape(text), first.bold, first.italic))
            index = end
        return "".join(out)


def _escape_line_start(found: re.Match[str]) -> str:
    digits = found.group(2) or ""
    marker = found.group(3)
    if bool(digits) != (marker in ".)"):
        return found.group(0)
    return f"{found.group(1)}{digits}\\{marker}{found.group(4)}"


def _emphasis(text: str, bold: bool, italic: bool) -> str:
    """``**text**`` with the spaces outside the markers (else Markdown ignores them)."""
    marker = ("**" if bold else "") + ("*" if italic else "")
    core = text.strip()
    if not marker or not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker[::-1]}{trail}"


def _link_target(target: str) -> str:
    if re.search(r"[\s()<>]", target):
        return "<" + target.replace("<", "%3C").replace(">", "%3E") + ">"
    return target
