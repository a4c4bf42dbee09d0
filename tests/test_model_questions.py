"""A consultation's questions: pasted or read from its file; limits; titles never cut."""

from __future__ import annotations

import pytest

from tccm_drafter.model.diffing import word_diff
from tccm_drafter.model.limits import find_limits
from tccm_drafter.model.questions import (
    CallParagraph,
    call_title,
    display_title,
    parse_questions,
    sections_from_call,
    short_title,
    title_for,
)


def test_numbered_questions_with_limits_and_continuation_lines() -> None:
    sections = parse_questions(
        "1. What are your general views on the outcome document? (max. 250 words)\n"
        "2. How should the IGF be\n   strengthened and funded? (500 words)\n\n"
        "3. Anything else? Limit: 1,500 characters\n"
    )
    assert [s.title for s in sections] == [
        "What are your general views on the outcome document",
        "How should the IGF be strengthened and funded",
        "Anything else",
    ]
    assert sections[1].question == "How should the IGF be strengthened and funded?"
    assert [(s.word_limit, s.char_limit) for s in sections] == [
        (250, None),
        (500, None),
        (None, 1500),
    ]


def test_one_question_per_line_and_other_numbering_styles() -> None:
    assert [s.question for s in parse_questions("What is your view?\nWhat should change?")] == [
        "What is your view?",
        "What should change?",
    ]
    sections = parse_questions(
        "Q1: Role of stakeholders – how should they take part?\n"
        "Q2. Funding (up to 2,000 characters including spaces)\n"
        "Question 3 – Priorities in no more than 300 words"
    )
    assert [s.question for s in sections] == [
        "Role of stakeholders – how should they take part?",
        "Funding",
        "Priorities",
    ]
    assert (sections[1].char_limit, sections[2].word_limit) == (2000, 300)
    assert [s.title for s in parse_questions("(a) First thing\n(b) Second thing")] == [
        "First thing",
        "Second thing",
    ]


def test_a_long_question_is_never_cut_for_its_title() -> None:
    question = (
        "Please describe in detail how your organisation has contributed to the "
        "implementation of the WSIS Action Lines since 2015"
    )
    [section] = parse_questions(question)
    assert section.title == "" and section.question == question
    [numbered] = parse_questions("Question 7: " + question)
    assert numbered.title == "Question 7"
    assert title_for("What now? And then?") == "What now"
    assert short_title("x" * 81) == "" and short_title("x" * 80) == "x" * 80


def test_titles_cut_by_an_older_version_are_made_again() -> None:
    question = (
        "How should the Internet Governance Forum be funded after its mandate became permanent?"
    )
    assert display_title("How should the Internet Governance Forum be…", question) == ""
    assert display_title("Funding", question) == "Funding"
    assert display_title("Short…", "Something else") == "Short…"


@pytest.mark.parametrize(
    ("text", "words", "chars", "rest"),
    [
        ("What are your views? (500-word limit)", 500, None, "What are your views?"),
        ("Describe it (max. 2,000 characters with spaces)", None, 2000, "Describe it"),
        ("How, in no more than 300 words, should it change?", 300, None, "How should it change?"),
        ("What now? Please limit your response to 300 words.", 300, None, "What now?"),
        ("Anything else? (up to 1 500 characters)", None, 1500, "Anything else?"),
        ("Anything else? (up to 1\u00a0500 characters)", None, 1500, "Anything else?"),
        ("Priorities (250 words maximum)", 250, None, "Priorities"),
        ("Funding (2,000 character limit)", None, 2000, "Funding"),
        ("Word limit: 600. Please share examples.", 600, None, "Please share examples."),
        ("Why? Answer in 300 words or less.", 300, None, "Why? Answer."),
        ("How? (500 words or 3.000 characters)", 500, 3000, "How?"),
        ("Explain. Maximum of 400 words.", 400, None, "Explain."),
        ("Explain (not to exceed 350 words)", 350, None, "Explain"),
    ],
)
def test_limits_in_every_common_wording(
    text: str, words: int | None, chars: int | None, rest: str
) -> None:
    found = find_limits(text.replace("\\u00a0", "\u00a0"))
    assert (found.words, found.chars, found.text) == (words, chars, rest)


@pytest.mark.parametrize(
    "text",
    [
        "See paragraph 72 of the Tunis Agenda.",
        "What has changed since 2025?",
        "Question 3 of the 2019 survey asked the same.",
        "Read the 2,000-word summary first: what do you think?",
        "Resolution 70/125 asks for 20 reports.",
        "Inputs of up to 10 pages are welcome.",
    ],
)
def test_other_numbers_are_not_limits(text: str) -> None:
    found = find_limits(text)
    assert (found.words, found.chars, found.text) == (None, None, text)


def test_sub_questions_stay_with_their_question_unless_they_have_limits() -> None:
    [together] = parse_questions(
        "3. Which should come first? (400 words)\na) connectivity;\nb) skills;\n(c) data."
    )
    assert together.word_limit == 400
    assert together.question.splitlines() == [
        "Which should come first?",
        "a) connectivity",
        "b) skills",
        "(c) data.",
    ]
    apart = parse_questions(
        "2. Accountability\n(a) Who reports back? (150 words)\n(b) Who checks? (100 words)"
    )
    assert [(s.title, s.question, s.word_limit) for s in apart] == [
        ("Who reports back", "Accountability\n(a) Who reports back?", 150),
        ("Who checks", "Accountability\n(b) Who checks?", 100),
    ]


def test_call_paragraphs_keep_questions_and_leave_the_rest() -> None:
    paragraphs = [
        CallParagraph("Call for inputs on digital cooperation", kind="heading"),
        CallParagraph("The Secretariat welcomes inputs by 15 May 2026."),
        CallParagraph("Please send one file per organisation."),
        CallParagraph("Background", "1.", kind="heading"),
        CallParagraph("What has worked since 2015?", "1."),
        CallParagraph("(max. 250 words)"),
        CallParagraph("Describe your role in the follow-up.", "2."),
        CallParagraph("Contact: secretariat@consultation.example"),
    ]
    sections = sections_from_call(paragraphs)
    assert [(s.title, s.word_limit) for s in sections] == [
        ("What has worked since 2015", 250),
        ("Describe your role in the follow-up", None),
    ]
    assert call_title(paragraphs) == "Call for inputs on digital cooperation"


def test_nothing_pasted_gives_no_sections() -> None:
    assert parse_questions("  \n\n") == []


def test_word_diff_marks_changed_words_only() -> None:
    diff = word_diff("The IGF needs stable funding.", "The IGF needs stable, diverse funding.")
    assert ("delete", "funding.") not in diff
    assert "".join(t for tag, t in diff if tag != "insert") == "The IGF needs stable funding."
    assert "".join(t for tag, t in diff if tag != "delete") == (
        "The IGF needs stable, diverse funding."
    )
    assert any(tag == "insert" and "diverse" in text for tag, text in diff)


def test_pasted_questions_numbered_over_lines_or_one_per_line() -> None:
    numbered = parse_questions(
        "1. How should the IGF evolve after 2025,\nand who should fund it?\n"
        "2) What role for the technical community?\n\nQ3: Anything else?"
    )
    assert [s.question for s in numbered] == [
        "How should the IGF evolve after 2025, and who should fund it?",
        "What role for the technical community?",
        "Anything else?",
    ]
    plain = parse_questions("First question?\nSecond question?\n")
    assert [s.question for s in plain] == ["First question?", "Second question?"]
    assert parse_questions("  \n") == []
