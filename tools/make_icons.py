"""Draw the app icon at every size the platforms want, from resources/icons/tccm-drafter.svg.

- resources/icons/hicolor/<N>x<N>/apps/org.tccm.Drafter.png (16 to 512): the window icon, the
  About box and the Linux desktop (the folder is laid out like an icon theme).
- packaging/windows/tccm-drafter.ico (16 to 256): the Windows executable and installer.
- packaging/macos/tccm-drafter.icns (16 to 1024): the macOS app.

Qt's SVG renderer draws each size (offscreen, no display needed); Pillow writes .ico and .icns.
Run with `make icons` and commit the results. Needs the `package` extra (Pillow).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "tccm-drafter.svg"
APP_ID = "org.tccm.Drafter"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # fonts and image plugins need an application object
    drawn = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        out = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(drawn[size])
        print(out.relative_to(ROOT))

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(drawn[size])).convert("RGBA")

    ico = ROOT / "packaging" / "windows" / "tccm-drafter.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    largest = max(ICO_SIZES)
    image(largest).save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[image(s) for s in ICO_SIZES if s != largest],
    )
    print(ico.relative_to(ROOT))

    icns = ROOT / "packaging" / "macos" / "tccm-drafter.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    largest = max(ICNS_SIZES)
    image(largest).save(
        icns, format="ICNS", append_images=[image(s) for s in ICNS_SIZES if s != largest]
    )
    print(icns.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
