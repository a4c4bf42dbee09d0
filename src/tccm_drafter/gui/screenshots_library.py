"""Screenshots of the library's answers to a question and of its health (issue 21):
suggestions.png (the Suggestions view beside the section it answers) and library-health.png
(Library › Health over the window). Called by ``screenshots.py``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow


def library_shots(
    window: MainWindow,
    app: QApplication,
    save: Callable[[QPixmap, str], None],
    over: Callable[[QWidget, QWidget, QApplication], QPixmap],
) -> None:
    from tccm_drafter.gui.health_window import HealthWindow

    sections = window.submission.sections
    section = next((n for n, s in enumerate(sections) if "IGF" in (s.question or s.title)), 0)
    window.outline_view.select_location(section, None)
    window.act["suggest"].trigger()
    view = window.library_panel.suggestions
    if view.list.count():
        view.list.setCurrentRow(0)
    for _ in range(5):
        app.processEvents()
    save(window.grab(), "suggestions.png")
    _written_twice(window)
    window.act["health"].trigger()
    health = window.findChild(HealthWindow)
    if isinstance(health, HealthWindow):
        deadline = time.monotonic() + 30
        while health.health is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        health.resize(760, 560)
        save(over(window, health, app), "library-health.png")
        health.close()
    window.library_panel.views.setCurrentIndex(0)
    for _ in range(5):
        app.processEvents()


def _written_twice(window: MainWindow) -> None:
    """A member's second draft of a position the library holds (for the picture only)."""
    from dataclasses import replace

    library = window.workspace.library
    original = library.get("ixp-local-traffic")
    if original is not None:
        body = original.body.replace("lowers costs", "cuts costs").replace("quickly", "soon")
        library.put(replace(original, id="ixp-keep-traffic-local", body=body))
