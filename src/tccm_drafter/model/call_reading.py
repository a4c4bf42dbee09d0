"""What a call for input asks, read from its paragraphs: its title, its questions as
sections, the limits it states once for all answers, and its deadline. No file access.

Limits stated once (in a paragraph that is not a question):

- for every answer: "Your submission to each question should not exceed 500 words", "300
  words per answer" -> the consultation's ``Rules.word_limit`` / ``char_limit``, which every
  section without a limit of its own inherits;
- for the submission as a whole: "The papers, of approximately 2000 words, …", "Submissions
  should not exceed 2,500 words", "-Content contribution: up to 10,000 characters" ->
  ``Rules.total_word_limit`` / ``total_char_limit``;
- a limit for another field of a form ("-Abstract: up to 500 characters", "Title (60
  characters)") is none of these and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tccm_drafter.model.call_deadline import find_deadline
from tccm_drafter.model.call_outline import Item
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.model.limits import find_limits
from tccm_drafter.model.questions import CallParagraph, call_outline, call_title, to_sections
from tccm_drafter.model.submission import Rules, Section

_EACH = re.compile(
    r"\b(?:each|every|per|any\s+one)\s+(?:\w+\s+){0,2}?(?:questions?|answers?|responses?|"
    r"repl(?:y|ies)|items?|sections?|topics?|themes?)\b|\b(?:answers?|responses?|replies)\b"
    r"[^.]{0,60}\beach\b",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"\b(?:content|contributions?|submissions?|responses?|answers?|inputs?|papers?|texts?|"
    r"essays?|statements?|comments?|documents?|proposals?|descriptions?|body|views)\b",
    re.IGNORECASE,
)
_FIELD_NAME = re.compile(r"^\s*([\w /&'’-]{1,40}?)\s*:")


@dataclass
class CallReading:
    """A call as New from Call… shows it before the submission is made."""

    title: str
    sections: list[Section] = field(default_factory=list)
    deadline: Deadline | None = None
    #: The limits stated once: for every answer, and for the submission as a whole.
    rules: Rules = field(default_factory=Rules)


def _limit_subject(item: Item) -> str:
    """ "each", "total" or "" (another field, or no telling) for a paragraph with a limit."""
    text = item.text
    name = _FIELD_NAME.match(text)
    if item.label and name is not None:
        return "total" if _BODY.search(name.group(1)) else ""
    if _EACH.search(text):
        return "each"
    return "total" if _BODY.search(text) else ""


def shared_limits(others: list[Item]) -> Rules:
    """The limits stated once, from the paragraphs that are not questions."""
    rules = Rules()
    for item in others:
        limits = find_limits(item.text)
        if not (limits.words or limits.chars):
            continue
        subject = _limit_subject(item)
        if subject == "each":
            rules.word_limit = rules.word_limit or limits.words
            rules.char_limit = rules.char_limit or limits.chars
        elif subject == "total":
            rules.total_word_limit = rules.total_word_limit or limits.words
            rules.total_char_limit = rules.total_char_limit or limits.chars
    return rules


def read_call_paragraphs(paragraphs: list[CallParagraph]) -> CallReading:
    """Everything New from Call… needs from a call's paragraphs (see the module's rules, and
    :mod:`~tccm_drafter.model.call_outline` for which paragraphs are questions)."""
    outline = call_outline(paragraphs)
    return CallReading(
        title=call_title(paragraphs),
        sections=to_sections(outline.questions),
        deadline=find_deadline(p.text for p in paragraphs),
        rules=shared_limits(outline.others),
    )
