"""Spelling without Qt: which words are checked, the dictionaries the app ships (real
Hunspell), the user's own dictionary, and the checker's own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tccm_drafter.app.spell_engine import SpellEngine
from tccm_drafter.app.spell_service import SpellService
from tccm_drafter.app.spelling import Spelling, dictionary_for, with_word, words
from tccm_drafter.errors import InputError
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths, dictionaries_dir, starter_library_dir
from tccm_drafter.storage.personal_dictionary import load_personal_words, save_personal_words


def checked(text: str) -> list[str]:
    return [token.text for token in words(text)]


def test_words_skip_placeholders_addresses_codes_acronyms_and_markdown() -> None:
    text = (
        "Teh **{{ org.name }}** welcomes the [report](https://example.org/a-report) "
        "(see www.igf.example, write to info@example.org or icann.org) on IPv6, "
        "A/RES/70/125 and WSIS+20; the ITU's and ICTs' role, OpenStand, l'ICANN, `code_x`, "
        "_emphasis_ and a footnote[^note]."
    )
    assert checked(text) == [
        "Teh",
        "welcomes",
        "the",
        "report",
        "see",
        "write",
        "to",
        "or",
        "on",
        "and",
        "the",
        "and",
        "role",
        "emphasis",
        "and",
        "footnote",
    ]


def test_words_keep_elisions_and_marks_and_split_hyphens() -> None:
    assert checked("L'Assemblée générale, peut-être") == [
        "L'Assemblée",
        "générale",
        "peut",
        "être",
    ]
    # Arabic vowel signs belong to the word (no stray one-letter pieces).
    assert checked("مُستدام للمنتدى") == ["مُستدام", "للمنتدى"]
    tokens = words("a multi-stakeholder model")
    assert [(t.start, t.end) for t in tokens] == [(2, 7), (8, 19), (20, 25)]


def test_dictionary_for_language_tags() -> None:
    assert dictionary_for("en") == "en_GB"
    assert dictionary_for("en-GB") == "en_GB"
    assert dictionary_for("en-US") == "en_US"
    assert dictionary_for("fr-CA") == "fr"
    assert dictionary_for("es") == "es_ES"
    assert dictionary_for("ru") == "ru_RU"
    assert dictionary_for("ar") == "ar"
    assert dictionary_for("zh-Hans") is None
    for name in ("en_GB", "en_US", "fr", "es_ES", "ru_RU", "ar"):
        assert (dictionaries_dir() / f"{name}.aff").is_file()
        assert (dictionaries_dir() / f"{name}.dic").is_file()


MISSPELT = {
    "en_GB": ("The governence of the Internet", "governence", "governance"),
    "en_US": ("The goverment acts", "goverment", "government"),
    "fr": ("La gouvernanse de l'Internet", "gouvernanse", "gouvernance"),
    "es_ES": ("La gobernansa de Internet", "gobernansa", "gobernanza"),
    "ru_RU": ("Форум по управлнию интернетом", "управлнию", "управлению"),
    "ar": ("منتدى إدارة الإنترنتت", "الإنترنتت", "الإنترنت"),
}


@pytest.mark.parametrize("name", sorted(MISSPELT))
def test_each_dictionary_finds_and_corrects_a_misspelling(name: str) -> None:
    engine = SpellEngine(dictionaries_dir(), name)
    text, wrong, right = MISSPELT[name]
    flagged = [t.text for t in words(text) if not engine.check(t.text)]
    assert flagged == [wrong]
    assert right in engine.suggest(wrong)
    assert engine.check(right)


def test_every_starter_paragraph_is_spelt_correctly() -> None:
    """The shipped dictionaries (with terms.txt) accept the starter library in its five
    checked languages: underlines in real text are real mistakes."""
    result = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    engines: dict[str, SpellEngine] = {}
    flagged: list[tuple[str, str]] = []
    languages = set()
    for paragraph in result.paragraphs:
        name = dictionary_for(paragraph.language)
        if name is None:
            continue
        languages.add(name)
        if name not in engines:
            engines[name] = SpellEngine(dictionaries_dir(), name)
        engine = engines[name]
        for text in (paragraph.body, paragraph.short):
            flagged += [(paragraph.id, t.text) for t in words(text) if not engine.check(t.text)]
    assert languages == {"en_GB", "fr", "es_ES", "ru_RU", "ar"}
    assert flagged == []


def test_possessive_of_a_known_word_is_accepted() -> None:
    engine = SpellEngine(dictionaries_dir(), "en_GB")
    assert engine.check("Compact's")
    assert engine.check("organisation’s")
    assert not engine.check("organisashun's")


def test_a_missing_dictionary_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="'xx' is missing"):
        SpellEngine(tmp_path, "xx")


def test_spelling_answers_from_verdicts_personal_words_and_ignored() -> None:
    spelling = Spelling("en-GB", personal=["Kebdani"])
    text = "Teh kebdani report on goverance"
    assert spelling.misspelt(text) == []  # nothing known yet
    assert spelling.unchecked(text) == ["Teh", "report", "on", "goverance"]
    spelling.learn({"Teh": False, "report": True, "on": True, "goverance": False})
    assert [t.text for t in spelling.misspelt(text)] == ["Teh", "goverance"]
    assert spelling.unchecked(text) == []
    spelling.ignore("Teh")
    spelling.add_personal("Goverance")
    assert spelling.misspelt(text) == []
    # Chinese is not checked word by word.
    assert Spelling("zh-Hans").unchecked("中文 text") == []


def test_personal_dictionary_round_trip(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    assert load_personal_words(paths) == []
    words_list = with_word(with_word([], "Kebdani"), "ayaspell")
    words_list = with_word(words_list, "kebdani")  # once, whatever the case
    save_personal_words(paths, words_list)
    assert paths.personal_dictionary.read_text(encoding="utf-8") == "ayaspell\nKebdani\n"
    assert load_personal_words(paths) == ["ayaspell", "Kebdani"]


def test_a_broken_personal_dictionary_names_the_file(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    paths.data_dir.mkdir(parents=True)
    paths.personal_dictionary.write_bytes(b"caf\xe9\n")
    with pytest.raises(InputError) as caught:
        load_personal_words(paths)
    assert "dictionary.txt" in str(caught.value)


def test_the_checker_process_checks_and_suggests() -> None:
    service = SpellService(dictionaries_dir(), "fr")
    service.start()
    try:
        assert service.check(["gouvernance", "gouvernanse", "l'Assemblée"]) == {
            "gouvernance": True,
            "gouvernanse": False,
            "l'Assemblée": True,
        }
        assert "gouvernance" in service.suggest("gouvernanse")
    finally:
        service.close()
    with pytest.raises(InputError, match="not running"):
        service.check(["gouvernance"])


def test_the_checker_process_reports_a_missing_dictionary(tmp_path: Path) -> None:
    service = SpellService(tmp_path, "en_GB")
    service.start()
    try:
        with pytest.raises(InputError, match="'en_GB' is missing"):
            service.check(["word"])
    finally:
        service.close()
