"""What the window's helpers may use of the main window: a protocol, so the helpers (file,
submission, library, sharing actions, the theme, the live checks, the suggestions, the dialogs
the menus open) do not import the window and the window can import them.

Nothing here names a helper that takes this protocol (that would be an import cycle): where a
helper calls another, the member is typed by a small protocol of the calls it makes. The
window's wiring table sees more of it (``gui/handlers.WindowParts``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

    from tccm_drafter.app.checks import Finding
    from tccm_drafter.app.clock import Clock
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.app.preferences import Settings
    from tccm_drafter.app.workspace import Workspace
    from tccm_drafter.gui.checks_dock import ChecksDock
    from tccm_drafter.gui.commands import History
    from tccm_drafter.gui.document_state import DocumentState, Prompter
    from tccm_drafter.gui.library_panel import LibraryPanel
    from tccm_drafter.gui.live_render import LiveRender
    from tccm_drafter.gui.outline_view import OutlineEditing, OutlineView
    from tccm_drafter.gui.reading import BackgroundReader
    from tccm_drafter.model import Submission


class AsksToSave(Protocol):
    """The File actions (``gui/file_actions.FileActions``), as other helpers call them."""

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        ...


class EditsParagraphs(Protocol):
    """The library editing actions (``gui/library_editing.LibraryEditing``)."""

    def edit_selected(self) -> None:
        """Open the editor of the paragraph selected in the library pane."""
        ...


class ImportsBundles(Protocol):
    """The sharing actions (``gui/library_sharing.LibrarySharing``)."""

    def import_bundle(self, path: Path | None = None) -> bool:
        """Preview a library bundle's import (asking for the file unless given)."""
        ...


class WindowHost(Protocol):
    #: The open submission over the loaded libraries.
    workspace: Workspace
    #: The undo history every change goes through.
    history: History
    #: The app's folders.
    paths: AppPaths
    #: The user's settings (saved by the helper that changes them).
    settings: Settings
    #: Every question and message box the window asks (tests answer them).
    prompter: Prompter
    #: The one clock of the window: an operation reads it once.
    clock: Clock
    #: The live render of the preview (its template, palette, ``changed()``).
    live: LiveRender
    #: The open file: its path, name, whether it is modified.
    state: DocumentState
    #: The outline pane (``locationChanged``, the selected section and block).
    outline_view: OutlineView
    #: The outline's editing actions (insert paragraphs, move, remove).
    composer: OutlineEditing
    #: The library pane (search, selection, suggestions, paragraph preview).
    library_panel: LibraryPanel
    #: The status bar's progress indicator for work in the background.
    progress: QProgressBar
    #: Reads files from outside off the GUI thread, with a dialog the user can cancel.
    reader: BackgroundReader
    #: The menu and toolbar actions by key (the keys of the tables in gui/menus.py).
    act: dict[str, QAction]
    #: Lines from the last reading of the library folders (Library › Load Problems…).
    load_problems: list[str]
    #: The docked checks, once they have been shown.
    checks_dock: ChecksDock | None

    @property
    def files(self) -> AsksToSave:
        """The File menu's actions."""
        ...

    @property
    def library_editing(self) -> EditsParagraphs:
        """The library's editing actions."""
        ...

    @property
    def sharing(self) -> ImportsBundles:
        """The library sharing actions."""
        ...

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""
        ...

    def statusBar(self) -> QStatusBar:
        """The window's status bar, for short messages."""
        ...

    def reload_library(self) -> None:
        """Read the library folders again in the background."""
        ...

    def open_file(self, path: Path) -> bool:
        """Open a submission (asking first about unsaved changes); False when it did not."""
        ...

    def set_document(
        self,
        submission: Submission,
        path: Path | None,
        *,
        name: str | None = None,
        modified: bool = False,
    ) -> None:
        """Show another submission, with an empty history and a fresh render."""
        ...

    def save(self) -> bool:
        """Save the submission (asking for a file when it has none); False when it did not."""
        ...

    def show_checks(self, findings: list[Finding]) -> None:
        """Show findings in the docked checks panel."""
        ...
