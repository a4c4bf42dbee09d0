"""Undo of library edits puts back exactly what was there, and a settled disk conflict stays
settled: read-only libraries, "keep mine" over a colleague's text, "take theirs", a refused
undo of "Save to Library", notes of saved free text, and characters no document can hold."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.app import library_edits
from tccm_drafter.app.edits import Batch, Edit
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, ParagraphBlock, Section, Submission, TextBlock
from tccm_drafter.model.blocks import block_from_paragraph, has_update
from tccm_drafter.model.submission import Note
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage import journal
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder


def workspace(*folders: LibraryFolder, submission: Submission | None = None) -> Workspace:
    return Workspace(submission or Submission(), Libraries(list(folders)).load())


def body_on_disk(folder: Path, paragraph_id: str) -> str:
    loaded = {p.id: p for p in LibraryFolder(folder).load().paragraphs}
    return loaded[paragraph_id].body.strip()


def conflict(ws: Workspace, edit: library_edits.SaveParagraph) -> DiskChangedError:
    with pytest.raises(DiskChangedError) as caught:
        edit.apply(ws)
    return caught.value


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    path.mkdir()
    LibraryFolder(path).save(paragraph("igf", "Original."))
    return path


def test_undoing_an_edit_of_a_read_only_paragraph_removes_the_copy(tmp_path: Path) -> None:
    personal, shared = tmp_path / "personal", tmp_path / "shared"
    personal.mkdir()
    shared.mkdir()
    LibraryFolder(shared).save(paragraph("igf", "The IGF works."))
    ws = workspace(LibraryFolder(personal, "personal"), LibraryFolder(shared, "shared", False))
    current = ws.library.get("igf")
    assert current is not None and ws.library.origin("igf") == "shared"
    edit = library_edits.save(ws, current, replace(current, body="Mine."), "Edit")
    edit.apply(ws)
    assert (personal / "igf.md").exists() and ws.library.origin("igf") == "personal"
    edit.revert(ws)
    assert not (personal / "igf.md").exists()
    assert ws.library.origin("igf") == "shared"
    assert ws.library.get("igf") == current
    reloaded = Libraries(
        [LibraryFolder(personal, "personal"), LibraryFolder(shared, "shared", False)]
    )
    assert not reloaded.load().library.clashes
    edit.apply(ws)  # redo makes the copy again
    assert body_on_disk(personal, "igf") == "Mine."


def test_undo_after_keep_mine_puts_the_colleagues_text_back(lib: Path) -> None:
    ws = workspace(LibraryFolder(lib))
    current = ws.library.get("igf")
    assert current is not None
    LibraryFolder(lib).save(replace(current, body="Colleague's careful wording."), check_disk=False)
    edit = library_edits.save(ws, current, replace(current, body="Mine."), "Edit")
    forced = library_edits.settle_conflict(ws, edit, conflict(ws, edit), Decision.KEEP_MINE)
    assert forced is not None
    forced.apply(ws)
    assert body_on_disk(lib, "igf") == "Mine."
    forced.revert(ws)
    assert body_on_disk(lib, "igf") == "Colleague's careful wording."
    assert ws.library.get("igf").body.strip() == "Colleague's careful wording."  # type: ignore[union-attr]
    forced.apply(ws)  # redo: mine again, checked against the file as undo left it
    assert body_on_disk(lib, "igf") == "Mine."


@pytest.mark.parametrize("decision", [Decision.TAKE_THEIRS, Decision.KEEP_BOTH])
def test_after_taking_theirs_the_next_save_goes_through(lib: Path, decision: Decision) -> None:
    ws = workspace(LibraryFolder(lib))
    current = ws.library.get("igf")
    assert current is not None
    LibraryFolder(lib).save(replace(current, body="Colleague."), check_disk=False)
    edit = library_edits.save(ws, current, replace(current, body="Mine."), "Edit")
    follow_up = library_edits.settle_conflict(ws, edit, conflict(ws, edit), decision)
    if follow_up is not None:
        follow_up.apply(ws)
    theirs = ws.library.get("igf")
    assert theirs is not None and theirs.body.strip() == "Colleague."
    again = library_edits.save(ws, theirs, replace(theirs, body="Colleague, and mine."), "Edit")
    again.apply(ws)
    assert body_on_disk(lib, "igf") == "Colleague, and mine."
    # ...while a change made after the choice is still caught
    LibraryFolder(lib).save(replace(theirs, body="Third hand."), check_disk=False)
    latest = ws.library.get("igf")
    assert latest is not None
    with pytest.raises(DiskChangedError):
        library_edits.save(ws, latest, replace(latest, body="Mine again."), "Edit").apply(ws)


def test_undoing_a_new_paragraph_keeps_a_file_someone_saved_since(lib: Path) -> None:
    ws = workspace(LibraryFolder(lib))
    edit = library_edits.save(ws, None, Paragraph("open", "Open", "Mine."), "New")
    edit.apply(ws)
    LibraryFolder(lib).save(Paragraph("open", "Open", "Colleague's edit."), check_disk=False)
    with pytest.raises(DiskChangedError):
        edit.revert(ws)
    assert body_on_disk(lib, "open") == "Colleague's edit."


def test_a_refused_undo_of_save_to_library_changes_nothing(lib: Path) -> None:
    ws = workspace(LibraryFolder(lib))
    current = ws.library.get("igf")
    assert current is not None
    block = replace(block_from_paragraph(current), local_text="The IGF works, in my words.")
    ws = workspace(
        LibraryFolder(lib), submission=Submission(sections=[Section("A", blocks=[block])])
    )
    before, draft = library_edits.block_draft(ws, 0, 0)
    edit: Edit = library_edits.save_block(ws, 0, 0, before, draft)
    edit.apply(ws)
    saved_block = ws.block(0, 0)
    assert isinstance(saved_block, ParagraphBlock) and saved_block.local_text is None
    disk = folder_bytes(lib)
    other = LibraryFolder(lib)
    other.load()
    other.save(replace(ws.library.get("igf"), body="Colleague."), check_disk=False)  # type: ignore[arg-type]
    disk = folder_bytes(lib)
    with pytest.raises(DiskChangedError):
        edit.revert(ws)
    assert ws.block(0, 0) == saved_block, "the block stays as saved: all or nothing"
    assert folder_bytes(lib) == disk


def test_free_text_saved_to_the_library_keeps_its_review_notes(lib: Path) -> None:
    notes = [Note("Legal must approve this.")]
    block = TextBlock("We support open standards.", notes=notes)
    ws = workspace(
        LibraryFolder(lib), submission=Submission(sections=[Section("A", blocks=[block])])
    )
    before, draft = library_edits.block_draft(ws, 0, 0)
    library_edits.save_block(ws, 0, 0, before, draft).apply(ws)
    saved = ws.block(0, 0)
    assert isinstance(saved, ParagraphBlock)
    assert saved.notes == notes


def test_the_library_in_memory_holds_what_the_file_holds(lib: Path) -> None:
    block = TextBlock("We support\x07 open standards.")
    ws = workspace(
        LibraryFolder(lib), submission=Submission(sections=[Section("A", blocks=[block])])
    )
    before, draft = library_edits.block_draft(ws, 0, 0)
    edit = library_edits.save_block(ws, 0, 0, before, draft)
    edit.apply(ws)
    saved = ws.block(0, 0)
    assert isinstance(saved, ParagraphBlock)
    in_memory = ws.library.get(saved.paragraph_id)
    reloaded = workspace(LibraryFolder(lib)).library.get(saved.paragraph_id)
    assert in_memory == reloaded and in_memory is not None
    assert "\x07" not in in_memory.body
    assert not has_update(saved, reloaded)  # type: ignore[arg-type]


def test_an_import_that_could_not_finish_says_so_and_completes_later(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = LibraryFolder(lib)
    folder.load()
    real, seen = os.replace, [0]

    def second_rename_fails(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if str(source).endswith(".new"):
            seen[0] += 1
            if seen[0] == 2:
                raise OSError(5, "Input/output error")
        real(source, target)

    monkeypatch.setattr(journal.os, "replace", second_rename_fails)
    with pytest.raises(InputError, match="completes the next time"):
        folder.save_many([paragraph("a1", "A."), paragraph("b2", "B.")])
    monkeypatch.setattr(journal.os, "replace", real)
    folder.save(paragraph("a1", "A, edited."))  # finishes the import first, then saves
    assert body_on_disk(lib, "a1") == "A, edited."
    assert body_on_disk(lib, "b2") == "B."
    assert not (lib / journal.JOURNAL_DIR).exists()


def test_keep_mine_in_save_to_library_points_the_block_at_the_save(lib: Path) -> None:
    current = LibraryFolder(lib).load().paragraphs[0]
    block = replace(block_from_paragraph(current), local_text="Tailored.")
    ws = workspace(
        LibraryFolder(lib), submission=Submission(sections=[Section("A", blocks=[block])])
    )
    LibraryFolder(lib).save(replace(current, body="Colleague."), check_disk=False)
    before, draft = library_edits.block_draft(ws, 0, 0)
    edit = library_edits.save_block(ws, 0, 0, before, draft)
    assert isinstance(edit, Batch)
    with pytest.raises(DiskChangedError) as caught:
        edit.apply(ws)
    assert ws.block(0, 0) == block, "nothing applied while the conflict is open"
    follow_up = library_edits.settle_save_to_library(ws, edit, caught.value, Decision.KEEP_MINE)
    assert follow_up is not None
    follow_up.apply(ws)
    assert body_on_disk(lib, "igf") == "Tailored."
    saved = ws.block(0, 0)
    assert isinstance(saved, ParagraphBlock) and saved.local_text is None
    assert not has_update(saved, ws.library.get("igf"))  # type: ignore[arg-type]
    follow_up.revert(ws)
    assert body_on_disk(lib, "igf") == "Colleague."
    assert ws.block(0, 0) == block
