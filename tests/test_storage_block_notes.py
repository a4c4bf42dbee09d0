"""Notes on blocks in the .tccm file: kept exactly, optional, and checked like other fields."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.model import Note, ParagraphBlock, Section, Submission, TextBlock
from tccm_drafter.storage.submission_file import (
    dumps_submission,
    load_submission,
    loads_submission,
    save_submission,
)


def test_notes_round_trip_on_both_kinds_of_block(tmp_path: Path) -> None:
    submission = Submission(
        title="With notes",
        sections=[
            Section(
                "Q1",
                blocks=[
                    ParagraphBlock(
                        "igf",
                        notes=[
                            Note(
                                'Cite the "resolution"?\nSecond line.',
                                "Legal team",
                                datetime(2026, 3, 2, 10, 15, tzinfo=UTC),
                            )
                        ],
                    ),
                    TextBlock("Hello", notes=[Note("Fine by me.", resolved=True)]),
                ],
            )
        ],
    )
    path = tmp_path / "s.tccm"
    save_submission(submission, path)
    text = path.read_text(encoding="utf-8")
    assert "[[sections.blocks.notes]]" in text and 'author = "Legal team"' in text
    assert load_submission(path) == submission


def test_a_file_without_notes_reads_as_before() -> None:
    text = '[[sections]]\ntitle = "Q"\n[[sections.blocks]]\ntype = "text"\ntext = "Hi"\n'
    block = loads_submission(text, Path("old.tccm")).sections[0].blocks[0]
    assert block == TextBlock("Hi") and block.notes == []
    assert "blocks.notes" not in dumps_submission(
        Submission(sections=[Section("Q", blocks=[block])])
    )


def test_a_note_without_text_is_reported_at_its_line() -> None:
    text = (
        '[[sections]]\ntitle = "Q"\n[[sections.blocks]]\ntype = "text"\ntext = "Hi"\n'
        '[[sections.blocks.notes]]\nauthor = "Legal"\n'
    )
    with pytest.raises(InputError) as caught:
        loads_submission(text, Path("s.tccm"))
    assert "'sections[1].blocks[1].notes[1].text' is missing" in str(caught.value)
    assert str(caught.value).startswith("s.tccm:")
