"""The app's own action icons (resources/icons/actions/*.svg), drawn in the theme's colours.

The SVGs use ``currentColor``; each icon is drawn at the usual sizes in the palette's text
colour (and a dimmed one for disabled actions), so the same files serve light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from tccm_drafter.storage.paths import resources_dir

SIZES = (16, 20, 24, 32, 48)


def _svg(name: str) -> str:
    return (resources_dir() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(source: str, colour: QColor, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour.name()).encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, palette: QPalette) -> QIcon:
    """An action icon for this palette; an empty icon when the file is missing."""
    try:
        source = _svg(name)
    except OSError:
        return QIcon()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(source, normal, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(source, disabled, size), QIcon.Mode.Disabled)
    return result
