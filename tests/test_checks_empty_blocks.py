"""An empty block, or one with nothing but placeholders, is a finding of `check` (and so of
the checks panel, which shows the same findings)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from clock_helpers import CLOCK
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.cli import main
from tccm_drafter.model import (
    Consultation,
    Library,
    Paragraph,
    ParagraphBlock,
    Section,
    Submission,
    TextBlock,
)
from tccm_drafter.model.blocks import is_blank
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.submission_file import save_submission

TODAY = date(2026, 12, 7)


def test_what_counts_as_blank() -> None:
    assert is_blank("")
    assert is_blank("  \n ")
    assert is_blank("{{ org.name }}")
    assert is_blank("- **{{ org.name }}**, {{ org.country_name }}.")
    assert not is_blank("{{ org.name }} agrees.")
    assert not is_blank("2026")
    assert not is_blank("منظمتنا")


def findings_for(blocks: list[ParagraphBlock | TextBlock], library: Library) -> list[str]:
    submission = Submission(
        consultation=Consultation(title="Call"), sections=[Section("The IGF", blocks=blocks)]
    )
    found = check_submission(
        submission, library, find_template("consultation-response", None), today=TODAY
    )
    return [f"{f.block}: {f.message}" for f in found if f.code == "empty-block"]


def test_empty_and_placeholder_only_blocks_are_found() -> None:
    library = Library.of([Paragraph("p", "The paragraph", "Text of the paragraph.")])
    blocks: list[ParagraphBlock | TextBlock] = [
        TextBlock(""),
        TextBlock("We agree."),
        TextBlock("{{ org.name }}"),
        ParagraphBlock("p", local_text="   "),
        ParagraphBlock("p"),
        ParagraphBlock("gone"),  # "unknown-paragraph" says it; not twice
    ]
    assert findings_for(blocks, library) == [
        "0: Section 1 ('The IGF'), block 1 is empty: write its text or remove it",
        "2: Section 1 ('The IGF'), block 3 has nothing but placeholders: write its text or "
        "remove it",
        "3: Section 1 ('The IGF'), paragraph “The paragraph” is empty: write its text or remove it",
    ]


def test_check_on_the_command_line_reports_an_empty_block(tmp_path: Path) -> None:
    submission = Submission(
        title="Response",
        consultation=Consultation(title="Call"),
        sections=[Section("The IGF", blocks=[TextBlock("We agree."), TextBlock("")])],
    )
    path = tmp_path / "response.tccm"
    save_submission(submission, path)
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["check", str(path), "--home", str(tmp_path / "home")], out=out, err=err, clock=CLOCK
    )
    assert out.getvalue().endswith(
        "response.tccm: warning: Section 1 ('The IGF'), block 2 is empty: write its text or "
        "remove it\n"
    ), out.getvalue() + err.getvalue()
    assert status == 1  # something to fix before sending
