"""Per-paragraph merge: who changed what, each decision, undo, and inert Jinja payloads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from clock_helpers import NOW
from render_helpers import make_template
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Paragraph, ParagraphBlock, Section, Submission
from tccm_drafter.model.paragraph import revised
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import (
    Decision,
    Kind,
    apply_import,
    classify,
    plan_import,
    undo_import,
)
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder

BASE = paragraph("igf-funding", "The IGF needs funding.")


def edit(p: Paragraph, body: str) -> Paragraph:
    return revised(p, replace(p, body=body))


def test_classification_follows_the_lineage() -> None:
    theirs_once = edit(BASE, "The IGF needs stable funding.")
    theirs_twice = edit(theirs_once, "The IGF needs stable, diverse funding.")
    mine_edited = edit(BASE, "The IGF needs predictable funding.")
    assert classify(None, BASE) is Kind.NEW
    assert classify(BASE, replace(BASE, topics=["other"])) is Kind.IDENTICAL
    assert classify(BASE, theirs_once) is Kind.UPDATE
    assert classify(BASE, theirs_twice) is Kind.UPDATE
    assert classify(theirs_twice, BASE) is Kind.MINE_NEWER
    assert classify(mine_edited, theirs_once) is Kind.CONFLICT
    assert theirs_twice.version == 3


def _setup(tmp_path: Path, *theirs: Paragraph) -> tuple[LibraryFolder, Path]:
    library = tmp_path / "library"
    library.mkdir()
    folder = LibraryFolder(library)
    folder.save(BASE)
    folder.save(paragraph("keep-me", "Mine only."))
    bundle = tmp_path / "from-ixp.tccmlib"
    write_bundle(list(theirs), bundle, "Example IXP", now=NOW)
    folder.load()
    return folder, bundle


def _mine(folder: LibraryFolder) -> dict[str, Paragraph]:
    return {p.id: p for p in folder.load().paragraphs}


def test_update_and_new_are_taken_with_provenance(tmp_path: Path) -> None:
    theirs = edit(BASE, "The IGF needs stable funding.")
    folder, path = _setup(tmp_path, theirs, paragraph("brand-new", "New text."))
    plan = plan_import(_mine(folder), read_bundle(path))
    assert {i.paragraph_id: i.kind for i in plan.items} == {
        "igf-funding": Kind.UPDATE,
        "brand-new": Kind.NEW,
    }
    before = folder_bytes(folder.path)
    result = apply_import(plan, {}, folder, {"igf-funding", "keep-me"})
    after = _mine(folder)
    assert after["igf-funding"].body.strip() == "The IGF needs stable funding."
    assert after["igf-funding"].imported_from == "from-ixp.tccmlib"
    assert "brand-new" in after
    undo_import(result, folder.path)
    assert folder_bytes(folder.path) == before


def test_conflict_needs_a_decision_and_nothing_is_written_without(tmp_path: Path) -> None:
    theirs = edit(BASE, "Their wording.")
    folder, path = _setup(tmp_path, theirs)
    folder.save(edit(BASE, "My wording."), check_disk=False)
    folder.load()
    before = folder_bytes(folder.path)
    plan = plan_import(_mine(folder), read_bundle(path))
    assert [i.kind for i in plan.items] == [Kind.CONFLICT]
    with pytest.raises(InputError, match="1 conflict needs a decision: igf-funding"):
        apply_import(plan, {}, folder, set())
    assert folder_bytes(folder.path) == before

    apply_import(plan, {"igf-funding": Decision.KEEP_MINE}, folder, set())
    assert folder_bytes(folder.path) == before

    result = apply_import(
        plan, {"igf-funding": Decision.KEEP_BOTH}, folder, {"igf-funding", "keep-me"}
    )
    mine = _mine(folder)
    assert mine["igf-funding"].body.strip() == "My wording."
    assert result.kept_both == [("igf-funding", "igf-funding-example-ixp")]
    copy = mine["igf-funding-example-ixp"]
    assert copy.body.strip() == "Their wording." and copy.title.endswith("(Example IXP)")
    undo_import(result, folder.path)
    assert folder_bytes(folder.path) == before

    apply_import(plan, {"igf-funding": Decision.TAKE_THEIRS}, folder, set())
    taken = _mine(folder)["igf-funding"]
    assert taken.body.strip() == "Their wording."
    # my overwritten wording is now an ancestor: the next bundle from them is an update
    assert classify(taken, theirs) in (Kind.IDENTICAL, Kind.MINE_NEWER)


def test_mine_newer_and_identical_change_nothing(tmp_path: Path) -> None:
    mine_newer = edit(BASE, "I improved it.")
    folder, path = _setup(tmp_path, BASE)
    folder.save(mine_newer, check_disk=False)
    folder.load()
    before = folder_bytes(folder.path)
    plan = plan_import(_mine(folder), read_bundle(path))
    assert [i.kind for i in plan.items] == [Kind.MINE_NEWER]
    apply_import(plan, {}, folder, set())
    assert folder_bytes(folder.path) == before


def test_jinja_payload_stays_inert_text(tmp_path: Path) -> None:
    payload = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    folder, path = _setup(tmp_path, paragraph("hostile", payload))
    plan = plan_import(_mine(folder), read_bundle(path))
    apply_import(plan, {}, folder, set())
    stored = (folder.path / "hostile.md").read_text(encoding="utf-8")
    assert payload in stored
    library = Library.of(folder.load().paragraphs)
    submission = Submission(sections=[Section("Q", blocks=[ParagraphBlock("hostile")])])
    result = render_submission(
        submission, library, make_template(tmp_path / "t"), today=date(2026, 11, 22)
    )
    assert result.errors and "only plain placeholders" in str(result.errors[0])


def test_another_running_copy_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    first, second = LibraryFolder(tmp_path / "shared"), LibraryFolder(tmp_path / "shared")
    first.save(BASE)
    second.load()
    first.load()
    first.save(replace(BASE, body="Changed by the first copy."))
    with pytest.raises(DiskChangedError) as caught:
        second.save(replace(BASE, body="Changed by the second copy."))
    assert caught.value.on_disk is not None
    assert caught.value.on_disk.body.strip() == "Changed by the first copy."
