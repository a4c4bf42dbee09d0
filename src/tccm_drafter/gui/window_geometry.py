"""The window on the screen: a size that fits it, kept on it, and focus moving between panes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


def default_size(window: QMainWindow) -> None:
    """The first start: 1400 x 860 where the screen has room, else most of the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    width = 1400 if area is None else min(1400, int(area.width() * 0.94))
    height = 860 if area is None else min(860, int(area.height() * 0.92))
    window.resize(width, height)
    splitter = window.centralWidget()
    if isinstance(splitter, QSplitter):
        splitter.setSizes([int(width * 0.28), int(width * 0.39), int(width * 0.33)])


def fit_to_screen(window: QMainWindow) -> None:
    """Keep the whole window on the screen it opens on (a smaller screen, a higher scale factor
    or a detached monitor since it was last closed)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    extra = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 400), max(height, 300))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def cycle_focus(window: QWidget, panes: Sequence[QWidget], step: int) -> None:
    """Move the focus to the next (or previous) pane that can take it."""
    focused = window.focusWidget()
    current = next(
        (n for n, pane in enumerate(panes) if focused is pane or pane.isAncestorOf(focused)),
        -1,
    )
    for offset in range(1, len(panes) + 1):  # the editor is disabled with nothing selected
        pane = panes[(current + step * offset) % len(panes)]
        if pane.isEnabled() and pane.isVisible():
            pane.setFocus(Qt.FocusReason.TabFocusReason)
            return
