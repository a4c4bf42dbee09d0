"""The About box: version, licence, and the licences of the components the app is built on."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter import APP_NAME, __version__
from tccm_drafter.app.paths import licenses_dir, third_party_notices_path
from tccm_drafter.app.rendering import help_html as to_html
from tccm_drafter.gui.appicon import application_icon
from tccm_drafter.gui.dialogs.guide import HelpBrowser, LinkActions, read_help_page

#: Components named in the About tab with their versions (distribution name, shown name).
COMPONENTS = (
    ("python-docx", "python-docx"),
    ("Jinja2", "Jinja2"),
    ("markdown-it-py", "markdown-it-py"),
    ("lxml", "lxml"),
    ("chunspell-next", "Hunspell (chunspell-next)"),
)


def _version_of(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """Three tabs: About, Third-Party Licences (the notices that ship), Licence Texts."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        notices: Path | None = None,
        licenses: Path | None = None,
        actions: LinkActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TCCM Drafter"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("&About"))
        self.notices = self._notices_tab(notices or third_party_notices_path(), actions)
        self.tabs.addTab(self.notices, self.tr("Third-Party &Licences"))
        self.tabs.addTab(self._texts_tab(licenses or licenses_dir()), self.tr("Licence &Texts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        components = ", ".join(f"{shown} {_version_of(name)}" for name, shown in COMPONENTS)
        self.summary = QLabel(
            self.tr(
                "<h2>{0} {1}</h2>"
                "<p>Draft submissions to UN consultations from your library of agreed "
                "positions, check them against the consultation's rules and export them to "
                "Word or plain text. Works offline.</p>"
                "<p>Free software under the MIT licence.<br/>"
                "Copyright 2026 TCCM Drafter contributors.</p>"
                "<p>Built with Qt {2} and Qt for Python (PySide6) {3}, used under the GNU "
                "LGPL version 3; Python {4}; {5}. The <b>Third-Party Licences</b> tab lists "
                "every component with its licence and where to get its source.</p>"
                "<p>Help › User Guide explains how to use the app.</p>"
            ).format(
                APP_NAME,
                __version__,
                qVersion(),
                PySide6.__version__,
                platform.python_version(),
                components,
            )
        )
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(page)
        layout.addWidget(icon)
        layout.addWidget(self.summary, 1)
        return page

    def _notices_tab(self, path: Path, actions: LinkActions | None) -> HelpBrowser:
        browser = HelpBrowser(None, actions)
        try:
            browser.setHtml(to_html(read_help_page(path)))
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            browser.setPlainText(
                self.tr("The licence notices could not be read.\n\n{0}: {1}").format(path, reason)
            )
        return browser

    def _texts_tab(self, folder: Path) -> QWidget:
        page = QWidget()
        self.texts = QComboBox()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        for file in files:
            self.texts.addItem(file.stem, str(file))
        self.texts.currentIndexChanged.connect(self._show_text)
        layout = QVBoxLayout(page)
        layout.addWidget(self.texts)
        layout.addWidget(self.text_view, 1)
        if files:
            self._show_text(0)
        else:
            self.text_view.setPlainText(self.tr("No licence texts found in {0}.").format(folder))
        return page

    def _show_text(self, index: int) -> None:
        path = Path(str(self.texts.itemData(index)))
        try:
            self.text_view.setPlainText(read_help_page(path))
        except (OSError, UnicodeDecodeError) as error:
            self.text_view.setPlainText(self.tr("{0} could not be read: {1}").format(path, error))


def show_about(parent: QWidget | None) -> None:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
