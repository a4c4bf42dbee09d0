"""Use Short Variant (and Use Full Text) on a block, never silently doing nothing.

A tailored block prints the user's own wording whichever variant is chosen, so switching
alone would change nothing anyone can see: the user is asked whether the library's short
variant (or full text) should replace that wording, as one undoable step. Where there is no
short variant to use, the button says why in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tccm_drafter.app import drafting
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.plaintext import plain_label

RunDialog = Callable[[QDialog], bool]


class ReplaceTailoredDialog(QDialog):
    """Asks before the library's text replaces the user's own wording of a paragraph."""

    def __init__(self, short: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use Short Variant") if short else self.tr("Use Full Text"))
        text = (
            self.tr(
                "This paragraph prints your own wording, so choosing the short variant alone "
                "would change nothing. Replace your wording with the library's short variant? "
                "Undo brings your wording back."
            )
            if short
            else self.tr(
                "This paragraph prints your own wording, so choosing the full text alone would "
                "change nothing. Replace your wording with the library's full text? Undo "
                "brings your wording back."
            )
        )
        label = plain_label(text, self)
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.buttons.addButton(
            self.tr("&Replace My Wording"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.buttons)


def short_variant_tip(ws: Workspace, section: int, row: int) -> str:
    """The Use Short Variant button's tooltip: what it does, or why it cannot."""
    problem = drafting.short_variant_problem(ws, section, row)
    tips = {
        "free-text": QCoreApplication.translate("ShortVariant", "Free text has no short variant"),
        "missing": QCoreApplication.translate(
            "ShortVariant", "The paragraph is in none of your libraries"
        ),
        "no-short": QCoreApplication.translate(
            "ShortVariant", "The library's paragraph has no short variant"
        ),
        "tailored": QCoreApplication.translate(
            "ShortVariant",
            "Your own wording prints; you will be asked whether the library's text replaces it",
        ),
    }
    return tips.get(
        problem or "",
        QCoreApplication.translate("ShortVariant", "Print the paragraph's short variant"),
    )


def use_short_variant(
    ws: Workspace,
    history: History,
    section: int,
    row: int,
    short: bool,
    *,
    parent: QWidget | None = None,
    run_dialog: RunDialog | None = None,
) -> bool:
    """Switch the block at (section, row) to its short variant (``short``) or full text;
    True when the block changed."""
    problem = drafting.short_variant_problem(ws, section, row)
    if problem == "tailored":
        dialog = ReplaceTailoredDialog(short, parent)
        if not (run_dialog or (lambda d: bool(d.exec())))(dialog):
            return False
        return history.perform(drafting.use_short(ws, section, row, short, replace_tailored=True))
    if problem is not None and short:
        return False  # the button is disabled and its tooltip says why
    return history.perform(drafting.use_short(ws, section, row, short))
