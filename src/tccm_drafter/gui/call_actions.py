"""File › New from Call…: a new submission whose sections are the questions of a call for
input, from its own file (.docx, .pdf, .txt, .md) or its text pasted from a web page, with
the call's deadline and the limits it states once, after a preview of what was found.

A file is read off the GUI thread (``host.reader``: a progress dialog whose Cancel drops
the result), so a large or hostile call never freezes the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.app.new_submission import CallQuestions
    from tccm_drafter.gui.host import WindowHost


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NewFromCall", text, None, n)


def new_from_call(host: WindowHost) -> bool:
    """Preview the questions of a call (its file, chosen in the dialog, or its pasted text),
    then start the new submission (asking first about unsaved changes, as File › New does).
    True when a submission was made."""
    from tccm_drafter.app.new_submission import from_questions
    from tccm_drafter.app.paths import SUBMISSION_SUFFIX
    from tccm_drafter.gui.dialogs.new_from_call import NewFromCallDialog

    prompter, window = host.prompter, host.widget()

    def choose_file() -> Path | None:
        folder = str(host.state.path.parent) if host.state.path else str(Path.home())
        return prompter.open_path(
            window,
            folder,
            title=_tr("Choose the Call for Input"),
            filters=_tr("Calls for input (*.docx *.pdf *.txt *.md);;All files (*)"),
        )

    dialog = NewFromCallDialog(
        window,
        today=host.clock.now().date(),
        choose_file=choose_file,
        read_file=lambda path, done: read_call_file(host, path, done),
    )
    if not prompter.run_dialog(dialog) or not host.files.maybe_save():
        return False
    submission = from_questions(
        host.paths,
        host.settings,
        dialog.title(),
        dialog.sections(),
        deadline=dialog.deadline(),
        rules=dialog.rules(),
    )
    source = dialog.path
    name = f"{source.stem}-response{SUBMISSION_SUFFIX}" if source is not None else None
    host.set_document(submission, None, name=name, modified=True)
    count = len(submission.sections)
    host.statusBar().showMessage(
        _tr("New submission with %n section(s) from {0}", count).format(source.name)
        if source is not None
        else _tr("New submission with %n section(s) from the pasted text", count),
        8000,
    )
    return True


def read_call_file(host: WindowHost, path: Path, done: Callable[[CallQuestions], None]) -> None:
    """Read the call's questions off the GUI thread; ``done(found)`` when read, one message
    when the file cannot be read, nothing when the user cancels."""
    from tccm_drafter.app.new_submission import read_call_questions

    def failed(error: Exception) -> None:
        if not isinstance(error, InputError):
            raise error
        host.prompter.show_error(host.widget(), _tr("New from Call"), str(error))

    host.reader.read(
        _tr("Reading the questions of {0}…").format(path.name),
        lambda: read_call_questions(path),
        done,
        failed,
        lambda: host.statusBar().showMessage(
            _tr("Reading {0} was cancelled").format(path.name), 6000
        ),
    )
