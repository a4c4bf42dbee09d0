"""Paragraph files: round trips, migration of hand-written files, and every kind of bad input."""

from __future__ import annotations

import random
import tomllib
from datetime import date
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph, Source, Status
from tccm_drafter.storage import migrations
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.paragraph_file import (
    dump_paragraph,
    paragraph_from_fields,
    parse_paragraph,
    quick_paragraph,
    read_paragraph_file,
    split_front_matter,
)


def _full_paragraph() -> Paragraph:
    return Paragraph(
        id="igf-permanent-mandate",
        title='Welcoming the IGF\'s "permanent" mandate: #1 priority',
        body=(
            "{{ org.name }} welcomes the *permanent* mandate of the [IGF](https://igf.example).\n"
            '\n- funding\n- intersessional work: "policy networks"\n\nSee the note[^1].\n\n'
            "[^1]: Outcome document, para. 12 # not a comment"
        ),
        topics=["igf", "wsis20"],
        status=Status.APPROVED,
        language="en-GB",
        author="Example Registry",
        created=date(2025, 12, 17),
        updated=date(2025, 12, 18),
        reviewed=date(2026, 2, 2),
        review_by=date(2027, 6, 30),
        sources=[
            Source("UN General Assembly, WSIS+20 outcome (December 2025)", "https://un.example/a"),
            Source("Tunis Agenda, para. 72"),
        ],
        supersedes=["igf-renew-mandate-2024"],
        superseded_by="igf-mandate-2027",
        endorsed_by=["Example IXP", "Registry: North"],
        short="A one-line version.\nWith a second line: and a 'quote'.",
        translation_of="igf-mandate-fr",
        translated_from_version=2,
        translated_from_hash="0123456789abcdef",
        version=3,
        base_hash="abc123",
        imported_from="coalition-2026.tccmlib",
        extra={"country": "NO", "doc_version": "1.10", "code": "007", "review": {"by": "Jo"}},
    )


def test_every_field_survives_a_round_trip(tmp_path: Path) -> None:
    paragraph = _full_paragraph()
    path = tmp_path / "igf-permanent-mandate.md"
    path.write_text(dump_paragraph(paragraph), encoding="utf-8")
    loaded, _ = read_paragraph_file(path)
    assert loaded == paragraph
    assert loaded.extra["country"] == "NO"
    assert loaded.extra["doc_version"] == "1.10"
    assert loaded.extra["code"] == "007"


def test_arabic_text_round_trips(tmp_path: Path) -> None:
    paragraph = Paragraph(
        id="ar-igf",
        title="منتدى حوكمة الإنترنت",
        body="نرحب بالولاية الدائمة للمنتدى.",
        language="ar",
        status=Status.DRAFT,
        topics=["igf"],
    )
    assert parse_paragraph(dump_paragraph(paragraph), tmp_path / "ar.md") == paragraph


def test_file_is_readable_front_matter_then_body() -> None:
    text = dump_paragraph(_full_paragraph())
    lines = text.splitlines()
    assert lines[0] == "+++"
    assert lines[1] == "format = 1"
    assert 'topics = ["igf", "wsis20"]' in lines
    assert "[[sources]]" in lines
    assert "created = 2025-12-17" in lines
    assert "review_by = 2027-06-30" in lines
    assert 'translated_from_hash = "0123456789abcdef"' in lines
    # The multi-line short variant is written as a multi-line string, one line per line.
    assert 'With a second line: and a \'quote\'."""' in lines
    assert text.endswith("para. 12 # not a comment\n")


def test_bom_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    paragraph = _full_paragraph()
    path = tmp_path / "p.md"
    path.write_bytes(b"\xef\xbb\xbf" + dump_paragraph(paragraph).replace("\n", "\r\n").encode())
    assert read_paragraph_file(path)[0] == paragraph


def test_hand_written_format_0_file_is_migrated(tmp_path: Path) -> None:
    text = (
        "+++\n"
        'id = "open-standards"\n'
        'title = "Open standards"\n'
        'status = "draft"\n'
        'topics = "standards, technical-community ,gdc"\n'
        'language = "en_GB"\n'
        'created = "2024-03-05"\n'
        'review_by = "2027-01-31"\n'
        'sources = ["RFC 2026", "Tunis Agenda, para. 46"]\n'
        "+++\n\nOpen standards keep the Internet interoperable.\n"
    )
    paragraph = parse_paragraph(text, tmp_path / "open-standards.md")
    assert paragraph.topics == ["standards", "technical-community", "gdc"]
    assert paragraph.created == date(2024, 3, 5)
    assert paragraph.review_by == date(2027, 1, 31)
    assert paragraph.language == "en-GB"
    assert [s.citation for s in paragraph.sources] == ["RFC 2026", "Tunis Agenda, para. 46"]
    assert paragraph.body == "Open standards keep the Internet interoperable."
    assert dump_paragraph(paragraph).splitlines()[1] == "format = 1"


def test_newer_format_is_refused() -> None:
    text = '+++\nformat = 3\nid = "x"\ntitle = "T"\nstatus = "draft"\n+++\nBody\n'
    with pytest.raises(NewerFormatError) as caught:
        parse_paragraph(text, Path("lib/x.md"))
    message = str(caught.value)
    assert "newer version of TCCM Drafter (format 3; this version reads up to 1)" in message
    assert message.startswith("lib/x.md:2:")


def _error(tmp_path: Path, content: bytes | str, name: str = "bad.md") -> InputError:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_paragraph_file(path)
    assert str(caught.value).startswith(str(path))
    return caught.value


GOOD_HEAD = '+++\nformat = 1\nid = "x"\ntitle = "T"\n'


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (b"", None, "empty"),
        (b"\n  \n", None, "empty"),
        (bytes(range(256)) * 4, 1, "not a text file"),
        (b'+++\nid = "x"\ntitle = "caf\xe9"\n+++\n', 3, "not UTF-8"),
        ("Just some text\n", 1, "must begin with a line '+++'"),
        ('+++\nid = "x"\n', 1, "never closed"),
        (GOOD_HEAD + 'status = "draft"\ntitle = "again"\n+++\nB\n', 6, "TOML syntax error"),
        (GOOD_HEAD + "status = draft\n+++\nB\n", 5, "TOML syntax error"),
        (GOOD_HEAD + 'status = "aproved"\n+++\nB\n', 5, "must be one of draft, approved, retired"),
        (GOOD_HEAD + 'status = "draft"\ntopics = [1, 2]\n+++\nB\n', 6, "list of texts"),
        (GOOD_HEAD + 'status = "draft"\ncreated = "17 May"\n+++\nB\n', 6, "must be a date"),
        (GOOD_HEAD + 'status = "draft"\nversion = "2"\n+++\nB\n', 6, "whole number"),
        (GOOD_HEAD + 'status = "draft"\nreview_by = "June"\n+++\nB\n', 6, "must be a date"),
        (GOOD_HEAD + 'status = "draft"\nreview_by = 2027\n+++\nB\n', 6, "'review_by'"),
        (GOOD_HEAD + 'status = "draft"\ntranslated_from_version = 0\n+++\nB\n', 6, "1 or more"),
        (GOOD_HEAD + 'status = "draft"\ntranslated_from_version = "1"\n+++\nB\n', 6, "whole"),
        (GOOD_HEAD + 'status = "draft"\ntranslated_from_hash = 12\n+++\nB\n', 6, "in quotes"),
        (GOOD_HEAD + 'status = "draft"\nlanguage = "English!"\n+++\nB\n', 6, "language tag"),
        ('+++\nformat = 1\nid = "Bad Id"\ntitle = "T"\nstatus = "draft"\n+++\n', 3, "'id'"),
        ('+++\nformat = 1\nid = "x"\nstatus = "draft"\n+++\nB\n', None, "'title' is missing"),
        (GOOD_HEAD + "+++\nB\n", None, "'status' is missing"),
        (GOOD_HEAD + 'status = "draft"\n[[sources]]\nurl = "https://x"\n+++\n', 6, "citation"),
        ('+++\nformat = "one"\nid = "x"\ntitle = "T"\nstatus = "draft"\n+++\n', 2, "format"),
    ],
)
def test_bad_input_names_file_and_line(
    tmp_path: Path, content: bytes | str, line: int | None, words: str
) -> None:
    error = _error(tmp_path, content)
    assert words in str(error)
    assert error.line == line


def test_syntax_error_line_counts_the_fence(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD_HEAD + 'status = "draft"\nauthor = "unclosed\n+++\nB\n')
    assert error.line == 6
    assert "(at line" not in str(error)


def test_random_bytes_are_refused_with_a_line(tmp_path: Path) -> None:
    noise = random.Random(5).randbytes(3000).replace(b"\x00", b"\x01")
    error = _error(tmp_path, b"+++\n" + noise)
    assert "not UTF-8" in str(error)
    assert error.line is not None and error.line >= 1


def test_quick_and_careful_reading_build_the_same_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    for paragraph in (_full_paragraph(), Paragraph(id="min", title="T", body="")):
        front, body = split_front_matter(dump_paragraph(paragraph), path)
        data = migrations.migrate(migrations.PARAGRAPH, tomllib.loads(front), ParsedText(path, ""))
        quick = quick_paragraph(dict(data), body)
        careful = paragraph_from_fields(Fields(dict(data), ParsedText(path, front, 2)), body)
        assert quick == careful == paragraph
