"""The values placeholders and templates see: plain strings, formatted dates, no live objects.

Dates and country names are written in the consultation's language (see :mod:`.i18n`).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from tccm_drafter.model import Submission
from tccm_drafter.render.i18n import country_name, format_date, is_rtl, primary_language


def placeholder_values(submission: Submission, today: date) -> dict[str, Any]:
    """What ``{{ org.name }}``, ``{{ consultation.deadline }}``... resolve to."""
    language = submission.consultation.language or "en"
    consultation = submission.consultation
    rules = consultation.rules
    when = format_date(submission.date or today, language)
    org = {key: str(value) for key, value in asdict(submission.organisation).items()}
    org["country_name"] = country_name(submission.organisation.country, language)
    return {
        "org": org,
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


__all__ = ["format_date", "is_rtl", "placeholder_values", "primary_language"]
