"""A submission's file changed on disk is never overwritten without a word (issue 24, case 10).

The rule itself is Qt-free (storage/submission_disk.py) and tested here without a window;
the choice the window offers is tested through its real prompt in
test_gui_submission_conflict.py.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.storage.submission_disk import (
    SubmissionChangedError,
    file_digest,
    read_submission,
    save_checked,
    save_copy,
)
from tccm_drafter.storage.submission_file import load_submission, save_submission

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "position-paper.tccm"


def _saved_example(tmp_path: Path) -> Path:
    path = tmp_path / "response.tccm"
    save_submission(load_submission(EXAMPLE), path)
    return path


def test_a_status_set_on_the_command_line_is_not_overwritten_by_an_older_copy(
    tmp_path: Path,
) -> None:
    path = _saved_example(tmp_path)
    mine, seen = read_submission(path)  # the window opens it...
    mine.title = "My unsaved title"
    result = run_cli(
        "register", "set-status", path, "sent", "--on", "2026-12-07", home=tmp_path / "home"
    )
    assert result.returncode == 0, result.stderr  # ...the command line writes it meanwhile
    theirs = path.read_bytes()
    with pytest.raises(SubmissionChangedError) as caught:
        save_checked(mine, path, expected=seen)
    assert path.read_bytes() == theirs  # nothing written
    error = caught.value
    assert error.path == path and "changed on disk" in str(error)
    assert error.on_disk is not None and error.on_disk.status is SubmissionStatus.SENT
    assert error.seen == file_digest(path)
    # Keeping mine is a deliberate second save; what was seen is what the check needs.
    written = save_checked(mine, path, expected=None)
    assert load_submission(path).title == "My unsaved title" and written == file_digest(path)


def test_an_unchanged_file_is_saved_and_the_next_save_checks_against_it(tmp_path: Path) -> None:
    path = _saved_example(tmp_path)
    submission, seen = read_submission(path)
    submission.title = "First"
    seen = save_checked(submission, path, expected=seen)
    submission.title = "Second"
    save_checked(submission, path, expected=seen)
    assert load_submission(path).title == "Second"


def test_a_deleted_or_replaced_file_is_a_change_too(tmp_path: Path) -> None:
    path = _saved_example(tmp_path)
    submission, seen = read_submission(path)
    path.unlink()
    with pytest.raises(SubmissionChangedError, match="deleted or moved") as caught:
        save_checked(submission, path, expected=seen)
    assert caught.value.on_disk is None and not path.exists()
    path.write_text("not a submission at all", encoding="utf-8")
    with pytest.raises(SubmissionChangedError) as unreadable:
        save_checked(submission, path, expected=seen)
    assert unreadable.value.on_disk is None
    assert path.read_text("utf-8") == "not a submission at all"


def test_keep_both_writes_a_copy_under_a_free_name_and_never_over_a_file(tmp_path: Path) -> None:
    path = _saved_example(tmp_path)
    taken = tmp_path / "response (2).tccm"
    taken.write_text("someone's file", encoding="utf-8")
    submission = load_submission(path)
    submission.title = "Mine"
    copy, digest = save_copy(submission, path)
    assert copy == tmp_path / "response (3).tccm" and digest == file_digest(copy)
    assert load_submission(copy).title == "Mine"
    assert taken.read_text("utf-8") == "someone's file"


def test_review_import_does_not_overwrite_a_file_changed_while_it_worked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`review import --accept-all` reads the submission, then the reviewed Word file; another
    program that saves the submission in between (here: while the Word file is read) wins."""
    import tccm_drafter.storage.review_docx as review_docx
    from review_helpers import WordEdit
    from tccm_drafter.cli import main
    from tccm_drafter.storage.paths import examples_dir

    path = tmp_path / "response.tccm"
    shutil.copy(examples_dir() / "wsis20-response.tccm", path)
    exported = tmp_path / "response.docx"
    home = ["--home", str(tmp_path / "home")]
    exporting = ["export", str(path), "--for-review", "-o", str(exported), *home]
    assert main(exporting, io.StringIO(), io.StringIO()) == 0
    edit = WordEdit(exported.read_bytes(), author="Legal team")
    edit.replace_words("voluntary contributions from a small", "small", "narrow")
    reviewed = edit.save(tmp_path / "reviewed.docx")
    real = review_docx.read_reviewed_docx

    def read_while_someone_saves(target: Path) -> review_docx.ReviewedDocument:
        other = load_submission(path)
        other.title = "Saved by another copy of the app"
        save_submission(other, path)
        return real(target)

    import tccm_drafter.app.review as review_door

    monkeypatch.setattr(review_door, "read_reviewed_docx", read_while_someone_saves)
    err = io.StringIO()
    arguments = ["review", "import", str(path), str(reviewed), "--accept-all", *home]
    assert main(arguments, io.StringIO(), err) == 2
    assert "changed on disk" in err.getvalue() and str(path) in err.getvalue()
    assert load_submission(path).title == "Saved by another copy of the app"


def test_the_command_line_refuses_in_one_line(tmp_path: Path) -> None:
    """`register set-status` reads and writes in one go: a file that is gone says so."""
    path = tmp_path / "gone.tccm"
    result = run_cli("register", "set-status", path, "sent", home=tmp_path / "home")
    assert result.returncode == 2 and str(path) in one_error_line(result.stderr)
    assert not os.path.exists(path)
