"""Preferences that fall back to the system's: the language new paragraphs are written in."""

from __future__ import annotations

import locale

from tccm_drafter.storage.settings import Settings


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
