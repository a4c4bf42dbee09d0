"""Dates, times, numbers and language tags as people of a language write them (CLDR, Babel).

The one place for these rules: documents use them in the consultation's language
(``render/i18n.py``), the window in the interface language (``gui/i18n.py``), the command line
in English. Never write a month name or a thousands separator by hand.

Digits are the Latin 0-9 in every language (Arabic included), as UN documents and the rest of
the window print them.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel loads when a date or number is first written (not at start-up)
    from babel import Locale

#: The language of the code, and of any tag CLDR does not know.
FALLBACK = "en"
#: A bare "en" is written the way the United Nations write English ("22 November 2026").
_BARE_DEFAULTS = {"en": "en_GB"}


@lru_cache(maxsize=256)
def primary_language(tag: str) -> str:
    """The primary subtag, lower-cased: ``en-GB`` -> ``en``, ``zh_Hans`` -> ``zh``, "" -> ""."""
    return tag.replace("_", "-").split("-", 1)[0].strip().casefold()


@lru_cache(maxsize=256)
def babel_locale(tag: str) -> Locale:
    """The CLDR locale for a BCP 47 tag; British English for an empty or unknown one."""
    from babel import Locale, UnknownLocaleError

    cleaned = tag.strip().replace("_", "-")
    cleaned = _BARE_DEFAULTS.get(cleaned.lower(), cleaned)
    try:
        return Locale.parse(cleaned or _BARE_DEFAULTS[FALLBACK], sep="-" if "-" in cleaned else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(_BARE_DEFAULTS[FALLBACK])


def format_date(value: date | None, language: str = FALLBACK) -> str:
    """A date as written in running text of ``language``: "22 November 2026",
    "22 novembre 2026", "22 نوفمبر 2026", "2026年11月22日"; empty for None."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(value, format="long", locale=babel_locale(language)))


def format_day_month(value: date, language: str = FALLBACK) -> str:
    """A short day and month: "16 Dec", "16 déc.", "16 dic", "16 ديسمبر"."""
    from babel.dates import format_date as babel_format_date

    locale = babel_locale(language)
    pattern = locale.datetime_skeletons.get("MMMd")
    return str(babel_format_date(value, format=pattern or "d MMM", locale=locale))


def format_time(value: time | datetime, language: str = FALLBACK) -> str:
    """A time of day on the 24-hour clock UN documents use: "23:59"."""
    from babel.dates import format_time as babel_format_time

    return str(babel_format_time(value, format="HH:mm", locale=babel_locale(language)))


def format_number(value: int, language: str = FALLBACK) -> str:
    """A whole number with the language's grouping: "1,480", "1 480", "1.480"."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(language)))
