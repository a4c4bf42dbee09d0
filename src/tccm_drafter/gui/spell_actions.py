"""Spelling in the main window: the checker follows the submission's language, underlines the
block editor's text, and View › Check Spelling as You Type switches it on and off (kept in the
settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit, QStatusBar, QTextEdit

from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import Settings, save_settings
from tccm_drafter.app.workspace import Event, FieldsChanged, SubmissionReset, Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.gui.spelling import Speller
from tccm_drafter.gui.spelling_menu import SpellingMenu, attach_spelling


def _tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


class WindowSpelling(QObject):
    """The window's speller, its menu action and the text widgets it underlines."""

    def __init__(
        self,
        workspace: Workspace,
        paths: AppPaths,
        settings: Settings,
        status: QStatusBar,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._ws, self._paths, self._settings, self._status = workspace, paths, settings, status
        self.speller = Speller(paths, enabled=settings.spell_check, parent=self)
        self.speller.failed.connect(self._failed)
        if self.speller.problem:
            status.showMessage(self.speller.problem, 10_000)
        self.menus: list[SpellingMenu] = []
        workspace.add_listener(self)
        self._follow_language()

    def attach(self, widget: QPlainTextEdit | QTextEdit) -> SpellingMenu:
        """Underline misspelt words in a text widget (the block editor's text)."""
        menu = attach_spelling(widget, self.speller)
        self.menus.append(menu)
        return menu

    def set_up_action(self, action: QAction) -> None:
        action.setCheckable(True)
        action.setChecked(self.speller.enabled)

    def set_enabled(self, enabled: bool) -> None:
        """View › Check Spelling as You Type; remembered in the settings."""
        self.speller.set_enabled(enabled)
        self._settings.spell_check = enabled
        try:
            save_settings(self._paths, self._settings)
        except InputError as error:
            self._status.showMessage(str(error), 6000)

    def _follow_language(self) -> None:
        self.speller.set_language(self._ws.submission.consultation.language or "en")

    # -- workspace listener -----------------------------------------------------------------
    def before(self, event: Event) -> None:
        pass

    def after(self, event: Event) -> None:
        if isinstance(event, SubmissionReset | FieldsChanged):
            self._follow_language()

    def _failed(self, message: str) -> None:
        self._status.showMessage(_tr("Spelling is off: {0}").format(message), 10_000)

    def close(self) -> None:
        self.speller.close()
