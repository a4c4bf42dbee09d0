"""Two writers, one library: no edit is ever lost.

Two processes (two copies of the app) load the same paragraph and save it at the same
instant; an import races a save; an undo comes after later edits. Every save either lands or
reports DiskChangedError, and nothing reported as saved is overwritten unseen.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run_cli
from clock_helpers import NOW
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import (
    ChangedSinceImportError,
    apply_import,
    plan_import,
    undo_import,
)
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="races forked processes")
ROUNDS = 300
IMPORT_ROUNDS = 100


def _saver(library: Path, who: str, rounds: int, barrier: Barrier, results: Any) -> None:
    for number in range(rounds):
        folder = LibraryFolder(library)
        mine = folder.load().paragraphs[0]
        barrier.wait()  # both copies have loaded the same version
        try:
            folder.save(revised(mine, replace(mine, body=f"{who} edit {number}")))
            results.put((number, who, "saved"))
        except DiskChangedError:
            results.put((number, who, "changed"))
        except InputError as error:
            results.put((number, who, f"error: {error}"))
        barrier.wait()  # the parent looks at the file before the next round


def test_two_copies_saving_at_once_never_lose_an_edit(tmp_path: Path) -> None:
    library = tmp_path / "library"
    LibraryFolder(library).save(paragraph("shared", "First words."))
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(3)
    results = context.Queue()
    workers = [
        context.Process(target=_saver, args=(library, who, ROUNDS, barrier, results))
        for who in ("left", "right")
    ]
    for worker in workers:
        worker.start()
    try:
        for number in range(ROUNDS):
            barrier.wait()  # loaded
            outcome = dict(
                (who, what) for _, who, what in (results.get(timeout=60), results.get(timeout=60))
            )
            saved = [who for who, what in outcome.items() if what == "saved"]
            assert sorted(outcome.values()) == ["changed", "saved"], (number, outcome)
            body = LibraryFolder(library).load().paragraphs[0].body
            assert body == f"{saved[0]} edit {number}", (number, outcome, body)
            barrier.wait()
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.kill()
    assert all(worker.exitcode == 0 for worker in workers)


def _importer(library: Path, bundle: Path, barrier: Barrier, results: Any) -> None:
    for number in range(IMPORT_ROUNDS):
        barrier.wait()  # the parent reset the library
        folder = LibraryFolder(library)
        loaded = folder.load()
        plan = plan_import({p.id: p for p in loaded.paragraphs}, read_bundle(bundle))
        barrier.wait()
        try:
            apply_import(plan, {}, folder, {p.id for p in loaded.paragraphs})
            results.put((number, "import", "saved"))
        except DiskChangedError:
            results.put((number, "import", "changed"))
        barrier.wait()


def _editor(library: Path, barrier: Barrier, results: Any) -> None:
    for number in range(IMPORT_ROUNDS):
        barrier.wait()
        folder = LibraryFolder(library)
        mine = {p.id: p for p in folder.load().paragraphs}["p05"]
        barrier.wait()
        try:
            folder.save(revised(mine, replace(mine, body=f"My edit {number}")))
            results.put((number, "save", "saved"))
        except DiskChangedError:
            results.put((number, "save", "changed"))
        barrier.wait()


def test_an_import_racing_a_save_never_loses_either(tmp_path: Path) -> None:
    library = tmp_path / "library"
    mine = [paragraph(f"p{n:02}", f"Text {n}.") for n in range(20)]
    LibraryFolder(library).save_many(mine)
    start = folder_bytes(library)
    bundle = tmp_path / "theirs.tccmlib"
    write_bundle(
        [revised(p, replace(p, body=p.body + " Theirs.")) for p in mine], bundle, "X", now=NOW
    )
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(3)
    results = context.Queue()
    workers = [
        context.Process(target=_importer, args=(library, bundle, barrier, results)),
        context.Process(target=_editor, args=(library, barrier, results)),
    ]
    for worker in workers:
        worker.start()
    try:
        for number in range(IMPORT_ROUNDS):
            for name in folder_bytes(library):
                if name not in start:
                    (library / name).unlink()
            for name, data in start.items():
                (library / name).write_bytes(data)
            barrier.wait()  # reset done
            barrier.wait()  # both loaded
            outcome = dict(
                (who, what) for _, who, what in (results.get(timeout=60), results.get(timeout=60))
            )
            body = {p.id: p.body for p in LibraryFolder(library).load().paragraphs}
            if outcome == {"import": "saved", "save": "changed"}:
                assert body["p05"] == "Text 5. Theirs." and body["p06"] == "Text 6. Theirs."
            else:
                assert outcome == {"import": "changed", "save": "saved"}, (number, outcome)
                assert body["p05"] == f"My edit {number}"
                assert body["p06"] == "Text 6."  # the import wrote nothing at all
            barrier.wait()
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.kill()
    assert all(worker.exitcode == 0 for worker in workers)


def test_undo_refuses_when_a_paragraph_changed_after_the_import(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path / "library")
    base = paragraph("p", "Mine.")
    folder.save(base)
    bundle = tmp_path / "theirs.tccmlib"
    write_bundle(
        [revised(base, replace(base, body="Theirs.")), paragraph("n", "New.")], bundle, "X", now=NOW
    )
    loaded = folder.load()
    result = apply_import(
        plan_import({p.id: p for p in loaded.paragraphs}, read_bundle(bundle)), {}, folder, set()
    )
    later = {p.id: p for p in folder.load().paragraphs}["p"]
    folder.save(revised(later, replace(later, body="Edited after the import.")))
    after_edit = folder_bytes(folder.path)
    with pytest.raises(ChangedSinceImportError) as caught:
        undo_import(result, folder.path)
    assert "p.md" in str(caught.value) and "nothing was undone" in str(caught.value)
    assert folder_bytes(folder.path) == after_edit
    undo_import(result, folder.path, force=True)
    assert {p.id: p.body for p in folder.load().paragraphs} == {"p": "Mine."}


def test_undo_import_on_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_cli("library", "list", home=home)
    library = home / "data" / "library"
    folder = LibraryFolder(library)
    old = {p.id: p for p in folder.load().paragraphs}["open-internet"]
    bundle = tmp_path / "theirs.tccmlib"
    write_bundle([revised(old, replace(old, body="Their text."))], bundle, "X", now=NOW)
    assert run_cli("library", "import", bundle, "--take-updates", home=home).returncode == 0
    now = {p.id: p for p in folder.load().paragraphs}["open-internet"]
    folder.save(revised(now, replace(now, body="My later edit.")))
    refused = run_cli("library", "undo-import", home=home)
    assert refused.returncode == 2
    assert "--force" in refused.stderr and "open-internet.md" in refused.stderr
    assert "My later edit." in (library / "open-internet.md").read_text("utf-8")
    forced = run_cli("library", "undo-import", "--force", home=home)
    assert forced.returncode == 0, forced.stderr
    assert (library / "open-internet.md").read_text("utf-8").count(old.body.strip()) == 1
    assert run_cli("library", "undo-import", home=home).returncode == 2  # nothing left to undo
