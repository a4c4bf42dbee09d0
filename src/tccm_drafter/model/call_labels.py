"""List labels in calls for input: "3.", "b)", "(iv)", "Q2:", "F)", "•" — what they are and how
deep in the outline they sit. No file access.

A call's own numbers are not always where a reader expects them: Word keeps them outside the
text, a web page's nested list loses its indentation in a copy, a PDF's bullets come out as
private-use glyphs. :func:`outline_depths` works the depth out from the labels alone, the way
a person reads an outline: a label that continues an open sequence ("b)" after "a)") is at
that sequence's depth; one that starts a sequence ("1.", "a)", "(i)") right after another
item goes one level deeper (but a numbered list after bullets is not inside them); an
unlabelled paragraph or a heading closes every open list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Bullets as text has them, and as PDFs of Word and LibreOffice documents give them (the
#: Symbol and Wingdings glyphs of the private use area).
BULLETS = "•-*–·▪◦‣●○■□➢✓\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0"
_ROMAN_NUMERALS = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
LABEL = re.compile(
    r"^\s*(?P<label>(?:question|q)\s*\d+[a-z]?\s*[.:)\-–—]?|\(?\d{1,3}[a-z]?[.)]|"
    rf"\(?(?=[ivxIVX]){_ROMAN_NUMERALS}[.)]|\(?[a-hA-H][.)]|[{re.escape(BULLETS)}])\s+",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"^(?:question|q)\s*(\d+)[a-z]?", re.IGNORECASE)
#: Outlines deeper than this are read as this deep (real calls nest three or four levels).
MAX_DEPTH = 12
_ROMAN = {"i": 1, "v": 5, "x": 10}


@dataclass(frozen=True)
class LabelKind:
    """A label's numbering style ("decimal", "lower", "upper", "roman", "ROMAN", "question",
    "bullet") with its punctuation ("1.", "(1)" and "1)" are different lists) and its value."""

    style: str
    form: str
    value: int


def split_label(line: str) -> tuple[str, str]:
    """("3.", "What …?") from "3. What …?"; ("", line) when it carries no label."""
    found = LABEL.match(line)
    if found is None or not found.group("label").strip(" ."):
        return "", line.strip()
    label = found.group("label").strip()
    if label[0] in BULLETS and label[0] not in "-*":
        label = "•"
    return label, line[found.end() :].strip()


def _roman(text: str) -> int:
    total = 0
    for index, letter in enumerate(text):
        value = _ROMAN[letter]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def label_kind(label: str, open_letters: bool = False) -> LabelKind | None:
    """What ``label`` is; ``open_letters`` says a letter list is open ("i" is then a letter
    after "h", not the roman one)."""
    plain = label.strip()
    if not plain:
        return None
    if plain[0] in BULLETS:
        return LabelKind("bullet", plain[0], 1)
    found = _QUESTION.match(plain)
    if found:
        return LabelKind("question", "", int(found.group(1)))
    core = plain.strip("().:–—- ")
    form = re.sub(r"[0-9a-zA-Z]+", "#", plain).lstrip("(")  # "(a)" continues "a)"
    if core.isdigit():
        return LabelKind("decimal", form, int(core))
    if re.fullmatch(r"\d+[a-z]", core):
        return LabelKind("decimal", form, int(core[:-1]))
    lower = core.lower()
    roman = re.fullmatch(_ROMAN_NUMERALS, lower) is not None and lower != ""
    if len(core) == 1 and core.isalpha() and (not roman or open_letters):
        style = "lower" if core.islower() else "upper"
        return LabelKind(style, form, ord(lower) - ord("a") + 1)
    if roman:
        return LabelKind("roman" if core.islower() else "ROMAN", form, _roman(lower))
    return None


def _first(kind: LabelKind) -> bool:
    return kind.value == 1


def outline_depths(labels: list[str | None]) -> list[int]:
    """The outline depth (0 = top) of each item; ``None`` marks a paragraph that closes
    every open list (unlabelled text, a heading), "" an unlabelled paragraph inside one."""
    depths: list[int] = []
    stack: list[LabelKind] = []  # the open sequences, outermost first, with the last value
    for label in labels:
        if label is None:
            stack.clear()
            depths.append(0)
            continue
        if not label:
            depths.append(max(len(stack) - 1, 0))
            continue
        letters_open = any(k.style in ("lower", "upper") and k.value >= 8 for k in stack)
        kind = label_kind(label, letters_open)
        if kind is None:
            depths.append(max(len(stack) - 1, 0))
            continue
        level = next(
            (
                i
                for i in range(len(stack) - 1, -1, -1)
                if (stack[i].style, stack[i].form) == (kind.style, kind.form)
                and (kind.style == "bullet" or kind.value == stack[i].value + 1)
            ),
            None,
        )
        if level is None and not _first(kind):
            # A list that does not start at one ("2." after lost text): the nearest open
            # list of its style, else a new list at the top.
            level = next(
                (
                    i
                    for i in range(len(stack) - 1, -1, -1)
                    if (stack[i].style, stack[i].form) == (kind.style, kind.form)
                ),
                None,
            )
            if level is None:
                stack.clear()
                level = 0
                stack.append(kind)
                depths.append(0)
                continue
        if level is None:  # a new sequence starts: one deeper than the item before
            if kind.style != "bullet":
                while stack and stack[-1].style == "bullet":  # numbers do not nest in bullets
                    stack.pop()
            if len(stack) >= MAX_DEPTH:  # bounded work on any file: no deeper than this
                stack.pop()
            stack.append(kind)
            depths.append(len(stack) - 1)
            continue
        del stack[level + 1 :]
        stack[level] = kind
        depths.append(level)
    return depths


def inner_label(text: str) -> str:
    """The label that opens an item's own text ("a)" in "1. a) Please describe …")."""
    label, _ = split_label(text)
    return label if label and label != "•" else ""
