"""File › New from Call…: a new submission whose sections are the questions of a call for
input, from its own file (.docx, .pdf, .txt, .md) or its text pasted from a web page, after a
preview of the questions found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.gui.main_window import MainWindow


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NewFromCall", text, None, n)


def new_from_call(window: MainWindow, path: Path | None = None) -> bool:
    """Preview the questions of a call, from its file (``path``, or one chosen in the dialog)
    or from its text pasted into the dialog, then start the new submission (asking first
    about unsaved changes, as File › New does). True when done."""
    from tccm_drafter.app.new_submission import from_questions, read_call_questions
    from tccm_drafter.gui.dialogs.questions import NewFromCallDialog
    from tccm_drafter.storage.submission_file import SUFFIX

    title = _tr("New from Call")
    prompter = window.prompter

    def choose_file() -> Path | None:
        folder = str(window.state.path.parent) if window.state.path else str(Path.home())
        return prompter.open_path(
            window,
            folder,
            title=_tr("Choose the Call for Input"),
            filters=_tr("Calls for input (*.docx *.pdf *.txt *.md);;All files (*)"),
        )

    call_title, sections = "", []
    if path is not None:
        try:
            found = read_call_questions(path)
        except InputError as error:
            prompter.show_error(window, title, str(error))
            return False
        if not found.sections:
            prompter.show_info(
                window,
                title,
                _tr(
                    "No questions were found in {0}. Paste them with Submission › Paste "
                    "Questions… instead."
                ).format(path.name),
            )
            return False
        call_title, sections = found.title, found.sections
    dialog = NewFromCallDialog(path, call_title, sections, window, choose_file=choose_file)
    if not prompter.run_dialog(dialog) or not window.files.maybe_save():
        return False
    submission = from_questions(window.paths, window.settings, dialog.title(), dialog.sections())
    source = dialog.path
    name = f"{source.stem}-response{SUFFIX}" if source is not None else None
    window.files.set_document(submission, None, name=name, modified=True)
    count = len(submission.sections)
    window.statusBar().showMessage(
        _tr("New submission with %n section(s) from {0}", count).format(source.name)
        if source is not None
        else _tr("New submission with %n section(s) from the pasted text", count),
        8000,
    )
    return True
