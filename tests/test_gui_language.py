"""The interface language: the window in French and in Arabic (laid out right to left), back
in English, the choice of the system's language, and View › Interface Language… saving it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from clock_helpers import CLOCK
from tccm_drafter.gui.app import create_window
from tccm_drafter.gui.language import (
    InterfaceTranslator,
    app_translation,
    install_language,
    interface_language,
)
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings, load_settings, save_settings
from test_gui_support import ScriptedPrompter, window_settings


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switched to, the next test starts in English, left to right."""
    yield
    install_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def open_window(qtbot: QtBot, language: str) -> MainWindow:
    paths = AppPaths.resolve()
    paths.ensure()
    save_settings(paths, Settings(interface_language=language))
    window = create_window(
        paths, prompter=ScriptedPrompter(), qsettings=window_settings(paths), clock=CLOCK
    )
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_the_compiled_translations_are_there() -> None:
    for language in ("fr", "es", "ar"):
        assert app_translation(language).is_file(), "run `make translations`"


def test_in_french_the_menus_and_panes_are_french(qtbot: QtBot) -> None:
    window = open_window(qtbot, "fr")
    assert menu_titles(window) == [
        "&Fichier",
        "É&dition",
        "&Contribution",
        "&Bibliothèque",
        "Affic&hage",
        "&Aide",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Enregistrer" in menu_texts(file_menu)
    assert window.act["checks"].toolTip() == "Vérifier la contribution avant l'envoi"
    assert window.library_panel.search.placeholderText() == "Rechercher dans la bibliothèque…"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Qt's own buttons too, from Qt's translations.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_in_french_undo_names_the_edit(qtbot: QtBot) -> None:
    window = open_window(qtbot, "fr")
    window.composer.add_section()
    assert window.act["undo"].text() == "Ann&uler l'ajout de la section"


def test_in_arabic_the_window_is_mirrored_and_arabic(qtbot: QtBot) -> None:
    window = open_window(qtbot, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert menu_titles(window)[0] == "م&لف"
    assert menu_titles(window)[-1] == "م&ساعدة"
    assert window.act["save"].text() == "&حفظ"
    assert window.library_panel.search.placeholderText() == "ابحث في المكتبة…"
    # The library pane, first in the splitter, is drawn on the right.
    splitter_left = window.library_panel.mapTo(window, window.library_panel.rect().topLeft())
    assert splitter_left.x() > window.width() // 2


def test_each_menu_keeps_its_keys_apart(qtbot: QtBot) -> None:
    """Every item of a menu (and every menu of the bar) has its own Alt key in each language."""
    for language in ("fr", "es", "ar"):
        window = open_window(qtbot, language)
        groups = [menu_titles(window)]
        for action in window.menuBar().actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            groups.append(menu_texts(menu))
        for texts in groups:
            keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            assert len(keys) == len(set(keys)), (language, texts)
        window.state.reset(None)
        window.close()


def test_back_in_english_after_another_language(qtbot: QtBot) -> None:
    open_window(qtbot, "ar")
    window = open_window(qtbot, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(window)[0] == "&File"
    assert window.act["checks"].toolTip() == "Check the submission before sending"
    app = QApplication.instance()
    assert app is not None and not app.findChildren(InterfaceTranslator)


def test_a_missing_translation_leaves_english() -> None:
    assert interface_language("de") == "en"
    assert install_language("de") == "en"


def test_the_system_language_is_used_when_none_is_chosen() -> None:
    assert interface_language("", ["de-DE", "es-MX", "fr"]) == "es"
    assert interface_language("", ["pt-BR"]) == "en"
    assert interface_language("fr", ["es-ES"]) == "fr"
    assert interface_language("ar_EG") == "ar"


def test_dates_in_fields_follow_the_interface_language() -> None:
    install_language("fr")
    assert QLocale().language() == QLocale.Language.French


def test_choosing_a_language_saves_it_for_the_next_start(qtbot: QtBot) -> None:
    window = open_window(qtbot, "en")
    prompter = window.prompter
    assert isinstance(prompter, ScriptedPrompter)

    def choose_arabic(dialog: QDialog) -> bool:
        combo = dialog.findChild(QComboBox)
        assert isinstance(combo, QComboBox)
        assert [combo.itemText(i) for i in range(1, combo.count())] == [
            "English",
            "Français",
            "Español",
            "العربية",
        ]
        combo.setCurrentIndex(combo.findData("ar"))
        return True

    prompter.on_dialog = choose_arabic
    window.act["language"].trigger()
    assert load_settings(window.paths).interface_language == "ar"
    assert "info:Interface Language" in prompter.asked
    # Nothing changes before the next start.
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(window)[0] == "&File"


def test_cancelling_the_language_dialog_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, "fr")
    window.act["language"].trigger()  # the scripted user cancels
    assert load_settings(window.paths).interface_language == "fr"


def test_dates_and_counts_in_the_window_are_written_in_its_language(qtbot: QtBot) -> None:
    """The window in French writes French dates and French thousands separators: in the
    status bar's deadline, the outline's counts and the notes (no "1 December", no "1,302")."""
    from datetime import date, time

    from tccm_drafter.app import drafting
    from tccm_drafter.model import Consultation, Note, Rules, Section, TextBlock
    from tccm_drafter.model.counting import Counts

    window = open_window(qtbot, "fr")
    consultation = Consultation(
        title="Appel",
        deadline=date(2026, 12, 15),
        deadline_time=time(23, 59),
        deadline_zone="UTC",
        rules=Rules(char_limit=1500),
    )
    note = Note(author="Ana", date=date(2026, 12, 1), text="Vérifier.")
    section = Section("Le FGI", blocks=[TextBlock("Le texte.", notes=[note])])
    window.history.perform(
        drafting.set_fields(window.workspace, "Change", consultation=consultation)
    )
    window.history.perform(drafting.add_sections(window.workspace, [section]))
    label = window.submission_actions.deadline_label
    assert "déc." in label.text() and "Dec" not in label.text()
    assert "15 décembre 2026" in label.toolTip()
    last = len(window.submission.sections) - 1
    window.outline.set_counts([Counts(1302, 7400, 3)] * (last + 1))
    shown = window.outline.section_index(last).data()
    assert re.search(r"7\u202f\d{3} / 1\u202f500 caractères", shown) and "1,500" not in shown
    window.outline_view.select_location(last, 0)
    assert "1 décembre 2026" in window.editor.notes.list.item(0).text()
