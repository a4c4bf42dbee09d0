"""The values placeholders and templates see: plain strings, formatted dates, no live objects."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from tccm_drafter.model import Submission

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}

#: Primary language subtags written right to left.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


def primary_language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def is_rtl(tag: str) -> bool:
    return primary_language(tag) in RTL_LANGUAGES


def format_date(value: date | None, language: str = "en") -> str:
    """ "22 November 2026" (in French and Spanish too); ISO for other languages."""
    if value is None:
        return ""
    months = _MONTHS.get(primary_language(language))
    if months is None:
        return value.isoformat()
    if primary_language(language) == "es":
        return f"{value.day} de {months[value.month - 1]} de {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"


def placeholder_values(submission: Submission, today: date) -> dict[str, Any]:
    """What ``{{ org.name }}``, ``{{ consultation.deadline }}``... resolve to."""
    language = submission.consultation.language or "en"
    consultation = submission.consultation
    rules = consultation.rules
    when = format_date(submission.date or today, language)
    return {
        "org": {key: str(value) for key, value in asdict(submission.organisation).items()},
        "consultation": {
            "title": consultation.title,
            "organiser": consultation.organiser,
            "reference": consultation.reference,
            "url": consultation.url,
            "deadline": format_date(consultation.deadline, language),
            "language": language,
            "rules": {
                "word_limit": rules.word_limit,
                "char_limit": rules.char_limit,
                "numbered_paragraphs": rules.numbered_paragraphs,
                "footnotes_allowed": rules.footnotes_allowed,
            },
        },
        "submission": {"title": submission.title, "date": when, "addressee": submission.addressee},
        "date": when,
    }
