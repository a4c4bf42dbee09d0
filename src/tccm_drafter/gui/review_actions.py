"""File › Import Review…: a reviewed Word export back into the open submission, through the
preview dialog, as one step of the undo history (``app/review.py`` does the work)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tccm_drafter.errors import InputError
from tccm_drafter.gui.host import WindowHost

if TYPE_CHECKING:
    from tccm_drafter.app.review import ReviewPlan


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReviewImport", text, None, n)


def import_review(host: WindowHost, path: Path | None = None) -> bool:
    """Ask for the reviewed file (unless given) and read and compare it off the GUI thread;
    the plan is shown when that is done (:func:`_plan_read`) and what the user accepts is
    applied. True when a read started.

    Errors (a file that is not an export of this submission, a damaged one) are one message,
    and nothing changes.
    """
    from tccm_drafter.app import review

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
    chosen, template, workspace = path, host.live.template(), host.workspace
    today = host.clock.now().date()  # read once, here, for the whole import

    def failed(error: Exception) -> None:
        if not isinstance(error, InputError):
            raise error
        host.prompter.show_error(host.widget(), title, str(error))

    # The progress dialog is window-modal: the submission cannot change while it is read.
    host.reader.read(
        _tr("Reading the review in {0}…").format(chosen.name),
        lambda: review.plan(workspace, template, chosen, today=today),
        lambda plan: _plan_read(host, chosen, plan),
        failed,
        lambda: host.statusBar().showMessage(
            _tr("Reading {0} was cancelled").format(chosen.name), 6000
        ),
    )
    return True


def _plan_read(host: WindowHost, path: Path, plan: ReviewPlan) -> None:
    from tccm_drafter.app import review
    from tccm_drafter.gui.review_dialog import ReviewImportDialog

    title = _tr("Import Review")
    dialog = ReviewImportDialog(plan, host.widget())
    if not host.prompter.run_dialog(dialog):
        return
    try:
        edit = review.edit(host.workspace, plan, dialog.decisions(), today=host.clock.now().date())
        if edit is None:
            host.statusBar().showMessage(_tr("Nothing to change from {0}").format(path.name), 6000)
            return
        host.history.perform(edit)
    except InputError as error:
        host.prompter.show_error(host.widget(), title, str(error))
        return
    host.statusBar().showMessage(
        _tr("Imported the review in {0}: %n block change(s)", len(edit.changes)).format(path.name),
        8000,
    )
