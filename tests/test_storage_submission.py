"""Submission files (.tccm): round trips, readable layout, migration and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import (
    Consultation,
    Organisation,
    ParagraphBlock,
    Rules,
    Section,
    Signatory,
    Submission,
    TextBlock,
)
from tccm_drafter.storage.submission_file import (
    dumps_submission,
    load_submission,
    loads_submission,
    save_submission,
)


def _submission() -> Submission:
    return Submission(
        title='Response of "Example Registry" #2: WSIS+20',
        template="joint-statement",
        reference_docx="letterhead.docx",
        date=date(2026, 3, 1),
        addressee="H.E. the Co-Facilitators",
        consultation=Consultation(
            title="WSIS+20 review: call for inputs",
            organiser="UN DESA",
            reference="007",
            url="https://un.example/wsis20",
            deadline=date(2026, 3, 31),
            language="en-GB",
            rules=Rules(
                word_limit=2000, char_limit=None, numbered_paragraphs=True, footnotes_allowed=False
            ),
        ),
        organisation=Organisation(
            name="Example Registry",
            short_name="ExReg",
            stakeholder_group="Technical community",
            country="NO",
            website="https://registry.example",
            email="policy@registry.example",
            signatory="For the Board: Kari Nordmann",
        ),
        signatories=[Signatory("Example IXP", "Ola", "NO"), Signatory("مسجل المثال", "", "EG")],
        sections=[
            Section(
                title="Question 1: the IGF",
                question="How should the IGF evolve?\nPlease be specific.",
                word_limit=500,
                blocks=[
                    ParagraphBlock("igf-permanent-mandate", 3, "abc123"),
                    ParagraphBlock(
                        "igf-funding", 1, "def456", local_text="Our own\nwording.", use_short=True
                    ),
                    TextBlock('Free text with {{ org.name }} and a # hash: and "quotes".'),
                ],
            ),
            Section(title="Question 2", char_limit=3000, blocks=[]),
        ],
    )


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "response.tccm"
    save_submission(_submission(), path)
    assert load_submission(path) == _submission()


def test_layout_puts_format_first_and_sections_last() -> None:
    text = dumps_submission(_submission())
    lines = text.splitlines()
    assert lines[:2] == ["format = 1", 'kind = "tccm-submission"']
    assert 'reference = "007"' in lines and 'country = "NO"' in lines
    assert "deadline = 2026-03-31" in lines
    assert text.index("[consultation]") < text.index("[consultation.rules]")
    assert text.index("[organisation]") < text.index("[[signatories]]")
    assert text.index("[[signatories]]") < text.index("[[sections]]")
    assert "[[sections.blocks]]" in lines
    assert "char_limit" not in text.split("[consultation.rules]")[1].split("[")[0]
    assert 'Please be specific."""' in lines  # multi-line question stays readable


def test_hand_written_format_0_submission(tmp_path: Path) -> None:
    text = (
        'title = "Draft"\ndate = "2026-01-05"\n'
        '[consultation]\ntitle = "GDC follow-up"\ndeadline = "2026-02-01"\n'
        '[[sections]]\ntitle = "Q1"\n[[sections.blocks]]\ntype = "text"\ntext = "Hello"\n'
    )
    submission = loads_submission(text, tmp_path / "draft.tccm")
    assert submission.date == date(2026, 1, 5)
    assert submission.consultation.deadline == date(2026, 2, 1)
    assert submission.sections[0].blocks == [TextBlock("Hello")]


def test_newer_format_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "future.tccm"
    original = b'format = 4\nkind = "tccm-submission"\ntitle = "From the future"\n'
    path.write_bytes(original)
    with pytest.raises(NewerFormatError, match=r"format 4; this version reads up to 1"):
        load_submission(path)
    with pytest.raises(NewerFormatError):
        save_submission(_submission(), path)
    assert path.read_bytes() == original


def test_failed_save_keeps_the_previous_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(InputError, match="could not save") as caught:
        save_submission(_submission(), blocker / "response.tccm")
    assert caught.value.path == blocker / "response.tccm"


BLOCK = '[[sections]]\ntitle = "Q"\n[[sections.blocks]]\n'


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('format = 1\ntitle = "x\n', 2, "TOML syntax error"),
        ('format = 1\nkind = "something-else"\n', 2, "not a TCCM Drafter submission"),
        (
            "format = 1\n" + BLOCK + 'type = "picture"\n',
            5,
            '\'sections[1].blocks[1].type\' must be "paragraph" or "text"',
        ),
        (
            "format = 1\n" + BLOCK + 'type = "paragraph"\n',
            4,
            "'sections[1].blocks[1].id' is missing",
        ),
        (
            "format = 1\n" + BLOCK + 'type = "text"\n' + BLOCK + 'type = "paragraph"\nid = "a"\n'
            'version = "2"\n',
            11,
            "'sections[2].blocks[1].version' must be a whole number",
        ),
        (
            'format = 1\n[consultation]\ntitle = "C"\n[consultation.rules]\nword_limit = "500"\n',
            5,
            "'consultation.rules.word_limit' must be a whole number",
        ),
        ('format = 1\n[consultation]\ndeadline = "soon"\n', 3, "'consultation.deadline'"),
        ('format = 1\n[[signatories]]\nname = "Jo"\n', 2, "'signatories[1].organisation'"),
    ],
)
def test_bad_input_names_file_line_and_field(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "bad.tccm"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_submission(path)
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}:")


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_submission(tmp_path / "nowhere.tccm")
    (tmp_path / "empty.tccm").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_submission(tmp_path / "empty.tccm")


def test_unknown_top_level_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "response.tccm"
    save_submission(_submission(), path)
    text = path.read_text(encoding="utf-8")
    kind = 'kind = "tccm-submission"\n'
    text = text.replace(kind, kind + 'project_code = "007"\n')
    text = text.replace("[consultation]\n", '[review]\nby = "Jo"\n\n[consultation]\n', 1)
    path.write_text(text, encoding="utf-8")
    loaded = load_submission(path)
    assert loaded.extra == {"project_code": "007", "review": {"by": "Jo"}}
    save_submission(loaded, path)
    assert load_submission(path) == loaded
