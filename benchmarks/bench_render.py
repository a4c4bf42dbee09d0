"""Render the synthetic 500-paragraph (~43,000-word) submission (target: <= 100 ms to Markdown)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.synth import make_library, make_submission
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import Library
from tccm_drafter.model.counting import count_words
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template
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
    return [
        Result(f"render 500 paragraphs ({words:,} words) to Markdown", markdown, 100.0),
        Result("render the same to plain text with counts", plain, None),
        Result("preflight check of the same", checks, None),
    ]
