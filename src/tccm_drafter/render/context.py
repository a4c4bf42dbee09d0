"""The values placeholders and templates see: plain strings, formatted dates, no live objects.

Dates and country names are written in the consultation's language (see :mod:`.i18n`).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from tccm_drafter.model import Organisation, Submission
from tccm_drafter.model.deadline import own_time
from tccm_drafter.model.organisation import COVER_FIELDS
from tccm_drafter.render.i18n import (
    Label,
    country_name,
    fill_label,
    format_date,
    is_rtl,
    label,
    primary_language,
)


def cover_value(
    org: Organisation, name: str, labels: dict[str, Label], language: str = "en"
) -> str:
    """What a cover field prints: the country's name for ``country_name``, capacity and
    ECOSOC status in words of the document's language, other fields as they are."""
    if name == "country_name":
        return country_name(org.country, language)
    value = str(getattr(org, name, ""))
    if name == "capacity" and value:
        return str(labels.get(f"capacity_{value}", value))
    if name == "ecosoc_status" and value:
        return str(labels.get(f"ecosoc_{value}", value))
    return value


def cover_fields(submission: Submission, labels: dict[str, Label]) -> list[dict[str, str]]:
    """The cover fields the call requires, in its order, each ``name``, ``label`` (the field's
    label in the document's language), ``value`` and ``text`` ("Region: WEOG", "Pays : Norvège").
    """
    language = submission.consultation.language or "en"
    fields: list[dict[str, str]] = []
    for name in submission.consultation.rules.required_fields:
        if name not in COVER_FIELDS:
            continue
        pattern = label(labels, "cover_country" if name == "country_name" else f"cover_{name}")
        value = cover_value(submission.organisation, name, labels, language)
        fields.append(
            {
                "name": name,
                "label": str(pattern),
                "value": value,
                "text": fill_label(pattern, value),
            }
        )
    return fields


def placeholder_values(submission: Submission, today: date) -> dict[str, Any]:
    """What ``{{ org.name }}``, ``{{ consultation.deadline }}``... resolve to."""
    language = submission.consultation.language or "en"
    consultation = submission.consultation
    rules = consultation.rules
    when = format_date(submission.date or today, language)
    org = {key: str(value) for key, value in asdict(submission.organisation).items()}
    org["country_name"] = country_name(submission.organisation.country, language)
    deadline = consultation.full_deadline()
    return {
        "org": org,
        "consultation": {
            "title": consultation.title,
            "organiser": consultation.organiser,
            "reference": consultation.reference,
            "url": consultation.url,
            "deadline": format_date(consultation.deadline, language),
            "deadline_time": own_time(deadline) if deadline else "",
            "language": language,
            "rules": {
                "word_limit": rules.word_limit,
                "char_limit": rules.char_limit,
                "numbered_paragraphs": rules.numbered_paragraphs,
                "footnotes_allowed": rules.footnotes_allowed,
                "total_word_limit": rules.total_word_limit,
                "total_char_limit": rules.total_char_limit,
                "page_limit": rules.page_limit,
                "signatories_at": rules.signatories_at,
            },
        },
        "submission": {"title": submission.title, "date": when, "addressee": submission.addressee},
        "date": when,
    }


__all__ = [
    "cover_fields",
    "cover_value",
    "format_date",
    "is_rtl",
    "placeholder_values",
    "primary_language",
]
