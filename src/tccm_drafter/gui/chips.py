"""Chips in the block editor: a field shows the value it will print, a footnote marker its
number, each in a rounded box; a field without a value stands out (red outline, "no value")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QWidget

from tccm_drafter.app.fields import field_value
from tccm_drafter.gui.rich_document import CHIP, NOTE, chip_of

_PAD = 3.0
#: A chip shows at most this many characters of a value.
LONGEST = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("Chips", text)


class ChipPainter(QPyTextObject):
    """Draws the chips of one editor's document (``install`` registers it)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        #: Each field's printed value by name; each footnote's number by label.
        self.values: dict[str, str] = {}
        self.numbers: dict[str, int] = {}

    def install(self, document: QTextDocument) -> None:
        document.documentLayout().registerHandler(CHIP, self)

    def text(self, made: QTextFormat) -> tuple[str, bool]:
        """What the chip shows and whether it is a field without a value."""
        chip = chip_of(QTextCharFormat(made))
        if chip is None:
            return "", False
        kind, name = chip
        if kind == NOTE:
            return str(self.numbers.get(name, name)), False
        value = field_value(self.values, name)
        if not value:
            return _tr("no value"), True
        value = " ".join(value.split())
        return (value[: LONGEST - 1] + "…") if len(value) > LONGEST else value, False

    def _font(self, document: QTextDocument, made: QTextFormat) -> QFont:
        font = QFont(document.defaultFont())
        chars = QTextCharFormat(made)
        if _is_note(made):
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
            return font
        font.setBold(chars.fontWeight() >= QFont.Weight.DemiBold.value)
        font.setItalic(chars.fontItalic())
        return font

    def intrinsicSize(self, document: QTextDocument, _position: int, made: QTextFormat) -> QSizeF:
        text, _missing = self.text(made)
        metrics = QFontMetricsF(self._font(document, made))
        body = QFontMetricsF(document.defaultFont())
        return QSizeF(metrics.horizontalAdvance(text) + 2 * _PAD, body.height())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        _position: int,
        made: QTextFormat,
    ) -> None:
        text, missing = self.text(made)
        font = self._font(document, made)
        palette = self.widget.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        box = QRectF(rect)
        if _is_note(made):
            box.setHeight(QFontMetricsF(font).height() + 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(70 if dark else 40)
        painter.setBrush(fill)
        red = QColor("#ff8a80" if dark else "#c62828")
        if missing:
            painter.setPen(QPen(red, 1.4))
        else:
            outline = QColor(palette.color(QPalette.ColorRole.Highlight))
            outline.setAlpha(140)
            painter.setPen(QPen(outline, 1.0))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(font)
        colour = red if missing else palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour)
        metrics = QFontMetricsF(font)
        baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent()
        painter.drawText(QPointF(box.left() + _PAD, baseline), text)
        painter.restore()


def _is_note(made: QTextFormat) -> bool:
    chip = chip_of(QTextCharFormat(made))
    return chip is not None and chip[0] == NOTE
