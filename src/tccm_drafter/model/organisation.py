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
