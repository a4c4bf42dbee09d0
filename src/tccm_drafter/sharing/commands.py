"""``tccm-drafter library export|import|undo-import``: the CLI face of bundles and merging."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.errors import InputError
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.sharing.merge import (
    Decision,
    ImportPlan,
    ImportResult,
    Kind,
    apply_import,
    plan_import,
    undo_import,
)
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths

if TYPE_CHECKING:
    from tccm_drafter.app.libraries import Libraries

EXIT_OK, EXIT_CONFLICTS, EXIT_UNUSABLE = 0, 1, 2
UNDO_FILE = "last-import.json"
_LABELS = {
    Kind.NEW: "NEW",
    Kind.UPDATE: "UPDATE",
    Kind.CONFLICT: "CONFLICT",
    Kind.IDENTICAL: "IDENTICAL",
    Kind.MINE_NEWER: "MINE-NEWER",
}


def library_export(
    paths: AppPaths,
    libraries: Libraries,
    output: Path,
    topics: list[str],
    ids: list[str],
    *,
    out: TextIO,
    err: TextIO,
) -> int:
    from tccm_drafter.app.bundles import bundle_paragraphs, export_bundle
    from tccm_drafter.app.new_submission import default_organisation
    from tccm_drafter.storage.settings import load_settings

    chosen = bundle_paragraphs(libraries, topics, ids)
    try:
        organisation = default_organisation(paths, load_settings(paths)).name
    except InputError:
        organisation = ""
    export_bundle(chosen, output, organisation)
    print(f"Wrote {len(chosen)} paragraph(s) to {output}", file=out)
    return EXIT_OK


def describe_plan(plan: ImportPlan) -> list[str]:
    counts = plan.counts()
    origin = f" from {plan.bundle.organisation}" if plan.bundle.organisation else ""
    lines = [
        f"{plan.bundle.path.name}{origin}: {len(plan.items)} paragraph(s) — "
        + ", ".join(f"{counts[kind]} {_LABELS[kind].lower()}" for kind in Kind)
    ]
    for item in plan.items:
        lines.append(f"  {_LABELS[item.kind]:<10} {item.paragraph_id}  {item.theirs.title}")
    return lines


def library_import(
    paths: AppPaths,
    folders: list[LibraryFolder],
    bundle_path: Path,
    *,
    dry_run: bool,
    on_conflict: str | None,
    out: TextIO,
    err: TextIO,
) -> int:
    bundle = read_bundle(bundle_path)
    personal = folders[0]
    loaded = personal.load()
    mine = {p.id: p for p in loaded.paragraphs}
    plan = plan_import(mine, bundle)
    for line in describe_plan(plan):
        print(line, file=out)
    conflicts = plan.of_kind(Kind.CONFLICT)
    if dry_run:
        print("Dry run: nothing was changed.", file=out)
        return EXIT_CONFLICTS if conflicts and on_conflict is None else EXIT_OK
    if conflicts and on_conflict is None:
        print(
            f"tccm-drafter: {len(conflicts)} conflict(s): both sides changed "
            f"{', '.join(i.paragraph_id for i in conflicts)}. Nothing was imported; run "
            "again with --on-conflict keep-mine|take-theirs|keep-both, or import in the "
            "desktop app to compare the texts.",
            file=err,
        )
        return EXIT_CONFLICTS
    decisions = {
        item.paragraph_id: Decision(on_conflict or Decision.KEEP_MINE) for item in conflicts
    }
    taken = {p.id for p in loaded.paragraphs}
    result = apply_import(plan, decisions, personal, taken)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(paths.data_dir / UNDO_FILE, result.to_json())
    for old, new in result.kept_both:
        print(f"  kept both: theirs of '{old}' saved as '{new}'", file=out)
    print(
        f"Imported {len(result.written)} paragraph(s) into '{personal.name}'. "
        "To undo: tccm-drafter library undo-import",
        file=out,
    )
    return EXIT_OK


def library_undo_import(paths: AppPaths, *, out: TextIO, err: TextIO) -> int:
    record = paths.data_dir / UNDO_FILE
    try:
        result = ImportResult.from_json(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("there is no import to undo", path=record) from None
    except (OSError, ValueError, KeyError) as error:
        raise InputError(f"the undo record is damaged ({error})", path=record) from None
    undo_import(result)
    record.unlink(missing_ok=True)
    print(
        f"Undid the import of {result.bundle_name} ({len(result.written)} paragraph(s)).", file=out
    )
    return EXIT_OK
