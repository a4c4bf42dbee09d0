"""The app icon: PNGs drawn from resources/icons/tccm-drafter.svg by tools/make_icons.py."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from tccm_drafter.app.paths import icons_dir

APP_ID = "org.tccm.Drafter"


def application_icon() -> QIcon:
    """Every size there is, so each platform picks a sharp one (empty when none is found)."""
    icon = QIcon()
    for path in sorted(icons_dir().glob(f"hicolor/*/apps/{APP_ID}.png")):
        icon.addFile(str(path))
    return icon
