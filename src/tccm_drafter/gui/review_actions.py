"""File › Import Review…: a reviewed Word export back into the open submission, through the
preview dialog, as one step of the undo history (``app/review.py`` does the work)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tccm_drafter.errors import InputError
from tccm_drafter.gui.host import WindowHost


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReviewImport", text, None, n)


def import_review(host: WindowHost, path: Path | None = None) -> bool:
    """Ask for the reviewed file (unless given), show the plan, apply what the user accepts.

    True when the submission changed. Errors (a file that is not an export of this
    submission, a damaged one) are one message, and nothing changes.
    """
    from tccm_drafter.app import review
    from tccm_drafter.gui.review_dialog import ReviewImportDialog

    title = _tr("Import Review")
    if path is None:
        state = host.state
        folder = str(state.path.parent) if state.path else str(Path.home())
        path = host.prompter.open_path(
            host.widget(),
            folder,
            title=_tr("Import a Reviewed Word File"),
            filters=_tr("Word documents (*.docx);;All files (*)"),
        )
        if path is None:
            return False
    try:
        plan = review.plan(host.workspace, host.live.template(), path, today=date.today())
    except InputError as error:
        host.prompter.show_error(host.widget(), title, str(error))
        return False
    dialog = ReviewImportDialog(plan, host.widget())
    if not host.prompter.run_dialog(dialog):
        return False
    try:
        edit = review.edit(host.workspace, plan, dialog.decisions())
        if edit is None:
            host.statusBar().showMessage(_tr("Nothing to change from {0}").format(path.name), 6000)
            return False
        host.history.perform(edit)
    except InputError as error:
        host.prompter.show_error(host.widget(), title, str(error))
        return False
    host.statusBar().showMessage(
        _tr("Imported the review in {0}: %n block change(s)", len(edit.changes)).format(path.name),
        8000,
    )
    return True
