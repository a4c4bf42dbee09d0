"""Turn a consultation's pasted questions into sections (title, question text, limits)."""

from __future__ import annotations

import re

from tccm_drafter.model.submission import Section

# "1.", "1)", "(1)", "Q1:", "Q1.", "Question 3:", "Question 3 –", "a)", "(a)", "iv."
_NUMBER = re.compile(
    r"^\s*(?:(?:question|q)\s*\d+[a-z]?\s*[.:)\-–—]?|\(?\d+[a-z]?[.)]|\(?[a-h][.)]|"
    r"\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|[•\-*])\s+",
    re.IGNORECASE,
)
_WORDS = re.compile(
    r"[\(\[]?\s*(?:max(?:imum)?\.?\s*|up to\s*|no more than\s*|in no more than\s*|limit(?:ed)?"
    r"\s*(?:of|to|:)?\s*)?(\d[\d,.\s]*)\s*words?(?:\s*max(?:imum)?\.?)?\s*[\)\]]?",
    re.IGNORECASE,
)
_CHARS = re.compile(
    r"[\(\[]?\s*(?:max(?:imum)?\.?\s*|up to\s*|no more than\s*|in no more than\s*|limit(?:ed)?"
    r"\s*(?:of|to|:)?\s*)?(\d[\d,.\s]*)\s*char(?:acter)?s?(?:\s*\(?(?:including|incl\.?|with)"
    r"\s*spaces\)?)?(?:\s*max(?:imum)?\.?)?\s*[\)\]]?",
    re.IGNORECASE,
)


def _number(text: str) -> int | None:
    digits = re.sub(r"[,.\s]", "", text)
    return int(digits) if digits.isdigit() and int(digits) > 0 else None


def _take_limit(pattern: re.Pattern[str], question: str) -> tuple[int | None, str]:
    match = pattern.search(question)
    if match is None:
        return None, question
    limit = _number(match.group(1))
    rest = (question[: match.start()] + question[match.end() :]).strip()
    rest = re.sub(r"\s+([?.,;:])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip(" ,;–-")
    return limit, rest


def short_title(question: str, limit: int = 60) -> str:
    """A section title from a question: its first clause, at most ``limit`` characters."""
    text = question.strip()
    for stop in ("?", ":", ";", ". "):
        head = text.split(stop, 1)[0].strip()
        if head and len(head) < len(text):
            text = head
            break
    text = text.rstrip(" .?:;,")
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:") + "…"
    return text


def parse_questions(text: str) -> list[Section]:
    """Sections from pasted questions.

    Numbered questions ("1.", "Q2:", "(a)", "Question 3 –") may run over several lines; when no
    line is numbered, each non-empty line is one question. A limit written in the question
    ("(max. 250 words)", "1,500 characters") becomes the section's limit and leaves the text.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    numbered = any(_NUMBER.match(line) for line in lines if line.strip())
    questions: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if not numbered or _NUMBER.match(line) or not questions:
            questions.append(_NUMBER.sub("", line, count=1).strip())
        else:
            questions[-1] += " " + line.strip()
    sections: list[Section] = []
    for question in questions:
        if not question:
            continue
        chars, question = _take_limit(_CHARS, question)
        words, question = _take_limit(_WORDS, question)
        sections.append(
            Section(
                title=short_title(question), question=question, word_limit=words, char_limit=chars
            )
        )
    return sections
