"""The checks, docked below the panes, so the place a finding points at stays in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from tccm_drafter.app.checks import Finding
from tccm_drafter.gui.dialogs.preflight import PreflightPanel


class ChecksDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("checks-dock")
        self.panel = PreflightPanel([], self)
        self.setWidget(self.panel)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.panel.set_findings(findings)
        self.show()
        self.raise_()


def add_below(window: QMainWindow, dock: ChecksDock) -> None:
    """Dock the checks under the panes at a quarter of the window's height: room for a handful
    of findings while the outline and the editor above stay usable."""
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [max(160, window.height() // 4)], Qt.Orientation.Vertical)
