"""Label catalogues (resources/labels/<language>.toml): the built-in six are complete, and a
broken catalogue is one clear line naming file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.storage.labels_file import load_label_catalogue
from tccm_drafter.storage.paths import resources_dir

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
BUILTIN = resources_dir() / "labels"


def test_the_six_un_languages_have_complete_catalogues() -> None:
    english = load_label_catalogue(BUILTIN / "en.toml")
    assert {p.stem for p in BUILTIN.glob("*.toml")} == set(UN_LANGUAGES)
    for language in UN_LANGUAGES:
        catalogue = load_label_catalogue(BUILTIN / f"{language}.toml")
        assert catalogue.language == language
        assert set(catalogue.labels) == set(english.labels), language
        for key, value in catalogue.labels.items():
            assert value.strip(), (language, key)
            # A label that takes a value in English takes one in every language.
            assert ("{}" in value) == ("{}" in english.labels[key]), (language, key)
            assert ("{page}" in value, "{pages}" in value) == (
                "{page}" in english.labels[key],
                "{pages}" in english.labels[key],
            ), (language, key)
        if language != "en":
            same = [k for k, v in catalogue.labels.items() if v == english.labels[k]]
            # Only words that really are the same in both languages may stay English.
            assert set(same) <= {"question", "notes"}, (language, same)


def _write(tmp_path: Path, body: str, name: str = "fr.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("format = 1\n\n[labels]\nreferences = 3\n", 4, "must be text"),
        ('format = 1\n[labels]\nok = "x"\npage_of = "Page {page of"\n', 4, "stray brace"),
        ('format = 1\n[labels]\nsubmitted_by = "{} and {}"\n', 3, "only once"),
        ('format = 1\n[labels]\n"Submitted By" = "x"\n', 3, "lower-case"),
        ('format = 1\ncolour = "red"\n[labels]\n', 2, "unknown setting"),
        ("format = 7\n[labels]\n", 1, "update"),
        ('format = 1\nlanguage = "French"\n', 2, "language tag"),
        ('format = 1\n[labels]\nreferences = "Références\n', 3, "TOML syntax"),
    ],
)
def test_a_broken_catalogue_names_file_and_line(
    tmp_path: Path, body: str, line: int, words: str
) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(InputError) as caught:
        load_label_catalogue(path)
    assert caught.value.path == path and caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_language_defaults_to_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, 'format = 1\n[labels]\nreferences = "Sources"\n', "es-MX.toml")
    catalogue = load_label_catalogue(path)
    assert catalogue.language == "es-MX" and catalogue.labels == {"references": "Sources"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_only_regular_files_of_a_sensible_size_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "ar.toml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not an ordinary file"):
        load_label_catalogue(fifo)  # would block forever if it were opened
    big = _write(tmp_path, "format = 1\n# " + "x" * 300_000 + "\n", "ru.toml")
    with pytest.raises(InputError, match="limit for a label catalogue"):
        load_label_catalogue(big)
