"""Library folders: loading many files, saving safely, noticing changes made by others."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph, Status
from tccm_drafter.storage.folder_lock import LOCK_FILE
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder
from tccm_drafter.storage.library_loading import ensure_personal_library, load_library
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.paths import AppPaths, starter_library_dir


def _paragraph(pid: str, body: str = "Body text.") -> Paragraph:
    return Paragraph(id=pid, title=f"Title of {pid}", body=body, status=Status.APPROVED)


def _write(folder: Path, name: str, paragraph: Paragraph) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_paragraph(paragraph), encoding="utf-8")
    return path


def test_load_reads_sub_folders_and_skips_hidden_and_temp_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", _paragraph("a"))
    _write(tmp_path, "topic/b.md", _paragraph("b"))
    _write(tmp_path, ".git/c.md", _paragraph("c"))
    _write(tmp_path, ".hidden.md", _paragraph("d"))
    _write(tmp_path, ".tccm-tmp-abc.part", _paragraph("e"))
    (tmp_path / "notes.txt").write_text("not a paragraph")
    result = LibraryFolder(tmp_path).load()
    assert sorted(p.id for p in result.paragraphs) == ["a", "b"]
    assert result.errors == []


def test_stale_temp_files_are_swept_at_load(tmp_path: Path) -> None:
    stale = tmp_path / ".tccm-tmp-old.part"
    stale.write_text("half a file")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = tmp_path / ".tccm-tmp-new.part"
    fresh.write_text("a write in progress")
    LibraryFolder(tmp_path).load()
    assert not stale.exists()
    assert fresh.exists()


def test_one_broken_file_does_not_hide_the_others(tmp_path: Path) -> None:
    for i in range(5):
        _write(tmp_path, f"p{i}.md", _paragraph(f"p{i}"))
    broken = tmp_path / "broken.md"
    broken.write_text('+++\nformat = 1\nid = "broken"\ntitle = "T"\nstatus = "maybe"\n+++\n')
    result = LibraryFolder(tmp_path).load()
    assert len(result.paragraphs) == 5
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(f"{broken}:5:")


def test_duplicate_id_within_a_folder_is_reported(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.md", _paragraph("same"))
    second = _write(tmp_path, "b.md", _paragraph("same", "Other words."))
    result = LibraryFolder(tmp_path).load()
    assert [p.body for p in result.paragraphs] == ["Body text."]
    assert len(result.errors) == 1
    assert result.errors[0].path == second
    assert str(first) in str(result.errors[0])


def test_missing_folder_is_one_error(tmp_path: Path) -> None:
    result = LibraryFolder(tmp_path / "gone", name="shared").load()
    assert result.paragraphs == []
    assert "not found" in str(result.errors[0])


def test_save_new_paragraph_then_reload(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path)
    folder.load()
    path = folder.save(_paragraph("new-one", "Fresh words."))
    assert path == tmp_path / "new-one.md"
    assert [p.body for p in LibraryFolder(tmp_path).load().paragraphs] == ["Fresh words."]


def test_loaded_paragraph_is_saved_back_to_its_own_file(tmp_path: Path) -> None:
    original = _write(tmp_path, "topics/igf/old-name.md", _paragraph("igf-one"))
    folder = LibraryFolder(tmp_path)
    paragraph = folder.load().paragraphs[0]
    paragraph.body = "Edited."
    assert folder.save(paragraph) == original
    assert not (tmp_path / "igf-one.md").exists()
    assert "Edited." in original.read_text()


def test_save_refuses_when_file_changed_on_disk(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.md", _paragraph("p"))
    folder = LibraryFolder(tmp_path)
    mine = folder.load().paragraphs[0]
    # Another copy of the app (or git pull) changes the file.
    _write(tmp_path, "p.md", _paragraph("p", "Their words."))
    mine.body = "My words."
    with pytest.raises(DiskChangedError) as caught:
        folder.save(mine)
    assert caught.value.on_disk is not None
    assert caught.value.on_disk.body == "Their words."
    assert "Their words." in path.read_text()
    # The user has compared both and chooses to keep theirs... or to overwrite:
    folder.save(mine, check_disk=False)
    assert "My words." in path.read_text()
    mine.body = "My words, again."
    folder.save(mine)  # no change on disk since our own save: no complaint
    assert "My words, again." in path.read_text()


def test_save_refuses_to_replace_an_unknown_file_of_the_same_name(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path)
    folder.load()
    _write(tmp_path, "p.md", _paragraph("p", "Someone else's."))
    with pytest.raises(DiskChangedError):
        folder.save(_paragraph("p", "Mine."))
    assert "Someone else's." in (tmp_path / "p.md").read_text()


def test_file_from_newer_version_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    newer = b'+++\nformat = 2\nid = "p"\ntitle = "T"\nstatus = "draft"\nnew_thing = 1\n+++\nB\n'
    path.write_bytes(newer)
    folder = LibraryFolder(tmp_path)
    result = folder.load()
    assert isinstance(result.errors[0], NewerFormatError)
    for check in (True, False):
        with pytest.raises(NewerFormatError):
            folder.save(_paragraph("p"), check_disk=check)
    assert path.read_bytes() == newer


def test_read_only_library_refuses_to_save(tmp_path: Path) -> None:
    _write(tmp_path, "p.md", _paragraph("p"))
    folder = LibraryFolder(tmp_path, name="coalition", writable=False)
    paragraph = folder.load().paragraphs[0]
    with pytest.raises(InputError, match="read-only"):
        folder.save(paragraph)
    with pytest.raises(InputError, match="read-only"):
        folder.delete("p")


def test_failed_save_keeps_the_previous_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.md", _paragraph("p", "Safe words."))
    before = path.read_bytes()
    folder = LibraryFolder(tmp_path)
    paragraph = folder.load().paragraphs[0]
    paragraph.body = "Never written."
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as a user whom folder permissions do not stop (root)")
        with pytest.raises(InputError, match="could not save"):
            folder.save(paragraph)
    finally:
        os.chmod(tmp_path, 0o700)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_FILE, "p.md"]


def test_save_into_a_folder_that_is_a_file_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "library"
    blocker.write_text("a file where the folder should be")
    folder = LibraryFolder(blocker)
    with pytest.raises(InputError, match="could not save") as caught:
        folder.save(_paragraph("p"))
    assert caught.value.path == blocker / "p.md"
    assert blocker.read_text() == "a file where the folder should be"


def test_save_rejects_an_id_that_is_not_a_slug(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="paragraph id must"):
        LibraryFolder(tmp_path).save(_paragraph("../escape"))
    assert list(tmp_path.parent.glob("escape*")) == []


def test_delete_removes_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "sub/p.md", _paragraph("p"))
    folder = LibraryFolder(tmp_path)
    folder.load()
    folder.delete("p")
    assert not path.exists()
    assert LibraryFolder(tmp_path).load().paragraphs == []


def test_id_clash_across_two_folders(tmp_path: Path) -> None:
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    _write(mine, "igf.md", _paragraph("igf", "My version."))
    _write(shared, "igf.md", _paragraph("igf", "Coalition version."))
    _write(shared, "gdc.md", _paragraph("gdc"))
    library, errors = load_library(
        [LibraryFolder(mine), LibraryFolder(shared, name="coalition", writable=False)]
    )
    assert errors == []
    assert len(library) == 2
    kept = library.get("igf")
    assert kept is not None and kept.body == "My version."
    assert library.origin("gdc") == "coalition"
    assert [(c.paragraph_id, c.kept_library, c.other_library) for c in library.clashes] == [
        ("igf", "personal", "coalition")
    ]


def test_first_run_copies_the_starter_library(tmp_path: Path) -> None:
    starter = tmp_path / "starter"
    _write(starter, "welcome.md", _paragraph("welcome"))
    _write(starter, "igf/igf-mandate.md", _paragraph("igf-mandate"))
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    folder = ensure_personal_library(paths, starter=starter)
    assert folder.path == paths.library_dir and folder.writable
    assert sorted(p.id for p in folder.load().paragraphs) == ["igf-mandate", "welcome"]
    # Second run: the user's library is left as it is, even after deleting everything.
    (paths.library_dir / "welcome.md").unlink()
    ensure_personal_library(paths, starter=starter)
    assert not (paths.library_dir / "welcome.md").exists()
    assert [p.name for p in paths.data_dir.iterdir()] == ["library"]


def test_real_starter_library_loads(tmp_path: Path) -> None:
    if not any(starter_library_dir().rglob("*.md")):
        pytest.skip("the starter library has no paragraphs yet")
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    result = ensure_personal_library(paths).load()
    assert result.errors == []
    assert len(result.paragraphs) > 0


_OUT_OF_SPACE = """
import resource, signal, sys
from pathlib import Path
from tccm_drafter.errors import InputError
from tccm_drafter.storage.library_folder import LibraryFolder

# Writes past 4 KB now fail with 'File too large', as on a full disk, even for root. This
# runs in a child process so the limit cannot touch the test runner's own output files.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
folder = LibraryFolder(Path(sys.argv[1]))
paragraph = folder.load().paragraphs[0]
paragraph.body = "A much longer text. " * 1000
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    folder.save(paragraph)
except InputError as error:
    print(error)
    sys.exit(3)
"""


def test_save_that_runs_out_of_space_keeps_the_old_file(tmp_path: Path) -> None:
    pytest.importorskip("resource")
    path = _write(tmp_path, "p.md", _paragraph("p", "Short safe words."))
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", _OUT_OF_SPACE, str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 3, result.stderr
    assert "could not save" in result.stdout and "unchanged" in result.stdout
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_FILE, "p.md"]
