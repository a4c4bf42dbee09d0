"""Texts in the interface language: counted strings (Qt's ``%n`` form, its plural chosen by
the loaded translation, else by the English rule of ``gui/plurals.py``), and dates and numbers
written the way that language writes them (CLDR through Babel: ``model/formatting.py``)."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale

from tccm_drafter.gui.plurals import english_plural
from tccm_drafter.model.deadline import Deadline, format_day, format_deadline
from tccm_drafter.model.formatting import format_day_month, format_number


def ntr(context: str, text: str, count: int) -> str:
    """``text`` with ``%n`` in the user's language, singular or plural for ``count``."""
    return english_plural(QCoreApplication.translate(context, text, "", count), count)


def ui_language() -> str:
    """The BCP 47 tag dates and numbers in the window follow: the interface language, or the
    system's own locale when the interface is in the system's language (gui/language.py)."""
    return QLocale().bcp47Name()


def day_text(value: date) -> str:
    """ "1 December 2026", "1 décembre 2026", "1 de diciembre de 2026" in the window."""
    return format_day(value, ui_language())


def day_month_text(value: date) -> str:
    """ "16 Dec", "16 déc." in the window."""
    return format_day_month(value, ui_language())


def number_text(value: int) -> str:
    """ "1,302", "1 302", "1.302" in the window."""
    return format_number(value, ui_language())


def deadline_text(deadline: Deadline, local: tzinfo | None) -> str:
    """The deadline in the user's time, then the call's own (model.deadline.format_deadline)."""
    return format_deadline(deadline, local, ui_language())
