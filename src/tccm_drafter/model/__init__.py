"""Plain data classes of the drafting core: no file access, no Qt."""

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
