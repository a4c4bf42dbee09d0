"""Pasting a consultation's questions as they appear on its web page."""

from __future__ import annotations

from tccm_drafter.model.diffing import word_diff
from tccm_drafter.model.questions import parse_questions


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


def test_long_question_gets_a_short_title() -> None:
    question = (
        "Please describe in detail how your organisation has contributed to the "
        "implementation of the WSIS Action Lines since 2015"
    )
    title = parse_questions(question)[0].title
    assert len(title) <= 61 and title.endswith("…") and title.startswith("Please describe")


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
