"""Hunspell over one of the dictionaries the app ships (resources/dictionaries).

Hunspell comes from the ``chunspell-next`` package (the Python module ``hunspell``): a compiled
Hunspell 1.7 with wheels for Windows, macOS and Linux, so it works in the standalone app
without any system package. Its calls hold the interpreter lock while they run (loading a
dictionary takes 0.3 to 1.3 seconds, suggestions up to half a second), which is why the app
runs this engine in a process of its own (``app/spell_service.py``); tests and benchmarks may
use it directly.
"""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.app.spelling import dictionary_files, normal
from tccm_drafter.errors import InputError
from tccm_drafter.storage.personal_dictionary import read_word_list

#: Words the dictionaries lack, accepted in every language (beside the dictionaries).
TERMS_FILE = "terms.txt"

#: At most this many suggestions are offered for a word.
MAX_SUGGESTIONS = 6
#: Words longer than this are not checked (Hunspell's own limit is about 100 bytes).
MAX_WORD_LENGTH = 60


class SpellEngine:
    """One dictionary, loaded once; ``check`` and ``suggest`` a word at a time."""

    def __init__(self, folder: Path, name: str) -> None:
        files = dictionary_files(folder, name)
        if files is None:
            raise InputError(f"the spelling dictionary '{name}' is missing", path=folder)
        try:
            from hunspell import Hunspell
        except ImportError as error:  # a platform the package has no build for
            raise InputError(f"spelling is not available here ({error})") from None
        self.name = name
        # Hunspell takes the folder and the dictionary's name; the path is passed in the
        # file system's own encoding.
        self._hunspell = Hunspell(name, hunspell_data_dir=str(folder))
        terms = folder / TERMS_FILE
        for word in read_word_list(terms) if terms.is_file() else []:
            self._hunspell.add(word)

    def check(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` ("Compact's" when it knows "Compact")."""
        word = normal(word)
        if len(word) > MAX_WORD_LENGTH:
            return True
        if self._hunspell.spell(word):
            return True
        if word.endswith("'s") and len(word) > 3:
            return bool(self._hunspell.spell(word[:-2]))
        return False

    def suggest(self, word: str) -> list[str]:
        """Corrections for a misspelt word, the likeliest first."""
        word = normal(word)
        if len(word) > MAX_WORD_LENGTH:
            return []
        found = [str(s) for s in self._hunspell.suggest(word)]
        unique = list(dict.fromkeys(s for s in found if s != word))
        return unique[:MAX_SUGGESTIONS]
