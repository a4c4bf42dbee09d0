"""Files handed to the app by the system: a double-clicked ``.tccm`` opens, a double-clicked
``.tccmlib`` library bundle starts an import preview.

Windows and Linux pass the file on the command line; macOS sends a file-open event to the
running application instead, which :class:`FileOpenHandler` turns into the same call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost

BUNDLE_SUFFIX = ".tccmlib"


def open_document(host: WindowHost, path: Path) -> None:
    """Open a submission now, or preview a bundle's import once the window is on screen."""
    if path.suffix.lower() == BUNDLE_SUFFIX:
        QTimer.singleShot(0, host.widget(), lambda: host.sharing.import_bundle(path))
    else:
        host.open_file(path)


class FileOpenHandler(QObject):
    """Installed on the application: routes macOS's file-open events to the main window."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self._host = host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            open_document(self._host, Path(event.file()))
            return True
        return super().eventFilter(watched, event)
