"""Word and character limits as consultations write them, found in a question's text.

Understood, among others: "(500-word limit)", "(max. 2,000 characters with spaces)",
"no more than 300 words", "Please limit your response to 300 words", "up to 1 500
characters", "250 words maximum", "(2,000 character limit)", "Word limit: 500",
"in 300 words or less", "(500 words)". A number counts as a limit only next to a unit
(words, characters) *and* a limiting word or brackets, so "paragraph 72", "2025",
"Question 3" or "the 2,000-word summary" are never taken for limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# 1,500 / 1.500 / 1 500 (also with no-break and thin spaces) / 1500
_N = r"(?P<n>\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+|\d{1,7})"
_WORD = r"(?P<unit>words?)"
_CHAR = (
    r"(?P<unit>char(?:acter)?s?)(?:\s*\(?\s*(?:including|incl\.?|with(?:out)?|excluding|"
    r"excl\.?|no)\s+spaces\s*\)?)?"
)
_JOIN = r"\s*-?\s*"
_BEFORE = (
    r"(?:max(?:imum|\.)?(?:\s+of)?|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|"
    r"not\s+(?:to\s+)?exceed(?:ing)?|(?:should\s+)?not\s+exceed|exceeding|within|"
    r"in\s+(?:no\s+more\s+than\s+|not\s+more\s+than\s+|up\s+to\s+|under\s+)?|"
    r"(?:please\s+)?(?:limit|keep)(?:ed)?\s+(?:your\s+|the\s+)?(?:response|answer|reply|"
    r"input|contribution|submission|comment|text)?s?\s*(?:to|at|under|within)|"
    r"limit(?:ed)?\s*(?:of|to|:)|approx(?:imately|\.)?|about|≤|<=)"
)
_AFTER = r"(?:limit|maximum|max\b\.?|or\s+(?:less|fewer)|at\s+most|at\s+the\s+most)"


@dataclass(frozen=True)
class Limits:
    words: int | None = None
    chars: int | None = None
    #: The question without the text that stated the limits.
    text: str = ""


@cache
def _patterns(unit: str, named: str) -> list[re.Pattern[str]]:
    """The patterns for one unit, compiled when a question is first read (not at start-up)."""
    flags = re.IGNORECASE
    return [
        # "no more than 300 words", "Please limit your response to 300 words"
        re.compile(rf"(?:\bplease\s+)?\b{_BEFORE}\s*{_N}{_JOIN}{unit}\b(?:\s*{_AFTER})?", flags),
        # "500-word limit", "250 words maximum", "300 words or less"
        re.compile(rf"\b{_N}{_JOIN}{unit}\s*{_AFTER}", flags),
        # "Word limit: 500", "character limit of 2,000"
        re.compile(
            rf"\b{named}\s+(?:limit|count|maximum)\s*(?::|of|is)?\s*(?:max(?:imum|\.)?\s*)?{_N}"
            r"(?!\s*[-\w])",
            flags,
        ),
        # "(500 words)", "[max 2,000 characters with spaces]"
        re.compile(rf"[\(\[]\s*(?:{_BEFORE}\s*)?{_N}{_JOIN}{unit}\b[^\)\]\n]{{0,40}}[\)\]]", flags),
        # "(500 words or 3,000 characters)"
        re.compile(
            rf"[\(\[][^\)\]\n]{{0,40}}?\b(?:or|and|/)\s*{_N}{_JOIN}{unit}\b[^\)\]\n]{{0,40}}[\)\]]",
            flags,
        ),
    ]


_WORD_NAMED = r"word"
_CHAR_NAMED = r"char(?:acter)?"
_EMPTY_BRACKETS = re.compile(r"[\(\[]\s*[,;:.\-–—]*\s*[\)\]]")
_FILLER = re.compile(
    r"[\s\W]*(?:please)?[\s\W]*(?:(?:limit|keep)\s+(?:your\s+|the\s+)?(?:response|answer|reply|"
    r"input|contribution|submission|comment|text)?s?)?[\s\W]*",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.?!])\s+")


def _number(text: str) -> int | None:
    digits = re.sub(r"[,.\s\u00a0\u202f\u2009]", "", text)
    return int(digits) if digits.isdigit() else None


def _find(
    patterns: list[re.Pattern[str]], text: str, low: int, high: int
) -> tuple[int, tuple[int, int]] | None:
    found: list[tuple[int, int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = _number(match.group("n"))
            if value is not None and low <= value <= high:
                found.append((match.start(), match.end(), value))
    if not found:
        return None
    start, end, value = min(found, key=lambda f: (f[0], -f[1]))
    # Widen to every overlapping match ("(max. 2,000 characters with spaces)").
    for s, e, _ in found:
        if s < end and e > start:
            start, end = min(start, s), max(end, e)
    return value, (start, end)


def find_limits(question: str) -> Limits:
    """The word and character limits stated in ``question``, and the question without them."""
    text = question
    words = _find(_patterns(_WORD, _WORD_NAMED), text, 10, 100_000)
    spans: list[tuple[int, int]] = []
    if words:
        spans.append(words[1])
    chars = _find(_patterns(_CHAR, _CHAR_NAMED), text, 20, 2_000_000)
    if chars:
        spans.append(chars[1])
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in reversed(merged):
        text = text[:start] + " " + text[end:]
    return Limits(words[0] if words else None, chars[0] if chars else None, _tidy(text))


def _tidy(text: str) -> str:
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = re.sub(r",\s*,", " ", text)  # a clause between commas was the limit
    text = re.sub(r"\(\s*(?:or|and)\s*\)", " ", text)
    kept = [s for s in _SENTENCES.split(text) if not _FILLER.fullmatch(s)]
    text = " ".join(kept)
    text = re.sub(r"\s+([?.,;:!)\]])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"[,;]\s*([?.!])", r"\1", text)
    text = re.sub(r"\s*(?:\bor|\band)\s*([?.!])?$", r"\1", text.strip())
    return text.strip(" ,;:–—-")
