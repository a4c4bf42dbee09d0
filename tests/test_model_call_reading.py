"""Reading a call's paragraphs: the outline from its labels, which items are questions, lists
written inside a paragraph, limits stated once, and the deadline. Each case is a pattern met
in a real call of tests/data/calls/corpus (named in the test)."""

from __future__ import annotations

from datetime import date, time

import pytest

from tccm_drafter.model.call_deadline import find_deadline
from tccm_drafter.model.call_labels import MAX_DEPTH, outline_depths, split_label
from tccm_drafter.model.call_reading import read_call_paragraphs
from tccm_drafter.model.deadline import Deadline, parse_deadline
from tccm_drafter.model.questions import CallParagraph, sections_from_call


def paragraphs(*lines: str | tuple[str, str]) -> list[CallParagraph]:
    """Paragraphs from lines; a (text, "heading") pair is a heading; labels are split off."""
    out = []
    for line in lines:
        if isinstance(line, tuple):
            out.append(CallParagraph(line[0], kind=line[1]))
            continue
        label, text = split_label(line)
        out.append(CallParagraph(text, label))
    return out


def questions(*lines: str | tuple[str, str]) -> list[str]:
    return [s.question for s in sections_from_call(paragraphs(*lines))]


def test_outline_depth_comes_from_the_labels() -> None:
    assert outline_depths(["1.", "2.", "(a)", "(b)", "3."]) == [0, 0, 1, 1, 0]
    # F) then 1. 2.: a list that starts at one after an item is inside it.
    assert outline_depths(["A)", "B)", "F)", "1.", "2."]) == [0, 0, 0, 1, 1]
    # Nested lists written with the same numbers (a web page's <ol> in <ol>).
    assert outline_depths(["1.", "2.", "1.", "2.", "1."]) == [0, 0, 1, 1, 2]
    # Unlabelled text closes the lists: the next "1." starts at the top again.
    assert outline_depths(["1.", "a)", None, "1."]) == [0, 1, 0, 0]
    # "i)" after "h)" is a letter, "(i)" after "3." a roman numeral.
    assert outline_depths(["g)", "h)", "i)"]) == [0, 0, 0]
    assert outline_depths(["3.", "(i)", "(ii)"]) == [0, 1, 1]
    assert split_label("\uf0b7 Improve the process")[0] == "•"  # a PDF's Symbol bullet


def test_lettered_sub_questions_of_a_statement_are_kept_apart() -> None:
    """igf-2019-taking-stock: "F) The Secretary-General set up a panel…" then "1. How…?" and
    "2. Do you…?": two questions, each led by F's text, not one section "F"."""
    found = questions(
        "E) What other organizations should the IGF be collaborating with?",
        "F) The Secretary-General set up a High-level Panel on Digital Cooperation",
        "1. How can the IGF contribute to the work of the panel?",
        "2. Do you have any specific inputs for the panel?",
        "All inputs should be sent by 21 January 2019.",
    )
    assert found == [
        "What other organizations should the IGF be collaborating with?",
        "The Secretary-General set up a High-level Panel on Digital Cooperation\n"
        "1. How can the IGF contribute to the work of the panel?",
        "The Secretary-General set up a High-level Panel on Digital Cooperation\n"
        "2. Do you have any specific inputs for the panel?",
    ]


def test_sub_items_stay_with_the_question_they_complete() -> None:
    """igf-2016-retreat: "1) What are some ways to:" and three bullets are one question."""
    assert questions(
        "1) What are some ways to:",
        "• Improve the overall preparatory process of the IGF,",
        "• Strengthen the IGF support structures?",
        "2) What measures can be taken to engage those stakeholders?",
    ) == [
        "What are some ways to\n• Improve the overall preparatory process of the IGF\n"
        "• Strengthen the IGF support structures?",
        "What measures can be taken to engage those stakeholders?",
    ]


def test_items_announced_by_a_cue_are_questions_even_without_a_question_mark() -> None:
    """ohchr-2019-peaceful-protests, ohchr-2018-privacy-digital-age: information asked "on the
    following:"; a topic keeps its sub-items. Bullets after other text are not questions.
    (Separators at the end of an item go, as for every question: "including:", "…;".)"""
    found = questions(
        "IGF Public Consultation: Call for Inputs - Taking stock",
        "• 2018 IGF Annual Meeting",
        "Please provide any relevant information on:",
        "1. Recent developments in national legislation and case law.",
        "2. Surveillance and communications interception:",
        "1. Government surveillance and bulk data collection.",
        "2. Role of business enterprises in government surveillance, including:",
        "1. Sale of surveillance technology;",
    )
    assert found == [
        "Recent developments in national legislation and case law.",
        "Surveillance and communications interception\n"
        "1. Government surveillance and bulk data collection.\n"
        "2. Role of business enterprises in government surveillance, including\n"
        "1. Sale of surveillance technology",
    ]


def test_questions_written_inside_one_paragraph_are_one_section_each() -> None:
    sections = sections_from_call(
        paragraphs(
            "Please answer: (1) What has worked since 2015? (max 300 words) (2) What has not? "
            "(3) What should change? Send your answers by 1 May 2026."
        )
    )
    assert [(s.question, s.word_limit) for s in sections] == [
        ("What has worked since 2015?", 300),
        ("What has not?", None),
        ("What should change?", None),
    ]
    # igf-2019-open-forums: themes listed in a sentence are no questions.
    assert not questions(
        "It is suggested Open Forums link to one of the three programme themes this year, "
        "selectable in the submission form: (1) Data Governance; (2) Digital Inclusion; or "
        "(3) Security, Safety, Stability & Resilience. The inclusion of a paper is encouraged."
    )
    assert questions("See resolution 1) and 2) of the annex. What now?") == [
        "See resolution 1) and 2) of the annex. What now?"
    ]


def test_headings_and_instructions_are_not_questions() -> None:
    """hlpdc-2018-contributions, ohchr-2019-peaceful-protests, ecosoc-ngo-2022-consultations."""
    assert not questions(
        ("What are the key questions for written contributions?", "heading"),
        "Who can submit and what is the deadline?",
        "What can be sent?",
        "Why this call for input? At its thirty-eighth session, the Council adopted a text.",
        "• Please note that we are not able to accept other formats such as PDF.",
        "• Your submission to each question should not exceed 500 words.",
        "• Use the name of your organization as the document's name.",
    )
    assert questions("Is there anything else you would like to add?") == [
        "Is there anything else you would like to add?"
    ]


def test_titles_of_a_template_take_the_requests_under_them() -> None:
    """wgig-2004-issue-template: "3. SWOT Analysis" then "Please assess …"."""
    assert questions(
        "3. SWOT Analysis",
        "Please assess the strengths and weaknesses of the present system.",
        "5. Forums (where?)",
        "(a) who participates",
        "Please describe where this issue is being discussed?",
        "Contact: wgig@example.org",
    ) == [
        "SWOT Analysis\nPlease assess the strengths and weaknesses of the present system.",
        "Forums (where?)\n(a) who participates\n"
        "Please describe where this issue is being discussed?",
    ]


def test_themes_after_a_cue_with_one_paragraph_each() -> None:
    """techenvoy-2023-ai-papers: three themes, each a title and what it asks."""
    reading = read_call_paragraphs(
        paragraphs(
            "The papers, of approximately 2000 words will have to be on three themes, namely:",
            "Key Issues on Global AI Governance",
            "Researchers are encouraged to engage in studies.",
            "Models in Global AI Governance",
            "Researchers are encouraged to explore existing models.",
            "The international community underlined its support.",
        )
    )
    assert [(s.title, s.question) for s in reading.sections] == [
        (
            "Key Issues on Global AI Governance",
            "Key Issues on Global AI Governance\nResearchers are encouraged to engage in studies.",
        ),
        (
            "Models in Global AI Governance",
            "Models in Global AI Governance\n"
            "Researchers are encouraged to explore existing models.",
        ),
    ]
    assert (reading.rules.total_word_limit, reading.rules.word_limit) == (2000, None)


def test_limits_stated_once() -> None:
    each = read_call_paragraphs(
        paragraphs(
            "• Your submission to each question should not exceed 500 words.",
            "1. What has worked?",
        )
    )
    assert (each.rules.word_limit, each.rules.total_word_limit) == (500, None)
    assert each.sections[0].word_limit is None  # it has the one for every answer
    # netmundial-2014-content: fields with limits written in one line; only the
    # contribution's limit is the submission's, not the abstract's (nor "5 words").
    form = read_call_paragraphs(
        paragraphs(
            "Character/word limits: -Abstract: up to 500 characters -Keywords: up to 5 words "
            "-Content contribution: up to 10,000 characters with spaces Questions to consider: "
            "- Issues' statement (what are the issues?)",
            "- What are the possible responses to these issues?",
        )
    )
    assert [s.question for s in form.sections] == [
        "Issues' statement (what are the issues?)",
        "What are the possible responses to these issues?",
    ]
    assert (form.rules.total_char_limit, form.rules.char_limit) == (10_000, None)
    whole = read_call_paragraphs(paragraphs("Submissions should not exceed 2,500 words."))
    assert whole.rules.total_word_limit == 2500


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Deadline: 15 October 2019", "When: 44th session, June 2020"], "2019-10-15"),
        (["Deadline:", "19 June 2020"], "2020-06-19"),  # the label on a line of its own
        (["Respond to the three questions below by 15 March 2018."], "2018-03-15"),
        (
            [
                "Submit your views by 4 January 2017 [UPDATE: This deadline has been extended "
                "to 11 January 2017], through the form."
            ],
            "2017-01-11",
        ),
        (
            ["The deadline for requesting Open Forum slots is Sunday 14 April 2019, 23:59 UTC."],
            "2019-04-14T23:59 UTC",
        ),
        (["Inputs are due by 23:59 UTC-11 on 15 December 2026."], "2026-12-15T23:59 UTC-11"),
        (["Call for inputs - Deadline: 9 Avril 2018"], "2018-04-09"),  # French month name
        (["Fecha límite: 9 de abril de 2018"], "2018-04-09"),
        (
            [
                "A hearing will be held in New York on 9 December 2022 from 10:00am.",
                "The deadline for submitting written contributions is 31 August 2022.",
            ],
            "2022-08-31",
        ),
        (
            [
                "The deadline for registration is 1 December 2023, midnight Eastern Time.",
                "The deadline for the submission of written inputs is 31 December 2023.",
            ],
            "2023-12-31",
        ),
        (["The Council decided on 18 February 2016 to hold a consultation."], None),
        (["Call for Contributions2018-11-29T13:46:42+00:00", "28, September, 2023"], None),
        (["The deadline for submitting contributions is 1 July."], None),  # no year
    ],
)
def test_deadline_from_the_call_text(texts: list[str], expected: str | None) -> None:
    found = find_deadline(texts)
    if expected is None:
        assert found is None
    else:
        assert found == parse_deadline(expected.replace("T", " ", 1))


def test_reading_has_title_questions_and_deadline() -> None:
    reading = read_call_paragraphs(
        paragraphs(
            ("Call for inputs on digital cooperation", "heading"),
            "1. What has worked since 2015? (250 words)",
            "Send your input by 15 May 2026, 23:59 Geneva time.",
        )
    )
    assert reading.title == "Call for inputs on digital cooperation"
    assert [(s.question, s.word_limit) for s in reading.sections] == [
        ("What has worked since 2015?", 250)
    ]
    assert reading.deadline == Deadline(date(2026, 5, 15), time(23, 59), "Europe/Zurich")


def test_hostile_calls_are_read_with_bounded_work() -> None:
    """A file nesting its lists thousands deep, or holding one endless "sentence" full of
    dates, is read without running out of stack and without a deadline taken from it."""
    deep = [CallParagraph("What now?", "1.") for _ in range(5000)]
    assert max(outline_depths([p.label for p in deep])) < MAX_DEPTH
    assert len(read_call_paragraphs(deep).sections) == 1  # one question with its parts
    endless = " ".join(["the deadline is 15 May 2026"] * 20_000)
    assert find_deadline([endless]) is None
    assert not questions("information on the following " * 50_000 + ":")
