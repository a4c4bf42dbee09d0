"""Cover fields the call requires, filled in from the organisation's details."""

from __future__ import annotations

from collections.abc import Callable

from tccm_drafter.checks.findings import ERROR, WARNING, Finding
from tccm_drafter.model import Submission
from tccm_drafter.model.countries import country_code
from tccm_drafter.model.organisation import COVER_FIELDS
from tccm_drafter.render.i18n import country_name

_WHAT = {
    "name": "the organisation's name",
    "stakeholder_group": "the stakeholder group",
    "country": "the country",
    "country_name": "the country, written as a name",
    "region": "the region",
    "capacity": "whether it is sent in an individual or an organisational capacity",
    "ecosoc_status": "the organisation's ECOSOC consultative status",
    "website": "the website",
    "contact_person": "a contact person",
    "email": "an e-mail address",
}


def check_cover(submission: Submission, add: Callable[[Finding], None]) -> None:
    rules = submission.consultation.rules
    org = submission.organisation
    for name in rules.unknown_required_fields():
        add(
            Finding(
                "unknown-cover-field",
                ERROR,
                f"The consultation requires a cover field '{name}' the app does not know "
                f"(known: {', '.join(COVER_FIELDS)})",
            )
        )
    named = True  # False once the country was reported as a code the app cannot name
    for name in rules.required_fields:
        if name not in COVER_FIELDS:
            continue
        source = "country" if name == "country_name" else name
        value = str(getattr(org, source, "")).strip()
        if not value:
            add(
                Finding(
                    "missing-cover-field",
                    ERROR,
                    f"The call asks for {_WHAT[name]}; the organisation's "
                    f"'{COVER_FIELDS[name]}' is not filled in",
                )
            )
        elif name == "country_name":
            language = submission.consultation.language or "en"
            if country_name(value, language).upper() == value.upper() and len(value) == 2:
                add(
                    Finding(
                        "missing-cover-field",
                        ERROR,
                        f"The call asks for the country written as a name, and '{value}' is "
                        "not a country code the app can name; choose the country from the "
                        "list in Organisation Profile",
                    )
                )
                named = False
    if named:
        check_country(org.country, add)


def check_country(country: str, add: Callable[[Finding], None]) -> None:
    """A country that is not one of the list (typed as text in an older profile and not
    recognised): it prints exactly as typed, in every language."""
    if country.strip() and country_code(country) is None:
        add(
            Finding(
                "unknown-country",
                WARNING,
                f"The organisation's country '{country.strip()}' is not one the app knows, so "
                "it prints as typed whatever the document's language; choose the country from "
                "the list in Organisation Profile",
            )
        )
