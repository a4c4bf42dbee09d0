"""Importing a colleague's bundle from the window: preview, per-paragraph choice, undo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK, NOW
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.import_dialog import ImportBundleDialog
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.bundle import write_bundle
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.library_folder import LibraryFolder
from test_gui_support import EditingPrompter, prepare_home, window_settings


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.md"))}


def test_import_with_a_conflict_then_undo(qtbot: QtBot, tmp_path: Path) -> None:
    paths = prepare_home()
    prompter = EditingPrompter()
    window = create_window(
        paths, None, prompter=prompter, qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    folder = LibraryFolder(paths.library_dir)
    mine = {p.id: p for p in folder.load().paragraphs}
    # they changed two paragraphs; I changed one of them too
    theirs = [
        revised(mine["igf-support"], replace(mine["igf-support"], body="Their IGF text.")),
        revised(mine["funding"], replace(mine["funding"], body="Their funding text.")),
        replace(mine["open-internet"], id="peering", title="Open peering"),
    ]
    folder.save(revised(mine["igf-support"], replace(mine["igf-support"], body="My IGF text.")))
    bundle = tmp_path / "from-ixp.tccmlib"
    write_bundle(theirs, bundle, "Example IXP", now=NOW)
    before = _folder_bytes(paths.library_dir)

    seen: list[ImportBundleDialog] = []

    def cancel(dialog: object) -> bool:
        assert isinstance(dialog, ImportBundleDialog)
        seen.append(dialog)
        return False

    prompter.on_dialog = cancel
    assert not window.sharing.import_bundle(bundle)
    dialog = seen[0]
    assert [i.kind.value for i in dialog.items] == ["conflict", "update", "new"]
    assert not dialog.import_button.isEnabled(), "a conflict needs a choice first"
    assert _folder_bytes(paths.library_dir) == before, "the preview writes nothing"

    def keep_both(dialog: object) -> bool:
        assert isinstance(dialog, ImportBundleDialog)
        choice = dialog._choices["igf-support"]
        choice.setCurrentIndex(choice.findData(Decision.KEEP_BOTH))
        assert dialog.import_button.isEnabled()
        return True

    prompter.on_dialog = keep_both
    assert window.sharing.import_bundle(bundle)
    assert "My IGF text." in (paths.library_dir / "igf-support.md").read_text("utf-8")
    assert "Their IGF text." in (paths.library_dir / "igf-support-example-ixp.md").read_text(
        "utf-8"
    )
    assert "Their funding text." in (paths.library_dir / "funding.md").read_text("utf-8")
    assert window.library.get("peering") is not None
    assert window.library_panel.model.row_of("peering") >= 0, "the list shows it"
    assert window.act["undo"].text() == "&Undo Import Bundle", "imports join the undo history"

    window.act["undo"].trigger()
    assert _folder_bytes(paths.library_dir) == before
    assert window.library.get("peering") is None


def test_add_a_shared_library_folder(qtbot: QtBot, tmp_path: Path) -> None:
    from tccm_drafter.model import Paragraph, Status
    from tccm_drafter.storage.settings import load_settings

    paths = prepare_home()
    window = create_window(
        paths, None, prompter=EditingPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    shared = tmp_path / "Coalition" / "Library"
    shared.mkdir(parents=True)
    LibraryFolder(shared).save(
        Paragraph("coalition-view", "The coalition's view", "Shared text.", status=Status.APPROVED)
    )
    with qtbot.waitSignal(window.libraryReloaded, timeout=5000):
        assert window.sharing.add_library_folder(shared, writable=False)
    assert window.library.origin("coalition-view") == "Library"
    assert window.library.origin("igf-support") == "personal"
    saved = load_settings(paths).libraries
    assert [(s.name, s.path, s.writable) for s in saved] == [("Library", shared, False)]
    assert not window.sharing.add_library_folder(shared, writable=False), "only once"
