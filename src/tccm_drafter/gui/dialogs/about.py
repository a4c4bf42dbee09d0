"""The About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tccm_drafter import __version__


def show_about(parent: QWidget | None) -> None:
    tr = QCoreApplication.translate
    QMessageBox.about(
        parent,
        tr("About", "About TCCM Drafter"),
        tr(
            "About",
            "<h3>TCCM Drafter {0}</h3><p>Draft submissions to UN consultations from "
            "your library of agreed positions, check them against the consultation's rules and "
            "export them to Word or plain text.</p><p>Works offline. Free software under the "
            "MIT licence.</p><p>Help › User Guide explains how to use it.</p>",
        ).format(__version__),
    )
