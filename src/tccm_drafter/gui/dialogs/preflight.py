"""Preflight findings as a list whose items jump to their place in the outline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.checks.preflight import Finding

_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class PreflightPanel(QDialog):
    """A non-modal window: double-click or Enter on a finding selects its place."""

    #: section, block (-1 when the finding is about the whole section or document)
    findingActivated = Signal(int, int)

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checks"))
        self.setModal(False)
        self.summary = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.set_findings(findings)
        self.resize(640, 360)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.list.clear()
        style = self.style()
        for finding in findings:
            item = QListWidgetItem(
                style.standardIcon(_ICONS.get(finding.severity, _ICONS["info"])), finding.message
            )
            item.setData(Qt.ItemDataRole.UserRole, (finding.section, finding.block))
            item.setToolTip(
                self.tr("{0} ({1}); double-click to go there").format(
                    finding.severity, finding.code
                )
            )
            self.list.addItem(item)
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity == "warning")
        notes = len(findings) - errors - warnings
        if not findings:
            self.summary.setText(self.tr("No problems found. Ready to send."))
        else:
            parts = [
                (self.tr("1 problem") if errors == 1 else self.tr("{0} problems").format(errors))
                if errors
                else "",
                (
                    self.tr("1 warning")
                    if warnings == 1
                    else self.tr("{0} warnings").format(warnings)
                )
                if warnings
                else "",
                (self.tr("1 note") if notes == 1 else self.tr("{0} notes").format(notes))
                if notes
                else "",
            ]
            self.summary.setText(", ".join(part for part in parts if part))

    def _activated(self, item: QListWidgetItem) -> None:
        section, block = item.data(Qt.ItemDataRole.UserRole)
        if section is not None:
            self.findingActivated.emit(int(section), -1 if block is None else int(block))
