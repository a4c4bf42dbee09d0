"""Word and character counts as consultation portals and Word report them."""

from __future__ import annotations


def count_words(text: str) -> int:
    """Count words the way Word does: runs of characters between white space.

    "multi-stakeholder" and "WSIS+20" are one word each; a dash standing between spaces is
    counted as a word by Word too, so it is counted here.
    """
    return len(text.split())


def count_chars(text: str) -> int:
    """Characters with spaces, as web forms count them: every character, a line break as one."""
    return len(text.replace("\r\n", "\n"))
