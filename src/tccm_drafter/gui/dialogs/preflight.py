"""The checks: findings in a docked panel beside the outline. Activating one selects its place
(the panel never covers it); a finding the app can fix offers the fix in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.checks import TAKE_LATEST, USE_TRANSLATION, Finding, Severity
from tccm_drafter.gui.i18n import ntr
from tccm_drafter.gui.plaintext import plain_label

_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def summary_text(widget: QWidget, findings: Sequence[Finding]) -> str:
    """ "2 problems, 1 warning" (or that there is nothing to fix)."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    notes = len(findings) - errors - warnings
    if not findings:
        return QCoreApplication.translate("PreflightPanel", "No problems found. Ready to send.")
    parts = [
        ntr("PreflightPanel", "%n problem(s)", errors) if errors else "",
        ntr("PreflightPanel", "%n warning(s)", warnings) if warnings else "",
        ntr("PreflightPanel", "%n note(s)", notes) if notes else "",
    ]
    return ", ".join(part for part in parts if part)


class PreflightPanel(QWidget):
    """Findings; double-click or Enter selects a finding's place; Fix applies its fix."""

    #: section, block (-1 when the finding is about the whole section or document)
    findingActivated = Signal(int, int)
    #: the finding whose fix the user asked for
    fixRequested = Signal(object)

    def __init__(self, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Checks"))
        self.summary = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_fix())
        self.fix_button = QPushButton(self.tr("&Fix"), self)
        self.fix_button.setAccessibleName(self.tr("Fix the selected finding"))
        self.fix_button.clicked.connect(self._fix)
        self.rerun_button = QPushButton(self.tr("Check &Again"), self)
        row = QHBoxLayout()
        row.addWidget(self.fix_button)
        row.addStretch(1)
        row.addWidget(self.rerun_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.findings: list[Finding] = []
        self.set_findings(findings)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        self.list.clear()
        style = self.style()
        for finding in findings:
            item = QListWidgetItem(
                style.standardIcon(_ICONS.get(finding.severity, _ICONS["info"])), finding.message
            )
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.list.addItem(item)
        self.summary.setText(summary_text(self, findings))
        self._update_fix()

    def fix_label(self, finding: Finding | None) -> str:
        if finding is None or not finding.fix:
            return ""
        if finding.fix == USE_TRANSLATION:
            return self.tr("Use the Translation")
        if finding.fix == TAKE_LATEST and finding.code == "superseded":
            return self.tr("Replace with Its Successor")
        return self.tr("Take Library Version")

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return found if isinstance(found, Finding) else None

    def _update_fix(self) -> None:
        label = self.fix_label(self.current())
        self.fix_button.setVisible(bool(label))
        self.fix_button.setText(label or self.tr("&Fix"))

    def _fix(self) -> None:
        finding = self.current()
        if finding is not None and finding.fix:
            self.fixRequested.emit(finding)

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding) and finding.section is not None:
            block = -1 if finding.block is None else finding.block
            self.findingActivated.emit(finding.section, block)
