"""Help › User Guide: the guide that ships with the app, rendered in a window of its own.

It works offline and needs no Markdown viewer. The viewer is strict about what it follows:
links within the page scroll to their heading, web addresses (http, https) open in the
browser only after asking, and every other link is refused with a note in the window.
Pictures load only from the guide's own folder; nothing is ever fetched from the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.paths import user_guide_path
from tccm_drafter.app.rendering import IMAGE_WIDTH
from tccm_drafter.app.rendering import help_html as to_html

if TYPE_CHECKING:
    from tccm_drafter.gui.document_state import Prompter

#: A help page larger than this is not a help page.
MAX_PAGE_BYTES = 2_000_000
WEB_SCHEMES = ("http", "https")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpBrowser", text)


def _ask_before_opening(parent: QWidget, url: QUrl) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Open in Web Browser?"),
        _tr("This link leads to a web page:\n\n{0}\n\nOpen it in your web browser?").format(
            url.toString()
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


@dataclass(frozen=True)
class LinkActions:
    """What following a web link does: ask the user, then open the system browser."""

    confirm: Callable[[QWidget, QUrl], bool] = _ask_before_opening
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


class HelpBrowser(QTextBrowser):
    """A read-only page with the link and resource rules above. ``folder`` is where the
    page's pictures may come from (None: no pictures)."""

    def __init__(
        self,
        folder: Path | None,
        actions: LinkActions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder.resolve() if folder is not None else None
        self.link_actions = actions or LinkActions()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("helpNote")
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        """A link was clicked: scroll, ask and open, or refuse."""
        self.note.clear()
        if not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme().lower() in WEB_SCHEMES and url.host():
            if self.link_actions.confirm(self, url):
                self.link_actions.open_url(url)
            return
        self.note.setText(
            _tr(
                "Not opened: {0}. From here only links within this page and web addresses "
                "(after asking) are followed."
            ).format(url.toDisplayString())
        )

    def loadResource(self, kind: int, name: QUrl | str, /) -> object:
        """Pictures from the page's own folder; nothing else, never from the network."""
        url = QUrl(name) if isinstance(name, str) else name
        if kind != QTextDocument.ResourceType.ImageResource.value or self.folder is None:
            return None
        if url.isLocalFile():
            path = Path(url.toLocalFile())
        elif url.scheme() or url.host():
            return None
        else:
            path = self.folder / url.path()
        try:
            path = path.resolve()
        except OSError:
            return None
        if not path.is_relative_to(self.folder) or not path.is_file():
            return None
        image = QImage(str(path))
        if image.isNull():
            return None
        if image.width() > IMAGE_WIDTH:  # smooth, rather than Qt's fast scaling when painting
            image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image


class GuideWindow(QDialog):
    """The user guide, in a window that stays open beside the main window."""

    def __init__(
        self,
        markdown: str,
        folder: Path,
        actions: LinkActions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("TCCM Drafter User Guide"))
        self.setModal(False)
        self.browser = HelpBrowser(folder, actions, self)
        self.browser.setHtml(to_html(markdown, title=self.windowTitle()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.browser.note)
        layout.addWidget(buttons)
        self.resize(820, 760)


def read_help_page(path: Path) -> str:
    """A help page's text; OSError or UnicodeDecodeError when it cannot be read."""
    with path.open("rb") as file:
        data = file.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        raise OSError(f"larger than {MAX_PAGE_BYTES // 1_000_000} MB")
    return data.decode("utf-8")


def show_user_guide(
    parent: QWidget, prompter: Prompter, path: Path | None = None
) -> GuideWindow | None:
    """Open (or bring forward) the guide window; an error message when the guide is missing."""
    existing = parent.findChild(GuideWindow)
    if isinstance(existing, GuideWindow) and path is None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    guide = path or user_guide_path()
    try:
        text = read_help_page(guide)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        prompter.show_error(
            parent,
            _tr("User Guide"),
            _tr("The user guide could not be opened.\n\n{0}: {1}").format(guide, reason),
        )
        return None
    window = GuideWindow(text, guide.parent, parent=parent)
    window.show()
    return window
