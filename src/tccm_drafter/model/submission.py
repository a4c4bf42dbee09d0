"""A submission to one consultation: its rules, the organisation, and sections of blocks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from tccm_drafter.model.deadline import Deadline
from tccm_drafter.model.organisation import COVER_FIELDS, Organisation

#: ``date`` under another name, for the Submission fields that follow its ``date`` field.
Day = date

#: Where a joint statement prints its signatories' names.
SIGNATORIES_AT = ("end", "start")


@dataclass
class Rules:
    """What the consultation asks of every answer (a section may set its own limits), of the
    submission as a whole, and of the organisation sending it."""

    word_limit: int | None = None
    char_limit: int | None = None
    numbered_paragraphs: bool = False
    footnotes_allowed: bool = True
    #: Limits on the whole submission: all answers together, and the printed length.
    total_word_limit: int | None = None
    total_char_limit: int | None = None
    #: Pages of the Word export (an estimate from the reference document's page and font).
    page_limit: int | None = None
    #: Cover fields the call requires: names from ``organisation.COVER_FIELDS``.
    required_fields: list[str] = field(default_factory=list)
    #: "end" or "start": where a joint statement lists its signatories.
    signatories_at: str = "end"

    def unknown_required_fields(self) -> list[str]:
        return [name for name in self.required_fields if name not in COVER_FIELDS]


@dataclass
class Consultation:
    title: str = ""
    organiser: str = ""
    reference: str = ""
    url: str = ""
    #: The day of the deadline; ``deadline_time`` and ``deadline_zone`` make it exact.
    deadline: date | None = None
    language: str = "en"
    rules: Rules = field(default_factory=Rules)
    #: Time of day of the deadline (None: the end of the day).
    deadline_time: time | None = None
    #: Zone of the deadline (see model.timezones; "" = the user's own time zone).
    deadline_zone: str = ""

    def full_deadline(self) -> Deadline | None:
        """The deadline with its time and zone, or None when the call gives none."""
        if self.deadline is None:
            return None
        return Deadline(self.deadline, self.deadline_time, self.deadline_zone)

    def set_deadline(self, deadline: Deadline | None) -> None:
        self.deadline = deadline.day if deadline else None
        self.deadline_time = deadline.time if deadline else None
        self.deadline_zone = deadline.zone if deadline else ""


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


class SectionRole(StrEnum):
    """What a section is: an answer to a question, or the text before the first question or
    after the last (printed without a heading or a number, under no per-answer limit)."""

    QUESTION = "question"
    INTRODUCTION = "introduction"
    CLOSING = "closing"


@dataclass
class Section:
    """One question of the consultation and the answer to it, or the submission's
    introduction or closing (``role``): always the first and the last section when present."""

    title: str
    question: str = ""
    word_limit: int | None = None
    char_limit: int | None = None
    blocks: list[Block] = field(default_factory=list)
    role: SectionRole = SectionRole.QUESTION

    @property
    def is_question(self) -> bool:
        return self.role is SectionRole.QUESTION

    def effective_word_limit(self, rules: Rules) -> int | None:
        if not self.is_question:
            return self.word_limit
        return self.word_limit if self.word_limit is not None else rules.word_limit

    def effective_char_limit(self, rules: Rules) -> int | None:
        if not self.is_question:
            return self.char_limit
        return self.char_limit if self.char_limit is not None else rules.char_limit


class SignatoryStatus(StrEnum):
    """Where an organisation stands on a joint statement; only CONFIRMED ones are printed."""

    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


@dataclass
class Signatory:
    """An organisation asked to sign a joint statement.

    Files written before statuses existed list only those who signed: they read as CONFIRMED.
    """

    organisation: str
    name: str = ""
    country: str = ""
    status: SignatoryStatus = SignatoryStatus.CONFIRMED
    #: Day of the last change of status (None: not known).
    status_date: date | None = None
    #: How to reach them (an e-mail address, from the sign-on form).
    contact: str = ""

    @property
    def is_printed(self) -> bool:
        return self.status is SignatoryStatus.CONFIRMED

    def set_status(self, status: SignatoryStatus, on: date) -> None:
        """Change the status, recording the day; the same status again changes nothing."""
        if status is not self.status:
            self.status = status
            self.status_date = on


class SubmissionStatus(StrEnum):
    """Where a submission is in its life; kept in the .tccm and in the register."""

    DRAFTING = "drafting"
    IN_REVIEW = "in-review"
    APPROVED = "approved"
    SENT = "sent"


def new_submission_uid() -> str:
    """A fresh identity for a submission (kept in the file, stable when the file moves)."""
    return uuid.uuid4().hex


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
    #: Last day for organisations to endorse a joint statement.
    endorsement_deadline: Day | None = None
    #: Internal deadline: the day the text must be signed off inside the organisation.
    sign_off: Day | None = None
    status: SubmissionStatus = SubmissionStatus.DRAFTING
    #: Day it was sent, and to whom or where ("UN DESA, wsis20@un.example", a portal's URL).
    sent_on: Day | None = None
    sent_to: str = ""
    #: Stable identity (calendar entries use it); "" in files written before it existed.
    uid: str = ""
    #: Top-level keys of the .tccm file this version of the app does not know, kept on save.
    extra: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Submission:
        """A copy that later edits of this submission do not change: its own lists of
        sections, blocks and signatories; the blocks and signatories themselves are shared,
        because no edit changes one in place."""
        sections = [replace(s, blocks=list(s.blocks)) for s in self.sections]
        return replace(self, sections=sections, signatories=list(self.signatories))

    def question_number(self, index: int) -> int | None:
        """The number a question section prints ("3." for the third question, whatever comes
        before it); None for the introduction and the closing."""
        if not self.sections[index].is_question:
            return None
        return sum(1 for s in self.sections[: index + 1] if s.is_question)

    def section_with(self, role: SectionRole) -> int | None:
        """Index of the introduction or the closing (None when the submission has none)."""
        return next((i for i, s in enumerate(self.sections) if s.role is role), None)

    def question_range(self) -> tuple[int, int]:
        """Where question sections may be: indexes ``start <= i < end`` (between the
        introduction and the closing)."""
        start = 1 if self.sections and self.sections[0].role is SectionRole.INTRODUCTION else 0
        end = len(self.sections)
        if end > start and self.sections[-1].role is SectionRole.CLOSING:
            end -= 1
        return start, end

    def place_name(self, index: int) -> str:
        """How messages name a section: "the introduction", "the closing", "section 3" (the
        question's number), with its title when it has one."""
        section = self.sections[index]
        if section.role is SectionRole.INTRODUCTION:
            return "the introduction"
        if section.role is SectionRole.CLOSING:
            return "the closing"
        name = f"section {self.question_number(index)}"
        return f"{name} ('{section.title}')" if section.title else name

    def printed_signatories(self) -> list[Signatory]:
        """The signatories a document may name: the confirmed ones, in their order."""
        return [s for s in self.signatories if s.is_printed]

    def mark_status(self, status: SubmissionStatus, on: Day, *, sent_to: str | None = None) -> None:
        """Set the status; SENT records the day (and where, when given)."""
        self.status = status
        if status is SubmissionStatus.SENT:
            self.sent_on = on
            if sent_to is not None:
                self.sent_to = sent_to

    def paragraph_ids(self) -> set[str]:
        return {
            block.paragraph_id
            for section in self.sections
            for block in section.blocks
            if isinstance(block, ParagraphBlock)
        }
