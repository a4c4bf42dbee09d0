"""Importing a colleague's bundle as one undoable step of the same history as every edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.sharing.merge import (
    Decision,
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
    undo_import,
)
from tccm_drafter.storage.library_folder import LibraryFolder


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


@dataclass
class ImportBundle(Edit):
    """Write what the plan and the decisions say; undo puts every file back as it was."""

    plan: ImportPlan
    decisions: dict[str, Decision] = field(default_factory=dict)
    result: ImportResult | None = None
    label: str = "Import Bundle"

    def apply(self, ws: Workspace) -> Location:
        folder = import_target(ws.libraries)
        taken = {p.id for p in ws.library}
        self.result = apply_import(self.plan, self.decisions, folder, taken)
        ws.set_libraries(ws.libraries.load())
        return None

    def revert(self, ws: Workspace) -> Location:
        if self.result is not None:
            undo_import(self.result, import_target(ws.libraries).path)
            self.result = None
        ws.set_libraries(ws.libraries.load())
        return None
