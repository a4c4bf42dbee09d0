"""Importing a colleague's bundle: the one import path of both front ends.

:func:`plan` previews (nothing written), :func:`import_now` writes what the decisions say
(all or nothing, with the undo record in the target folder), :func:`undo_last` puts the
target library back; in the window, :class:`ImportBundle` makes an import one undoable step
of the same history as every edit. The target is always :func:`import_target` (the first
writable library) and the ids a bundle may not take are always :func:`taken_ids`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.sharing.merge import (
    ChangedSinceImportError,
    Decision,
    ImportPlan,
    ImportResult,
    Kind,
    PlanItem,
    apply_import,
    plan_import,
    read_import_record,
    undo_import,
)
from tccm_drafter.storage.library_folder import LibraryFolder

__all__ = [
    "ChangedSinceImportError",
    "Decision",
    "ImportBundle",
    "ImportPlan",
    "ImportResult",
    "Kind",
    "PlanItem",
    "import_now",
    "import_target",
    "plan",
    "plan_import",
    "read_bundle",
    "taken_ids",
    "undo_last",
    "write_bundle",
]


def import_target(libraries: Libraries) -> LibraryFolder:
    """Bundles are imported into the first writable library (the personal one)."""
    folder = libraries.writable_folder_for(None)
    if folder is None:
        raise InputError("there is no writable library to import into")
    return folder


def plan(libraries: Libraries, bundle_path: Path) -> ImportPlan:
    """Read a bundle and compare it with the target library, as it is on disk now, and with
    the ids of every other library (a bundle never shadows them); nothing is written."""
    bundle = read_bundle(bundle_path)
    target = import_target(libraries)
    loaded = target.load()
    library = libraries.library
    elsewhere = {
        p.id: origin for p in library if (origin := library.origin(p.id)) not in (None, target.name)
    }
    return plan_import({p.id: p for p in loaded.paragraphs}, bundle, elsewhere)


def taken_ids(library: Library, plan: ImportPlan) -> set[str]:
    """Ids a new paragraph from the bundle may not take ("keep both" finds it another): every
    paragraph of every library, and those of the target the plan compared with."""
    return {p.id for p in library} | {item.paragraph_id for item in plan.items if item.mine}


def import_now(
    libraries: Libraries, plan: ImportPlan, decisions: dict[str, Decision]
) -> ImportResult:
    """Write the plan's paragraphs into the import target as ``decisions`` say (all or
    nothing); the undo record stays in the target folder for :func:`undo_last`."""
    return apply_import(
        plan, decisions, import_target(libraries), taken_ids(libraries.library, plan)
    )


def undo_last(libraries: Libraries, *, force: bool = False) -> ImportResult:
    """Undo the last import into the import target (read from its own undo record); raises
    ChangedSinceImportError, unless ``force``, when a file changed since the import."""
    target = import_target(libraries)
    result = read_import_record(target)
    undo_import(result, target.path, force=force)
    return result


@dataclass
class ImportBundle(Edit):
    """Write what the plan and the decisions say; undo puts every file back as it was."""

    plan: ImportPlan
    decisions: dict[str, Decision] = field(default_factory=dict)
    result: ImportResult | None = None
    label: str = "Import Bundle"

    def apply(self, ws: Workspace) -> Location:
        self.result = import_now(ws.libraries, self.plan, self.decisions)
        ws.set_libraries(ws.libraries.load())
        return None

    def revert(self, ws: Workspace) -> Location:
        if self.result is not None:
            undo_import(self.result, import_target(ws.libraries).path)
            self.result = None
        ws.set_libraries(ws.libraries.load())
        return None
