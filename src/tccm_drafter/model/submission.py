"""A submission to one consultation: its rules, the organisation, and sections of blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tccm_drafter.model.organisation import Organisation


@dataclass
class Rules:
    """What the consultation asks of every answer (a section may set its own limits)."""

    word_limit: int | None = None
    char_limit: int | None = None
    numbered_paragraphs: bool = False
    footnotes_allowed: bool = True


@dataclass
class Consultation:
    title: str = ""
    organiser: str = ""
    reference: str = ""
    url: str = ""
    deadline: date | None = None
    language: str = "en"
    rules: Rules = field(default_factory=Rules)


@dataclass
class Note:
    """A remark on a block, e.g. a reviewer's comment brought back from Word.

    Notes are for the drafting team: they are kept in the .tccm file and never exported.
    """

    text: str
    author: str = ""
    date: datetime | None = None
    resolved: bool = False


@dataclass
class ParagraphBlock:
    """A library paragraph used in a section.

    ``version`` and ``base_hash`` record the library revision it was taken from, so the app can
    tell when the library moved on. ``local_text`` is the user's tailored wording, or None when
    the block prints the library text as it is.
    """

    paragraph_id: str
    version: int = 1
    base_hash: str = ""
    local_text: str | None = None
    use_short: bool = False
    notes: list[Note] = field(default_factory=list)

    @property
    def is_edited(self) -> bool:
        return self.local_text is not None


@dataclass
class TextBlock:
    """Free text written for this submission only (Markdown with placeholders)."""

    text: str = ""
    notes: list[Note] = field(default_factory=list)


Block = ParagraphBlock | TextBlock


@dataclass
class Section:
    """One question of the consultation and the answer to it."""

    title: str
    question: str = ""
    word_limit: int | None = None
    char_limit: int | None = None
    blocks: list[Block] = field(default_factory=list)

    def effective_word_limit(self, rules: Rules) -> int | None:
        return self.word_limit if self.word_limit is not None else rules.word_limit

    def effective_char_limit(self, rules: Rules) -> int | None:
        return self.char_limit if self.char_limit is not None else rules.char_limit


@dataclass
class Signatory:
    """An organisation signing a joint statement."""

    organisation: str
    name: str = ""
    country: str = ""


@dataclass
class Submission:
    title: str = ""
    consultation: Consultation = field(default_factory=Consultation)
    organisation: Organisation = field(default_factory=Organisation)
    #: Built-in template name ("consultation-response") or a user template's folder name.
    template: str = "consultation-response"
    #: Word file whose styles, page set-up, header and footer the .docx export uses ("" = default).
    reference_docx: str = ""
    date: date | None = None
    #: Recipient line for letters ("H.E. the Co-Facilitators of ...").
    addressee: str = ""
    sections: list[Section] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    #: Top-level keys of the .tccm file this version of the app does not know, kept on save.
    extra: dict[str, Any] = field(default_factory=dict)

    def paragraph_ids(self) -> set[str]:
        return {
            block.paragraph_id
            for section in self.sections
            for block in section.blocks
            if isinstance(block, ParagraphBlock)
        }
