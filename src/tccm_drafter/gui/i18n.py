"""Counted strings for code outside a QObject: Qt's ``%n`` form, its plural chosen by the
loaded translation, else by the English rule of ``gui/plurals.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tccm_drafter.gui.plurals import english_plural


def ntr(context: str, text: str, count: int) -> str:
    """``text`` with ``%n`` in the user's language, singular or plural for ``count``."""
    return english_plural(QCoreApplication.translate(context, text, "", count), count)
