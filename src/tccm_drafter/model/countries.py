"""Countries: the ISO 3166-1 list with names from the Unicode CLDR (through Babel), and the rule
that turns a country typed as text ("Kenya", "kenia", "Norvège") into its code.

An organisation's country is stored as its two-letter ISO 3166-1 code ("KE"), so a document
can print it in its own language ("Kenya", "Kenia", "كينيا"). Profiles written before the
country was chosen from a list may hold a name; :func:`country_code` finds its code when the
name is a CLDR name of exactly one country in one of the languages below, and otherwise says
nothing, so the text is kept as the user typed it (and flagged by the checks).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError

#: Region codes CLDR names that are not ISO 3166-1 countries: groupings (EU, UN...), areas
#: with a code of their own for other standards (Canary Islands, Ceuta and Melilla, Ascension,
#: Tristan da Cunha, Diego Garcia, Clipperton, Sark), Kosovo's user-assigned code and test codes.
NOT_ISO_3166 = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)
#: Languages whose country names are recognised in typed text: the six UN languages and a few
#: more that member organisations often write in.
MATCH_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh", "de", "pt", "it", "nl")


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code CLDR names."""
    codes = (str(code) for code in Locale.parse("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha() and c not in NOT_ISO_3166)


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


@lru_cache(maxsize=16)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, named in ``language`` and sorted by name the way a
    reader of that language looks for it (accents and case do not change the order)."""
    names = _locale(language).territories
    english = Locale.parse("en").territories
    pairs = [(code, str(names.get(code) or english[code])) for code in country_codes()]
    return tuple(sorted(pairs, key=lambda pair: (_folded(pair[1]), pair[1])))


def _folded(text: str) -> str:
    """Text compared loosely: no accents, case, punctuation or repeated spaces; a leading
    "the" dropped ("The Gambia", "Côte d’Ivoire" = "cote d ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    words = kept.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


#: Where CLDR tells two countries apart after a common name: "Congo - Kinshasa", "刚果（金）".
_QUALIFIER = re.compile(r" - |\s*[(（]")


@lru_cache(maxsize=1)
def _names_to_codes() -> dict[str, frozenset[str]]:
    """Folded name -> the countries it names. A name's part before CLDR's qualifier counts as
    a name too, so "Myanmar" finds "Myanmar (Burma)" and "Congo" finds both Congos (and
    therefore neither)."""
    found: dict[str, set[str]] = {}
    for language in MATCH_LANGUAGES:
        names = _locale(language).territories
        for code in country_codes():
            name = str(names.get(code) or "")
            for form in {name, _QUALIFIER.split(name)[0]}:
                if _folded(form):
                    found.setdefault(_folded(form), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def country_code(text: str) -> str | None:
    """The ISO code for ``text``: a code itself ("ke" -> "KE") or the name of exactly one
    country in one of :data:`MATCH_LANGUAGES` ("Kenya", "KENYA", "Norvège" -> "NO");
    None for empty text, unknown text or a name that could be more than one country."""
    stripped = text.strip()
    if not stripped:
        return None
    if len(stripped) == 2 and stripped.isascii() and stripped.upper() in country_codes():
        return stripped.upper()
    codes = _names_to_codes().get(_folded(stripped), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def stored_country(text: str) -> str:
    """What an organisation keeps for a country typed as ``text``: its code when
    :func:`country_code` finds one, else the text as typed (never changed in case)."""
    return country_code(text) or text.strip()


__all__ = ["country_code", "country_codes", "country_names", "stored_country"]
