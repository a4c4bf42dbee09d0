"""Linked translations: which paragraph to use in a language, and when a translation is stale."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from clock_helpers import CLOCK
from tccm_drafter.cli.main import main
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.paragraph import revised
from tccm_drafter.model.translations import (
    is_stale,
    language_name,
    linked_to,
    primary_language,
    same_language,
    source_change,
    translation_for,
    translations_of,
)
from tccm_drafter.storage.library_folder import LibraryFolder

SOURCE = Paragraph(
    "igf-funding",
    "Funding the IGF",
    "The Forum needs funding from many sources.",
    status=Status.APPROVED,
    language="en-GB",
)


def _translation(language: str, title: str, body: str, **kwargs: object) -> Paragraph:
    plain = Paragraph(
        f"igf-funding-{language.lower()}",
        title,
        body,
        status=Status.APPROVED,
        language=language,
        **kwargs,  # type: ignore[arg-type]
    )
    return linked_to(plain, SOURCE)


FRENCH = _translation("fr", "Financer le FGI", "Le Forum a besoin de nombreux bailleurs.")
CANADIAN = _translation("fr-CA", "Financer le FGI (Canada)", "Le Forum a besoin de bailleurs.")
SPANISH = _translation("es", "Financiar el FGI", "El Foro necesita financiación diversa.")


def _library(*paragraphs: Paragraph) -> Library:
    return Library.of([SOURCE, *paragraphs])


def test_language_tags_compare_by_primary_subtag() -> None:
    assert primary_language("en-GB") == "en" and primary_language("zh_Hans") == "zh"
    assert same_language("en-GB", "EN") and same_language("zh-Hans", "zh-Hant-TW")
    assert not same_language("en", "es")
    assert [language_name(t) for t in ("en-GB", "fr", "ar", "zh-Hans", "ru", "es-419")] == [
        "English",
        "French",
        "Arabic",
        "Chinese",
        "Russian",
        "Spanish",
    ]
    assert language_name("qqq") == "qqq"  # a tag CLDR does not know is shown as it is


def test_a_linked_translation_is_current_until_the_source_wording_changes() -> None:
    assert (FRENCH.translation_of, FRENCH.translated_from_version) == ("igf-funding", 1)
    assert FRENCH.translated_from_hash == SOURCE.content_hash()
    assert not is_stale(FRENCH, SOURCE)
    # a metadata edit (review date, topics) is no new wording
    assert not is_stale(FRENCH, replace(SOURCE, topics=["igf"], status=Status.RETIRED))
    newer = revised(SOURCE, replace(SOURCE, body=SOURCE.body + " And openly reported."))
    assert newer.version == 2 and is_stale(FRENCH, newer)
    assert not is_stale(linked_to(FRENCH, newer), newer)  # re-translated and recorded


def test_without_a_hash_the_version_decides_and_without_either_nothing_is_claimed() -> None:
    newer = revised(SOURCE, replace(SOURCE, body="Other words."))
    by_version = replace(FRENCH, translated_from_hash="")
    assert not is_stale(by_version, SOURCE) and is_stale(by_version, newer)
    unknown = replace(by_version, translated_from_version=None)
    assert not is_stale(unknown, newer)


def test_source_change_gives_the_source_and_the_word_diff_when_the_old_text_is_known() -> None:
    newer = revised(SOURCE, replace(SOURCE, body="The Forum needs funding from many donors."))
    library = Library.of([newer, FRENCH])
    change = source_change(FRENCH, library)
    assert change is not None
    assert change.source is newer and change.changed and change.traced
    assert change.versions_behind == 1 and change.old_source is None and change.diff == []

    with_old = source_change(FRENCH, library, earlier=[SPANISH, SOURCE])
    assert with_old is not None and with_old.old_source == SOURCE
    assert ("delete", "sources.") in with_old.diff and ("insert", "donors.") in with_old.diff

    current = source_change(FRENCH, _library(FRENCH))
    assert current is not None and not current.changed and current.diff == []
    assert current.versions_behind == 0 and current.traced
    # a hash the source never had cannot be traced, and is stale
    odd = source_change(replace(FRENCH, translated_from_hash="feedfacefeedface"), library)
    assert odd is not None and odd.changed and not odd.traced
    assert source_change(SOURCE, library) is None  # not a translation
    assert source_change(FRENCH, Library.of([FRENCH])) is None  # source not in the library


def test_translation_for_finds_the_version_in_a_language_from_any_member() -> None:
    library = _library(FRENCH, SPANISH, CANADIAN)
    assert translations_of(library, "igf-funding") == [FRENCH, SPANISH, CANADIAN]
    assert translation_for(library, "igf-funding", "es-ES") == SPANISH
    assert translation_for(library, "igf-funding", "fr") == FRENCH
    assert translation_for(library, "igf-funding", "fr-CA") == CANADIAN  # exact tag first
    assert translation_for(library, "igf-funding-es", "en") == SOURCE  # back to the source
    assert translation_for(library, "igf-funding-es", "fr") == FRENCH  # sideways
    assert translation_for(library, "igf-funding-fr", "fr-BE") == FRENCH  # already French
    assert translation_for(library, "igf-funding", "ar") is None
    assert translation_for(library, "no-such-id", "fr") is None


def test_translation_for_prefers_a_current_translation_to_a_stale_or_retired_one() -> None:
    stale = replace(FRENCH, id="old-fr", translated_from_hash="0" * 16)
    retired = replace(FRENCH, id="retired-fr", status=Status.RETIRED)
    library = _library(stale, retired, replace(FRENCH, id="new-fr"))
    found = translation_for(library, "igf-funding", "fr")
    assert found is not None and found.id == "new-fr"
    only_stale = _library(stale)
    assert translation_for(only_stale, "igf-funding", "fr") == stale  # better than nothing


def test_link_fields_survive_saving_and_loading(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path)
    folder.save(SOURCE)
    folder.save(FRENCH)
    text = (tmp_path / "igf-funding-fr.md").read_text(encoding="utf-8")
    assert 'translation_of = "igf-funding"' in text
    assert "translated_from_version = 1" in text
    assert f'translated_from_hash = "{SOURCE.content_hash()}"' in text
    loaded = {p.id: p for p in folder.load().paragraphs}
    assert loaded["igf-funding-fr"] == FRENCH
    assert not is_stale(loaded["igf-funding-fr"], loaded["igf-funding"])


def test_library_list_marks_a_translation_whose_source_changed(tmp_path: Path) -> None:
    home = tmp_path / "home"

    def listing() -> dict[str, str]:
        # In this process, on a fixed day: whether a paragraph is due for review depends on it.
        out, err = io.StringIO(), io.StringIO()
        status = main(["library", "list", "--home", str(home)], out=out, err=err, clock=CLOCK)
        assert status == 0, err.getvalue()
        return {line.split("\t")[0]: line.split("\t")[1] for line in out.getvalue().splitlines()}

    first = listing()  # the first run copies the starter library
    assert first["igf-strengthening-fr"] == "approved"
    folder = LibraryFolder(home / "data" / "library")
    english = {p.id: p for p in folder.load().paragraphs}["igf-strengthening"]
    longer = english.body + " It should report on its work every year."
    folder.save(revised(english, replace(english, body=longer)))
    after = listing()
    assert after["igf-strengthening"] == "approved"
    for language in ("fr", "ar", "es", "ru", "zh"):
        assert after[f"igf-strengthening-{language}"] == "approved (translation out of date)"
    assert after["igf-permanent-mandate-fr"] == "approved"
