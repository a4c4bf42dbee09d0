"""Spelling as you type, without Qt: which words of a text to check, which dictionary suits a
submission's language, and what is known so far about each word.

The checking itself is Hunspell (``app/spell_engine.py``), run in a process of its own
(``app/spell_service.py``) so that loading a dictionary or looking for suggestions never makes
the window wait. A front end keeps one :class:`Spelling` per language: it answers at once from
what the checker already said, the user's own dictionary and the words ignored this session,
and lists the words still to be sent to the checker (:meth:`Spelling.unchecked`).

Not checked: placeholders (``{{ org.name }}``), web and e-mail addresses, dotted names
(``icann.org``, ``e.g``), Markdown link targets, footnote markers, code, words with digits or
underscores (ids, codes such as ``A/RES/70/125`` or ``IPv6``), acronyms in capitals (``ITU``,
``ICTs``), names with a capital inside (``OpenStand``) and single letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

#: Combining marks that belong inside a word (accents written apart, Arabic vowel signs).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c"
)
#: A word: letters, digits, marks, with apostrophes inside ("l'examen", "don’t"); hyphens
#: separate words ("multi-stakeholder" is two words, each checked).
_WORD = re.compile(rf"[\w{_MARKS}]+(?:['’][\w{_MARKS}]+)*")
#: Spans never checked.
_SKIP = re.compile(
    r"\{\{.*?\}\}"  # placeholders
    r"|\b(?:https?|ftp)://[^\s<>()\[\]]+"  # web addresses
    r"|\bwww\.[^\s<>()\[\]]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b\w+(?:\.\w+)+"  # dotted names: icann.org, e.g, report.docx
    r"|\]\([^)\s]*\)"  # a Markdown link's target
    r"|\[\^[^\]\s]*\]"  # footnote markers
    r"|`[^`\n]*`"  # code
    r"|<[^<>\n]+>"  # HTML and autolinks
    r"|&#?\w+;"  # character references
)
_APOSTROPHES = re.compile(r"['’]")
_DIGIT = re.compile(r"\d")

#: Dictionaries shipped in resources/dictionaries, by the language they check.
DICTIONARIES = {
    "en": "en_GB",
    "en-US": "en_US",
    "fr": "fr",
    "es": "es_ES",
    "ru": "ru_RU",
    "ar": "ar",
}
#: Languages written without spaces between words: nothing to check word by word.
NOT_CHECKED = ("zh", "ja", "th")


@dataclass(frozen=True)
class Token:
    """A word to check: where it is in the text (``start`` to ``end``) and its text."""

    start: int
    end: int
    text: str


def dictionary_for(language: str) -> str | None:
    """The shipped dictionary for a BCP 47 language tag: "en-US" gets American spelling,
    every other English British spelling ("en" is British English, as in the documents);
    None when no dictionary checks the language (Chinese needs none)."""
    parts = language.replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary == "en" and any(part.upper() == "US" for part in parts[1:]):
        return DICTIONARIES["en-US"]
    return DICTIONARIES.get(primary)


def dictionary_files(folder: Path, name: str) -> tuple[Path, Path] | None:
    """The ``.aff`` and ``.dic`` files of a dictionary, or None when either is missing."""
    aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
    return (aff, dic) if aff.is_file() and dic.is_file() else None


def _skipped(word: str) -> bool:
    if len(word) < 2 or "_" in word or _DIGIT.search(word):
        return True
    rest = word[1:]
    if rest == rest.lower():
        return False
    # A capital after the first letter: an acronym (ITU, ICTs, ITU's, l'ICANN) or a name
    # (OpenStand, iPhone). The longest part between apostrophes decides: "L'Assemblée" is
    # checked.
    core = max(_APOSTROPHES.split(word), key=len)
    return any(ch.isupper() for ch in core[1:])


def words(text: str) -> list[Token]:
    """The words of ``text`` to check, in order (see the module's notes for what is not)."""
    skipped = [match.span() for match in _SKIP.finditer(text)]
    found: list[Token] = []
    at = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while at < len(skipped) and skipped[at][1] <= start:
            at += 1
        if at < len(skipped) and skipped[at][0] < end:
            continue
        word = match.group().strip("_")
        if word and not _skipped(word):
            offset = match.group().index(word)
            found.append(Token(start + offset, start + offset + len(word), word))
    return found


def normal(word: str) -> str:
    """The form a word is checked in: a typographic apostrophe is an apostrophe."""
    return word.replace("’", "'")


class Spelling:
    """What is known about the spelling of words in one language.

    ``personal`` is the user's own dictionary (accepted in any case: "Multistakeholder" at the
    start of a sentence too); ``ignored`` are words the user chose to ignore this session.
    """

    def __init__(self, language: str, personal: Iterable[str] = ()) -> None:
        self.language = language
        self.dictionary = dictionary_for(language)
        self._verdicts: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._personal = {word.casefold() for word in personal}
        self._ignored: set[str] = set()

    @property
    def checks(self) -> bool:
        """Whether words of this language are checked at all."""
        return self.dictionary is not None

    def accepted(self, word: str) -> bool | None:
        """True (correct, the user's own or ignored), False (misspelt), None (not checked)."""
        key = normal(word) if "’" in word else word
        verdict = self._verdicts.get(key)
        if verdict:
            return True
        if key in self._ignored or key.casefold() in self._personal:
            return True
        return verdict

    def misspelt(self, text: str) -> list[Token]:
        """The words of ``text`` known to be misspelt."""
        return self.review(text)[0]

    def unchecked(self, text: str) -> list[str]:
        """Words of ``text`` the checker has not answered for yet (each once)."""
        return self.review(text)[1]

    def review(self, text: str) -> tuple[list[Token], list[str]]:
        """Both in one pass: the misspelt words, and the words still to check."""
        if not self.checks:
            return [], []
        wrong: list[Token] = []
        unknown: dict[str, None] = {}
        for token in words(text):
            verdict = self.accepted(token.text)
            if verdict is False:
                wrong.append(token)
            elif verdict is None:
                unknown.setdefault(normal(token.text), None)
        return wrong, list(unknown)

    def learn(self, verdicts: Mapping[str, bool]) -> None:
        """Record the checker's answers (word -> correct)."""
        self._verdicts.update(verdicts)

    def suggestions(self, word: str) -> list[str] | None:
        """The checker's suggestions for a word, None when not asked yet."""
        return self._suggestions.get(normal(word))

    def learn_suggestions(self, word: str, suggestions: list[str]) -> None:
        self._suggestions[normal(word)] = list(suggestions)

    def add_personal(self, word: str) -> None:
        self._personal.add(normal(word).casefold())

    def ignore(self, word: str) -> None:
        self._ignored.add(normal(word))


def with_word(words_list: Iterable[str], word: str) -> list[str]:
    """A personal dictionary with ``word`` added (sorted, each word once, in any case)."""
    known = {w.casefold(): w for w in words_list}
    known.setdefault(normal(word).casefold(), normal(word))
    return sorted(known.values(), key=str.casefold)
