"""Light, dark or the system's colour scheme, and the preview's colours from the palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from tccm_drafter.render.html_preview import Palette

THEMES = ("system", "light", "dark")


def apply_theme(theme: str) -> None:
    """Follow the system (``system``) or force a light or dark scheme (Qt 6.8+)."""
    hints = QGuiApplication.styleHints()
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(scheme)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


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
