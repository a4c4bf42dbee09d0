"""Bookmarks that come twice or stay behind never give text to the wrong block, and
placeholders come back only where the block had them."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from render_helpers import make_template
from review_helpers import TODAY, WordEdit, export_docx, review_library, review_submission, w
from tccm_drafter.model import Library, Organisation, ParagraphBlock
from tccm_drafter.model.paragraph import Paragraph, Status
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review import ReviewKind, accept_all, plan_review
from tccm_drafter.sharing.review_apply import apply_review
from tccm_drafter.sharing.review_placeholders import restore_placeholders
from tccm_drafter.storage.review_docx import read_reviewed_docx


@pytest.fixture
def template(tmp_path: Path) -> Template:
    return make_template(tmp_path / "template")


def _copy_of_bookmark(edit: WordEdit, of: str, around: str, *, empty: bool) -> None:
    """A second bookmark with the name of ``of``'s block (as LibreOffice can write one)."""
    start = edit.paragraph(of).find(w("bookmarkStart"))
    assert start is not None
    target = edit.paragraph(around)
    runs = target.findall(w("r"))
    begin = etree.Element(w("bookmarkStart"))
    begin.set(w("id"), "777")
    begin.set(w("name"), start.get(w("name")))
    finish = etree.Element(w("bookmarkEnd"))
    finish.set(w("id"), "777")
    runs[0].addprevious(begin)
    (runs[0].addprevious if empty else runs[-1].addnext)(finish)


@pytest.mark.parametrize("empty", [True, False])
def test_a_second_bookmark_of_a_name_never_takes_another_blocks_text(
    tmp_path: Path, template: Template, empty: bool
) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    _copy_of_bookmark(edit, "stable funding", "We thank the co-facilitators", empty=empty)
    _copy_of_bookmark(edit, "One open Internet", "equal footing", empty=empty)
    edit.replace_words("stable funding", "stable", "predictable")
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    plan = plan_review(submission, library, template, reviewed, today=TODAY)
    kinds = [item.kind for item in plan.items]
    assert kinds == [ReviewKind.UNCHANGED, ReviewKind.CHANGED] + [ReviewKind.UNCHANGED] * 4
    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    blocks = [b for s in outcome.submission.sections for b in s.blocks]
    assert len(blocks) == 6
    funding = blocks[1]
    assert isinstance(funding, ParagraphBlock)
    assert funding.local_text == "The Forum needs predictable funding from many sources."
    assert [getattr(b, "local_text", None) for b in blocks[3:5]] == [None, None]


@pytest.mark.parametrize("edited", [False, True])
def test_a_block_moved_with_its_bookmark_left_behind_keeps_its_library_link(
    tmp_path: Path, template: Template, edited: bool
) -> None:
    submission, library = review_submission(), review_library()
    edit = WordEdit(export_docx(submission, library, template))
    source = edit.paragraph("should not duplicate")
    pasted = copy.deepcopy(source)
    for mark in list(pasted.iter(w("bookmarkStart"), w("bookmarkEnd"))):
        mark.getparent().remove(mark)
    for run in source.findall(w("r")):
        source.remove(run)  # cut without tracking: the bookmark stays, empty
    edit.paragraph("Fragmentation would harm").addnext(pasted)
    if edited:
        edit.type_untracked("should not duplicate", "should not", "must never")
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    plan = plan_review(submission, library, template, reviewed, today=TODAY)
    assert [item.kind for item in plan.items].count(ReviewKind.ADDED) == 0
    [moved] = plan.of_kind(ReviewKind.MOVED)
    assert moved.mark is not None and moved.mark.paragraph_id == "no-duplication"
    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    section = outcome.submission.sections[1].blocks
    assert [getattr(b, "paragraph_id", None) for b in section] == [
        "open-internet",
        "no-duplication",
        "equal-footing",
    ]
    assert getattr(section[1], "local_text", None) == (
        "New processes must never duplicate the IGF." if edited else None
    )


def test_placeholders_come_back_only_where_the_block_had_them(
    tmp_path: Path, template: Template
) -> None:
    # The library's literal words equal a placeholder's value; since the export a merge put
    # the placeholder into another sentence of the block.
    exported = "As the technical community, we support the IGF."
    library = Library.of(
        [Paragraph("tc", "TC", exported, status=Status.APPROVED)]
        + [p for p in review_library() if p.id != "equal-footing"]
    )
    submission = review_submission()
    submission.organisation = Organisation(
        name="Example Registry", stakeholder_group="technical community"
    )
    submission.sections[1].blocks[1] = ParagraphBlock("tc")
    edit = WordEdit(export_docx(submission, library, template))
    edit.replace_words("As the technical", "support", "strongly support")
    merged = "We speak for the {{ org.stakeholder_group }}. We support the IGF."
    library = Library.of(
        [dataclasses.replace(library.get("tc"), body=merged, version=2)]  # type: ignore[arg-type]
        + [p for p in library if p.id != "tc"]
    )
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    plan = plan_review(submission, library, template, reviewed, today=TODAY)
    item = plan.items[4]
    assert item.proposed == "As the technical community, we strongly support the IGF."
    assert "{{" not in item.proposed


def test_restoring_lines_up_the_words() -> None:
    values = {"org": {"name": "Example Registry", "stakeholder_group": "technical community"}}
    source = (
        "{{ org.name }} speaks for the {{ org.stakeholder_group }}; the technical community agrees."
    )
    reviewed = (
        "Example Registry speaks for the technical community; the technical community agrees."
    )
    assert restore_placeholders(reviewed, source, values) == source
    edited = "Example Registry, a registry, speaks for the technical community here."
    assert restore_placeholders(edited, source, values) == (
        "{{ org.name }}, a registry, speaks for the {{ org.stakeholder_group }} here."
    )
    assert restore_placeholders("No value here.", source, values) == "No value here."
