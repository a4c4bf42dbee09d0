"""Plural forms in the interface: Qt's ``%n`` with numerus forms from the translations, and
English plurals when no translation is loaded ("1 problem", "3 problems")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ntr(context: str, text: str, count: int) -> str:
    """``text`` with ``%n`` and an English "(s)": the translation's plural form for ``count``,
    or the English one."""
    translated = QCoreApplication.translate(context, text, "", count)
    if "(s)" in translated:  # the source text came back: no translation for it
        translated = translated.replace("(s)", "" if count == 1 else "s")
    return translated
