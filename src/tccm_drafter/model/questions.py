"""A consultation's questions -> sections (title, full question text, limits). No file access.

Two ways in: :func:`parse_questions` for text a user pasted (every item is a question), and
:func:`questions_from_call` for the paragraphs of a call's own file, read by
:mod:`tccm_drafter.storage.call_file` (only question-like items count: a call also has
background, instructions and addresses). Which items those are is decided in
:mod:`tccm_drafter.model.call_outline` (with :mod:`~tccm_drafter.model.call_labels` for the
outline and :mod:`~tccm_drafter.model.call_inline` for lists inside a paragraph);
:mod:`tccm_drafter.model.call_reading` adds the deadline and the limits stated once.

Rules a drafter can rely on:

- Numbered questions ("1.", "1)", "(1)", "Q1:", "Question 3 –", Word's own numbering) are
  top-level; the items of a list inside a question's item belong to it. They stay in that
  question's text, one per line, and the section gets the question's limit; when they carry
  limits of their own, or when the item above them only introduces them, each becomes a
  section of its own ("Question 3(a)"), its text led by the item above.
- Limits in the text (:mod:`tccm_drafter.model.limits`) become the section's limits and leave
  the question's text.
- Titles are never cut: the question's first sentence or clause when it is short (at most
  :data:`TITLE_LIMIT` characters), else the call's own label ("Question 3"), else empty, and
  the templates then print the full question as the heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tccm_drafter.model.call_inline import split_inline, split_trailing_dash
from tccm_drafter.model.call_labels import split_label as split_label  # re-exported
from tccm_drafter.model.call_outline import (
    Item,
    asks,
    build,
    descendants,
    is_cue,
    requests_under,
    titled_items,
)
from tccm_drafter.model.limits import find_limits
from tccm_drafter.model.submission import Section

TITLE_LIMIT = 80
_QUESTION_WORD = re.compile(r"^(?:question|q)\s*(\d+[a-z]?)", re.IGNORECASE)


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
    #: The text of the item this question belongs to ("F) The panel…" before "1. How…?").
    lead: str = ""
    #: The title the call itself gives the question (a theme's name), if any.
    heading: str = ""

    @property
    def full_text(self) -> str:
        own = f"{self.label} {self.text}".strip()
        first = f"{self.lead}\n{own}" if self.lead else self.text
        lines = [first] + [f"{p.label} {p.text}".strip() for p in self.parts]
        return "\n".join(line for line in lines if line)


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
    if text.count("(") > text.count(")"):  # not inside brackets: "Issues (what?)" -> "Issues"
        text = text[: text.rfind("(")]
    text = text.strip().rstrip(" .?:;,")
    return text if len(text) <= limit else ""


def title_for(question: str, label: str = "") -> str:
    return short_title(question) or label_title(label)


def display_title(title: str, question: str) -> str:
    """A section's heading: a title that an older version cut with "…" is made again."""
    if title.endswith("…") and " ".join(question.split()).startswith(title[:-1].strip()):
        return short_title(question)
    return title


def _with_limits(label: str, text: str, lead: str = "") -> Question:
    limits = find_limits(text)
    return Question(label, limits.text, limits.words, limits.chars, lead=lead)


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
                    title=question.heading or title_for(question.text, question.label),
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


def prepare(paragraphs: list[CallParagraph]) -> list[Item]:
    """The call's paragraphs as outline items: a line that only states a limit becomes a limit
    line; one that starts in lower case (a line the layout broke) continues the last; a list
    written inside a paragraph becomes one item per entry."""
    items: list[Item] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        if not paragraph.label and limit_only(text):
            items.append(Item(text, kind="limit"))
            continue
        previous = items[-1] if items else None
        if (
            previous is not None
            and previous.kind not in ("limit", "heading")
            and not paragraph.label
            and paragraph.kind != "heading"
            and text[0].islower()
        ):
            previous.text = f"{previous.text} {text}"
            continue
        items.extend(_unfold(Item(text, paragraph.label, paragraph.kind)))
    return _trailing_dashes(items)


def _unfold(item: Item) -> list[Item]:
    if item.kind == "heading":
        return [item]
    lead, entries, tail = split_inline(item.text)
    if not entries:
        return [item]
    out: list[Item] = []
    if lead or not item.label:
        if lead:
            out.append(Item(lead, item.label, item.kind))
    else:  # "1. a) … b) …": the first entry stays in the item, after its label
        first_label, first = entries.pop(0)
        out.append(Item(f"{first_label} {first}", item.label, item.kind, inline=True))
    out += [Item(text, label, item.kind, inline=True) for label, text in entries]
    if tail:
        out.append(Item(tail, kind=item.kind))
    return out


def _trailing_dashes(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and following.label == "-":
            text, entry = split_trailing_dash(item.text)
            if entry:
                out += [Item(text, item.label, item.kind), Item(entry, "-", item.kind)]
                continue
        out.append(item)
    return out


@dataclass
class CallOutline:
    """The questions of a call, and the paragraphs that are not questions (for the limits
    and the deadline they may state)."""

    questions: list[Question]
    others: list[Item]


def _question(item: Item, lead: str = "") -> Question:
    question = _with_limits(item.label, item.text, lead)
    question.parts = [_with_limits(d.label, d.text) for d in descendants(item)]
    for line in item.limits:
        limits = find_limits(line)
        question.word_limit = question.word_limit or limits.words
        question.char_limit = question.char_limit or limits.chars
    return question


def outline_questions(roots: list[Item], *, every_item: bool = False) -> CallOutline:
    """Questions from the outline (see :mod:`~tccm_drafter.model.call_outline`);
    ``every_item``: pasted questions, where every item is one."""
    questions: list[Question] = []
    others: list[Item] = []
    for index, item in enumerate(roots):
        if item.kind == "request":
            continue
        requests = [] if every_item else requests_under(roots, index)
        if requests:
            question = _question(item)
            for request in requests:
                request.kind = "request"
                question.parts.append(_with_limits("", request.text))
            questions.append(question)
            continue
        if every_item or asks(item):
            questions.append(_question(item))
            continue
        titled = titled_items(roots, index) if is_cue(item.text) and not item.label else []
        if titled:
            others.append(item)
            for title, body in titled:
                title.kind = body.kind = "titled"
                question = _question(Item(body.text, kind="titled"), lead=title.text)
                question.heading = short_title(title.text)
                questions.append(question)
            continue
        if item.kind == "titled":
            continue
        asking = [child for child in item.children if asks(child)]
        if asking and item.label:
            questions += [_question(child, lead=item.text) for child in asking]
        elif item.label and item.children and (item.cue or item.text.rstrip().endswith(":")):
            questions.append(_question(item))
        else:
            others.append(item)
            others += [d for d in descendants(item) if not asks(d)]
    return CallOutline(questions, others)


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
    roots = build([Item(p.text, p.label) for p in items if p.text])
    return to_sections(outline_questions(roots, every_item=True).questions)


def call_outline(paragraphs: list[CallParagraph]) -> CallOutline:
    """The questions among a call's paragraphs (background and instructions left out), and
    the paragraphs that are not questions."""
    return outline_questions(build(prepare(paragraphs)))


def questions_from_call(paragraphs: list[CallParagraph]) -> list[Question]:
    return call_outline(paragraphs).questions


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
