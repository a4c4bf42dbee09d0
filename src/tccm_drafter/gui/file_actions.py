"""File menu actions: new, open, save, save as, close, recent files, and the autosave copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from tccm_drafter.app.documents import (
    SubmissionChangedError,
    dumps_submission,
    record_saved,
    save_copy,
)
from tccm_drafter.app.paths import SUBMISSION_SUFFIX as SUFFIX
from tccm_drafter.errors import InputError
from tccm_drafter.gui.document_state import SaveChoice
from tccm_drafter.gui.host import WindowHost
from tccm_drafter.model import Submission


class FileActions(QObject):
    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host

    def set_document(
        self,
        submission: Submission,
        path: Path | None,
        *,
        name: str | None = None,
        modified: bool = False,
        digest: str = "",
    ) -> None:
        """Show another submission: empty history, a fresh render. ``digest``: the content
        hash of ``path`` as read, so a save notices when someone else changed the file."""
        host = self._host
        host.history.clear()
        host.workspace.reset(submission)
        host.state.reset(path, name=name, modified=modified, digest=digest)
        host.live.reset_template()
        host.outline_view.expandAll()

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        from tccm_drafter.app.new_submission import new_submission

        self.set_document(new_submission(self._host.paths, self._host.settings), None)
        return True

    def open_dialog(self) -> bool:
        state = self._host.state
        folder = str(state.path.parent) if state.path else str(Path.home())
        path = self._host.prompter.open_path(self._host.widget(), folder)
        return self.open_file(path) if path is not None else False

    def open_file(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            submission, digest = self._host.state.read(path)
        except InputError as error:
            self._host.prompter.show_error(
                self._host.widget(), self.tr("Cannot open the submission"), str(error)
            )
            return False
        self.set_document(submission, Path(path).absolute(), digest=digest)
        self._remember(Path(path))
        self._host.statusBar().showMessage(self.tr("Opened {0}").format(path), 4000)
        return True

    def save(self) -> bool:
        state = self._host.state
        if state.path is None:
            return self.save_as()
        try:
            state.save(self._host.workspace.submission, state.path)
        except SubmissionChangedError as changed:
            return self._settle(changed)
        except InputError as error:
            self._cannot_save(error)
            return False
        self._saved(state.path)
        return True

    def _saved(self, path: Path) -> None:
        self._remember(path)
        self._host.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)

    def _cannot_save(self, error: InputError) -> None:
        self._host.prompter.show_error(
            self._host.widget(), self.tr("Cannot save the submission"), str(error)
        )

    def _settle(self, changed: SubmissionChangedError) -> bool:
        """The file changed on disk since it was opened or saved here: the user chooses."""
        from tccm_drafter.app.imports import Decision  # loads bundles and merge: on first use

        host = self._host
        path = changed.path or host.state.path
        assert path is not None
        theirs = changed.on_disk
        choice = host.prompter.resolve_submission_conflict(
            host.widget(), str(changed), can_take_theirs=theirs is not None
        )
        try:
            if choice is Decision.TAKE_THEIRS and theirs is not None:
                self.set_document(theirs, path, digest=changed.seen)
                message = self.tr("Opened the version on disk of {0}; your changes were dropped")
                host.statusBar().showMessage(message.format(path.name), 8000)
                return True
            if choice is Decision.KEEP_BOTH:
                copy, digest = save_copy(host.workspace.submission, path)
                host.state.saved(copy, digest)
                self._remember(copy)
                message = self.tr("Your version is saved as {0}; {1} keeps the version on disk")
                host.statusBar().showMessage(message.format(copy.name, path.name), 8000)
                return True
            if choice is Decision.KEEP_MINE:
                host.state.save(host.workspace.submission, path, check=False)
                self._saved(path)
                return True
        except InputError as error:
            self._cannot_save(error)
        return False

    def save_as(self) -> bool:
        state = self._host.state
        folder = state.path.parent if state.path else Path.home()
        path = self._host.prompter.save_path(self._host.widget(), str(folder / state.name))
        if path is None:
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        previous, state.path = state.path, path
        if not self.save():
            state.path = previous
            return False
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        state = self._host.state
        if not state.modified:
            return True
        choice = self._host.prompter.ask_save_changes(self._host.widget(), state.name)
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def close_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.set_document(Submission(), None)
        return True

    def autosave_snapshot(self) -> tuple[str, Path | None, str] | None:
        """The submission's text for the autosave copy, its file and that file's hash as last
        read or written here, or None when nothing is unsaved."""
        state = self._host.state
        if not state.modified:
            return None
        return dumps_submission(self._host.workspace.submission), state.path, state.disk_digest()

    def _remember(self, path: Path) -> None:
        """Recent files, which paragraphs this submission uses ("where did we say this?"), and
        its entry in the register of submissions: what the app records after every save."""
        problems = record_saved(
            self._host.paths,
            self._host.settings,
            path,
            self._host.workspace.submission,
            today=self._host.clock.now().date(),
        )
        if problems:
            self._host.statusBar().showMessage(problems[0], 6000)
