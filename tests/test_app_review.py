"""Import Review as one undoable step of the open submission (what the desktop app uses)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from render_helpers import make_template
from review_helpers import TODAY, WordEdit, export_docx, review_library, review_submission
from tccm_drafter.app import review
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.new_submission import from_call
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
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
