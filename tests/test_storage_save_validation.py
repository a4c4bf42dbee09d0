"""A save is checked exactly as a load checks, and error messages say what is really wrong.

A paragraph the parser would refuse must never be written (it would vanish from the library
on the next load); a date field refuses a date with a time; a long id is refused for its
length, not for the length of a temporary file's name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, Source
from tccm_drafter.storage.atomic import TEMP_PREFIX, atomic_write_bytes, atomic_write_many
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import parse_paragraph
from tccm_drafter.storage.submission_file import loads_submission

BAD = {
    "language": (replace(paragraph("p"), language="English (UK)"), "language tag"),
    "id": (paragraph("Capital-Id"), "lower-case letters"),
    "version": (replace(paragraph("p"), version=0), "1 or more"),
    "source": (replace(paragraph("p"), sources=[Source("")]), None),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_paragraph_the_parser_refuses_is_not_saved(tmp_path: Path, name: str) -> None:
    bad, words = BAD[name]
    folder = LibraryFolder(tmp_path)
    folder.save(paragraph("keep"))
    before = folder_bytes(tmp_path)
    if words is None:  # acceptable to the parser: saved, and it loads again
        folder.save(bad)
        assert bad.id in [p.id for p in LibraryFolder(tmp_path).load().paragraphs]
        return
    with pytest.raises(InputError) as caught:
        folder.save(bad)
    assert words in str(caught.value)
    assert folder_bytes(tmp_path) == before
    with pytest.raises(InputError):
        folder.save_many([paragraph("fine"), bad])
    assert folder_bytes(tmp_path) == before


def test_the_language_message_is_the_parsers(tmp_path: Path) -> None:
    bad = replace(paragraph("p"), language="English (UK)")
    with pytest.raises(InputError) as caught:
        LibraryFolder(tmp_path).save(bad)
    assert str(caught.value).startswith(str(tmp_path / "p.md"))
    assert "'language' must be a language tag such as en, en-GB or fr" in str(caught.value)


def test_a_date_with_a_time_is_refused() -> None:
    text = (
        '+++\nformat = 1\nid = "p"\ntitle = "T"\nstatus = "draft"\n'
        "created = 2026-03-31T10:00:00\n+++\nB\n"
    )
    with pytest.raises(InputError) as caught:
        parse_paragraph(text, Path("p.md"))
    assert str(caught.value) == (
        "p.md:6: 'created' must be a date such as 2026-03-31, without a time "
        "(got 2026-03-31T10:00:00)"
    )
    with pytest.raises(InputError, match="without a time"):
        loads_submission("format = 1\ndate = 2026-03-31T10:00:00Z\n", Path("s.tccm"))


def test_a_long_id_is_refused_for_its_length(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path)
    with pytest.raises(InputError) as caught:
        folder.save(paragraph("a" * 250))
    assert "at most 100 characters (this one has 250)" in str(caught.value)
    longest = Paragraph("b" * 100, "Longest id", "Fits.")
    assert folder.save(longest).name == "b" * 100 + ".md"
    assert [p.id for p in LibraryFolder(tmp_path).load().paragraphs] == ["b" * 100]


def test_temporary_names_are_short(tmp_path: Path) -> None:
    # The final name uses nearly all of the 255 characters a file name may have.
    name = "c" * 250 + ".md"
    atomic_write_bytes(tmp_path / name, b"one")
    atomic_write_many([(tmp_path / name, b"two"), (tmp_path / ("d" * 250 + ".md"), b"three")])
    assert (tmp_path / name).read_bytes() == b"two"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
