"""Library edits and imports in the same undo history as the drafting edits, without Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from clock_helpers import NOW
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.app import drafting, imports, library_edits
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, ParagraphBlock, Section, Status, Submission, TextBlock
from tccm_drafter.model.blocks import block_from_paragraph
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder
from tccm_drafter.storage.library_loading import load_library

TODAY = date(2026, 11, 23)


def open_workspace(folder: Path, submission: Submission | None = None) -> Workspace:
    libraries = Libraries([LibraryFolder(folder)]).load()
    return Workspace(submission or Submission(), libraries)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "library"
    path.mkdir()
    lib = LibraryFolder(path)
    for item in (paragraph("igf", "The IGF works."), paragraph("funding", "Fund it.")):
        lib.save(item)
    return path


def test_edit_a_paragraph_then_undo_and_redo(folder: Path) -> None:
    ws = open_workspace(folder)
    before_bytes = folder_bytes(folder)
    current = ws.library.get("igf")
    assert current is not None
    edit = library_edits.save(ws, current, replace(current, body="The IGF works well."), "Edit")
    edit.apply(ws)
    on_disk = {p.id: p for p in LibraryFolder(folder).load().paragraphs}
    assert on_disk["igf"].body.strip() == "The IGF works well."
    assert on_disk["igf"].version == 2, "a changed wording is a new revision"
    assert ws.library.get("igf").version == 2  # type: ignore[union-attr]
    edit.revert(ws)
    assert folder_bytes(folder) == before_bytes
    edit.apply(ws)
    assert ws.library.get("igf").body.strip() == "The IGF works well."  # type: ignore[union-attr]


def test_undo_refuses_when_someone_changed_the_file_since(folder: Path) -> None:
    ws = open_workspace(folder)
    current = ws.library.get("igf")
    assert current is not None
    edit = library_edits.save(ws, current, replace(current, body="Mine."), "Edit")
    edit.apply(ws)
    LibraryFolder(folder).save(replace(current, body="A colleague's."), check_disk=False)
    with pytest.raises(DiskChangedError):
        edit.revert(ws)
    assert "A colleague's." in (folder / "igf.md").read_text("utf-8")


def test_new_paragraph_undo_removes_its_file(folder: Path) -> None:
    ws = open_workspace(folder)
    new = Paragraph(library_edits.propose_id(ws, "Open standards, for all!"), "Open", "Text.")
    assert new.id == "open-standards-for-all"
    edit = library_edits.save(ws, None, new, "New Paragraph")
    edit.apply(ws)
    assert (folder / "open-standards-for-all.md").exists()
    edit.revert(ws)
    assert not (folder / "open-standards-for-all.md").exists()
    assert "open-standards-for-all" not in ws.library
    with pytest.raises(InputError, match="already exists"):
        library_edits.save(ws, None, replace(new, id="igf"), "New Paragraph")


def test_retire_names_the_successor_and_can_be_undone(folder: Path) -> None:
    ws = open_workspace(folder)
    edit = library_edits.retire(ws, "igf", "funding")
    edit.apply(ws)
    retired = ws.library.get("igf")
    assert retired is not None and retired.status is Status.RETIRED
    assert retired.superseded_by == "funding"
    assert ws.library.latest("igf").id == "funding"  # type: ignore[union-attr]
    edit.revert(ws)
    assert ws.library.get("igf").status is Status.APPROVED  # type: ignore[union-attr]
    with pytest.raises(InputError, match="no paragraph"):
        library_edits.retire(ws, "igf", "nowhere")


def test_a_duplicate_is_a_new_unreviewed_draft(folder: Path) -> None:
    ws = open_workspace(folder)
    source = replace(
        ws.library.get("igf"),  # type: ignore[type-var]
        reviewed=date(2025, 1, 1),
        created=date(2024, 1, 1),
        author="Someone",
        endorsed_by=["An org"],
        version=4,
    )
    ws.library.put(source)
    twin = library_edits.duplicate_draft(ws, "igf", author="", today=TODAY)
    assert twin.id == "igf-copy" and twin.status is Status.DRAFT
    assert (twin.created, twin.reviewed, twin.endorsed_by, twin.version) == (TODAY, None, [], 1)
    assert twin.author == "" and twin.history == [] and twin.base_hash == ""


@pytest.mark.parametrize("decision", list(Decision))
def test_a_conflict_settled_each_way(folder: Path, decision: Decision) -> None:
    ws = open_workspace(folder)
    current = ws.library.get("igf")
    assert current is not None
    LibraryFolder(folder).save(replace(current, body="Theirs."), check_disk=False)
    edit = library_edits.save(ws, current, replace(current, body="Mine."), "Edit")
    with pytest.raises(DiskChangedError) as caught:
        edit.apply(ws)
    follow_up = library_edits.settle_conflict(ws, edit, caught.value, decision)
    if follow_up is not None:
        follow_up.apply(ws)
    texts = {p.id: p.body.strip() for p in LibraryFolder(folder).load().paragraphs}
    if decision is Decision.TAKE_THEIRS:
        assert follow_up is None and texts["igf"] == "Theirs."
        assert ws.library.get("igf").body.strip() == "Theirs."  # type: ignore[union-attr]
    elif decision is Decision.KEEP_MINE:
        assert texts["igf"] == "Mine."
    else:
        assert texts["igf"] == "Theirs." and texts["igf-copy"] == "Mine."
        assert ws.library.get("igf-copy").title.endswith("(my version)")  # type: ignore[union-attr]


def test_save_a_blocks_wording_back_points_the_block_at_it(folder: Path) -> None:
    library = load_library([LibraryFolder(folder)])[0]
    block = replace(block_from_paragraph(library.get("igf")), local_text="Tailored.")  # type: ignore[arg-type]
    submission = Submission(sections=[Section("A", blocks=[block, TextBlock("Free words.")])])
    ws = open_workspace(folder, submission)
    before, draft = library_edits.block_draft(ws, 0, 0)
    assert before is not None and draft.body == "Tailored."
    edit = library_edits.save_block(ws, 0, 0, before, draft)
    edit.apply(ws)
    saved = ws.block(0, 0)
    assert isinstance(saved, ParagraphBlock) and saved.local_text is None
    assert saved.version == 2 == ws.library.get("igf").version  # type: ignore[union-attr]
    edit.revert(ws)
    assert ws.block(0, 0) == block
    # Free text becomes a new paragraph and the block prints it.
    none, new = library_edits.block_draft(ws, 0, 1)
    assert none is None and new.id == "free-words"
    library_edits.save_block(ws, 0, 1, None, new).apply(ws)
    assert ws.block(0, 1) == block_from_paragraph(ws.library.get("free-words"))  # type: ignore[arg-type]


def test_an_import_is_one_undoable_step(folder: Path, tmp_path: Path) -> None:
    ws = open_workspace(folder)
    before = folder_bytes(folder)
    bundle = tmp_path / "theirs.tccmlib"
    write_bundle([paragraph("peering", "Peer openly.")], bundle, "Example IXP", now=NOW)
    edit = imports.ImportBundle(imports.plan(ws.libraries, bundle))
    edit.apply(ws)
    assert "peering" in ws.library
    insert = drafting.insert_paragraphs(ws, ["peering"], -1, 0)
    assert insert is not None
    edit.revert(ws)
    assert folder_bytes(folder) == before
    assert "peering" not in ws.library
