"""A text browser for text that came from files: it never loads anything a document names
(images, style sheets, other files) and never follows a link by itself; a click on a link is
handed to the window, which opens web and mail addresses only after asking."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeBrowser(QTextBrowser):
    #: A link the user clicked (not an in-document anchor).
    linkRequested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Nothing named in a document is ever loaded."""
        return None

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
            return
        self.linkRequested.emit(url)
