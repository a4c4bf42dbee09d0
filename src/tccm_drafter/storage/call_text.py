"""The paragraphs of a call's text: plain text, Markdown, and the text of a PDF's pages.

Three kinds of line breaks have to be told apart:

- web text copied into a .txt (lines longer than anyone wraps by hand): every line break ends
  a paragraph;
- text wrapped by hand or by a mail program: a line continues the paragraph before it unless a
  blank line, a list label or a short line before a capital says otherwise;
- a PDF page laid out line by line (pypdf's layout mode): the first lines up to a gap are
  the title, blank lines separate paragraphs, indentation shows list items (a continuation
  line hangs under the item's first word, so a line less indented than the one before
  starts an item) and a bullet that came out as nothing still leaves the item indented.

A word broken at a line end keeps its hyphen when it is a compound: the next part starts with
a capital ("Secretary-\\nGeneral"), the document writes it with the hyphen elsewhere, or it
starts with a prefix that makes compounds ("multi-", "non-", "cross-"); otherwise the hyphen
was the typesetter's and goes ("consulta-\\ntion" is "consultation").
"""

from __future__ import annotations

import re

from tccm_drafter.model.questions import CallParagraph, limit_only, split_label

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_COMPOUND_PREFIXES = frozenset(
    "all anti co counter cross cyber decision e ex follow full half high inter least long "
    "low multi non one open post pre real right self short state two well world".split()
)
_CLOSERS = " \"'”’»)]"
#: Lines this long are not wrapped by hand: a text with many (a fifth of its lines) is web
#: text, one paragraph per line.
_UNWRAPPED = 100


class _Paragraphs:
    """Paragraphs being collected line by line."""

    def __init__(self) -> None:
        self.out: list[CallParagraph] = []
        self.lines: list[str] = []
        self.label = ""
        self.level = 0
        self.indent = 0  # of the paragraph's last line

    def flush(self) -> None:
        if self.lines:
            text = " ".join(self.lines).strip()
            if text:
                self.out.append(CallParagraph(text, self.label, self.level))
        self.lines, self.label, self.level = [], "", 0

    def start(self, text: str, label: str, level: int, indent: int) -> None:
        self.flush()
        self.lines, self.label, self.level, self.indent = [text], label, level, indent


def _width(lines: list[str]) -> float:
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return 0.0
    return float(lengths[int(0.9 * (len(lengths) - 1))])


def _vocabulary(text: str) -> set[str]:
    return {word.lower() for word in _WORDS.findall(text)}


def _join_hyphenated(before: str, after: str, vocabulary: set[str]) -> str:
    """``before`` ends with a hyphen that broke a word at the line end."""
    head = re.search(r"([^\W\d_]+)-$", before)
    tail = re.match(r"[^\W\d_]+", after)
    if head is None or tail is None:
        return f"{before}{after}"
    first, second = head.group(1), tail.group(0)
    keep = (
        not second[0].islower()
        or f"{first}-{second}".lower() in vocabulary
        or (f"{first}{second}".lower() not in vocabulary and first.lower() in _COMPOUND_PREFIXES)
    )
    return f"{before}{after}" if keep else f"{before[:-1]}{after}"


def _starts_paragraph(previous: str, line: str, width: float) -> bool:
    """Whether ``line`` starts a new paragraph after ``previous`` (both stripped)."""
    first = line[:1]
    if not (first.isupper() or first.isdigit() or first in "\"“'‘("):
        return False
    if previous.endswith(":") or len(previous) < 0.75 * width:
        return True
    # A title under a paragraph: short, no closing punctuation, after a finished sentence.
    return (
        previous.rstrip(_CLOSERS)[-1:] in ".?!"
        and len(line) < 0.75 * width
        and line.rstrip(_CLOSERS)[-1:] not in ".?!:;,"
    )


def text_paragraphs(text: str, *, layout: bool = False) -> list[CallParagraph]:
    """Paragraphs of plain text (``layout``: the text of a PDF's pages, line by line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    lines = [line.replace("\u00ad", "-").rstrip() for line in lines]
    width = _width(lines)
    filled = [line for line in lines if line.strip()]
    web_text = not layout and sum(len(line) > _UNWRAPPED for line in filled) >= max(
        1.0, 0.2 * len(filled)
    )
    vocabulary = _vocabulary(text) if layout or not web_text else set()
    paragraphs = _Paragraphs()
    previous = ""
    title = layout  # a PDF's first lines, up to the first gap, are its title
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            paragraphs.flush()
            previous = ""
            title = title and not paragraphs.out
            continue
        if title and paragraphs.lines and not split_label(stripped)[0]:
            paragraphs.lines.append(stripped)
            continue
        indent = len(raw) - len(raw.lstrip())
        label, rest = split_label(stripped)
        level = 1 if indent >= 2 else 0
        if not label and limit_only(stripped):
            paragraphs.start(stripped, "", 0, indent)
            paragraphs.flush()
            previous = ""
            continue
        current = paragraphs.lines
        if label:
            paragraphs.start(rest, label, level, indent)
        elif not current or web_text:
            lost_bullet = layout and indent >= 3 and not current
            paragraphs.start(stripped, "•" if lost_bullet else "", level, indent)
        elif current[-1].endswith("-") and current[-1][-2:-1].isalpha():
            current[-1] = _join_hyphenated(current[-1], stripped, vocabulary)
            paragraphs.indent = indent
        elif stripped[0].islower() or not _starts_paragraph(previous, stripped, width):
            if layout and indent < paragraphs.indent:
                paragraphs.start(stripped, "•" if indent >= 3 else "", level, indent)
            else:
                current.append(stripped)
                paragraphs.indent = indent
        else:
            lost_bullet = layout and indent >= 3
            paragraphs.start(stripped, "•" if lost_bullet else "", level, indent)
        previous = raw.rstrip() if layout else stripped
    paragraphs.flush()
    return paragraphs.out


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def markdown_paragraphs(text: str) -> list[CallParagraph]:
    """Paragraphs of Markdown: headings marked as such, emphasis and links as plain text."""
    out: list[CallParagraph] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            out.extend(text_paragraphs(_MD_LINK.sub(r"\1", "\n".join(chunk))))
            chunk.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        plain = _MD_EMPHASIS.sub(r"\2", line)
        if _MD_HEADING.match(plain):
            flush()
            heading = _MD_HEADING.sub("", plain).strip().rstrip("#").strip()
            label, rest = split_label(heading)
            out.append(CallParagraph(_MD_LINK.sub(r"\1", rest), label, 0, "heading"))
        else:
            chunk.append(plain)
    flush()
    return out
