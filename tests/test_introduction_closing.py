"""The introduction and the closing: stored in the .tccm, rendered by every built-in
template (and by a template that predates them), counted, checked, and edited with undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from render_helpers import make_template
from tccm_drafter.app import drafting
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import (
    Consultation,
    Library,
    Organisation,
    Rules,
    Section,
    SectionRole,
    Submission,
    TextBlock,
)
from tccm_drafter.render.counting import document_counts
from tccm_drafter.render.document import Heading, Paragraph, Text
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template
from tccm_drafter.render.text_export import to_plain_text
from tccm_drafter.storage.submission_file import dumps_submission, loads_submission

TODAY = date(2026, 12, 7)
INTRO = "We thank the co-facilitators for this consultation."
CLOSING = "We stand ready to contribute further."


def framed() -> Submission:
    return Submission(
        title="Response",
        organisation=Organisation(name="Example Registry"),
        consultation=Consultation(title="WSIS+20", rules=Rules(word_limit=5)),
        sections=[
            Section("", blocks=[TextBlock(INTRO)], role=SectionRole.INTRODUCTION),
            Section("The IGF", "How should the IGF evolve?", blocks=[TextBlock("It should last.")]),
            Section("Funding", "Who pays?", blocks=[TextBlock("Many donors do.")]),
            Section("", blocks=[TextBlock(CLOSING)], role=SectionRole.CLOSING),
        ],
    )


def texts(submission: Submission, template_name: str) -> list[str]:
    result = render_submission(
        submission, Library(), find_template(template_name, None), today=TODAY
    )
    out = []
    for node in result.document.blocks:
        if isinstance(node, Heading | Paragraph):
            out.append("".join(i.text for i in node.inlines if isinstance(i, Text)))
    return out


def test_storage_round_trip_keeps_roles_and_places() -> None:
    submission = framed()
    text = dumps_submission(submission)
    # Tables of their own: an older app keeps them unchanged (unknown keys are kept).
    assert "\n[introduction]\n" in text and "\n[closing]\n" in text
    assert text.index("[introduction]") < text.index("[closing]") < text.index("[[sections]]")
    assert text.count("[[sections]]") == 2
    back = loads_submission(text, Path("response.tccm"))
    assert back.sections == submission.sections
    assert [s.role for s in back.sections] == [
        SectionRole.INTRODUCTION,
        SectionRole.QUESTION,
        SectionRole.QUESTION,
        SectionRole.CLOSING,
    ]
    assert dumps_submission(back) == text
    # A file without them reads as before.
    plain = Submission(title="x", sections=[Section("Q")])
    assert "introduction" not in dumps_submission(plain)


def test_a_file_with_only_a_closing(tmp_path: Path) -> None:
    text = 'format = 1\nkind = "tccm-submission"\n\n[closing]\n\n[[closing.blocks]]\n'
    text += 'type = "text"\ntext = "Thanks."\n'
    submission = loads_submission(text, tmp_path / "c.tccm")
    assert [s.role for s in submission.sections] == [SectionRole.CLOSING]
    assert submission.sections[0].blocks == [TextBlock("Thanks.")]


@pytest.mark.parametrize("name", ["consultation-response", "position-paper", "joint-statement"])
def test_every_built_in_template_prints_them_in_place(name: str) -> None:
    shown = texts(framed(), name)
    intro, closing = shown.index(INTRO), shown.index(CLOSING)
    first_answer, last_answer = shown.index("It should last."), shown.index("Many donors do.")
    assert intro < first_answer < last_answer < closing
    # Neither has a heading of its own, and the questions keep their numbers.
    assert shown[intro - 1] not in ("", "Introduction")
    if name == "consultation-response":
        assert "1. The IGF" in shown and "2. Funding" in shown
        assert shown.index("1. The IGF") == intro + 1
    if name == "joint-statement":  # two questions: their headings, no number
        assert "The IGF" in shown and "Funding" in shown


def test_without_them_the_templates_print_as_before() -> None:
    submission = framed()
    submission.sections = submission.sections[1:3]
    shown = texts(submission, "consultation-response")
    assert INTRO not in shown and CLOSING not in shown
    assert "1. The IGF" in shown and "2. Funding" in shown


def test_a_template_that_predates_them_still_prints_them(tmp_path: Path) -> None:
    template = make_template(tmp_path / "old")
    result = render_submission(framed(), Library(), template, today=TODAY)
    shown = [
        "".join(i.text for i in node.inlines if isinstance(i, Text))
        for node in result.document.blocks
        if isinstance(node, Heading | Paragraph)
    ]
    assert shown.index(INTRO) == shown.index("1. The IGF") - 1
    assert shown.index(CLOSING) == shown.index("Many donors do.") + 1
    warnings = [w.message for w in result.document.warnings]
    assert any("does not print the introduction" in w for w in warnings)
    assert any("does not print the closing" in w for w in warnings)


def test_counted_in_the_whole_document_but_not_against_answer_limits() -> None:
    submission = framed()
    result = render_submission(
        submission, Library(), find_template("consultation-response", None), today=TODAY
    )
    document = result.document
    # 7 + 6 words of introduction and closing ("co-facilitators" is one), 3 + 3 of answers.
    assert document_counts(document).words == 7 + 3 + 3 + 6
    assert [s.word_limit for s in document.sections] == [None, 5, 5, None]
    findings = check_submission(
        submission, Library(), find_template("consultation-response", None), today=TODAY
    )
    assert not [f for f in findings if f.code == "over-word-limit"]
    plain = to_plain_text(document)
    # A count line after each answer, none after the introduction or the closing.
    assert plain.count("[Words:") == 2
    assert plain.index(INTRO) < plain.index("[Words:")


def workspace(submission: Submission) -> Workspace:
    return Workspace(submission, Libraries([], Library()))


def test_add_introduction_and_closing_with_undo() -> None:
    submission = framed()
    submission.sections = submission.sections[1:3]
    ws = workspace(submission)
    add = drafting.add_introduction(ws)
    assert add is not None and add.label == "Add Introduction"
    add.apply(ws)
    assert ws.submission.sections[0].role is SectionRole.INTRODUCTION
    assert ws.submission.sections[0].blocks == [TextBlock("")]
    assert drafting.add_introduction(ws) is None  # one only
    closing = drafting.add_closing(ws)
    assert closing is not None
    closing.apply(ws)
    assert ws.submission.sections[-1].role is SectionRole.CLOSING
    assert [ws.submission.question_number(i) for i in range(4)] == [None, 1, 2, None]
    closing.revert(ws)
    add.revert(ws)
    assert [s.title for s in ws.submission.sections] == ["The IGF", "Funding"]


def test_questions_stay_between_introduction_and_closing() -> None:
    ws = workspace(framed())
    # The introduction and the closing do not move, and nothing moves past them.
    assert drafting.move_section(ws, 0, 1) is None
    assert drafting.move_section(ws, 3, 2) is None
    assert drafting.move_section(ws, 1, 0) is None
    assert drafting.move_section(ws, 2, 3) is None
    assert drafting.step(ws, 1, None, -1) is None
    moved = drafting.move_section(ws, 1, 2)
    assert moved is not None
    # A new section goes between them wherever it is asked for.
    assert drafting.add_section(ws, 0, "First").row == 1  # type: ignore[attr-defined]
    assert drafting.add_section(ws, 99, "Last").row == 3  # type: ignore[attr-defined]
    edit = drafting.add_sections(ws, [Section("From the call")])
    assert edit is not None
    edit.apply(ws)
    assert ws.submission.sections[3].title == "From the call"
    assert ws.submission.sections[-1].role is SectionRole.CLOSING
    # Blocks move in and out of them like any section's.
    into = drafting.step(ws, 1, 0, -1)
    assert into is not None
    into.apply(ws)
    assert ws.submission.sections[0].blocks[-1] == TextBlock("It should last.")


def test_places_are_named_as_the_user_sees_them() -> None:
    submission = framed()
    submission.sections[0].blocks.append(TextBlock("Dear {{ org.contact_person }},"))
    submission.sections[3].blocks.append(TextBlock("{{ org.signatory }}"))
    findings = check_submission(
        submission, Library(), find_template("consultation-response", None), today=TODAY
    )
    messages = [f.message for f in findings if f.code == "missing-placeholder"]
    assert messages[0].startswith("The introduction, block 2: ")
    assert messages[1].startswith("The closing, block 2: ")
    assert submission.place_name(2) == "section 2 ('Funding')"
