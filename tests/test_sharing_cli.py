"""The command line for bundles, and "where did we say this before?"."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sharing_helpers import folder_bytes
from tccm_drafter.model import Library
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.sharing.usage import record_submission, submissions_using, updates_available
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.submission_file import load_submission


def cli(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tccm_drafter", *map(str, args), "--home", str(home)],
        capture_output=True,
        text=True,
    )


def test_export_whole_topic_and_selection(tmp_path: Path) -> None:
    home = tmp_path / "home"
    everything, igf, two = (tmp_path / f"{n}.tccmlib" for n in ("all", "igf", "two"))
    assert cli(home, "library", "export", "-o", everything).returncode == 0
    assert len(read_bundle(everything).paragraphs) >= 20
    assert cli(home, "library", "export", "-o", igf, "--topic", "igf").returncode == 0
    assert all("igf" in p.topics for p in read_bundle(igf).paragraphs)
    result = cli(
        home,
        "library",
        "export",
        "-o",
        two,
        "--id",
        "open-internet",
        "--id",
        "igf-permanent-mandate",
    )
    assert result.stdout.strip() == f"Wrote 2 paragraphs to {two}"
    bad = cli(home, "library", "export", "-o", two, "--id", "no-such-id")
    assert bad.returncode == 2 and "no-such-id" in bad.stderr


def _their_bundle(tmp_path: Path, home_theirs: Path) -> Path:
    """Another member changes a paragraph and sends it back."""
    cli(home_theirs, "library", "list")
    folder = LibraryFolder(home_theirs / "data" / "library")
    loaded = {p.id: p for p in folder.load().paragraphs}
    from dataclasses import replace

    from tccm_drafter.model.paragraph import revised

    old = loaded["open-internet"]
    folder.save(revised(old, replace(old, body=old.body + "\n\nWe add a sentence.")))
    out = tmp_path / "theirs.tccmlib"
    assert (
        cli(
            home_theirs,
            "library",
            "export",
            "-o",
            out,
            "--id",
            "open-internet",
            "--id",
            "capacity-building",
        ).returncode
        == 0
    )
    return out


def test_import_preview_dry_run_conflicts_and_undo(tmp_path: Path) -> None:
    mine_home, their_home = tmp_path / "mine", tmp_path / "theirs"
    bundle = _their_bundle(tmp_path, their_home)
    cli(mine_home, "library", "list")
    library = mine_home / "data" / "library"
    before = folder_bytes(library)

    dry = cli(mine_home, "library", "import", bundle, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "UPDATE     open-internet" in dry.stdout
    assert "IDENTICAL  capacity-building" in dry.stdout
    assert "1 update" in dry.stdout and "Dry run: nothing was changed." in dry.stdout
    assert folder_bytes(library) == before

    # I change the same paragraph: now both sides did
    folder = LibraryFolder(library)
    mine = {p.id: p for p in folder.load().paragraphs}["open-internet"]
    from dataclasses import replace

    from tccm_drafter.model.paragraph import revised

    folder.save(revised(mine, replace(mine, body="My own wording.")))
    before = folder_bytes(library)
    refused = cli(mine_home, "library", "import", bundle)
    assert refused.returncode == 1
    assert "CONFLICT   open-internet" in refused.stdout
    assert "Nothing was imported" in refused.stderr
    assert folder_bytes(library) == before

    taken = cli(mine_home, "library", "import", bundle, "--on-conflict", "take-theirs")
    assert taken.returncode == 0, taken.stderr
    assert "We add a sentence." in (library / "open-internet.md").read_text("utf-8")
    undone = cli(mine_home, "library", "undo-import")
    assert undone.returncode == 0 and "Undid the import of theirs.tccmlib" in undone.stdout
    assert folder_bytes(library) == before
    assert cli(mine_home, "library", "undo-import").returncode == 2


def test_where_did_we_say_this_before(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "home")
    example = examples_dir() / "wsis20-response.tccm"
    submission = load_submission(example)
    record_submission(paths, example, submission, today=date(2026, 11, 22))
    starter = LibraryFolder(examples_dir().parent / "library", writable=False).load()
    library = Library.of(starter.paragraphs)
    current = library.get("igf-permanent-mandate")
    assert current is not None
    uses = submissions_using(paths, "igf-permanent-mandate")
    assert [u.title for u in uses] == [submission.title]
    assert uses[0].path == example.resolve() and uses[0].version == current.version
    assert submissions_using(paths, "human-rights-online") == []

    assert updates_available(submission, library) == []
    from dataclasses import replace

    newer = current.version + 1
    library.put(replace(current, version=newer, body=current.body + " More."))
    found = updates_available(submission, library)
    assert [(u.paragraph_id, u.used_version, u.library_version) for u in found] == [
        ("igf-permanent-mandate", current.version, newer)
    ]
    check = subprocess.run(
        [sys.executable, "-m", "tccm_drafter", "check", str(example)],
        capture_output=True,
        text=True,
    )
    # The starter library itself has not moved on. (Not "no findings": `check` uses today's
    # date, so the example's deadline and review dates pass as the calendar moves on.)
    assert check.returncode in (0, 1), check.stderr
    assert "changed in the library" not in check.stdout
    assert "may be out of date" not in check.stdout
