"""Reading the library folders again in the background (a change on disk, Library › Reload),
and telling the window when the new library is there; then, also in the background, working
out the suggestion terms the first question would otherwise wait for."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal

from tccm_drafter.app.libraries import Libraries, watched_folders
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.gui.jobs import JobRunner
from tccm_drafter.gui.library_editing import LibraryWatcher


def keep_long_lived() -> None:
    """Move what exists now (the library, the window, the submission) out of the garbage
    collector's sight: full collections over a large library paused typing for tens of ms."""
    gc.freeze()


class LibraryLoader(QObject):
    reloaded = Signal()
    #: What reading the folders found: files that could not be read, notes (one line each).
    loaded = Signal(list, list)

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._runner = JobRunner(self)
        #: Suggestion terms, on a runner of their own: a reload never waits for them.
        self._terms = JobRunner(self)
        self.watcher = LibraryWatcher(self)
        self.watcher.changed.connect(self.reload)
        QTimer.singleShot(0, self, self._watch_first)

    def _watch_first(self) -> None:
        """Watch the folders read before the window opened; not when a reload is already under
        way (it watches the folders it reads)."""
        if not self._runner.busy():
            self._watch_folders()

    def _watch_folders(self) -> None:
        """Listing a large library's folders takes a while: off this thread, after the
        library is shown."""
        folders = self._host.workspace.libraries.folders
        self._runner.submit(lambda: watched_folders(folders), self._watch, _ignore)

    def busy(self) -> bool:
        """Still reading the folders (or a reload is waiting)."""
        return self._runner.busy()

    def reload(self) -> None:
        self._host.progress.show()
        self._runner.submit(self._host.workspace.libraries.load, self._loaded, self._failed)

    def _watch(self, paths: object) -> None:
        if isinstance(paths, list):
            self.watcher.watch(paths)

    def _loaded(self, libraries: object) -> None:
        host = self._host
        host.progress.hide()
        if not isinstance(libraries, Libraries):
            return
        host.workspace.set_libraries(libraries)
        self._watch_folders()
        keep_long_lived()
        message = self.tr("Library reloaded: %n paragraph(s)", "", len(libraries.library))
        if libraries.errors:
            message += " · " + self.tr("%n file(s) could not be read", "", len(libraries.errors))
        host.statusBar().showMessage(message, 5000)
        self.reloaded.emit()
        self.loaded.emit([str(e) for e in libraries.errors], libraries.notices())
        self.prepare_suggestions()

    def prepare_suggestions(self) -> None:
        """Work out the library's suggestion terms off the window's thread (after the first
        frame, and after each load), so the Suggestions view never does it while shown."""
        from tccm_drafter.app import suggestions

        library = self._host.workspace.library
        self._terms.submit(lambda: suggestions.prepare(library), _ignore, _ignore)

    def preparing(self) -> bool:
        return self._terms.busy()

    def _failed(self, error: Exception) -> None:
        self._host.progress.hide()
        self._host.prompter.show_error(
            self._host.widget(), self.tr("Cannot read the library"), str(error)
        )

    def wait(self) -> None:
        self._runner.wait()
        self._terms.wait()


def _ignore(_outcome: object) -> None:
    """A failed preparation costs only time: the first question works the terms out."""
