"""The deadline a call for input states, found in its text. No file access, no clock.

A call has many dates: of the resolution, of a meeting, of the page itself. The deadline is
the date a sentence ties to sending the input: "Deadline: 15 October 2019", "the deadline
for responses was 15 December 2020", "respond … by 15 March 2018". A date a deadline was
"extended to" wins over the first one; a date of something held, adopted or decided is no
deadline unless the sentence says it is one; a registration deadline gives way to the
deadline for the input itself. The date with the time and zone written after it is read by
:func:`~tccm_drafter.model.deadline.parse_deadline`, so a deadline reads as the Consultation
dialog would read it ("Sunday 14 April 2019, 23:59 UTC").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tccm_drafter.errors import InputError
from tccm_drafter.model.deadline import Deadline, find_dates, parse_deadline

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[(“\"])")
_EXTENDED = re.compile(r"\b(?:extended|postponed|moved)\s+(?:to|until)\b[^.]{0,30}$", re.I)
_DEADLINE = re.compile(
    r"\b(?:deadlines?|closing\s+date|due\s+date|date\s+limite|fecha\s+l[ií]mite)\b", re.I
)
_BY = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|"
    r"closes?\s+on|due\s+on)\b[^.]{0,25}$",
    re.I,
)
_SENDING = re.compile(
    r"\b(?:submi\w*|send|sent|respond\w*|responses?|inputs?|contributions?|comments?|"
    r"repl(?:y|ies)|proposals?|papers?|views|answers?|requests?|requesting)\b",
    re.I,
)
_OTHER_DATES = re.compile(
    r"\b(?:held|hold|took\s+place|take\s+place|adopted|decided|published|issued|launched|"
    r"established|announced|appointed|meeting|session|hearing|workshop|webinar)\b",
    re.I,
)
_REGISTRATION = re.compile(r"\bregist(?:er|ration)\b", re.I)
_LABEL_ONLY = re.compile(r"^(?:deadline|closing\s+date|due\s+date)\s*:?$", re.I)
_TIME_BEFORE = re.compile(
    r"(\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)[^.]{0,25}$", re.I
)
_TRIM = " .,;:)]–—-"
#: A sentence that states a deadline is short; longer text is not searched (bounded work).
MAX_SENTENCE = 2000


def _sentences(paragraphs: Iterable[str]) -> list[str]:
    """Sentences of the call; a paragraph that only says "Deadline" joins the next one."""
    out: list[str] = []
    carry = ""
    for text in paragraphs:
        plain = " ".join(text.split())
        if _LABEL_ONLY.match(plain):
            carry = f"{plain.rstrip(':')}: "
            continue
        out += _SENTENCES.split(carry + plain)
        carry = ""
    return out


def _read_at(sentence: str, start: int, end: int) -> Deadline | None:
    """The deadline written at a date, with the time and zone after it (or just before it:
    "23:59 UTC on 15 December 2026")."""
    lead = sentence[max(0, start - 40) : start]
    time_before = _TIME_BEFORE.search(lead)
    begins = [start - len(lead) + time_before.start()] if time_before else []
    for begin in [*begins, start]:
        words = sentence[begin:].split()
        core = len(sentence[begin:end].split())
        for count in range(min(len(words), core + 8), core - 1, -1):
            try:
                return parse_deadline(" ".join(words[:count]).strip(_TRIM))
            except InputError:
                continue
    return None


def _score(sentence: str, start: int) -> int:
    before = sentence[max(0, start - 60) : start]
    if _EXTENDED.search(before):
        return 6
    named = bool(_DEADLINE.search(sentence))
    if _OTHER_DATES.search(sentence) and not named:
        return 0
    score = 0
    if named:
        score = 4
    elif _BY.search(before) and _SENDING.search(sentence):
        score = 3
    if score and _REGISTRATION.search(sentence) and not _SENDING.search(sentence):
        score -= 2
    return score


def find_deadline(paragraphs: Iterable[str]) -> Deadline | None:
    """The deadline of a call from the text of its paragraphs, in order; None when no
    sentence ties a whole date (with its year) to sending the input."""
    best: tuple[int, Deadline] | None = None
    for sentence in _sentences(paragraphs):
        if len(sentence) > MAX_SENTENCE:
            continue
        for start, end in find_dates(sentence):
            score = _score(sentence, start)
            if score < 2 or (best is not None and score <= best[0]):
                continue
            deadline = _read_at(sentence, start, end)
            if deadline is not None:
                best = (score, deadline)
    return best[1] if best else None
