"""``tccm-drafter review import``: the plan on the terminal, and --accept-all."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from review_helpers import WordEdit
from tccm_drafter.cli import main
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.storage.paths import examples_dir
from tccm_drafter.storage.submission_file import load_submission, save_submission


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([*map(str, args)], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_review_import_dry_run_accept_all_and_conflicts(tmp_path: Path) -> None:
    submission = tmp_path / "response.tccm"
    shutil.copy(examples_dir() / "wsis20-response.tccm", submission)
    exported = tmp_path / "response.docx"
    assert run("export", submission, "--for-review", "-o", exported)[0] == 0

    edit = WordEdit(exported.read_bytes(), author="Legal team")
    edit.replace_words("voluntary contributions from a small", "small", "narrow")
    edit.replace_words("Permanence is a beginning", "beginning", "start")
    edit.comment("Permanence is a", "not an end", "Strong line, keep it.")
    reviewed = edit.save(tmp_path / "reviewed.docx")
    before = submission.read_bytes()

    status, out, err = run("review", "import", submission, reviewed, "--dry-run")
    assert status == 0, err
    assert "reviewed.docx: 11 items — 9 unchanged, 2 changed" in out
    assert "CHANGED      section 2, block 2 (paragraph 'igf-sustainable-funding')" in out
    assert "[-small-]{+narrow+}" in out
    assert "comment by Legal team 2026-03-02: Strong line, keep it." in out
    assert "Nothing was changed. 2 items can be taken with --accept-all" in out
    assert submission.read_bytes() == before

    # The drafter tailors one of the two blocks meanwhile: a conflict.
    current = load_submission(submission)
    block = current.sections[1].blocks[0]
    assert isinstance(block, ParagraphBlock) and block.paragraph_id == "igf-permanent-mandate"
    block.local_text = "Our own wording, written after the export."
    save_submission(current, submission)

    status, out, err = run("review", "import", submission, reviewed, "--accept-all")
    assert status == 1
    assert "CONFLICT (changed) section 2, block 1 (paragraph 'igf-permanent-mandate')" in out
    assert "now:      Our own wording, written after the export." in out
    assert "1 conflict left as it was" in err
    saved = load_submission(submission)
    funding = saved.sections[1].blocks[1]
    assert isinstance(funding, ParagraphBlock)
    assert funding.local_text is not None and "narrow group of donors" in funding.local_text
    kept = saved.sections[1].blocks[0]
    assert isinstance(kept, ParagraphBlock)
    assert kept.local_text == "Our own wording, written after the export."
    backup = Path(out.split("The version before is kept in ")[1].strip().rstrip("."))
    assert load_submission(backup) == current

    status, out, err = run(
        "review", "import", submission, reviewed, "--accept-all", "--conflicts", "keep-mine"
    )
    assert status == 0, err
    kept = load_submission(submission).sections[1].blocks[0]
    assert kept.local_text == "Our own wording, written after the export."
    assert [n.text for n in kept.notes] == ["Strong line, keep it.\n(on “not an end”)"]

    status, _, err = run(
        "review", "import", submission, reviewed, "--accept-all", "--conflicts", "take-reviewer"
    )
    assert status == 0, err
    taken = load_submission(submission).sections[1].blocks[0]
    assert isinstance(taken, ParagraphBlock) and taken.local_text is not None
    assert "Permanence is a start, not an end." in taken.local_text
    assert len(taken.notes) == 1


def test_review_import_refuses_a_file_that_is_no_export(tmp_path: Path) -> None:
    submission = tmp_path / "response.tccm"
    shutil.copy(examples_dir() / "wsis20-response.tccm", submission)
    status, _, err = run("review", "import", submission, tmp_path / "missing.docx")
    assert status == 2 and "missing.docx: file not found" in err
