"""Bundles of a 10,000-paragraph library: export <= 2 s; import over an older half <= 3 s."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import Result
from benchmarks.synth import make_library
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import Kind, apply_import, plan_import
from tccm_drafter.storage.library_folder import LibraryFolder


def run(work: Path) -> list[Result]:
    paragraphs = make_library(10_000)
    bundle = work / "coalition.tccmlib"
    started = time.perf_counter()
    write_bundle(paragraphs, bundle, "TCCM Secretariat", now=NOW)
    exported = (time.perf_counter() - started) * 1000

    # The receiving library holds an older copy of every other paragraph; the bundle's
    # versions derive from those (an ordinary update).
    newer = [
        revised(p, replace(p, body=p.body + " Updated.")) if i % 2 == 0 else p
        for i, p in enumerate(paragraphs)
    ]
    write_bundle(newer, bundle, "TCCM Secretariat", now=NOW)
    target = work / "library"
    target.mkdir()
    folder = LibraryFolder(target)
    for p in paragraphs[::2]:
        folder.save(p)
    started = time.perf_counter()
    mine = {p.id: p for p in folder.load().paragraphs}
    plan = plan_import(mine, read_bundle(bundle))
    result = apply_import(plan, {}, folder, set(mine))
    imported = (time.perf_counter() - started) * 1000
    counts = plan.counts()
    floor = _file_creation_floor(work / "floor", len(result.written))
    assert counts[Kind.UPDATE] == 5_000 and counts[Kind.NEW] == 5_000, counts
    return [
        Result(
            f"export 10,000 paragraphs to a bundle ({bundle.stat().st_size // 1024:,} KB)",
            exported,
            2000.0,
        ),
        Result(
            f"import it over an older half (preview + apply, {len(result.written):,} "
            "files written)",
            imported,
            3000.0,
        ),
        Result(
            f"for scale: creating {len(result.written):,} small files on this disk",
            floor,
            None,
            "the floor for any import that writes one file per paragraph",
        ),
    ]


#: When the files are made (fixed: the same output on any day).
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _file_creation_floor(folder: Path, count: int) -> float:
    """How long this disk takes just to create ``count`` small files (no fsync)."""
    folder.mkdir()
    started = time.perf_counter()
    for number in range(count):
        (folder / f"{number}.md").write_bytes(b"x" * 700)
    return (time.perf_counter() - started) * 1000
