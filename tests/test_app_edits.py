"""Undo without Qt: every drafting operation knows its inverse, in any order."""

from __future__ import annotations

import copy
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from render_helpers import make_library, make_submission
from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Batch, Edit, InsertSection
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import BlockReplaced, Event, SectionInserted, Workspace
from tccm_drafter.model import ParagraphBlock, Submission, TextBlock
from tccm_drafter.model.blocks import Marker, markers


def workspace(submission: Submission | None = None) -> Workspace:
    return Workspace(submission or make_submission(), Libraries([], make_library()))


def random_edit(ws: Workspace, rng: random.Random) -> Edit | None:
    """One of the operations a user can reach, at a random place."""
    sections = ws.submission.sections
    s = rng.randrange(len(sections)) if sections else -1
    blocks = len(sections[s].blocks) if s >= 0 else 0
    b = rng.randrange(blocks) if blocks else None
    choice = rng.randrange(14)
    if choice == 0:
        return drafting.insert_paragraphs(ws, [rng.choice(["igf-support", "open-internet"])], s, -1)
    if choice == 1:
        return drafting.insert_text(ws, s, 0, f"Text {rng.random():.3f}.")
    if choice == 2 and b is not None:
        return drafting.edit_text(ws, s, b, f"Typed {rng.random():.3f}.")
    if choice == 3 and b is not None:
        return drafting.revert_block(ws, s, b)
    if choice == 4 and b is not None:
        return drafting.take_library_version(ws, s, b)
    if choice == 5 and b is not None:
        return drafting.use_short(ws, s, b, rng.random() < 0.5)
    if choice == 6 and b is not None:
        return drafting.step(ws, s, b, rng.choice([-1, 1]))
    if choice == 7 and s >= 0:
        return drafting.step(ws, s, None, rng.choice([-1, 1]))
    if choice == 8:
        return drafting.add_section(ws, rng.randrange(len(sections) + 1), "New")
    if choice == 9 and s >= 0:
        return drafting.remove(ws, s, b if rng.random() < 0.8 else None)
    if choice == 10 and s >= 0:
        return drafting.edit_section(
            ws,
            s,
            title="Renamed",
            question="Why?",
            word_limit=rng.choice([None, 50]),
            char_limit=None,
        )
    if choice == 11:
        return drafting.add_questions(ws, "1. First? (200 words)\n2. Second?")
    if choice == 12 and b is not None and blocks > 1:
        return drafting.move_block(ws, s, b, s, rng.randrange(blocks))
    if choice == 13:
        return drafting.set_fields(ws, "Title", title=f"Title {rng.random():.2f}")
    return None


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=40))
def test_any_sequence_of_edits_undoes_and_redoes_exactly(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    ws = workspace()
    original = copy.deepcopy(ws.submission)
    done: list[Edit] = []
    states = [copy.deepcopy(ws.submission)]
    for _ in range(steps):
        edit = random_edit(ws, rng)
        if edit is None:
            continue
        edit.apply(ws)
        done.append(edit)
        states.append(copy.deepcopy(ws.submission))
    for edit, before in zip(reversed(done), reversed(states[:-1]), strict=True):
        edit.revert(ws)
        assert ws.submission == before
    assert ws.submission == original
    for edit in done:
        edit.apply(ws)
    assert ws.submission == states[-1]


def test_typing_back_the_library_wording_drops_the_local_edit() -> None:
    ws = workspace()
    block = ws.block(1, 0)
    assert isinstance(block, ParagraphBlock)
    library_text = make_library().get(block.paragraph_id).body  # type: ignore[union-attr]
    edit = drafting.edit_text(ws, 1, 0, "Different.")
    assert edit is not None
    edit.apply(ws)
    assert Marker.EDITED in markers(ws.block(1, 0), ws.library, None)
    again = drafting.edit_text(ws, 1, 0, library_text)
    assert again is not None
    again.apply(ws)
    assert ws.block(1, 0) == block


def test_free_text_into_an_empty_submission_is_one_undo_step() -> None:
    ws = workspace(Submission())
    edit = drafting.insert_text(ws, -1, 0, "Hello.")
    assert isinstance(edit, Batch) and isinstance(edit.edits[0], InsertSection)
    edit.apply(ws)
    assert [type(b) for b in ws.submission.sections[0].blocks] == [TextBlock]
    edit.revert(ws)
    assert ws.submission == Submission()


def test_take_library_version_follows_the_successor() -> None:
    ws = workspace()
    edit = drafting.insert_paragraphs(ws, ["old-position"], 0, 0)
    assert edit is not None
    edit.apply(ws)
    assert Marker.SUPERSEDED in markers(ws.block(0, 0), ws.library, None)
    assert drafting.successor(ws, "old-position").id == "igf-support"  # type: ignore[union-attr]
    take = drafting.take_library_version(ws, 0, 0)
    assert take is not None
    take.apply(ws)
    block = ws.block(0, 0)
    assert isinstance(block, ParagraphBlock) and block.paragraph_id == "igf-support"
    assert markers(block, ws.library, None) == []


def test_edits_announce_exactly_what_changed() -> None:
    seen: list[tuple[str, Event]] = []

    class Recorder:
        def before(self, event: Event) -> None:
            seen.append(("before", event))

        def after(self, event: Event) -> None:
            seen.append(("after", event))

    ws = workspace()
    ws.add_listener(Recorder())
    edit = drafting.edit_text(ws, 0, 1, "New words.")
    assert edit is not None
    edit.apply(ws)
    assert seen == [("before", BlockReplaced(0, 1)), ("after", BlockReplaced(0, 1))]
    seen.clear()
    added = drafting.add_section(ws, 1, "Middle")
    added.apply(ws)
    assert seen[-1] == ("after", SectionInserted(1))


def test_no_op_edits_are_not_made() -> None:
    ws = workspace()
    assert drafting.move_block(ws, 0, 0, 0, 0) is None
    assert drafting.move_section(ws, 0, 0) is None
    assert drafting.revert_block(ws, 0, 0) is None
    assert drafting.step(ws, 0, None, -1) is None
    section = ws.submission.sections[0]
    assert (
        drafting.edit_section(
            ws,
            0,
            title=section.title,
            question=section.question,
            word_limit=section.word_limit,
            char_limit=section.char_limit,
        )
        is None
    )
    assert drafting.set_fields(ws, "Title", title=ws.submission.title) is None
