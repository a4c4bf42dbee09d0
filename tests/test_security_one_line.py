"""One line, never a traceback (issue 24, cases 8 and 9).

Encrypted PDFs, damaged PDFs (pypdf's own messages), reference documents with a font size of 0
or a margin that is no number, bidirectional controls in bundle titles and organisation
names, and a full disk during export. Every input is built here.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from clock_helpers import NOW, TODAY
from hostile_files import damaged_pdf, encrypted_pdf, reference_with
from sharing_helpers import paragraph
from tccm_drafter.render.page_estimate import PageModel, estimate_pages
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.submission_file import load_submission, save_submission

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "position-paper.tccm"
BIDI = "\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


# -- case 8 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("version", "method"), [(5, "AES"), (2, "RC4")])
def test_an_encrypted_pdf_is_refused_in_one_line(tmp_path: Path, version: int, method: str) -> None:
    """AES-256 with an empty user password ended in pypdf's DependencyError traceback."""
    path = tmp_path / "call.pdf"
    path.write_bytes(encrypted_pdf(version))
    result = run_cli("questions", path, home=tmp_path / "home")
    line = one_error_line(result.stderr)
    assert result.returncode == 2 and str(path) in line
    assert f"encrypted ({method}" in line and "unprotected copy" in line


def test_pypdf_repairs_a_damaged_pdf_without_printing_to_stderr(tmp_path: Path) -> None:
    path = tmp_path / "call.pdf"
    path.write_bytes(damaged_pdf())
    result = run_cli("questions", path, home=tmp_path / "home")
    assert result.returncode == 0 and result.stderr == ""
    assert "Which digital public goods matter most" in result.stdout


def _with_reference(tmp_path: Path, reference: bytes) -> Path:
    docx = tmp_path / "letterhead.docx"
    docx.write_bytes(reference)
    submission = load_submission(EXAMPLE)
    submission.reference_docx = docx.name
    submission.consultation.rules.page_limit = 1
    path = tmp_path / "submission.tccm"
    save_submission(submission, path)
    return path


@pytest.mark.parametrize(
    "reference",
    [
        {"normal_size": 0},  # ZeroDivisionError in the page estimate
        {"normal_size": 10**12},
        {"left_margin": "1e9"},  # ValueError from python-docx
        {"left_margin": 10**9},
    ],
    ids=["font-0", "font-huge", "margin-1e9", "margin-huge"],
)
def test_check_estimates_pages_with_any_reference_document(
    tmp_path: Path, reference: dict[str, object]
) -> None:
    path = _with_reference(tmp_path, reference_with(**reference))  # type: ignore[arg-type]
    model = PageModel.from_reference_docx(path.parent / "letterhead.docx")
    assert 1 <= model.font_size <= 1638 and model.chars_per_line >= 10
    home = tmp_path / "home"
    result = run_cli("check", path, home=home)
    assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    assert "page" in result.stdout  # the estimate ran: over the one-page limit, or not
    exported = run_cli("export", path, "-o", tmp_path / "out.docx", home=home)
    assert exported.returncode == 0, exported.stderr


def test_the_page_estimate_of_a_zero_font_is_a_number(tmp_path: Path) -> None:
    docx = tmp_path / "letterhead.docx"
    docx.write_bytes(reference_with(normal_size=0))
    from tccm_drafter.app.libraries import open_libraries
    from tccm_drafter.render.templates import find_template
    from tccm_drafter.storage.paths import AppPaths
    from tccm_drafter.storage.settings import load_settings

    paths = AppPaths.resolve(tmp_path / "home")
    submission = load_submission(EXAMPLE)
    library = open_libraries(paths, load_settings(paths)).library
    template = find_template(submission.template, paths.templates_dir)
    document = render_submission(submission, library, template, today=TODAY).document
    pages = estimate_pages(document, PageModel.from_reference_docx(docx))
    assert 0 < pages < 100


# -- case 9 ---------------------------------------------------------------------------------


def _no_bidi(text: str) -> bool:
    return not any(c in text for c in BIDI)


def test_bidi_controls_from_a_bundle_never_reach_the_terminal(tmp_path: Path) -> None:
    hostile = paragraph("hostile", "Body.")
    hostile.title = f"Fine title{BIDI}txet dekaf"
    bundle = tmp_path / "hostile.tccmlib"
    write_bundle([hostile], bundle, "Example IXP\u202e PXI elpmaxE", now=NOW)
    home = tmp_path / "home"
    for args in (["--dry-run"], []):
        result = run_cli("library", "import", bundle, *args, home=home)
        assert result.returncode == 0, result.stderr
        assert _no_bidi(result.stdout) and _no_bidi(result.stderr)
        assert "from Example IXP PXI elpmaxE" in result.stdout
    for args in (["list"], ["show", "hostile"]):
        result = run_cli("library", *args, home=home)
        assert _no_bidi(result.stdout) and "Fine titletxet dekaf" in result.stdout


def test_bidi_controls_in_a_library_file_never_reach_the_terminal(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    shown = paragraph("shown", f"Body {BIDI} text.")
    shown.title = f"Title\u202e{BIDI}"
    shown.author = "Org\u2067name"
    LibraryFolder(library).save(shown)
    home = tmp_path / "home"
    for args in (["list"], ["show", "shown"], ["search", "Body"]):
        result = run_cli("library", *args, "--library", library, home=home)
        assert _no_bidi(result.stdout) and _no_bidi(result.stderr), args


@contextlib.contextmanager
def _small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 96 KB file system of its own (tmpfs), so a write really meets ENOSPC."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root and mount rights)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_a_full_disk_during_export_names_the_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with _small_disk(tmp_path) as disk:
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
            while True:  # until the disk is full
                filler.write(b"\0" * 4096)
                filler.flush()
        target = disk / "submission.docx"
        result = run_cli("export", EXAMPLE, "-o", target, home=home)
        line = one_error_line(result.stderr)
        assert result.returncode == 2 and "No space left on device" in line
        assert str(target) in line and ".tccm-tmp-" not in line
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # no temporary file left
