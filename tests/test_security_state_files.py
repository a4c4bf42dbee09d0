"""State files the app reads back are untrusted: none of them leads a write outside a library.

Issue 24, cases 1 and 2. A shared library folder is writable by every member, so any of them
(or a sync client, or git) can plant the app's own journal, the undo record of the last import
and symbolic links. Git and sync clients store links as they were made, usually relative
(``sub -> ../victim``), so each test makes exactly that: a relative link beside the library.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from clock_helpers import NOW
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import apply_import, plan_import, read_import_record, undo_import
from tccm_drafter.storage import journal
from tccm_drafter.storage.folder_lock import LOCK_FILE
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import dump_paragraph

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


def _victim(tmp_path: Path) -> Path:
    """A folder next to the library, holding files a planted record must never touch."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.md").write_text("keep me\n", encoding="utf-8")
    (victim / "notes.md").write_text("my notes\n", encoding="utf-8")
    return victim


def _personal_library(home: Path) -> Path:
    assert run_cli("library", "list", home=home).returncode == 0
    return home / "data" / "library"


def _plant_journal(library: Path, changes: list[dict[str, str]], staged: bytes) -> Path:
    staging = library / journal.JOURNAL_DIR
    staging.mkdir()
    (staging / "0.new").write_bytes(staged)
    record = staging / journal.JOURNAL_FILE
    record.write_text(json.dumps({"format": 1, "changes": changes}), encoding="utf-8")
    return record


def test_a_planted_journal_through_a_linked_folder_changes_nothing_outside(
    tmp_path: Path,
) -> None:
    """Case 1: `library list` must not delete victim/keep.md nor overwrite victim/notes.md."""
    home = tmp_path / "home"
    library = _personal_library(home)
    victim = _victim(home / "data")
    os.symlink(os.path.join("..", "victim"), library / "sub")  # as git stores it
    before = folder_bytes(victim)
    record = _plant_journal(
        library,
        [
            {"target": "sub/keep.md"},  # a removal
            {"target": "sub/notes.md", "new": "0.new"},  # a replacement
        ],
        b"planted\n",
    )
    listed = run_cli("library", "list", home=home)
    assert folder_bytes(victim) == before
    assert not (victim / LOCK_FILE).exists()
    problem = [line for line in listed.stderr.splitlines() if str(record) in line]
    assert len(problem) == 1 and "Traceback" not in listed.stderr, listed.stderr
    assert "sub/notes.md" in problem[0] or "sub/keep.md" in problem[0]
    assert "link" in problem[0]
    assert not (library / journal.JOURNAL_DIR).exists()  # refused once, not again and again
    again = run_cli("library", "list", home=home)
    assert str(record) not in again.stderr and folder_bytes(victim) == before


@pytest.mark.parametrize(
    "change",
    [
        {"target": "../victim/keep.md"},
        {"target": "sub/../../victim/keep.md"},
        {"target": "sub/keep.md", "remove_if": "not a hash"},
        {"target": "a.md", "new": "../../victim/notes.md"},
        {"target": "notes.txt", "new": "0.new"},
        {"target": ".git/hooks/x.md", "new": "0.new"},
    ],
)
def test_every_kind_of_planted_journal_entry_is_refused_with_one_line(
    tmp_path: Path, change: dict[str, str]
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    victim = _victim(tmp_path)
    os.symlink(os.path.join("..", "victim"), library / "sub")
    record = _plant_journal(library, [change], b"planted\n")
    result = LibraryFolder(library).load()
    assert [error.path for error in result.errors] == [record]
    assert "\n" not in str(result.errors[0])
    assert (victim / "keep.md").read_text("utf-8") == "keep me\n"
    assert (victim / "notes.md").read_text("utf-8") == "my notes\n"
    assert not (library / "notes.txt").exists()


def test_a_journal_folder_that_is_a_link_is_never_followed(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    victim = _victim(tmp_path)
    (victim / "0.new").write_bytes(b"planted\n")
    (victim / journal.JOURNAL_FILE).write_text(
        json.dumps({"format": 1, "changes": [{"target": "keep.md", "new": "0.new"}]}),
        encoding="utf-8",
    )
    os.symlink(os.path.join("..", "victim"), library / journal.JOURNAL_DIR)
    before = folder_bytes(victim)
    result = LibraryFolder(library).load()
    assert len(result.errors) == 1 and "link" in str(result.errors[0])
    assert folder_bytes(victim) == before and not (library / "keep.md").exists()


def test_a_staged_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    victim = _victim(tmp_path)
    staging = library / journal.JOURNAL_DIR
    staging.mkdir()
    os.symlink(os.path.join("..", "..", "victim", "notes.md"), staging / "0.new")
    (staging / journal.JOURNAL_FILE).write_text(
        json.dumps({"format": 1, "changes": [{"target": "a.md", "new": "0.new"}]}),
        encoding="utf-8",
    )
    result = LibraryFolder(library).load()
    assert len(result.errors) == 1 and "not an ordinary file" in str(result.errors[0])
    assert (victim / "notes.md").read_text("utf-8") == "my notes\n"
    assert not os.path.lexists(library / "a.md")


def test_a_folder_swapped_for_a_link_after_loading_is_not_written_through(
    tmp_path: Path,
) -> None:
    """Symlinked folders inside a library are not followed for writing."""
    library = tmp_path / "library"
    (library / "sub").mkdir(parents=True)
    victim = _victim(tmp_path)
    (library / "sub" / "keep.md").write_text(dump_paragraph(paragraph("keep")), encoding="utf-8")
    folder = LibraryFolder(library)
    loaded = {p.id: p for p in folder.load().paragraphs}["keep"]
    (library / "sub" / "keep.md").unlink()
    (library / "sub").rmdir()
    os.symlink(os.path.join("..", "victim"), library / "sub")
    before = folder_bytes(victim)
    with pytest.raises(InputError, match="link") as caught:
        folder.save(replace(loaded, body="Overwritten."), check_disk=False)
    assert caught.value.path == library / "sub" / "keep.md"
    with pytest.raises(InputError, match="link"):
        folder.delete("keep")
    with pytest.raises(InputError, match="link"):
        folder.save_many([replace(loaded, body="Overwritten.")])
    assert folder_bytes(victim) == before


def test_loading_never_descends_into_a_linked_folder(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    victim = _victim(tmp_path)
    (victim / "theirs.md").write_text(dump_paragraph(paragraph("theirs")), encoding="utf-8")
    os.symlink(os.path.join("..", "victim"), library / "sub")
    assert LibraryFolder(library).load().paragraphs == []


def _record(
    library: Path, folder: str, previous: dict[str, str | None], after: dict[str, str]
) -> Path:
    path = library / journal.IMPORT_RECORD
    document = {
        "bundle": "planted.tccmlib",
        "folder": folder,
        "written": ["x"],
        "previous": previous,
        "after": after,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_undo_record_naming_another_folder_is_refused_on_the_command_line(
    tmp_path: Path,
) -> None:
    """Case 2: `library undo-import` with a record whose folder is elsewhere."""
    home = tmp_path / "home"
    library = _personal_library(home)
    victim = _victim(home / "data")
    keep, notes = victim / "keep.md", victim / "notes.md"
    record = _record(
        library,
        str(victim),
        {str(notes): "overwritten\n", str(keep): None},
        {str(notes): _sha(notes), str(keep): _sha(keep)},
    )
    before = folder_bytes(victim)
    for attempt in range(2):  # and it cannot be replayed either
        refused = run_cli("library", "undo-import", "--force", home=home)
        assert refused.returncode == 2, attempt
        line = one_error_line(refused.stderr)
        assert str(record) in line and "another folder" in line
        assert folder_bytes(victim) == before
        assert not (victim / LOCK_FILE).exists() and not (victim / journal.JOURNAL_DIR).exists()


@pytest.mark.parametrize("how", ["through-link", "dot-dot", "not-written", "hidden", "not-md"])
def test_an_undo_record_of_this_folder_naming_other_files_is_refused(
    tmp_path: Path, how: str
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    victim = _victim(tmp_path)
    os.symlink(os.path.join("..", "victim"), library / "sub")
    notes = victim / "notes.md"
    key = {
        "through-link": str(library / "sub" / "notes.md"),
        "dot-dot": str(library) + "/../victim/notes.md",
        "not-written": str(library / "a.md"),
        "hidden": str(library / ".git" / "a.md"),
        "not-md": str(library / "notes.txt"),
    }[how]
    after = {} if how == "not-written" else {key: _sha(notes)}
    record = _record(library, str(library), {key: "overwritten\n"}, after)
    folder = LibraryFolder(library)
    before = folder_bytes(victim)
    with pytest.raises(InputError) as caught:
        undo_import(read_import_record(folder), folder.path, force=True)
    assert caught.value.path == record and "nothing was" in caught.value.message
    assert folder_bytes(victim) == before
    assert not (library / "a.md").exists() and not (library / "notes.txt").exists()


def test_a_result_for_another_folder_is_refused_before_locking_it(tmp_path: Path) -> None:
    """The app's own undo (the desktop app keeps the result in memory) checks the same."""
    library = tmp_path / "library"
    folder = LibraryFolder(library)
    base = paragraph("p", "Mine.")
    folder.save(base)
    bundle = tmp_path / "theirs.tccmlib"
    write_bundle([revised(base, replace(base, body="Theirs."))], bundle, "X", now=NOW)
    loaded = {p.id: p for p in folder.load().paragraphs}
    result = apply_import(plan_import(loaded, read_bundle(bundle)), {}, folder, set())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with pytest.raises(InputError, match="another folder"):
        undo_import(result, elsewhere)
    assert list(elsewhere.iterdir()) == []
    undo_import(result, folder.path)  # the right folder: undone
    assert {p.id: p.body for p in folder.load().paragraphs} == {"p": "Mine."}
    assert not (library / journal.IMPORT_RECORD).exists()  # nothing left to replay


def test_a_planted_autosave_marker_never_names_a_file_to_save_over(tmp_path: Path) -> None:
    """An autosave is restored as a new document unless its marker names a .tccm file."""
    from tccm_drafter.storage.autosave_files import find_autosaves, marker_text

    folder = tmp_path / "autosave"
    folder.mkdir()
    example = Path(__file__).parent.parent / "resources" / "examples"
    text = next(example.glob("*.tccm")).read_text("utf-8")
    sessions = {
        "a" * 32: str(tmp_path / ".bashrc"),  # not a submission file
        "b" * 32: "relative.tccm",  # not a full path
        "c" * 32: str(tmp_path / "mine.tccm"),  # the one kind that is kept
    }
    for session, original in sessions.items():
        (folder / f"{session}.tccm").write_text(text, encoding="utf-8")
        (folder / f"{session}.json").write_text(
            marker_text(0, Path(original), "2026-12-07T10:00:00"), encoding="utf-8"
        )
    (folder / "not-ours.tccm").write_text(text, encoding="utf-8")
    (folder / "not-ours.json").write_text(marker_text(0, None, ""), encoding="utf-8")
    (folder / f"{'d' * 32}.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / f"{'d' * 32}.tccm").write_text(text, encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.tccm", folder / f"{'e' * 32}.tccm")
    (folder / f"{'e' * 32}.json").write_text(marker_text(0, None, ""), encoding="utf-8")
    found = {entry.data_file.stem: entry.original for entry in find_autosaves(folder, bool)}
    assert found == {"a" * 32: None, "b" * 32: None, "c" * 32: tmp_path / "mine.tccm"}


def test_a_register_entry_that_names_no_submission_file_is_refused(tmp_path: Path) -> None:
    from tccm_drafter.sharing.register import load_register, register_path
    from tccm_drafter.storage.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    target = tmp_path / "victim" / "notes.md"
    register_path(paths).write_text(
        'format = 1\nkind = "tccm-register"\n\n[[submissions]]\n'
        f'path = "{target}"\nuid = "x"\nstatus = "drafting"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_register(paths)
    assert caught.value.path == register_path(paths) and caught.value.line == 5
    assert ".tccm" in str(caught.value)


def test_a_damaged_usage_index_entry_is_skipped(tmp_path: Path) -> None:
    from tccm_drafter.sharing.usage import USAGE_FILE, submissions_using
    from tccm_drafter.storage.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    index = {
        "/a.tccm": {"paragraphs": {"p": "not a number"}},
        "/b.tccm": {"paragraphs": {"p": [1]}},
        "/c.tccm": {"paragraphs": {"p": 10**40}},
        "/d.tccm": {"paragraphs": {"p": 3}, "title": "Kept"},
    }
    (paths.data_dir / USAGE_FILE).write_text(json.dumps(index), encoding="utf-8")
    assert [(u.path, u.version) for u in submissions_using(paths, "p")] == [(Path("/d.tccm"), 3)]


def test_a_lock_file_that_is_no_file_is_refused_in_one_line(tmp_path: Path) -> None:
    library = tmp_path / "library"
    (library / LOCK_FILE).mkdir(parents=True)
    with pytest.raises(InputError) as caught:
        LibraryFolder(library).save(paragraph("p"))
    assert caught.value.path is not None and "\n" not in str(caught.value)
    os.rmdir(library / LOCK_FILE)
    os.mkfifo(library / LOCK_FILE)
    with pytest.raises(InputError, match="not an ordinary file"):
        LibraryFolder(library).save(paragraph("p"))
