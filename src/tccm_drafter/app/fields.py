"""Fields (``{{ org.name }}``...): the value each will print, and the ones Insert Field offers.

The values come from the renderer's own ``render/context.placeholder_values``, so a field in
the editor shows exactly what the export prints; "" is a field without a value (the export
leaves a visible gap and ``check`` names it).
"""

from __future__ import annotations

from datetime import date

from tccm_drafter.model import Submission
from tccm_drafter.render.context import placeholder_values
from tccm_drafter.render.placeholders import lookup

#: The fields Insert Field offers, in its order (the window names each in its language).
OFFERED: tuple[str, ...] = (
    "org.name",
    "org.short_name",
    "org.stakeholder_group",
    "org.country_name",
    "org.website",
    "org.email",
    "org.contact_person",
    "org.signatory",
    "consultation.title",
    "consultation.organiser",
    "consultation.reference",
    "consultation.deadline",
    "submission.title",
    "date",
)


def field_values(submission: Submission, today: date) -> dict[str, str]:
    """Every field's printed value by name ("org.name": "Example Registry"), the offered ones
    and any other the submission's values hold."""
    values = placeholder_values(submission, today)
    found: dict[str, str] = {}

    def walk(prefix: str, table: object) -> None:
        if isinstance(table, dict):
            for key, value in table.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        elif prefix:
            found[prefix] = lookup(values, tuple(prefix.split(".")))

    walk("", values)
    return found


def field_value(values: dict[str, str], name: str) -> str:
    """The value a field prints; "" when it has none (blank values count as none)."""
    value = values.get(name, "")
    return value if value.strip() else ""
