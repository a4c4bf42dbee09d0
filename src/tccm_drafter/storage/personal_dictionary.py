"""The user's own spelling dictionary: one word a line in ``<data>/dictionary.txt``.

Shared by every language (names of organisations and people are the usual entries). A line
that is empty or starts with ``#`` is skipped; words are kept as typed.
"""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.textfile import FileMissingError, read_text

#: A word longer than this is not a word; such lines are skipped.
MAX_WORD_LENGTH = 100


def load_personal_words(paths: AppPaths) -> list[str]:
    """The words of the user's dictionary ([] before the first one is added)."""
    try:
        return read_word_list(paths.personal_dictionary)
    except FileMissingError:
        return []


def read_word_list(path: Path) -> list[str]:
    """The words of a word list (one a line; ``#`` starts a comment line), each once."""
    text, _ = read_text(path, limits.PERSONAL_DICTIONARY)
    found: dict[str, None] = {}
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#") and len(word) <= MAX_WORD_LENGTH:
            found.setdefault(word, None)
    return list(found)


def save_personal_words(paths: AppPaths, words: list[str]) -> None:
    """Write the user's dictionary (atomically), one word a line."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    lines = [word.strip() for word in words if word.strip() and "\n" not in word]
    atomic_write_text(paths.personal_dictionary, "".join(f"{word}\n" for word in lines))
