"""Word and character counts as consultation portals and Word report them.

Which text a limit applies to is decided in ``render/counting.py``; this module only counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def count_words(text: str) -> int:
    """Count words the way Word does: runs of characters between white space.

    "multi-stakeholder" and "WSIS+20" are one word each; a dash standing between spaces is
    counted as a word by Word too, so it is counted here.
    """
    return len(text.split())


def count_chars(text: str) -> int:
    """Characters with spaces, as web forms count them: every character, a line break as one."""
    return len(text.replace("\r\n", "\n"))


@dataclass(frozen=True)
class Counts:
    """Words and characters of some lines of text.

    Counts of separate pieces add up to the counts of the pieces joined by line breaks:
    ``characters`` includes one break between consecutive lines.
    """

    words: int = 0
    chars: int = 0  # characters of the lines themselves
    lines: int = 0

    @classmethod
    def of(cls, lines: Iterable[str]) -> Counts:
        words = chars = number = 0
        for line in lines:
            words += count_words(line)
            chars += count_chars(line)
            number += 1
        return cls(words, chars, number)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.chars + other.chars, self.lines + other.lines)

    def __sub__(self, other: Counts) -> Counts:
        """What is left when a piece counted in ``self`` is taken out."""
        return Counts(self.words - other.words, self.chars - other.chars, self.lines - other.lines)

    @property
    def characters(self) -> int:
        """Characters with spaces of the lines joined by line breaks."""
        return self.chars + max(self.lines - 1, 0)


def total(parts: Iterable[Counts]) -> Counts:
    result = Counts()
    for part in parts:
        result = result + part
    return result
