"""Lists written inside one paragraph of a call: "(1) … (max. 300 words) (2) … (3) …",
"a) … b) …", "-Abstract: … -Keywords: …". No file access.

:func:`split_inline` makes each item a paragraph of its own with its label, so that each
question becomes a section (with the limit written after it) instead of one section made of
all of them. Only sequences that start at 1 (or a) and count up are lists: "see paragraph
(2)" alone is not one. The last item ends with its sentence when what follows asks nothing
("…; or (3) Security. The inclusion of a paper is encouraged." leaves the second sentence as
a paragraph of its own).
"""

from __future__ import annotations

import re

# Bracketed tokens after any space; "1)" and "a)" only after punctuation, "or" or "and".
_AFTER = r"(?:^|(?<=[:;.?!,)]\s)|(?<=\sor\s)|(?<=\sand\s))"
_TOKENS = (
    re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s"),
    re.compile(_AFTER + r"(\d{1,2})\)\s"),
    re.compile(r"(?:(?<=\s)|^)\(([a-h])\)\s"),
    re.compile(_AFTER + r"([a-h])\)\s"),
)
_DASHES = re.compile(r"(?<=\s)-(?=[A-Z])")
_TRAILING_DASH = re.compile(r":\s+-\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _value(token: str) -> int:
    return int(token) if token.isdigit() else ord(token) - ord("a") + 1


def _sequence(text: str) -> list[re.Match[str]]:
    """The longest run of list tokens counting up from 1 in ``text`` (at least two)."""
    for pattern in _TOKENS:
        found = list(pattern.finditer(text))
        run: list[re.Match[str]] = []
        for match in found:
            wanted = len(run) + 1
            if _value(match.group(1)) == wanted:
                run.append(match)
            elif _value(match.group(1)) == 1:
                run = [match]
        if len(run) >= 2:
            return run
    return []


def split_inline(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(lead, [(label, item)], tail) of a paragraph holding a list; ("", [], "") when it
    holds none. ``tail`` is what follows the last item's sentence when it asks nothing."""
    run = _sequence(text)
    if run:
        lead = text[: run[0].start()].strip()
        items: list[tuple[str, str]] = []
        for index, match in enumerate(run):
            end = run[index + 1].start() if index + 1 < len(run) else len(text)
            label = match.group(0).strip()
            items.append((label, text[match.end() : end].strip()))
        label, last = items[-1]
        last, tail = _cut_sentence(last)
        items[-1] = (label, last)
        return lead, items, tail
    dashes = list(_DASHES.finditer(text))
    if len(dashes) >= 2:
        lead = text[: dashes[0].start()].strip()
        items = []
        for index, match in enumerate(dashes):
            end = dashes[index + 1].start() if index + 1 < len(dashes) else len(text)
            items.append(("-", text[match.end() : end].strip()))
        return lead, items, ""
    return "", [], ""


def split_trailing_dash(text: str) -> tuple[str, str]:
    """("Questions to consider:", "Issues' statement…") from "Questions to consider: -
    Issues' statement…", whose item begins a dash list on the following lines."""
    found = list(_TRAILING_DASH.finditer(text))
    if not found:
        return text, ""
    last = found[-1]
    return text[: last.start() + 1].strip(), text[last.end() :].strip()


def _cut_sentence(text: str) -> tuple[str, str]:
    pieces = _SENTENCE_END.split(text, maxsplit=1)
    if len(pieces) == 2 and "?" not in pieces[1]:
        return pieces[0].strip(), pieces[1].strip()
    return text, ""
