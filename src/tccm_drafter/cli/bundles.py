"""``tccm-drafter library export|import|undo-import``: the command line's face of bundles, on
the one import path of app/imports.py (the window's too)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted
from tccm_drafter.model.text_hygiene import one_line

if TYPE_CHECKING:  # bundles, imports and their merge load when a bundle command runs
    from tccm_drafter.app.imports import ImportPlan, Kind
    from tccm_drafter.app.libraries import Libraries
    from tccm_drafter.app.paths import AppPaths

EXIT_OK, EXIT_CONFLICTS, EXIT_UNUSABLE = 0, 1, 2


def _label(kind: Kind) -> str:
    """How the preview names a kind of change ("MINE-NEWER")."""
    return kind.name.replace("_", "-")


def library_export(
    paths: AppPaths,
    libraries: Libraries,
    output: Path,
    topics: list[str],
    ids: list[str],
    *,
    now: datetime,
    out: TextIO,
    err: TextIO,
) -> int:
    from tccm_drafter.app.bundles import bundle_paragraphs, export_bundle
    from tccm_drafter.app.new_submission import default_organisation
    from tccm_drafter.app.preferences import settings_or_default

    chosen = bundle_paragraphs(libraries, topics, ids)
    try:
        organisation = default_organisation(paths, settings_or_default(paths)).name
    except InputError:
        organisation = ""
    export_bundle(chosen, output, organisation, now=now)
    print(f"Wrote {counted(len(chosen), 'paragraph')} to {output}", file=out)
    return EXIT_OK


def describe_plan(plan: ImportPlan) -> list[str]:
    """The preview, one line per paragraph; every text from the bundle made terminal-safe."""
    from tccm_drafter.app.imports import Kind

    counts = plan.counts()
    organisation = one_line(plan.bundle.organisation)
    origin = f" from {organisation}" if organisation else ""
    clashes = plan.clashes()
    lines = [
        f"{one_line(plan.bundle.path.name)}{origin}: {counted(len(plan.items), 'paragraph')} — "
        + ", ".join(f"{counts[kind]} {_label(kind).lower()}" for kind in Kind)
        + (f", {len(clashes)} id clash" if clashes else "")
    ]
    for item in plan.items:
        label = "CLASH" if item.clash_with is not None else _label(item.kind)
        line = f"  {label:<10} {item.paragraph_id}  {one_line(item.theirs.title)}"
        if item.clash_with is not None:
            line += f"  (the id is used in the library '{one_line(item.clash_with)}')"
        lines.append(line)
    return lines


def library_import(
    paths: AppPaths,
    libraries: Libraries,
    bundle_path: Path,
    *,
    dry_run: bool,
    on_conflict: str | None,
    out: TextIO,
    err: TextIO,
    take_updates: bool = False,
) -> int:
    from tccm_drafter.app.imports import Decision, Kind, import_now, import_target
    from tccm_drafter.app.imports import plan as make_plan

    personal = import_target(libraries)
    plan = make_plan(libraries, bundle_path)
    for line in describe_plan(plan):
        print(line, file=out)
    conflicts = plan.of_kind(Kind.CONFLICT)
    updates = [item for item in plan.of_kind(Kind.UPDATE) if item.clash_with is None]
    if dry_run:
        print("Dry run: nothing was changed.", file=out)
        return EXIT_CONFLICTS if conflicts and on_conflict is None else EXIT_OK
    if conflicts and on_conflict is None:
        print(
            f"tccm-drafter: {counted(len(conflicts), 'conflict')}: both sides changed "
            f"{', '.join(i.paragraph_id for i in conflicts)}. Nothing was imported; run "
            "again with --on-conflict keep-mine|take-theirs|keep-both, or import in the "
            "desktop app to compare the texts.",
            file=err,
        )
        return EXIT_CONFLICTS
    if updates and not take_updates:
        print(
            f"tccm-drafter: {counted(len(updates), 'update')} would replace your wording of "
            f"{', '.join(i.paragraph_id for i in updates)}; the bundle's own history is all "
            "that says they were made from your text. Nothing was imported; review them with "
            "--dry-run (or in the desktop app), then run again with --take-updates.",
            file=err,
        )
        return EXIT_CONFLICTS
    decisions = {
        item.paragraph_id: Decision(on_conflict or Decision.KEEP_MINE) for item in conflicts
    }
    result = import_now(libraries, plan, decisions)
    for old, new in result.kept_both:
        print(f"  kept both: theirs of '{old}' saved as '{new}'", file=out)
    for paragraph_id, library in result.skipped:
        print(
            f"  not imported: '{paragraph_id}' is the id of a paragraph in the library "
            f"'{one_line(library)}', which a bundle never replaces",
            file=out,
        )
    print(
        f"Imported {counted(len(result.written), 'paragraph')} into '{one_line(personal.name)}'. "
        "To undo: tccm-drafter library undo-import",
        file=out,
    )
    return EXIT_OK


def library_undo_import(libraries: Libraries, *, out: TextIO, force: bool = False) -> int:
    """Undo the last import into the library bundles go into (its record is kept there)."""
    from tccm_drafter.app.imports import ChangedSinceImportError, undo_last

    try:
        result = undo_last(libraries, force=force)
    except ChangedSinceImportError as error:
        raise InputError(
            f"{error.message}; run again with --force to undo all the same", path=error.path
        ) from None
    print(
        f"Undid the import of {one_line(result.bundle_name)} "
        f"({counted(len(result.written), 'paragraph')}).",
        file=out,
    )
    return EXIT_OK
