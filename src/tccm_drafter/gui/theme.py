"""Light, dark or the system's colour scheme, and the preview's colours from the palette.

Qt 6.8 asks the platform to switch its colour scheme; where the platform cannot (a Linux
desktop without a theme, the offscreen platform), the app switches to Qt's Fusion style with a
palette of its own, so View › Theme always does what it says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tccm_drafter.app.preview import Palette
from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost

THEMES = ("system", "light", "dark")
#: The pane with the keyboard focus shows it.
FOCUS_STYLE = (
    "QTableView:focus, QTreeView:focus, QPlainTextEdit:focus, QTextBrowser:focus "
    "{ border: 2px solid palette(highlight); }"
)
_SAVED = "tccmSystemPalette"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#34373a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def apply_theme(theme: str) -> None:
    """Follow the system (``system``) or force a light or dark scheme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.property(_SAVED) is None:  # what the platform gave, to go back to "system"
        app.setProperty(_SAVED, (app.style().name(), QPalette(app.palette())))
    style_name, system_palette = app.property(_SAVED)
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme, Qt.ColorScheme.Unknown
    )
    QGuiApplication.styleHints().setColorScheme(scheme)
    if theme == "system":
        app.setStyle(style_name)
        app.setPalette(system_palette)
        return
    wanted_dark = theme == "dark"
    if is_dark(app.palette()) != wanted_dark:  # the platform did not switch: do it ourselves
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if wanted_dark else app.style().standardPalette())


def preview_palette(palette: QPalette) -> Palette:
    """The preview's colours for this palette: text and links from the theme, highlights that
    stay readable on a dark background."""
    text = palette.color(QPalette.ColorRole.Text).name()
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    if is_dark(palette):
        return Palette(
            text=text,
            muted=muted,
            question_fg="#b8d4f0",
            question_bg="#22303e",
            placeholder_fg="#1b1400",
            placeholder_bg="#e0b000",
            link=link,
        )
    return Palette(text=text, muted=muted, link=link)


def set_window_theme(host: WindowHost, theme: str) -> None:
    """View › Theme: apply it, follow it in every pane, and keep it for the next start."""
    from tccm_drafter.app.preferences import save_settings

    host.settings.theme = theme
    apply_theme(theme)
    follow_palette(host)
    try:
        save_settings(host.paths, host.settings)
    except InputError as error:
        host.statusBar().showMessage(str(error), 6000)


def follow_palette(host: WindowHost) -> None:
    """Panes, icons and preview in the application's colours. Widgets under a style sheet
    keep the palette they were polished with, so the focus style is set again."""
    from tccm_drafter.gui.menus import recolour

    palette = QApplication.palette()
    window = host.widget()
    window.setStyleSheet("")
    window.setStyleSheet(FOCUS_STYLE)
    host.live.palette = preview_palette(palette)
    host.library_panel.preview.palette_for_text = host.live.palette
    recolour(host.act, palette)
    host.live.changed()
