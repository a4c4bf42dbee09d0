"""The organisation a submission speaks for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Organisation:
    name: str = ""
    short_name: str = ""
    #: "Technical community", "Civil society", "Private sector", "Government", "Academia", ...
    stakeholder_group: str = ""
    #: ISO 3166-1 alpha-2 code, kept as text ("NO" stays "NO").
    country: str = ""
    website: str = ""
    contact_person: str = ""
    email: str = ""
    #: The line printed under the text: "For the Board, Jane Doe, Chief Executive".
    signatory: str = ""
    #: The organisation's own Word file (letterhead, styles) for .docx exports ("" = built-in).
    reference_docx: str = ""
    #: UN region or the call's own wording ("Western European and Others", "Africa").
    region: str = ""
    #: "organisational" or "individual": in what capacity the submission is made.
    capacity: str = ""
    #: ECOSOC consultative status: "general", "special", "roster" or "none".
    ecosoc_status: str = ""


CAPACITIES = ("organisational", "individual")
ECOSOC_STATUSES = ("general", "special", "roster", "none")

#: Fields a call may require on the cover, with the label templates and checks use.
#: ``country_name`` asks for the country written as a name ("Norway") rather than a code.
COVER_FIELDS: dict[str, str] = {
    "name": "Organisation",
    "stakeholder_group": "Stakeholder group",
    "country": "Country",
    "country_name": "Country",
    "region": "Region",
    "capacity": "Capacity",
    "ecosoc_status": "ECOSOC consultative status",
    "website": "Website",
    "contact_person": "Contact person",
    "email": "E-mail",
}
