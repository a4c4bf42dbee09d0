"""The starter library and the example submissions, through every real reader we have.

Each example is checked, exported to .docx, read back by pandoc and converted to PDF by
LibreOffice; every paragraph's text must be there, in order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from clock_helpers import NOW
from tccm_drafter.app.exporting import prepare_export, write_export
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.model import Library, Status
from tccm_drafter.render.document import ListBlock, Paragraph, Role, plain_text
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.placeholders import split_placeholders
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

TODAY = date(2026, 11, 22)
EXAMPLES = sorted(examples_dir().glob("*.tccm"))


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    assert loaded.errors == []
    return Library.of(loaded.paragraphs, "starter")


def test_starter_library_is_complete_and_consistent(library: Library) -> None:
    paragraphs = list(library)
    approved = [p for p in paragraphs if p.status is Status.APPROVED]
    retired = [p for p in paragraphs if p.status is Status.RETIRED]
    assert len(approved) >= 20
    assert [p.id for p in retired] == ["igf-renew-mandate-2024"]
    assert retired[0].superseded_by == "igf-permanent-mandate"
    successor = library.get("igf-permanent-mandate")
    assert successor is not None and "igf-renew-mandate-2024" in successor.supersedes
    for paragraph in paragraphs:
        split_placeholders(paragraph.body)  # raises on anything but plain placeholders
        split_placeholders(paragraph.short)
        if paragraph.translation_of:
            assert paragraph.translation_of in library
    assert {p.language for p in paragraphs} >= {"en-GB", "fr", "ar"}
    assert sum(1 for p in paragraphs if p.short) >= 6
    assert sum(1 for p in paragraphs if p.sources) >= 8


def test_there_are_three_examples_one_per_template() -> None:
    templates = {load_submission(path).template for path in EXAMPLES}
    assert templates == {"consultation-response", "position-paper", "joint-statement"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_pass_the_preflight_check(path: Path, library: Library) -> None:
    submission = load_submission(path)
    template = find_template(submission.template, None)
    assert check_submission(submission, library, template, today=TODAY) == []


def _texts(blocks: list[object]) -> list[tuple[str, bool, bool]]:
    """(text, right-to-left, title or subtitle) of every paragraph, heading and list item."""
    out: list[tuple[str, bool, bool]] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                out.extend(_texts(list(item.blocks)))
        elif isinstance(block, Paragraph):
            out.append(
                (plain_text(block.inlines), block.rtl, block.role in (Role.TITLE, Role.SUBTITLE))
            )
        else:
            out.append((plain_text(block.inlines), False, False))  # type: ignore[attr-defined]
    return [entry for entry in out if entry[0].strip()]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def _in_order(needles: list[str], haystack: str) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"missing or out of order: {needle!r}"
        position = found + len(needle)


_TOOLS = all(shutil.which(t) for t in ("soffice", "pandoc", "pdftotext"))


@pytest.mark.skipif(not _TOOLS, reason="needs LibreOffice, pandoc and poppler-utils")
def test_every_example_reads_back_in_pandoc_and_libreoffice(
    tmp_path: Path, library: Library
) -> None:
    expected: dict[Path, list[tuple[str, bool, bool]]] = {}
    for path in EXAMPLES:
        submission = load_submission(path)
        template = find_template(submission.template, None)
        out = tmp_path / f"{path.stem}.docx"
        plan = prepare_export(submission, library, None, fmt="docx", output=out, template=template)
        write_export(plan, now=NOW)
        document = render_submission(submission, library, template, today=TODAY).document
        expected[out] = _texts(list(document.blocks))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *[str(p) for p in expected],
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for docx, texts in expected.items():
        pandoc = subprocess.run(
            ["pandoc", "-t", "plain", "--wrap=none", str(docx)],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        # pandoc takes the Title/Subtitle paragraphs as metadata, and writes footnote
        # markers as [n]; the model's plain text has neither.
        body = [_squash(t).replace("*", "") for t, _, title in texts if not title]
        _in_order(body, _squash(re.sub(r"\[\d+\]", "", pandoc)).replace("*", ""))
        pdf = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(docx.with_suffix(".pdf")), "-"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        # Arabic comes out of a PDF in visual order; compare the left-to-right text.
        _in_order([_squash(t)[:60] for t, rtl, _ in texts if not rtl], _squash(pdf))
