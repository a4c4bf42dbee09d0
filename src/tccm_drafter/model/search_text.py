"""The words of a text as the library search sees them: one rule for the in-memory search
and the library index (storage/library_index.py), so both find the same paragraphs.

A query finds the paragraphs in which every word typed *begins* a word of the paragraph (its
id, title, text, short variant, topics or sources): ``fund`` finds "funding", ``mandate-fr``
finds the id ``igf-permanent-mandate-fr``. Case and accents do not count (``reseau`` finds
"réseau"), nor do Arabic vowel marks. Chinese and Japanese are written without spaces, so
each of their characters is a word of its own and a query in them finds the characters in
that order anywhere (``论坛`` finds "互联网治理论坛").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: A word: letters and digits (an underscore or any punctuation separates words).
WORD = re.compile(r"[^\W_]+")
#: Characters of scripts written without spaces between words (Han, kana).
CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])")


#: The marks ``fold`` removes once letters are decomposed: accents (Latin, Greek, Cyrillic
#: and the general combining blocks), Hebrew points and Arabic vowel marks.
MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """``text`` lower-cased (Unicode case folding) without accents or other marks."""
    text = text.casefold()
    if text.isascii():
        return text
    return MARKS.sub("", unicodedata.normalize("NFKD", text))


#: ASCII text: every character but a letter or a digit becomes a space (as WORD splits).
_ASCII_SEPARATORS = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum() or chr(c) == "_"}
)


def search_tokens(text: str) -> list[str]:
    """The words of ``text`` as the search compares them (folded; CJK one per character)."""
    text = fold(text)
    if text.isascii():  # the same words as WORD finds, without a regular expression
        return text.translate(_ASCII_SEPARATORS).split()
    return _folded_tokens(text)


def _folded_tokens(text: str) -> list[str]:
    if CJK.search(text):
        text = CJK.sub(r" \1 ", text)
    return WORD.findall(text)


def search_text(parts: Iterable[str]) -> str:
    """What the search looks in: the words of every part, one space apart."""
    return " ".join(search_tokens("\n".join(parts)))


def index_text(parts: Iterable[str]) -> str:
    """The words of :func:`search_text` for a full-text index, which finds the words itself
    (a run of letters and digits is one word): the same words in the same order, between
    one or more spaces. ASCII text is not split and joined again (a large library's first
    index reads about 40 MB of it)."""
    text = fold("\n".join(parts))
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS)
    return " ".join(_folded_tokens(text))


def spaced(text: str) -> str:
    """A :func:`search_text` as :func:`contains` looks in it (a space first)."""
    return " " + text


def query_terms(query: str) -> list[tuple[str, ...]]:
    """One tuple of words per word typed: ``mandate-fr`` is ``("mandate", "fr")``, which a
    paragraph must hold in that order, the last one as the start of a word."""
    found: list[tuple[str, ...]] = []
    for typed in query.split():
        tokens = tuple(search_tokens(typed))
        if tokens and tokens not in found:
            found.append(tokens)
    return found


def needle(term: tuple[str, ...]) -> str:
    """What to look for in a :func:`spaced` text: the words of ``term`` in order, the last
    as the beginning of a word (``needle(t) in spaced(text)``)."""
    return " " + " ".join(term)
