"""Import Review as one undoable step of the open submission (what the desktop app uses)."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

import pytest

from render_helpers import make_template
from review_helpers import TODAY, WordEdit, export_docx, review_library, review_submission
from tccm_drafter.app import review
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.new_submission import from_call, from_questions, read_call_questions
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.sharing.review import ReviewKind
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings


def test_review_import_is_one_step_that_undoes(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    edit.replace_words("stable funding", "stable", "predictable")
    edit.delete_paragraph("equal footing")
    edit.insert_paragraph_after("We thank the co-facilitators", "A point typed by legal.")
    edit.comment("Fragmentation", "Fragmentation", "Which harm?")
    path = edit.save(tmp_path / "reviewed.docx")

    ws = Workspace(copy.deepcopy(submission), Libraries([], library))
    plan = review.plan(ws, template, path, today=TODAY)
    step = review.edit(ws, plan, review.accept_all(plan), today=TODAY)
    assert step is not None and step.label == "Import Review (reviewed.docx)"
    step.apply(ws)
    after = copy.deepcopy(ws.submission)
    assert [len(s.blocks) for s in after.sections] == [4, 1, 1]
    assert [n.text for n in after.sections[1].blocks[0].notes] == [
        "Which harm?\n(on “Fragmentation”)"
    ]
    step.revert(ws)
    assert ws.submission == submission
    step.apply(ws)
    assert ws.submission == after
    with pytest.raises(InputError, match="compare again"):
        review.edit(ws, plan, review.accept_all(plan), today=TODAY)
    fresh = review.plan(ws, template, path, today=TODAY)
    assert review.edit(ws, fresh, {}, today=TODAY) is None


def test_new_submission_from_a_call(tmp_path: Path) -> None:
    call = Path(__file__).parent / "data" / "calls" / "call.md"
    paths = AppPaths.resolve(tmp_path / "home")
    submission = from_call(paths, Settings(), call)
    assert submission.consultation.title == (
        "Call for inputs: Review of the multistakeholder model"
    )
    assert submission.title.startswith("Response to Call for inputs")
    assert len(submission.sections) == 5


def test_review_of_another_submission_is_refused(tmp_path: Path) -> None:
    from tccm_drafter.model import Submission

    template = make_template(tmp_path / "t")
    submission, library = review_submission(), review_library()
    path = WordEdit(export_docx(submission, library, template)).save(tmp_path / "reviewed.docx")
    other = Workspace(Submission(title="Another response"), Libraries([], library))
    with pytest.raises(InputError, match="not an export of the open submission"):
        review.plan(other, template, path, today=TODAY)
    # The drafter rewrote every block since the export: still the same submission.
    changed = copy.deepcopy(submission)
    for section in changed.sections:
        for number, block in enumerate(section.blocks):
            section.blocks[number] = (
                replace(block, local_text="Rewritten.")
                if isinstance(block, ParagraphBlock)
                else replace(block, text="Rewritten.")
            )
    mine = Workspace(changed, Libraries([], library))
    found = review.plan(mine, template, path, today=TODAY)
    assert {item.kind for item in found.items} == {ReviewKind.UNCHANGED}
    assert not review.belongs(found, "Renamed since", "Response to the review")


def test_new_submission_from_the_questions_kept(tmp_path: Path) -> None:
    call = Path(__file__).parent / "data" / "calls" / "call.txt"
    paths = AppPaths.resolve(tmp_path / "home")
    found = read_call_questions(call)
    assert found.path == call and len(found.sections) > 2
    kept = [replace(found.sections[0], title="Our title"), found.sections[2]]
    submission = from_questions(paths, Settings(), "The call", kept)
    assert [s.title for s in submission.sections] == ["Our title", found.sections[2].title]
    assert submission.consultation.title == "The call"
    assert submission.title == "Response to The call"
    assert from_call(paths, Settings(), call).sections == found.sections
