"""Plain data classes of the drafting core: no file access, no Qt.

The names below load their module when first asked for (PEP 562), so a command that lists
the library does not load the submission's model, its deadlines and time zones."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tccm_drafter.model.library import IdClash, Library
    from tccm_drafter.model.organisation import Organisation
    from tccm_drafter.model.paragraph import Paragraph, Source, Status
    from tccm_drafter.model.submission import (
        Block,
        Consultation,
        Note,
        ParagraphBlock,
        Rules,
        Section,
        SectionRole,
        Signatory,
        SignatoryStatus,
        Submission,
        SubmissionStatus,
        TextBlock,
    )

_HOMES = {
    "library": ("IdClash", "Library"),
    "organisation": ("Organisation",),
    "paragraph": ("Paragraph", "Source", "Status"),
    "submission": (
        "Block",
        "Consultation",
        "Note",
        "ParagraphBlock",
        "Rules",
        "Section",
        "SectionRole",
        "Signatory",
        "SignatoryStatus",
        "Submission",
        "SubmissionStatus",
        "TextBlock",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Block",
    "Consultation",
    "IdClash",
    "Library",
    "Note",
    "Organisation",
    "Paragraph",
    "ParagraphBlock",
    "Rules",
    "Section",
    "SectionRole",
    "Signatory",
    "SignatoryStatus",
    "Source",
    "Status",
    "Submission",
    "SubmissionStatus",
    "TextBlock",
]
