"""What the window's action helpers may use of the main window: a protocol, so the helpers
(file, submission, library, sharing actions) do not import the window and the window can
import them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

    from tccm_drafter.app.checks import Finding
    from tccm_drafter.app.clock import Clock
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.app.preferences import Settings
    from tccm_drafter.app.workspace import Workspace
    from tccm_drafter.gui.commands import History
    from tccm_drafter.gui.document_state import DocumentState, Prompter
    from tccm_drafter.gui.library_panel import LibraryPanel
    from tccm_drafter.gui.live_render import LiveRender
    from tccm_drafter.gui.outline_view import OutlineView
    from tccm_drafter.gui.reading import BackgroundReader


class WindowHost(Protocol):
    workspace: Workspace
    history: History
    paths: AppPaths
    settings: Settings
    prompter: Prompter
    clock: Clock
    live: LiveRender
    state: DocumentState
    outline_view: OutlineView
    library_panel: LibraryPanel
    progress: QProgressBar
    #: Reads files from outside off the GUI thread, with a dialog the user can cancel.
    reader: BackgroundReader

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def reload_library(self) -> None: ...

    def open_file(self, path: Path) -> bool:
        """Open a submission (asking first about unsaved changes); False when it did not."""
        ...

    def save(self) -> bool: ...

    def show_checks(self, findings: list[Finding]) -> None:
        """Show findings in the docked checks panel."""
        ...
