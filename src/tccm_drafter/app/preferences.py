"""The user's settings and organisation profiles, and preferences that fall back to the
system's (the language new paragraphs are written in)."""

from __future__ import annotations

import locale
from importlib import import_module
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import (
    LibrarySetting,
    Settings,
    add_recent,
    load_settings,
    save_settings,
)

if TYPE_CHECKING:
    from tccm_drafter.storage.personal_dictionary import load_personal_words, save_personal_words
    from tccm_drafter.storage.profiles import delete_profile, load_profiles, save_profile

#: Names whose module loads when first asked for (PEP 562): profiles read the submission
#: format, which a command that only lists the library never needs.
_LAZY = {
    "load_personal_words": "personal_dictionary",
    "save_personal_words": "personal_dictionary",
    "delete_profile": "profiles",
    "load_profiles": "profiles",
    "save_profile": "profiles",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(f"tccm_drafter.storage.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def system_language() -> str:
    """The system's language as a BCP 47 tag ("en-GB"), "en" when it cannot be told."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    name = name.split(".")[0].replace("_", "-")
    if not name or name in ("C", "POSIX"):
        return "en"
    return name


def default_language(settings: Settings) -> str:
    return settings.default_language or system_language()


def settings_or_default(paths: AppPaths) -> Settings:
    """The user's settings, or the defaults when the file cannot be read (a damaged settings
    file never stops a command that only reads them)."""
    try:
        return load_settings(paths)
    except InputError:
        return Settings()


__all__ = [
    "LibrarySetting",
    "Settings",
    "add_recent",
    "default_language",
    "delete_profile",
    "load_personal_words",
    "load_profiles",
    "load_settings",
    "save_personal_words",
    "save_profile",
    "save_settings",
    "settings_or_default",
    "system_language",
]
