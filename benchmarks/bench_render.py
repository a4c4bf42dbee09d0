"""Render the synthetic 500-paragraph (~43,000-word) submission (target: <= 100 ms to Markdown)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.synth import make_library, make_submission
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import Library, ParagraphBlock, Submission, TextBlock
from tccm_drafter.model.counting import count_words
from tccm_drafter.render.html_preview import Palette
from tccm_drafter.render.live_document import LiveDocument
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import RenderCache, render_submission
from tccm_drafter.render.templates import Template, find_template
from tccm_drafter.render.text_export import to_plain_text


def run(work: Path) -> list[Result]:
    paragraphs = make_library(10_000)
    library = Library.of(paragraphs)
    submission = make_submission(paragraphs, 500)
    template = find_template("consultation-response", None)
    today = date(2026, 11, 22)
    text = to_markdown(render_submission(submission, library, template, today=today).document)
    words = count_words(text)
    markdown = best_of(
        lambda: to_markdown(render_submission(submission, library, template, today=today).document),
        repeat=5,
    )
    plain = best_of(
        lambda: to_plain_text(
            render_submission(submission, library, template, today=today).document
        ),
        repeat=5,
    )
    checks = best_of(lambda: check_submission(submission, library, template, today=today), repeat=3)
    large = make_submission(paragraphs, 5000)
    render_500 = best_of(lambda: render_submission(submission, library, template, today=today))
    render_5000 = best_of(
        lambda: render_submission(large, library, template, today=today), repeat=3
    )
    with _collector_paused():
        own_500 = best_of(lambda: render_submission(submission, library, template, today=today))
        own_5000 = best_of(
            lambda: render_submission(large, library, template, today=today), repeat=3
        )
    return [
        Result(f"render 500 paragraphs ({words:,} words) to Markdown", markdown, 100.0),
        Result("render the same to plain text with counts", plain, None),
        Result("preflight check of the same", checks, None),
        Result("render 500 paragraphs to the document model", render_500, None),
        Result(
            "render 5,000 paragraphs to the document model",
            render_5000,
            None,
            f"{render_5000 / render_500:.1f}x the 500-paragraph time, Python's cyclic collector "
            "included",
        ),
        Result(
            "render 5,000 paragraphs, the render's own growth (cyclic collector paused)",
            own_5000,
            11 * own_500,
            f"{own_5000 / own_500:.1f}x the 500-paragraph time ({own_500:.1f} ms); linear is 10x, "
            "11x allowed for the noise of a shared machine",
        ),
        _after_one_edit(submission, library, template, "500"),
        _after_one_edit(large, library, template, "5,000"),
        _after_typing(submission, library, template, "500"),
        _after_typing(large, library, template, "5,000"),
    ]


def _after_one_edit(
    submission: Submission, library: Library, template: Template, size: str
) -> Result:
    """A whole render with the cache after one block changed (what the live view does when an
    edit is more than one block's text)."""
    cache = RenderCache()
    render_submission(submission, library, template, cache=cache, today=TODAY)
    section = submission.sections[len(submission.sections) // 2]
    original = section.blocks[0]
    flip = [TextBlock("One changed block."), original]

    def edit_and_render() -> None:
        section.blocks[0] = flip[0]
        flip.reverse()
        render_submission(submission, library, template, cache=cache, today=TODAY)

    took = best_of(edit_and_render)
    section.blocks[0] = original
    return Result(f"render {size} paragraphs again after one edit (render cache)", took, None)


def _after_typing(
    submission: Submission, library: Library, template: Template, size: str
) -> Result:
    """What the live view's worker does per keystroke: the edited block put in place in the
    document and the preview (``LiveDocument``), and the preview's HTML joined."""
    live, palette = LiveDocument(), Palette()
    live.update(submission, library, template, palette)
    section = len(submission.sections) // 2
    original = submission.sections[section].blocks[0]
    assert isinstance(original, ParagraphBlock)
    typed = [0]

    def type_and_update() -> None:
        typed[0] += 1
        edited = submission.copy()
        text = "Typed " + "x" * typed[0]
        edited.sections[section].blocks[0] = replace(original, local_text=text)
        live.update(edited, library, template, palette)
        assert live.patched and live.parts is not None
        live.parts.preview()

    took = best_of(type_and_update)
    return Result(
        f"update {size} paragraphs after a keystroke (the block put in place, preview included)",
        took,
        None,
    )


#: The day the documents are dated (fixed: the same figures and pictures on any day).
TODAY = date(2026, 11, 20)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The collector's full passes scan every live object (here a 10,000-paragraph library), so
    whether one falls inside a timed render depends on the heap, not on the render."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
