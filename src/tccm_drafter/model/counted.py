"""Counted words in English messages: "1 paragraph", "2 paragraphs", never "1 paragraph(s)".

The command line and the messages below the interface are in English; the desktop app counts
through Qt's plural forms instead (``gui/i18n.ntr``, ``self.tr("%n section(s)", "", n)``), which
its translations give in every interface language.
"""

from __future__ import annotations


def plural(number: int, singular: str, plural_form: str | None = None) -> str:
    """The noun for ``number``: ``singular`` for one, else ``plural_form`` (default: with
    an "s")."""
    return singular if number == 1 else (plural_form or singular + "s")


def counted(number: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 paragraph", "2 paragraphs", "1,480 words", "3 entries" (``plural_form`` for a noun
    that does not just take an "s")."""
    return f"{number:,} {plural(number, singular, plural_form)}"


__all__ = ["counted", "plural"]
