"""Library menu actions for sharing: export a bundle, import one (with a preview, as one step
of the undo history), add a shared library folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from tccm_drafter.errors import InputError
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.gui.plaintext import ask

if TYPE_CHECKING:
    from tccm_drafter.gui.import_dialog import ImportBundleDialog


class LibrarySharing(QObject):
    """Bundles from and to the first writable library folder (the personal one)."""

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from tccm_drafter.gui.shared_actions import SharedLibraryActions

        self._host = host
        self.import_dialog: ImportBundleDialog | None = None
        #: Shared libraries over git: subscribe, sync (also at start), share back.
        self.shared = SharedLibraryActions(host, self)
        self.shared.schedule_start_sync()

    def _error(self, title: str, error: Exception) -> None:
        self._host.prompter.show_error(self._host.widget(), title, str(error))

    def export_bundle(self, ids: list[str] | None = None, path: Path | None = None) -> Path | None:
        from tccm_drafter.app.bundles import bundle_paragraphs, export_bundle
        from tccm_drafter.app.paths import BUNDLE_SUFFIX as SUFFIX

        host, title = self._host, self.tr("Export Library Bundle")
        try:
            chosen = bundle_paragraphs(host.workspace.libraries, ids=ids)
        except InputError as error:
            self._error(title, error)
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                host.widget(),
                title,
                str(Path.home() / "library.tccmlib"),
                self.tr("TCCM library bundle (*.tccmlib)"),
            )
            if not name:
                return None
            path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        try:
            export_bundle(
                chosen, path, host.workspace.submission.organisation.name, now=host.clock.now()
            )
        except (InputError, OSError) as error:
            self._error(title, error)
            return None
        host.statusBar().showMessage(
            self.tr("Wrote %n paragraph(s) to {0}", "", len(chosen)).format(path), 6000
        )
        return path

    def import_bundle(self, path: Path | None = None) -> bool:
        from tccm_drafter.app import imports
        from tccm_drafter.gui.import_dialog import ImportBundleDialog

        host, title = self._host, self.tr("Import Library Bundle")
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                host.widget(),
                title,
                str(Path.home()),
                self.tr("TCCM library bundle (*.tccmlib)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            plan = imports.plan(host.workspace.libraries, path)
        except InputError as error:
            self._error(title, error)
            return False
        dialog = ImportBundleDialog(plan, host.widget())
        self.import_dialog = dialog
        if not host.prompter.run_dialog(dialog):
            return False
        edit = imports.ImportBundle(plan, dialog.decisions())
        try:
            host.history.perform(edit)
        except InputError as error:
            self._error(title, error)
            return False
        written = len(edit.result.written) if edit.result is not None else 0
        host.statusBar().showMessage(
            self.tr("Imported %n paragraph(s) from {0}", "", written).format(path.name), 6000
        )
        return True

    def add_library_folder(
        self, folder: Path | None = None, *, writable: bool | None = None
    ) -> bool:
        """Use another library folder (a synced drive, a git checkout) from now on."""
        from tccm_drafter.app.preferences import LibrarySetting, save_settings

        host, title = self._host, self.tr("Add a Library Folder")
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(host.widget(), title, str(Path.home()))
            if not chosen:
                return False
            folder = Path(chosen)
        folders = host.workspace.libraries.folders
        if any(Path(f.path).resolve() == folder.resolve() for f in folders):
            host.prompter.show_info(
                host.widget(),
                title,
                self.tr("{0} is already one of your libraries.").format(folder),
            )
            return False
        if writable is None:
            writable = ask(
                host.widget(),
                title,
                self.tr(
                    "Will you change paragraphs in “{0}”?\n\nChoose No to use them "
                    "without ever writing to the folder."
                ).format(folder.name),
            )
        taken = {f.name for f in folders}
        name, number = folder.name or "library", 2
        while name in taken:
            name, number = f"{folder.name}-{number}", number + 1
        host.settings.libraries.append(LibrarySetting(name, folder, writable))
        try:
            save_settings(host.paths, host.settings)
        except InputError as error:
            self._error(title, error)
            host.settings.libraries.pop()
            return False
        from tccm_drafter.app.libraries import LibraryFolder

        folders.append(LibraryFolder(folder, name, writable))
        host.reload_library()
        return True
