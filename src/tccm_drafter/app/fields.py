"""Fields (``{{ org.name }}``...): the value each will print, and the ones Insert Field offers.

The values come from the renderer's own ``render/context.placeholder_values``, so a field in
the editor shows exactly what the export prints; "" is a field without a value (the export
leaves a visible gap and ``check`` names it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_text import printed_text
from tccm_drafter.model import Submission
from tccm_drafter.model.text_hygiene import clean_text
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


def first_words(markdown: str, values: Mapping[str, str], limit: int = 60) -> str:
    """The start of a block's first paragraph as it prints (no Markdown marks; fields show
    their values), at most ``limit`` characters: what the outline names a free-text block by."""
    if is_plain(markdown):  # prints as typed: no parser needed (the outline's first frame)
        texts = (" ".join(part.split()) for part in _BLANK_LINE.split(clean_text(markdown)))
    else:
        texts = (" ".join(printed_text(p.runs, values).split()) for p in parse(markdown).paragraphs)
    for text in texts:
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


#: What can make Markdown print otherwise than typed: a mark, a field, an entity, an escape,
#: a tab, or at a line's start a list, quote, heading underline or indented code.
_MARKUP = re.compile(r"[\\`*_\[\]!<>&~|{}#\t\r]|^ {0,3}(?:[-+=>]|\d+[.)])|^ {4}", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \r]*\n")


def is_plain(markdown: str) -> bool:
    """True when ``markdown`` holds no Markdown at all: its paragraphs print as typed."""
    return _MARKUP.search(markdown) is None
