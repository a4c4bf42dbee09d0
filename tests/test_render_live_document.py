"""The live rendering puts an edited block in place instead of rendering everything again; the
result must be exactly what a fresh render gives, after every kind of edit, under every rule
that numbers things (footnotes, paragraph numbers, footnotes turned into references)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Section, Submission, TextBlock
from tccm_drafter.model.blocks import block_source
from tccm_drafter.render.html_preview import Palette, to_preview
from tccm_drafter.render.live_document import LiveDocument
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template, find_template

TODAY = date(2026, 11, 23)
PALETTE = Palette()

#: What a typist adds to a block: words, placeholders (filled, unfilled, half typed),
#: footnotes, list items, new paragraphs, emphasis, links.
TYPED = [
    " word",
    " more words here",
    " {{ org.name }}",
    " {{ nothing_known }}",
    " {{",
    " }}",
    "[^n]\n\n[^n]: A note of its own.",
    " and the note goes on",
    "\n\n- a list item",
    "\n- another item",
    "\n\nA new paragraph.",
    " *emphasis*",
    " [a link](https://example.org/x)",
    "\n\n## A heading",
]


def _submission(*, notes: bool = True) -> Submission:
    """The helpers' submission and a section of footnotes; without ``notes``, none at all."""
    submission = make_submission()
    submission.sections[1].blocks.append(ParagraphBlock("in-no-library"))  # a warning
    if not notes:
        submission.sections[0].blocks[0] = ParagraphBlock("igf-support", version=2, use_short=True)
        submission.sections.append(Section("More", blocks=[TextBlock("Plain."), TextBlock("")]))
        return submission
    submission.sections.append(
        Section(
            "Footnotes",
            "Anything else?",
            blocks=[
                TextBlock("A claim[^a] and another[^b].\n\n[^a]: First.\n\n[^b]: Second."),
                TextBlock("Plain text with no notes."),
                ParagraphBlock("igf-support", version=2, local_text="Edited, with a note[^c].\n\n"
                               "[^c]: Third."),
            ],
        )
    )  # fmt: skip
    return submission


def _edit(
    rng: random.Random, submission: Submission, library: Library, typed: list[str]
) -> Submission:
    """One edit as the app makes them: a new block object in place of the old (blocks are never
    changed in place), now and then something that is not one block's text."""
    new = submission.copy()
    roll = rng.random()
    if roll < 0.06:
        new.sections[0].title += " again"
        return new
    if roll < 0.1:
        new.sections[-1].blocks.append(TextBlock("Added later."))
        return new
    if roll < 0.13:
        new.title += "!"
        return new
    s = rng.randrange(len(new.sections))
    if not new.sections[s].blocks:
        return new
    b = rng.randrange(len(new.sections[s].blocks))
    block = new.sections[s].blocks[b]
    text = block_source(block, library)
    if rng.random() < 0.2 and len(text) > 3:
        text = text[: -rng.randint(1, 3)]  # Backspace
    else:
        text += rng.choice(typed)
    if isinstance(block, ParagraphBlock):
        new.sections[s].blocks[b] = replace(block, local_text=text)
    else:
        new.sections[s].blocks[b] = replace(block, text=text)
    return new


def _assert_same_as_fresh(live: LiveDocument, submission: Submission, library: Library,
                          template: Template, error: str | None) -> None:  # fmt: skip
    try:
        fresh = render_submission(submission, library, template, today=TODAY)
    except InputError as failed:
        assert error == str(failed)
        return
    assert error is None
    result, parts = live.result, live.parts
    assert result is not None and parts is not None
    assert result.document == fresh.document
    assert result.missing == fresh.missing
    assert [str(e) for e in result.errors] == [str(e) for e in fresh.errors]
    assert result.error_blocks == fresh.error_blocks
    assert result.footnotes == fresh.footnotes
    assert parts.preview() == to_preview(fresh.document, PALETTE)


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize(("allowed", "notes"), [(True, True), (False, False), (False, True)])
@pytest.mark.parametrize("template_name", ["simple", "consultation-response", "position-paper"])
def test_every_update_equals_a_fresh_render(
    tmp_path: Path, numbered: bool, allowed: bool, notes: bool, template_name: str
) -> None:
    library = make_library()
    template = (
        make_template(tmp_path / "simple")
        if template_name == "simple"
        else find_template(template_name, None)
    )
    submission = _submission(notes=notes)
    typed = TYPED if notes else [t for t in TYPED if "[^" not in t]
    submission.consultation.rules.numbered_paragraphs = numbered
    submission.consultation.rules.footnotes_allowed = allowed
    live = LiveDocument()
    rng = random.Random(f"{numbered}{allowed}{notes}{template_name}")
    patched = 0
    for _step in range(150):
        error = None
        try:
            live.update(submission, library, template, PALETTE, TODAY)
        except InputError as failed:
            error = str(failed)
        patched += live.patched
        _assert_same_as_fresh(live, submission, library, template, error)
        submission = _edit(rng, submission, library, typed)
    if allowed or not notes:
        # Most edits are one block's text: most updates must have put the block in place.
        assert patched > 60
    else:
        # Footnotes a consultation forbids become a list of references that follows the
        # whole text (its heading, its level): every change is rendered afresh.
        assert patched == 0


def test_typing_in_one_block_puts_only_that_block_in_place(tmp_path: Path) -> None:
    library, template = make_library(), make_template(tmp_path / "t")
    submission = _submission()
    live = LiveDocument()
    live.update(submission, library, template, PALETTE, TODAY)
    assert not live.patched
    edited = submission.copy()
    edited.sections[1].blocks[0] = ParagraphBlock("open-internet", local_text="Typed anew.")
    live.update(edited, library, template, PALETTE, TODAY)
    assert live.patched
    _assert_same_as_fresh(live, edited, library, template, None)
    # The same submission edited in place (not as the app does it) is still seen as changed.
    edited.sections[1].blocks[0] = ParagraphBlock("open-internet", local_text="Typed again.")
    live.update(edited, library, template, PALETTE, TODAY)
    assert live.patched
    _assert_same_as_fresh(live, edited, library, template, None)


def test_what_is_not_one_blocks_text_is_rendered_afresh(tmp_path: Path) -> None:
    library, template = make_library(), make_template(tmp_path / "t")
    submission = _submission()
    live = LiveDocument()
    live.update(submission, library, template, PALETTE, TODAY)
    other_library = library.copy()
    changes: list[tuple[Submission, Library, Palette, date]] = []
    moved = submission.copy()
    moved.sections[0].blocks.reverse()
    changes.append((moved, library, PALETTE, TODAY))
    swapped = submission.copy()
    swapped.sections[1].blocks[0] = ParagraphBlock("igf-support", version=2)
    changes.append((swapped, library, PALETTE, TODAY))
    changes.append((submission, other_library, PALETTE, TODAY))
    changes.append((submission, library, Palette(text="#eeeeee"), TODAY))
    changes.append((submission, library, PALETTE, date(2026, 11, 24)))
    for changed, lib, palette, today in changes:
        live.update(submission, library, template, PALETTE, TODAY)
        live.update(changed, lib, template, palette, today)
        assert not live.patched
        fresh = render_submission(changed, lib, template, today=today)
        assert live.result is not None and live.result.document == fresh.document
