"""View › Interface Language…: the language of menus and dialogs, used from the next start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from tccm_drafter.app.preferences import save_settings
from tccm_drafter.errors import InputError
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.language import LANGUAGES, interface_language, system_languages

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost


class LanguageDialog(QDialog):
    """A choice of the system's language or one of the interface languages."""

    def __init__(self, setting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interface Language"))
        self.choice = QComboBox()
        system = LANGUAGES[interface_language("", system_languages())]
        self.choice.addItem(self.tr("System language (now {0})").format(system), "")
        for tag, name in LANGUAGES.items():
            self.choice.addItem(name, tag)
        found = self.choice.findData(setting if setting in LANGUAGES else "")
        self.choice.setCurrentIndex(max(found, 0))
        form = QFormLayout()
        add_row(form, self.tr("&Language of menus and dialogs:"), self.choice)
        note = QLabel(
            self.tr(
                "The new language takes effect the next time you start TCCM Drafter. "
                "Documents keep the language of their consultation."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self))
        self.resize(440, self.sizeHint().height())

    def setting(self) -> str:
        """The chosen value of the ``interface_language`` setting ("" = the system's)."""
        return str(self.choice.currentData())


def choose_language(host: WindowHost) -> bool:
    """Ask for the interface language and save it; True when the setting changed."""
    window, settings = host.widget(), host.settings
    dialog = LanguageDialog(settings.interface_language, window)
    if not host.prompter.run_dialog(dialog) or dialog.setting() == settings.interface_language:
        return False
    settings.interface_language = dialog.setting()
    try:
        save_settings(host.paths, settings)
    except InputError as error:
        host.prompter.show_error(window, dialog.windowTitle(), str(error))
        return False
    name = LANGUAGES[interface_language(dialog.setting(), system_languages())]
    host.prompter.show_info(
        window,
        dialog.windowTitle(),
        QCoreApplication.translate(
            "LanguageDialog", "TCCM Drafter will be in {0} the next time you start it."
        ).format(name),
    )
    return True
