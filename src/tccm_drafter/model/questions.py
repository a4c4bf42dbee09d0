"""A consultation's questions -> sections (title, full question text, limits). No file access.

Two ways in: :func:`parse_questions` for text a user pasted (every item is a question), and
:func:`questions_from_call` for the paragraphs of a call's own file, read by
:mod:`tccm_drafter.storage.call_file` (only question-like items count: a call also has
background, instructions and addresses).

Rules a drafter can rely on:

- Numbered questions ("1.", "1)", "(1)", "Q1:", "Question 3 –", Word's own numbering) are
  top-level; lettered and roman sub-questions ("a)", "(b)", "(iii)") belong to the question
  before them. They stay in that question's text, one per line, and the section gets the
  question's limit; when sub-questions carry limits of their own, each becomes a section of
  its own ("Question 3(a)"), its text led by the main question.
- Limits in the text (:mod:`tccm_drafter.model.limits`) become the section's limits and leave
  the question's text.
- Titles are never cut: the question's first sentence or clause when it is short (at most
  :data:`TITLE_LIMIT` characters), else the call's own label ("Question 3"), else empty, and
  the templates then print the full question as the heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tccm_drafter.model.limits import find_limits
from tccm_drafter.model.submission import Section

TITLE_LIMIT = 80

_LABEL = re.compile(
    r"^\s*(?P<label>(?:question|q)\s*\d+[a-z]?\s*[.:)\-–—]?|\(?\d{1,3}[a-z]?[.)]|"
    r"\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|\(?[a-hA-H][.)]|[•\-*–·▪◦])\s+",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"^(?:question|q)\s*(\d+[a-z]?)", re.IGNORECASE)
_ROMAN = re.compile(r"^\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]$")
_LETTER = re.compile(r"^\(?[a-h][.)]$")
_ASKING = re.compile(
    r"^(?:please|describe|explain|provide|share|identify|list|outline|suggest|comment|give|"
    r"indicate|specify|elaborate|propose|tell|how|what|which|why|who|where|when|in\s+what|"
    r"to\s+what|do|does|is|are|should|can|could|would|have|has)\b",
    re.IGNORECASE,
)
_MAX_QUESTION = 3000


@dataclass(frozen=True)
class CallParagraph:
    """One paragraph of a call as a reader found it."""

    text: str
    #: The numbering shown in front of it ("3.", "a)", "Q3"); Word numbering comes here too.
    label: str = ""
    level: int = 0  # list level, 0 = top
    kind: str = "paragraph"  # "paragraph", "heading" or "table"


@dataclass
class Question:
    label: str
    text: str
    word_limit: int | None = None
    char_limit: int | None = None
    parts: list[Question] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        lines = [self.text] + [f"{p.label} {p.text}".strip() for p in self.parts]
        return "\n".join(line for line in lines if line)


def split_label(line: str) -> tuple[str, str]:
    """("3.", "What …?") from "3. What …?"; ("", line) when it carries no label."""
    found = _LABEL.match(line)
    if found is None:
        return "", line.strip()
    return found.group("label").strip(), line[found.end() :].strip()


def _is_sub(label: str, level: int) -> bool:
    plain = label.strip()
    return bool(_LETTER.match(plain) or _ROMAN.match(plain)) or level > 0


def label_title(label: str) -> str:
    """ "Question 3" from "3.", "Q3:", "Question 3 –"; "" for bullets and letters alone."""
    plain = label.strip().rstrip(".:)–—-").lstrip("(").strip()
    found = _QUESTION_WORD.match(plain)
    if found:
        return f"Question {found.group(1)}"
    if re.fullmatch(r"\d{1,3}[a-z]?", plain):
        return f"Question {plain}"
    return ""


def short_title(question: str, limit: int = TITLE_LIMIT) -> str:
    """The question's first sentence or clause when it has at most ``limit`` characters, else
    "" (a title is never cut short)."""
    text = " ".join(question.split())
    ends = [found for stop in ("?", ":", ";", ". ") if (found := text.find(stop)) > 0]
    if ends:
        text = text[: min(ends)]
    text = text.strip().rstrip(" .?:;,")
    return text if len(text) <= limit else ""


def title_for(question: str, label: str = "") -> str:
    return short_title(question) or label_title(label)


def display_title(title: str, question: str) -> str:
    """A section's heading: a title that an older version cut with "…" is made again."""
    if title.endswith("…") and " ".join(question.split()).startswith(title[:-1].strip()):
        return short_title(question)
    return title


def _with_limits(label: str, text: str) -> Question:
    limits = find_limits(text)
    return Question(label, limits.text, limits.words, limits.chars)


def _group(items: list[tuple[CallParagraph, bool]]) -> list[Question]:
    """Questions with their sub-questions; ``bool`` says whether the item is a question.

    Sub-items go to the numbered item before them, even when that item asks nothing itself
    ("3. Funding" followed by "a) How …?"); under a question, they are kept even when they
    ask nothing (options to choose from). A paragraph that only states a limit gives it to
    the question it follows.
    """
    questions: list[Question] = []
    parent: Question | None = None  # the latest top-level item, asking or not
    for item, asking in items:
        if item.kind == "limit":
            target = parent if parent is not None and parent in questions else None
            target = target or (questions[-1] if questions else None)
            if target is not None:
                limits = find_limits(item.text)
                target.word_limit = target.word_limit or limits.words
                target.char_limit = target.char_limit or limits.chars
            continue
        sub = _is_sub(item.label, item.level) and item.kind != "heading"
        if not sub:
            parent = _with_limits(item.label, item.text) if item.label or asking else None
            if asking and parent is not None:
                questions.append(parent)
            continue
        if parent is None or not (asking or parent in questions):
            if asking:
                questions.append(_with_limits(item.label, item.text))
            continue
        if parent not in questions:
            questions.append(parent)
        parent.parts.append(_with_limits(item.label, item.text))
    return questions


def limit_only(text: str) -> bool:
    """True for a line such as "(max. 300 words)" that states a limit and nothing else."""
    limits = find_limits(text)
    return bool(limits.words or limits.chars) and not limits.text


def to_sections(questions: list[Question]) -> list[Section]:
    sections: list[Section] = []
    for question in questions:
        own_limits = [p for p in question.parts if p.word_limit or p.char_limit]
        if not own_limits:
            sections.append(
                Section(
                    title=title_for(question.text, question.label),
                    question=question.full_text,
                    word_limit=question.word_limit,
                    char_limit=question.char_limit,
                )
            )
            continue
        main = label_title(question.label)
        for part in question.parts:
            mark = part.label.strip("().")
            label = f"{main}({mark})" if main else ""
            sections.append(
                Section(
                    title=title_for(part.text) or label,
                    question=f"{question.text}\n{part.label} {part.text}".strip(),
                    word_limit=part.word_limit or question.word_limit,
                    char_limit=part.char_limit or question.char_limit,
                )
            )
    return [s for s in sections if s.question]


def parse_questions(text: str) -> list[Section]:
    """Sections from pasted questions.

    Numbered questions may run over several lines; when no line is numbered, each non-empty
    line is one question. A limit written in the question becomes the section's limit.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    numbered = any(split_label(line)[0] for line in lines if line.strip())
    items: list[CallParagraph] = []
    for line in lines:
        if not line.strip():
            continue
        label, rest = split_label(line)
        if not numbered or label or not items:
            items.append(CallParagraph(rest, label))
        else:
            last = items[-1]
            items[-1] = CallParagraph(f"{last.text} {line.strip()}", last.label, last.level)
    return to_sections(_group([(item, bool(item.text)) for item in items]))


def _asks(item: CallParagraph) -> bool:
    """Whether a paragraph of a call is a question: it asks ("?"), or it is numbered and
    states a limit or starts like a request ("Describe …", "Please share …"). Unnumbered
    requests ("Please send your input by …") are instructions."""
    text = item.text.strip()
    if not text or len(text) > _MAX_QUESTION:
        return False
    if "?" in text:
        return True
    if item.kind == "heading" or not item.label:
        return False
    limits = find_limits(text)
    if limits.words or limits.chars:
        return bool(limits.text)
    return bool(_QUESTION_WORD.match(item.label.strip()) or _ASKING.match(text))


def questions_from_call(paragraphs: list[CallParagraph]) -> list[Question]:
    """The questions among a call's paragraphs (background and instructions left out).

    A paragraph that only states a limit ("(max. 300 words)") gives it to the question it
    follows; one that starts in lower case (a line the layout broke) continues the last.
    """
    merged: list[CallParagraph] = []
    for item in paragraphs:
        text = item.text.strip()
        if not text:
            continue
        if not item.label and limit_only(text):
            merged.append(CallParagraph(text, kind="limit"))
            continue
        previous = merged[-1] if merged else None
        continues = previous is not None and previous.kind != "limit" and not item.label
        if previous is not None and continues and text[0].islower():
            merged[-1] = CallParagraph(
                f"{previous.text} {text}", previous.label, previous.level, previous.kind
            )
            continue
        merged.append(CallParagraph(text, item.label, item.level, item.kind))
    return _group([(item, _asks(item)) for item in merged])


def sections_from_call(paragraphs: list[CallParagraph]) -> list[Section]:
    return to_sections(questions_from_call(paragraphs))


def call_title(paragraphs: list[CallParagraph]) -> str:
    """The call's own title: its first heading (else its first line) when that is short."""
    first = next((p for p in paragraphs if p.kind == "heading"), None)
    first = first or (paragraphs[0] if paragraphs else None)
    if first is None:
        return ""
    text = " ".join(f"{first.label} {first.text}".split())
    return text if len(text) <= 150 and "?" not in text else ""
