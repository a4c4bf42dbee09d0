"""English plurals for Qt's counted strings: ``self.tr("%n section(s) will be added", "", n)``.

Qt chooses the singular or plural form of a counted string only through a translation; with
none loaded it prints "1 section(s)". The app's own language is English, so this translator
supplies the English forms: "(s)" (or "(es)") after a word is dropped for one and kept for
any other number. Every other string is left to the next translator, or shown as written.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

_ENDING = re.compile(r"(?<=\w)\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """``text`` with its "(s)" endings settled for ``n`` ("%n stays for Qt to fill in)."""
    return _ENDING.sub(lambda found: "" if n == 1 else found.group(1), text)


class EnglishPlurals(QTranslator):
    """Answers only counted strings (``n >= 0``) that have a "(s)" ending."""

    def translate(
        self,
        context: bytes | str,
        sourceText: bytes | str,
        disambiguation: bytes | str | None = None,
        n: int = -1,
    ) -> str:
        text = sourceText.decode() if isinstance(sourceText, bytes) else sourceText
        if n < 0 or not _ENDING.search(text):
            # None is Qt's "no translation here": the source text is used as it is.
            return cast(str, None)
        return english_plural(text, n)

    def isEmpty(self) -> bool:
        return False


def ensure_plurals(app: QObject | None = None) -> None:
    """Install the English plurals on the application once (a child of it keeps it alive)."""
    app = app or QCoreApplication.instance()
    # A property, not findChild: that walks every object of the application.
    if app is None or app.property("tccm-plurals"):
        return
    app.setProperty("tccm-plurals", True)
    QCoreApplication.installTranslator(EnglishPlurals(app))
