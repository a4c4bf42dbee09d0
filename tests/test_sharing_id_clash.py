"""A bundle never shadows another library's paragraph, and its history is only a claim.

Ids are unique across all libraries. A bundle paragraph whose id belongs to a paragraph in
another library (not the one imported into) is shown as a clash and never written under
that id. A bundle's ``history`` and ``base_hash`` are what the sender says about its origin:
an UPDATE replaces the user's wording only with the user's consent.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cli_helpers import run_cli
from clock_helpers import NOW
from sharing_helpers import folder_bytes, paragraph
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import Decision, Kind, apply_import, plan_import
from tccm_drafter.storage.library_folder import LibraryFolder

COALITION = paragraph("shared-position", "The coalition's agreed wording.")


def _coalition_library(tmp_path: Path) -> Path:
    folder = tmp_path / "coalition"
    LibraryFolder(folder).save(COALITION)
    return folder


def _impostor_bundle(tmp_path: Path) -> Path:
    impostor = paragraph("shared-position", "Someone else's wording under the same id.")
    path = tmp_path / "impostor.tccmlib"
    write_bundle([impostor, paragraph("really-new", "New.")], path, "Example IXP", now=NOW)
    return path


def test_the_cli_reports_the_clash_and_never_shadows(tmp_path: Path) -> None:
    home = tmp_path / "home"
    coalition = _coalition_library(tmp_path)
    bundle = _impostor_bundle(tmp_path)
    run_cli("library", "list", home=home)
    dry = run_cli("library", "import", bundle, "--dry-run", "--library", coalition, home=home)
    assert "CLASH      shared-position" in dry.stdout
    assert "the id is used in the library 'coalition'" in dry.stdout
    assert "NEW        really-new" in dry.stdout
    coalition_before = folder_bytes(coalition)
    done = run_cli("library", "import", bundle, "--library", coalition, home=home)
    assert done.returncode == 0, done.stderr
    assert "not imported: 'shared-position'" in done.stdout
    assert "Imported 1 paragraph into" in done.stdout
    library = home / "data" / "library"
    assert not (library / "shared-position.md").exists()
    assert (library / "really-new.md").exists()
    assert folder_bytes(coalition) == coalition_before
    shown = run_cli("library", "show", "shared-position", "--library", coalition, home=home)
    assert "The coalition's agreed wording." in shown.stdout
    assert "warning" not in shown.stderr  # no clash left behind for `check` to find


def test_the_app_path_refuses_to_shadow_too(tmp_path: Path) -> None:
    """The desktop app passes every library's ids as taken; a clash is skipped or renamed."""
    target = LibraryFolder(tmp_path / "personal")
    target.save(paragraph("mine-only"))
    plan = plan_import({}, read_bundle(_impostor_bundle(tmp_path)), {"shared-position": "coal"})
    clash = [item for item in plan.items if item.clash_with]
    assert [(i.paragraph_id, i.kind, i.default) for i in clash] == [
        ("shared-position", Kind.NEW, Decision.KEEP_MINE)
    ]
    # Even a plan made without knowing the other libraries, with "add it" chosen:
    blind = plan_import({}, read_bundle(_impostor_bundle(tmp_path)))
    result = apply_import(
        blind,
        {"shared-position": Decision.TAKE_THEIRS},
        target,
        {"mine-only", "shared-position"},
    )
    assert result.kept_both == [("shared-position", "shared-position-example-ixp")]
    assert not (target.path / "shared-position.md").exists()
    skipped = apply_import(plan, {}, LibraryFolder(tmp_path / "other"), {"shared-position"})
    assert skipped.skipped == [("shared-position", "coal")]


def _claimed_update(tmp_path: Path, home: Path) -> Path:
    run_cli("library", "list", home=home)
    folder = LibraryFolder(home / "data" / "library")
    mine = {p.id: p for p in folder.load().paragraphs}["open-internet"]
    # Any text at all can claim to be made from mine: the claim is just my hash in its history.
    rewrite = revised(mine, replace(mine, body="A wholly different position."))
    path = tmp_path / "claims.tccmlib"
    write_bundle([rewrite], path, "Example IXP", now=NOW)
    return path


def test_an_update_needs_consent_on_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bundle = _claimed_update(tmp_path, home)
    library = home / "data" / "library"
    before = folder_bytes(library)
    refused = run_cli("library", "import", bundle, home=home)
    assert refused.returncode == 1
    assert "UPDATE     open-internet" in refused.stdout
    assert "--take-updates" in refused.stderr and "Nothing was imported" in refused.stderr
    assert folder_bytes(library) == before
    taken = run_cli("library", "import", bundle, "--take-updates", home=home)
    assert taken.returncode == 0, taken.stderr
    assert "A wholly different position." in (library / "open-internet.md").read_text("utf-8")
    assert run_cli("library", "undo-import", home=home).returncode == 0
    assert folder_bytes(library) == before
