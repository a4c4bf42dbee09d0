"""An import killed at any moment leaves the library entirely before or entirely after.

A child process (forked, so nothing is imported again) runs ``library import`` exactly as the
command line does and is killed with SIGKILL after a random delay; the next load of the
library (what the next command or the next start does) finishes or rolls back the import.
Then the library must hold either every file as before or every file as after, and no
temporary or staging file may remain.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest

from clock_helpers import NOW
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.cli.bundles import library_import
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.storage.atomic import TEMP_PREFIX
from tccm_drafter.storage.journal import JOURNAL_DIR
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

TRIALS = 200


def _state(library: Path) -> dict[str, bytes]:
    return folder_bytes(library)


def _leftovers(*folders: Path) -> list[str]:
    found: list[str] = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.name.startswith(TEMP_PREFIX) or JOURNAL_DIR in path.parts:
                found.append(str(path))
    return found


def _restore(library: Path, state: dict[str, bytes]) -> None:
    for name in _state(library):
        if name not in state:
            (library / name).unlink()
    for name, data in state.items():
        (library / name).write_bytes(data)


def _import_in_child(paths: AppPaths, library: Path, bundle: Path) -> int:
    pid = os.fork()
    if pid == 0:  # the child: the real import, as `tccm-drafter library import` runs it
        status = 3
        try:
            status = library_import(
                paths,
                Libraries([LibraryFolder(library)]).load(),
                bundle,
                dry_run=False,
                on_conflict=None,
                out=io.StringIO(),
                err=io.StringIO(),
                take_updates=True,
            )
        finally:
            os._exit(status)
    return pid


def _setup(tmp_path: Path) -> tuple[AppPaths, Path, list[Path]]:
    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    library = tmp_path / "library"
    library.mkdir()
    mine = [paragraph(f"p{n:03}", f"My text number {n}. " * 20) for n in range(120)]
    LibraryFolder(library).save_many(mine)
    bundles: list[Path] = []
    for size in (50, 150):
        # updates of some of mine (made from my text) and new paragraphs
        updated = [
            revised(p, replace(p, body=p.body + " Their addition.")) for p in mine[: size // 2]
        ]
        new = [paragraph(f"new-{size}-{n:03}", f"Their text {n}. " * 20) for n in range(size // 2)]
        bundle = tmp_path / f"theirs-{size}.tccmlib"
        write_bundle(updated + new, bundle, "Example IXP", now=NOW)
        bundles.append(bundle)
    return paths, library, bundles


def test_a_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    paths, library, bundles = _setup(tmp_path)
    before = _state(library)
    after: dict[Path, dict[str, bytes]] = {}
    durations: dict[Path, float] = {}
    for bundle in bundles:  # one uninterrupted run of each: the "after" state and its duration
        started = time.monotonic()
        pid = _import_in_child(paths, library, bundle)
        _, status = os.waitpid(pid, 0)
        durations[bundle] = time.monotonic() - started
        assert os.waitstatus_to_exitcode(status) == 0
        after[bundle] = _state(library)
        assert after[bundle] != before
        _restore(library, before)
    rng = random.Random(20260331)
    outcomes = {"before": 0, "after": 0}
    for trial in range(TRIALS):
        bundle = bundles[trial % len(bundles)]
        pid = _import_in_child(paths, library, bundle)
        time.sleep(rng.uniform(0, durations[bundle]))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        result = LibraryFolder(library).load()  # the next command: finish or roll back
        assert result.errors == [], result.errors
        state = _state(library)
        assert state in (before, after[bundle]), f"trial {trial}: a mixed library"
        assert _leftovers(library, paths.data_dir) == [], f"trial {trial}"
        outcomes["before" if state == before else "after"] += 1
        _restore(library, before)
    # the kills landed on both sides of the switch, so both outcomes were really checked
    assert outcomes["before"] > 0 and outcomes["after"] > 0, outcomes


def test_a_journal_left_half_way_is_finished(tmp_path: Path) -> None:
    """The switch itself interrupted: a committed journal is completed on the next load."""
    from tccm_drafter.storage import journal
    from tccm_drafter.storage.folder_lock import folder_lock

    library = tmp_path / "library"
    library.mkdir()
    folder = LibraryFolder(library)
    folder.save_many([paragraph("a", "Old a."), paragraph("b", "Old b.")])
    new = {name: (library / name).read_bytes().replace(b"Old", b"New") for name in ("a.md", "b.md")}
    with folder_lock(library):
        staging = library / journal.JOURNAL_DIR
        staging.mkdir()
        for number, name in enumerate(new):
            (staging / f"{number}.new").write_bytes(new[name])
        (staging / journal.JOURNAL_FILE).write_text(
            '{"format": 1, "changes": [{"target": "a.md", "new": "0.new"}, '
            '{"target": "b.md", "new": "1.new"}]}',
            encoding="utf-8",
        )
        os.replace(staging / "0.new", library / "a.md")  # killed after the first rename
    assert [p.body for p in sorted(folder.load().paragraphs, key=lambda p: p.id)] == [
        "New a.",
        "New b.",
    ]
    assert not (library / journal.JOURNAL_DIR).exists()


def test_a_planted_journal_cannot_write_outside_the_library(tmp_path: Path) -> None:
    from tccm_drafter.storage import journal

    library = tmp_path / "library"
    staging = library / journal.JOURNAL_DIR
    staging.mkdir(parents=True)
    (staging / "0.new").write_bytes(b"planted")
    for target in ("../outside.md", "/tmp/x.md", ".hidden/x.md", "notes.txt"):
        (staging / journal.JOURNAL_FILE).write_text(
            f'{{"format": 1, "changes": [{{"target": "{target}", "new": "0.new"}}]}}',
            encoding="utf-8",
        )
        LibraryFolder(library).load()
        assert not (tmp_path / "outside.md").exists() and not (library / "notes.txt").exists()
        assert not staging.exists()  # an unusable journal is dropped: nothing happens
        staging.mkdir()
        (staging / "0.new").write_bytes(b"planted")
    shutil.rmtree(staging)
