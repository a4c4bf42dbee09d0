"""Retiring a paragraph: which paragraph replaces it, if any."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.plaintext import plain_label
from tccm_drafter.model import Library, Paragraph


class RetireDialog(QDialog):
    def __init__(
        self, paragraph: Paragraph, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire Paragraph"))
        intro = plain_label(
            self.tr(
                "“{0}” will no longer be offered for new submissions. Submissions that use it "
                "are told, and can take the paragraph that replaces it."
            ).format(paragraph.title),
            self,
        )
        intro.setWordWrap(True)
        self.successor_box = QComboBox(self)
        self.successor_box.addItem(self.tr("(nothing replaces it)"), "")
        candidates = sorted(
            (p for p in library if p.id != paragraph.id and not p.is_retired),
            key=lambda p: p.title.casefold(),
        )
        for candidate in candidates:
            self.successor_box.addItem(f"{candidate.title} ({candidate.id})", candidate.id)
        form = QFormLayout()
        add_row(form, self.tr("&Superseded by:"), self.successor_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(520, self.sizeHint().height())

    def successor(self) -> str:
        """The chosen successor's id, or "" for none."""
        return str(self.successor_box.currentData() or "")
