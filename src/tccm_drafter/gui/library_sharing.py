"""Library menu actions for sharing: export a bundle, import one (with a preview), undo it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow
    from tccm_drafter.sharing.merge import ImportResult


class LibrarySharing(QObject):
    """Bundles from and to the first writable library folder (the personal one)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_import: ImportResult | None = None

    def export_bundle(self, ids: list[str] | None = None, path: Path | None = None) -> Path | None:
        from tccm_drafter.sharing.bundle import SUFFIX, write_bundle

        window = self.window
        chosen = [p for p in window.library if not ids or p.id in ids]
        if not chosen:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("Export Library Bundle"),
                str(Path.home() / "library.tccmlib"),
                self.tr("TCCM library bundle (*.tccmlib)"),
            )
            if not name:
                return None
            path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        try:
            write_bundle(chosen, path, window.submission.organisation.name)
        except (InputError, OSError) as error:
            window.prompter.show_error(window, self.tr("Export Library Bundle"), str(error))
            return None
        window.statusBar().showMessage(
            self.tr("Wrote {0} paragraphs to {1}").format(len(chosen), path), 6000
        )
        return path

    def import_bundle(self, path: Path | None = None) -> bool:
        from tccm_drafter.gui.import_dialog import ImportBundleDialog
        from tccm_drafter.sharing.bundle import read_bundle
        from tccm_drafter.sharing.merge import apply_import, plan_import

        window = self.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Import Library Bundle"),
                str(Path.home()),
                self.tr("TCCM library bundle (*.tccmlib)"),
            )
            if not name:
                return False
            path = Path(name)
        folder = next((f for f in window.folders if f.writable), None)
        if folder is None:
            window.prompter.show_error(
                window,
                self.tr("Import Library Bundle"),
                self.tr("There is no writable library to import into."),
            )
            return False
        try:
            bundle = read_bundle(path)
            loaded = folder.load()
            plan = plan_import({p.id: p for p in loaded.paragraphs}, bundle)
        except InputError as error:
            window.prompter.show_error(window, self.tr("Import Library Bundle"), str(error))
            return False
        dialog = ImportBundleDialog(plan, window)
        window.import_dialog = dialog
        if not window.prompter.run_dialog(dialog):
            return False
        try:
            taken = {p.id for p in window.library}
            self.last_import = apply_import(plan, dialog.decisions(), folder, taken)
        except InputError as error:
            window.prompter.show_error(window, self.tr("Import Library Bundle"), str(error))
            return False
        window.statusBar().showMessage(
            self.tr("Imported {0} paragraphs from {1}").format(
                len(self.last_import.written), path.name
            ),
            6000,
        )
        window.act["undo_import"].setEnabled(True)
        window.reload_library()
        return True

    def undo_import(self) -> bool:
        from tccm_drafter.sharing.merge import undo_import

        if self.last_import is None:
            return False
        try:
            undo_import(self.last_import)
        except OSError as error:
            self.window.prompter.show_error(self.window, self.tr("Undo Import"), str(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Undid the import of {0}").format(self.last_import.bundle_name), 6000
        )
        self.last_import = None
        self.window.reload_library()
        return True

    def add_library_folder(
        self, folder: Path | None = None, *, writable: bool | None = None
    ) -> bool:
        """Use another library folder (a synced drive, a git checkout) from now on."""
        from PySide6.QtWidgets import QMessageBox

        from tccm_drafter.storage.library_folder import LibraryFolder
        from tccm_drafter.storage.settings import LibrarySetting, save_settings

        window = self.window
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                window, self.tr("Add a Library Folder"), str(Path.home())
            )
            if not chosen:
                return False
            folder = Path(chosen)
        if any(Path(f.path).resolve() == folder.resolve() for f in window.folders):
            window.prompter.show_info(
                window,
                self.tr("Add a Library Folder"),
                self.tr("{0} is already one of your libraries.").format(folder),
            )
            return False
        if writable is None:
            writable = (
                QMessageBox.question(
                    window,
                    self.tr("Add a Library Folder"),
                    self.tr(
                        "Will you change paragraphs in “{0}”?\n\nChoose No to use them "
                        "without ever writing to the folder."
                    ).format(folder.name),
                )
                == QMessageBox.StandardButton.Yes
            )
        taken = {f.name for f in window.folders}
        name, number = folder.name or "library", 2
        while name in taken:
            name, number = f"{folder.name}-{number}", number + 1
        window.settings.libraries.append(LibrarySetting(name, folder, writable))
        try:
            save_settings(window.paths, window.settings)
        except InputError as error:
            window.prompter.show_error(window, self.tr("Add a Library Folder"), str(error))
            window.settings.libraries.pop()
            return False
        window.folders.append(LibraryFolder(folder, name, writable))
        window.reload_library()
        return True
