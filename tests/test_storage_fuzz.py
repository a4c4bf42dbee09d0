"""Damaged files of every shape give one InputError, never a raw Python error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tccm_drafter.errors import InputError
from tccm_drafter.model import (
    Consultation,
    Paragraph,
    ParagraphBlock,
    Rules,
    Section,
    Source,
    Status,
    Submission,
    TextBlock,
)
from tccm_drafter.storage.paragraph_file import dump_paragraph, parse_paragraph
from tccm_drafter.storage.submission_file import dumps_submission, loads_submission

_PARAGRAPH = dump_paragraph(
    Paragraph(
        id="p",
        title="T",
        body="Body",
        topics=["a", "b"],
        status=Status.APPROVED,
        created=date(2025, 1, 2),
        sources=[Source("S", "https://x")],
        short="One\nTwo",
        extra={"x": {"y": 1}},
    )
)
_SUBMISSION = dumps_submission(
    Submission(
        title="S",
        date=date(2026, 1, 1),
        consultation=Consultation(title="C", rules=Rules(word_limit=100)),
        sections=[
            Section("Q1", "Why?", blocks=[ParagraphBlock("p", 2, "h", local_text="a\nb")]),
            Section("Q2", char_limit=10, blocks=[TextBlock("t")]),
        ],
    )
)
_PIECES = st.sampled_from(
    [
        '"',
        "'",
        "[",
        "]",
        "[[",
        "=",
        "\n",
        "#",
        "{",
        "}",
        ",",
        "1",
        "true",
        "2025-13-01",
        '"""',
        "+++\n",
        " ",
        "\\",
        "x",
        "\x00",
        "é",
        '"draft"',
        "[]",
        "{}",
        "-1",
    ]
)


def _mutate(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        if data.draw(st.booleans()):
            text = text[:at] + data.draw(_PIECES) + text[at:]
        else:
            text = text[:at] + text[at + data.draw(st.integers(1, 6)) :]
    return text


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_damaged_paragraph_files(data: st.DataObject) -> None:
    text = _mutate(_PARAGRAPH, data)
    try:
        parse_paragraph(text, Path("lib/p.md"))
    except InputError as error:
        assert str(error).startswith("lib/p.md")


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_damaged_submission_files(data: st.DataObject) -> None:
    text = _mutate(_SUBMISSION, data)
    try:
        loads_submission(text, Path("s.tccm"))
    except InputError as error:
        assert str(error).startswith("s.tccm")
