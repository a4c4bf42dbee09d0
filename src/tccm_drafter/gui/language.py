"""The interface language: which one, and its translations installed on the application.

The app's own texts are English; ``resources/translations/tccm_drafter_<language>.qm``
(compiled from the .ts files by the build: see resources/translations/README.md) translate
them, and Qt's own ``qtbase_<language>.qm`` translate Qt's standard buttons and dialogs. The
setting ``interface_language`` chooses ("" = the system's languages, in the user's order of
preference); Arabic lays the whole window out right to left.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from tccm_drafter.app.paths import resources_dir
from tccm_drafter.gui.plurals import ensure_plurals
from tccm_drafter.model.formatting import primary_language

#: The interface languages, each named in itself (never translated: a reader looks for their
#: own language's name). English is the language of the source texts.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
#: The locale for dates and numbers in widgets when the system's is in another language:
#: Arabic with the digits 0-9 that the rest of the window (times, counts) shows.
LOCALES = {"ar": "ar_AE"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def app_translation(language: str) -> Path:
    """The compiled translation of the app's texts into ``language``."""
    return translations_dir() / f"tccm_drafter_{language}.qm"


def qt_translation(language: str) -> Path | None:
    """Qt's own translation of its buttons and dialogs, where the Qt in use ships one."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    for folder in folders:
        candidate = folder / f"qtbase_{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def interface_language(setting: str, system: Sequence[str] = ()) -> str:
    """The interface language for the setting: its own language when it names one the app
    has, else for "" the first of the system's languages (BCP 47 tags, most preferred first)
    that the app has, else English."""
    wanted = [setting] if setting else list(system)
    for tag in wanted:
        primary = primary_language(tag)
        if primary in LANGUAGES:
            return primary
    return "en"


def system_languages() -> list[str]:
    """The user's languages as the system states them, most preferred first."""
    return list(QLocale.system().uiLanguages())


class InterfaceTranslator(QTranslator):
    """A translator this module installed (so a change of language can take it out again)."""


def install_language(setting: str) -> str:
    """Install the translations for the setting's language on the running application, in
    place of any installed before, and lay the window out in its direction. Returns the
    language the interface is now in ("en" also when a translation file is missing)."""
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    ensure_plurals(app)  # the English plurals stay underneath, for texts in English
    for old in app.findChildren(InterfaceTranslator):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)  # nothing holds it now: it goes
    language = interface_language(setting, system_languages())
    if language != "en" and not _install(app, app_translation(language)):
        language = "en"
    if language != "en":
        qt_file = qt_translation(language)
        if qt_file is not None:
            _install(app, qt_file)
    # Dates and numbers in widgets (a date field's month names) follow the language too,
    # unless it is the system's own, whose regional formats are kept.
    system = QLocale.system()
    same = interface_language("", system.uiLanguages()) == language
    QLocale.setDefault(system if same else QLocale(LOCALES.get(language, language)))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return language


def _install(app: QCoreApplication, path: Path) -> bool:
    translator = InterfaceTranslator(app)
    if not translator.load(str(path)):
        translator.setParent(None)
        return False
    QCoreApplication.installTranslator(translator)
    return True
