"""A call's text pasted from its web page or document goes through the .txt reader."""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.app.new_submission import read_call_questions, read_pasted_questions
from tccm_drafter.storage.call_file import read_call, read_call_text
from tccm_drafter.storage.limits import CALL_MAX_TEXT_CHARS

CALLS = Path(__file__).parent / "data" / "calls"


def test_pasted_text_reads_as_the_txt_file() -> None:
    text = (CALLS / "call.txt").read_text(encoding="utf-8")
    assert read_call_text(text) == read_call(CALLS / "call.txt")
    pasted = read_pasted_questions(text.replace("\n", "\r\n"))
    from_file = read_call_questions(CALLS / "call.txt")
    assert pasted.path is None
    assert (pasted.title, pasted.sections) == (from_file.title, from_file.sections)


def test_text_from_a_web_page_has_one_line_per_paragraph() -> None:
    # Browsers copy paragraphs and list items of a page with single line breaks.
    web = (
        "Call for inputs: digital cooperation after the review\n"
        "Background\n"
        "The co-facilitators invite written inputs from all stakeholders.\n"
        "Questions\n"
        "What has worked in the Forum's intersessional work? (300 words)\n"
        "How should national and regional initiatives be supported?\n"
        "Send your input by 15 May."
    )
    found = read_pasted_questions(web)
    assert found.title == "Call for inputs: digital cooperation after the review"
    assert [(s.question, s.word_limit) for s in found.sections] == [
        ("What has worked in the Forum's intersessional work?", 300),
        ("How should national and regional initiatives be supported?", None),
    ]


def test_pasted_text_is_bounded() -> None:
    huge = "Why? " * (CALL_MAX_TEXT_CHARS // 2)
    paragraphs = read_call_text(huge)
    assert sum(len(p.text) for p in paragraphs) <= CALL_MAX_TEXT_CHARS
    assert read_pasted_questions("").sections == []
