"""The app's own action icons (resources/icons/actions/*.svg), drawn in the theme's colours.

The SVGs use ``currentColor``; each icon is drawn at the usual sizes in the palette's text
colour (and a dimmed one for disabled actions), so the same files serve light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from tccm_drafter.app.paths import resources_dir

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


class _Engine(QIconEngine):
    """Draws the icon at the size and in the mode Qt asks for, when it asks (the window's
    first frame needs a few sizes of a few icons, not every size of every one)."""

    def __init__(self, source: str, normal: QColor, disabled: QColor) -> None:
        super().__init__()
        self._source, self._normal, self._disabled = source, normal, disabled
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        disabled = mode == QIcon.Mode.Disabled
        key = (side, side, disabled)
        found = self._drawn.get(key)
        if found is None:
            colour = self._disabled if disabled else self._normal
            found = self._drawn[key] = _pixmap(self._source, colour, side)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        return _Engine(self._source, self._normal, self._disabled)


def icon(name: str, palette: QPalette) -> QIcon:
    """An action icon for this palette; an empty icon when the file is missing."""
    try:
        source = _svg(name)
    except OSError:
        return QIcon()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return QIcon(_Engine(source, normal, disabled))
