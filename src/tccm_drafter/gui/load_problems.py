"""What went wrong or needs noting when the libraries were read: files that could not be read,
files loaded with something removed, ids found in two libraries. The status bar says how many
and the first; Library › Load Problems… lists them all, in the very lines the command line
prints (``Libraries.notices``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from tccm_drafter.gui.i18n import ntr
from tccm_drafter.gui.plaintext import plain_label

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoadProblems", text)


def report(host: WindowHost, errors: list[str], notices: list[str]) -> None:
    """Keep the lines for Library › Load Problems… and say what is worth saying now."""
    host.load_problems = [*errors, *notices]
    host.act["load_problems"].setEnabled(bool(host.load_problems))
    if errors:
        message = ntr(
            "LoadProblems", "%n library file(s) could not be read; first: {0}", len(errors)
        ).format(errors[0])
    elif notices:
        message = ntr("LoadProblems", "%n note(s) on the libraries; first: {0}", len(notices))
        message = message.format(notices[0])
    else:
        return
    host.statusBar().showMessage(
        message + " " + _tr("(Library › Load Problems… lists them all)"), 15_000
    )


class LoadProblemsDialog(QDialog):
    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Load Problems"))
        intro = plain_label(
            _tr(
                "What the app noticed when it read the library folders. Files that could not "
                "be read are left out; everything else was loaded."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QPlainTextEdit("\n".join(lines), self)  # file text: plain text only
        self.view.setReadOnly(True)
        self.view.setAccessibleName(_tr("Problems found in the library folders"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


def show(host: WindowHost) -> None:
    """Library › Load Problems…"""
    host.prompter.run_dialog(LoadProblemsDialog(host.load_problems, host.widget()))
