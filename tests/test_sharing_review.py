"""A Word review brought back block by block: the plan, the decisions, and undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from render_helpers import make_template
from review_helpers import (
    TODAY,
    WordEdit,
    export_docx,
    review_library,
    review_submission,
)
from tccm_drafter.model import Library, ParagraphBlock, Submission, TextBlock
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review import (
    Decision,
    ReviewKind,
    ReviewPlan,
    accept_all,
    plan_review,
)
from tccm_drafter.sharing.review_apply import apply_review, revert_review
from tccm_drafter.storage.review_docx import read_reviewed_docx
from tccm_drafter.storage.submission_file import dumps_submission, loads_submission

MANDATE = (
    "{{ org.name }} warmly welcomes the **permanent** mandate of the IGF[^1]. It needs:\n\n"
    "- predictable resources;\n"
    "- a *stronger* [intersessional programme](https://example.org/igf).\n\n"
    "[^1]: Outcome document, paragraph 12."
)


@pytest.fixture
def template(tmp_path: Path) -> Template:
    return make_template(tmp_path / "template")


def _plan(
    edit: WordEdit, submission: Submission, library: Library, template: Template, tmp: Path
) -> ReviewPlan:
    reviewed = read_reviewed_docx(edit.save(tmp / "reviewed.docx"))
    return plan_review(submission, library, template, reviewed, today=TODAY)


def _kinds(plan: ReviewPlan) -> dict[str, ReviewKind]:
    return {item.title: item.kind for item in plan.items}


def _texts(submission: Submission) -> list[list[str]]:
    library = review_library()
    out: list[list[str]] = []
    for section in submission.sections:
        row: list[str] = []
        for block in section.blocks:
            if isinstance(block, TextBlock):
                row.append(block.text)
            elif block.local_text is not None:
                row.append(block.local_text)
            else:
                found = library.get(block.paragraph_id)
                assert found is not None
                row.append("=" + found.id)
        out.append(row)
    return out


def test_untouched_export_plans_nothing(tmp_path: Path, template: Template) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    plan = _plan(edit, submission, library, template, tmp_path)
    assert len(plan.items) == 6
    assert {item.kind for item in plan.items} == {ReviewKind.UNCHANGED}
    assert accept_all(plan) == {}
    assert plan.warnings == []


def test_a_review_as_word_records_it(tmp_path: Path, template: Template) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    edit.replace_words("stable funding", "stable", "predictable")
    edit.comment("funding from many", "many sources", "Name them?", author="Head of policy")
    edit.delete_paragraph("equal footing")
    edit.split_paragraph("One open Internet", "serves everyone")
    edit.insert_paragraph_after("We thank the co-facilitators", "A point typed by legal.")
    edit.move_paragraph("should not duplicate", "Fragmentation would harm")
    edit.comment("How should the IGF", "evolve", "Too vague?", resolved=True)
    edit.type_untracked("welcomes the", "welcomes", "warmly welcomes")
    plan = _plan(edit, submission, library, template, tmp_path)

    assert _kinds(plan) == {
        "section 1, block 1 (paragraph 'igf-mandate')": ReviewKind.CHANGED,
        "section 1, block 2 (paragraph 'igf-funding')": ReviewKind.CHANGED,
        "section 1, block 3 (text)": ReviewKind.UNCHANGED,
        "section 2, block 1 (paragraph 'open-internet')": ReviewKind.CHANGED,
        "section 2, block 2 (paragraph 'equal-footing')": ReviewKind.DELETED,
        "section 3, block 1 (paragraph 'no-duplication')": ReviewKind.MOVED,
        "new text after section 1, block 3": ReviewKind.ADDED,
    }
    funding = plan.items[1]
    assert plan.item(funding.key) is funding
    assert funding.exported == "The Forum needs stable funding from many sources."
    assert funding.reviewed == "The Forum needs predictable funding from many sources."
    [comment] = funding.comments
    assert (comment.author, comment.text, comment.anchor) == (
        "Head of policy",
        "Name them?",
        "many sources",
    )
    assert comment.date is not None and comment.date.year == 2026
    mandate = plan.items[0]
    # The placeholder comes back where its value shows; the footnote stays a footnote.
    assert mandate.proposed == (MANDATE)
    # A comment on the question (no block's text) goes to the first block after it.
    assert [(c.text, c.resolved) for c in mandate.comments] == [("Too vague?", True)]
    assert any("split in 2" in d for d in plan.items[3].details)

    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    assert _texts(outcome.submission) == [
        [
            MANDATE,
            "The Forum needs predictable funding from many sources.",
            "We thank the co-facilitators for this consultation.",
            "A point typed by legal.",
        ],
        [
            "One open Internet\n\nserves everyone.\n\nFragmentation would harm users.",
            "=no-duplication",
        ],
        [],
    ]
    funding_block = outcome.submission.sections[0].blocks[1]
    assert isinstance(funding_block, ParagraphBlock) and funding_block.is_edited
    assert [n.author for n in funding_block.notes] == ["Head of policy"]
    assert "many sources" in funding_block.notes[0].text
    # Nothing changed in the submission given, and the changes undo exactly.
    assert submission == review_submission()
    assert revert_review(outcome.submission, outcome.changes) == submission
    # The notes are kept in the .tccm file.
    again = loads_submission(dumps_submission(outcome.submission), Path("x.tccm"))
    assert again == outcome.submission


def test_nothing_changes_without_decisions_and_notes_are_added_once(
    tmp_path: Path, template: Template
) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    edit.comment("One open Internet", "Internet", "Which sense of open?")
    edit.replace_words("equal footing", "equal", "an equal")
    plan = _plan(edit, submission, library, template, tmp_path)
    unchanged = apply_review(submission, library, plan, {}, today=TODAY)
    assert unchanged.submission == submission and unchanged.changes == []

    decisions = {item.key: Decision.NOTES_ONLY for item in plan.items if item.comments}
    decisions.update(
        {item.key: Decision.REJECT for item in plan.items if item.kind is ReviewKind.CHANGED}
    )
    first = apply_review(submission, library, plan, decisions, today=TODAY)
    internet = first.submission.sections[1].blocks[0]
    assert [n.text for n in internet.notes] == ["Which sense of open?\n(on “Internet”)"]
    assert _texts(first.submission)[1] == ["=open-internet", "=equal-footing"]
    second = apply_review(first.submission, library, plan, decisions, today=TODAY)
    assert second.submission.sections[1].blocks[0].notes == internet.notes


def test_drafter_change_since_export_is_a_conflict(tmp_path: Path, template: Template) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    edit.replace_words("stable funding", "stable", "predictable")
    edit.type_untracked("One open Internet", "everyone", "all people")
    # Since the export the drafter tailored igf-funding and open-internet, and put a new
    # block first in section 2 (the reviewed blocks are found by paragraph id).
    funding = submission.sections[0].blocks[1]
    assert isinstance(funding, ParagraphBlock)
    submission.sections[0].blocks[1] = dataclasses.replace(
        funding, local_text="The Forum needs funding that lasts."
    )
    submission.sections[1].blocks.insert(0, TextBlock("A new opening."))
    plan = _plan(edit, submission, library, template, tmp_path)
    conflict = plan.items[1]
    assert conflict.kind is ReviewKind.CONFLICT and conflict.action is ReviewKind.CHANGED
    assert conflict.current == "The Forum needs funding that lasts."
    assert conflict.reviewed == "The Forum needs predictable funding from many sources."
    assert conflict.default is None and conflict.key not in accept_all(plan)
    internet = plan.items[3]
    assert internet.kind is ReviewKind.CHANGED and internet.location == (1, 1)

    kept = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    assert _texts(kept.submission)[0][1] == "The Forum needs funding that lasts."
    assert _texts(kept.submission)[1][1].startswith("One open Internet serves all people.")
    taken = apply_review(submission, library, plan, {conflict.key: Decision.ACCEPT}, today=TODAY)
    assert _texts(taken.submission)[0][1] == (
        "The Forum needs predictable funding from many sources."
    )


def test_untracked_new_paragraph_and_edited_heading(tmp_path: Path, template: Template) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    new = edit.insert_paragraph_after("Fragmentation would harm", "Typed without tracking.")
    for tracked in list(new.iter()):
        if tracked.tag.endswith("}ins"):
            parent = tracked.getparent()
            if tracked.getparent().tag.endswith("}rPr"):
                parent.remove(tracked)
            else:
                for child in list(tracked):
                    tracked.addprevious(child)
                parent.remove(tracked)
    edit.type_untracked("Other matters", "Other matters", "Other points")
    plan = _plan(edit, submission, library, template, tmp_path)
    added = plan.of_kind(ReviewKind.ADDED)
    assert [item.reviewed for item in added] == ["Typed without tracking."]
    assert [item.reviewed for item in plan.of_kind(ReviewKind.OUTSIDE)] == ["## 3. Other points"]
    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    assert _texts(outcome.submission)[1] == [
        "=open-internet",
        "Typed without tracking.",
        "=equal-footing",
    ]


def test_block_deleted_without_tracking_is_found_from_the_map(
    tmp_path: Path, template: Template
) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    gone = edit.paragraph("should not duplicate")
    gone.getparent().remove(gone)
    plan = _plan(edit, submission, library, template, tmp_path)
    [deleted] = plan.of_kind(ReviewKind.DELETED)
    assert deleted.mark is not None and deleted.mark.paragraph_id == "no-duplication"
    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    assert outcome.submission.sections[2].blocks == []
    assert revert_review(outcome.submission, outcome.changes) == submission
