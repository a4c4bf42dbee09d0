"""File › New from Call…: a new submission whose sections are the questions of a call for
input's own file (.docx, .pdf, .txt, .md), with the call's deadline and the limits it states
once, after a preview of what was found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.app.new_submission import CallQuestions
    from tccm_drafter.gui.main_window import MainWindow


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NewFromCall", text, None, n)


def new_from_call(window: MainWindow, path: Path | None = None) -> bool:
    """Ask for the call's file (unless given) and start reading it off the GUI thread; its
    questions are previewed when the read is done (:func:`_questions_read`), then the new
    submission starts (asking first about unsaved changes, as File › New does). True when a
    read started."""
    from tccm_drafter.app.new_submission import read_call_questions

    title = _tr("New from Call")
    prompter = window.prompter
    if path is None:
        folder = str(window.state.path.parent) if window.state.path else str(Path.home())
        path = prompter.open_path(
            window,
            folder,
            title=_tr("Choose the Call for Input"),
            filters=_tr("Calls for input (*.docx *.pdf *.txt *.md);;All files (*)"),
        )
        if path is None:
            return False
    chosen = path

    def failed(error: Exception) -> None:
        if not isinstance(error, InputError):
            raise error
        prompter.show_error(window, title, str(error))

    window.reader.read(
        _tr("Reading the questions of {0}…").format(chosen.name),
        lambda: read_call_questions(chosen),
        lambda found: _questions_read(window, chosen, found),
        failed,
        lambda: window.statusBar().showMessage(
            _tr("Reading {0} was cancelled").format(chosen.name), 6000
        ),
    )
    return True


def _questions_read(window: MainWindow, path: Path, found: CallQuestions) -> None:
    from tccm_drafter.app.new_submission import from_questions
    from tccm_drafter.gui.dialogs.questions import NewFromCallDialog
    from tccm_drafter.storage.submission_file import SUFFIX

    title = _tr("New from Call")
    prompter = window.prompter
    if not found.sections:
        prompter.show_info(
            window,
            title,
            _tr(
                "No questions were found in {0}. Paste them with Submission › Paste Questions… "
                "instead."
            ).format(path.name),
        )
        return
    dialog = NewFromCallDialog(
        path,
        found.title,
        found.sections,
        window,
        today=window.clock.now().date(),
        deadline=found.deadline,
        rules=found.rules,
    )
    if not prompter.run_dialog(dialog) or not window.files.maybe_save():
        return
    submission = from_questions(
        window.paths,
        window.settings,
        dialog.title(),
        dialog.sections(),
        deadline=dialog.deadline(),
        rules=dialog.rules(),
    )
    window.files.set_document(submission, None, name=f"{path.stem}-response{SUFFIX}", modified=True)
    window.statusBar().showMessage(
        _tr("New submission with %n section(s) from {0}", len(submission.sections)).format(
            path.name
        ),
        8000,
    )
