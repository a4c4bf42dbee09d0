"""Calls for input read from their own files: Word (numbering, tables), PDF, text, Markdown.

The fixtures under tests/data/calls are realistic calls written for these tests; the .docx
and .pdf are made by tools/make_call_fixtures.py. Real calls are in tests/data/calls/corpus
(tests/test_call_corpus.py).
"""

from __future__ import annotations

import io
import os
from datetime import date, time
from pathlib import Path

import pytest

from tccm_drafter.cli import main
from tccm_drafter.errors import InputError
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.storage.call_file import read_call, read_call_sections
from tccm_drafter.storage.submission_file import load_submission

CALLS = Path(__file__).parent / "data" / "calls"


def _summary(name: str) -> list[tuple[str, int | None, int | None, str]]:
    return [
        (s.title, s.word_limit, s.char_limit, s.question) for s in read_call_sections(CALLS / name)
    ]


def test_word_call_with_word_numbering_and_a_table() -> None:
    paragraphs = read_call(CALLS / "call.docx")
    # The numbers come from Word's numbering, not from the text.
    numbered = [(p.label, p.level) for p in paragraphs if p.label]
    assert numbered[:5] == [("1.", 0), ("2.", 0), ("(a)", 1), ("(b)", 1), ("3.", 0)]
    assert _summary("call.docx") == [
        (
            "What should the Internet Governance Forum achieve by 2030",
            None,
            2000,
            "What should the Internet Governance Forum achieve by 2030?",
        ),
        (
            "What support do small delegations need",
            150,
            None,
            "How should national and regional initiatives be supported?\n"
            "(a) What support do small delegations need?",
        ),
        (
            "Who should provide that support",
            100,
            None,
            "How should national and regional initiatives be supported?\n"
            "(b) Who should provide that support?",
        ),
        (
            "Question 3",
            300,
            None,
            "Taking into account the experience of the past twenty years and the commitments "
            "made in the outcome document, describe the role your organisation could play in "
            "the follow-up and the resources it could bring.",
        ),
        (
            "How do you take part in standards development",
            250,
            None,
            "How do you take part in standards development?",
        ),
        (
            "What would help operators from developing regions contribute",
            400,
            None,
            "What would help operators from developing regions contribute?",
        ),
    ]


def test_pdf_call() -> None:
    assert _summary("call.pdf") == [
        (
            "Which digital public goods matter most in your country, and why",
            250,
            None,
            "Which digital public goods matter most in your country, and why?",
        ),
        (
            "What stands in the way of their adoption by public administrations",
            300,
            None,
            "What stands in the way of their adoption by public administrations?",
        ),
        (
            "How could regional organisations help",
            None,
            1500,
            "How could regional organisations help?",
        ),
        ("Any other comments", None, 2000, "Any other comments?"),
    ]


def test_text_call() -> None:
    found = _summary("call.txt")
    assert [(t, w, c) for t, w, c, _ in found] == [
        ("Question 1", 500, None),
        ("Question 2", 300, None),
        ("Which of the following should the follow-up process give priority to", 400, None),
        ("Question 4", None, 2000),
        ("Is there anything else you would like to add", None, 1500),
    ]
    assert found[2][3].splitlines()[1:] == [
        "a) closing connectivity gaps in least developed countries",
        "b) capacity building for small delegations",
        "c) data governance.",
    ]
    # "paragraph 72", "2025", "Question 3" and "15 May 2026" in the background are no limits.
    assert all("72" not in q and "2025" not in q for *_, q in found)


def test_markdown_call() -> None:
    assert [(t, w, c) for t, w, c, _ in _summary("call.md")] == [
        ("Participation", 250, None),
        ("What has changed in the way stakeholders are consulted since 2015", None, 2000),
        (
            "How should decisions taken in open processes be reported back to participants",
            150,
            None,
        ),
        ("Who should review whether that happened", 100, None),
        ("Please share examples of good practice", 600, None),
    ]


def test_pdf_line_end_hyphens_kept_where_they_belong() -> None:
    """hyphens.pdf (LibreOffice, a narrow page): lines break after "Secretary-", "multi-" and
    at the soft hyphen LibreOffice prints in "consul-tation"."""
    texts = [p.text for p in read_call(CALLS / "hyphens.pdf")]
    assert texts[1].startswith("The report of the UN Secretary-General on the consultation")
    assert texts[2] == "Views sent to the report and consultation are made public."
    assert texts[3] == (
        "How can inputs from the multi-stakeholder community on follow-up processes be used?"
    )


def test_refuses_other_files(tmp_path: Path) -> None:
    with pytest.raises(
        InputError, match=r"choose a call for input as \.docx, \.pdf, \.txt or \.md"
    ):
        read_call(tmp_path / "call.odt")
    broken = tmp_path / "call.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(InputError, match=r"call\.pdf"):
        read_call(broken)
    fake = tmp_path / "call.docx"
    fake.write_text("plain text", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip file"):
        read_call(fake)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.txt"
        os.mkfifo(pipe)
        with pytest.raises(InputError, match="not an ordinary file"):
            read_call(pipe)


def _cli(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main([*map(str, args)], out=out, err=err), out.getvalue(), err.getvalue()


def test_questions_and_new_commands(tmp_path: Path) -> None:
    status, out, _ = _cli("questions", CALLS / "call.txt")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("1.\t500 words\t[Question 1] What progress has your")
    assert lines[3].startswith("4.\t2000 characters\t[Question 4] Drawing on your own")
    assert lines[5] == "Deadline: 15 May 2026"  # "Send one file per organisation by 15 May 2026."

    target = tmp_path / "new.tccm"
    status, out, err = _cli("new", "--questions", CALLS / "call.docx", "-o", target)
    assert status == 0, err
    assert out.strip() == f"Wrote {target} with 6 sections"
    submission = load_submission(target)
    assert submission.consultation.title == (
        "Call for inputs: Internet governance after the twenty-year review"
    )
    assert submission.title == (
        "Response to Call for inputs: Internet governance after the twenty-year review"
    )
    assert [s.word_limit for s in submission.sections] == [None, 150, 100, 300, 250, 400]
    # "Send your input by 15 May 2026, 23:59 Geneva time": the deadline reaches the consultation.
    assert submission.consultation.full_deadline() == Deadline(
        date(2026, 5, 15), time(23, 59), "Europe/Zurich"
    )

    before = target.read_bytes()
    status, _, err = _cli("new", "--questions", CALLS / "call.md", "-o", target)
    assert status == 2 and "exists already" in err
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tccm-tmp-")]
