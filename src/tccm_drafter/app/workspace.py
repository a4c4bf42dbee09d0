"""The open submission and the libraries it draws on, and the one place that changes them.

Edits (``app/edits.py``) change a workspace only through the primitive methods below. Each
primitive tells a listener what is about to change and what changed, so the desktop app's item
models can announce exactly that change to their views; the command line has no listener.

Blocks and sections are treated as values: a changed block is a new object, never the old one
modified, so a background render holding a snapshot keeps seeing a consistent submission.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol, TypedDict, cast

from tccm_drafter.app.libraries import Libraries
from tccm_drafter.model import (
    Block,
    Consultation,
    Library,
    Organisation,
    Section,
    Signatory,
    Submission,
    SubmissionStatus,
)


class SubmissionFields(TypedDict, total=False):
    """Submission-wide fields by name, each with its own type (``set_fields``); sections,
    the identity and the unknown keys of a file change by other means."""

    title: str
    consultation: Consultation
    organisation: Organisation
    template: str
    reference_docx: str
    date: date | None
    addressee: str
    signatories: list[Signatory]
    endorsement_deadline: date | None
    sign_off: date | None
    status: SubmissionStatus
    sent_on: date | None
    sent_to: str


def fields_of(submission: Submission, names: Iterable[str]) -> SubmissionFields:
    """The submission's values of the fields named (keys of ``SubmissionFields``)."""
    # The type checker cannot follow keys given by name: each is the attribute of that name.
    return cast(SubmissionFields, {name: getattr(submission, name) for name in names})


def changed_fields(submission: Submission, values: SubmissionFields) -> SubmissionFields:
    """Those of ``values`` that differ from the submission's own."""
    current = fields_of(submission, values)
    # Keys taken from a SubmissionFields, values kept as they were: the same type again.
    return cast(SubmissionFields, {k: v for k, v in values.items() if v != current.get(k)})


@dataclass(frozen=True)
class BlockInserted:
    section: int
    row: int


@dataclass(frozen=True)
class BlockRemoved:
    section: int
    row: int


@dataclass(frozen=True)
class BlockMoved:
    """``to_row`` is the block's row after the move."""

    section: int
    row: int
    to_section: int
    to_row: int


@dataclass(frozen=True)
class BlockReplaced:
    section: int
    row: int


@dataclass(frozen=True)
class SectionInserted:
    row: int


@dataclass(frozen=True)
class SectionRemoved:
    row: int


@dataclass(frozen=True)
class SectionMoved:
    row: int
    to_row: int


@dataclass(frozen=True)
class SectionReplaced:
    """A section's title, question or limits changed (its blocks stayed)."""

    row: int


@dataclass(frozen=True)
class FieldsChanged:
    """Submission-wide fields (consultation, organisation, template, title...) changed."""

    names: tuple[str, ...]


@dataclass(frozen=True)
class SubmissionReset:
    """Another submission was opened: everything changed."""


@dataclass(frozen=True)
class LibraryChanged:
    """Library paragraphs changed (an edit, an import, a reload); ``ids`` empty = any."""

    ids: tuple[str, ...] = ()


Event = (
    BlockInserted
    | BlockRemoved
    | BlockMoved
    | BlockReplaced
    | SectionInserted
    | SectionRemoved
    | SectionMoved
    | SectionReplaced
    | FieldsChanged
    | SubmissionReset
    | LibraryChanged
)


class Listener(Protocol):
    def before(self, event: Event) -> None: ...

    def after(self, event: Event) -> None: ...


class Workspace:
    """One submission being drafted over the user's libraries."""

    def __init__(
        self,
        submission: Submission,
        libraries: Libraries,
        listener: Listener | None = None,
    ) -> None:
        self._submission = submission
        self.libraries = libraries
        #: Goes up whenever library paragraphs change (a render worker re-reads them then).
        self.library_version = 0
        self._listeners: list[Listener] = [listener] if listener is not None else []

    # -- reading ----------------------------------------------------------------------------
    @property
    def submission(self) -> Submission:
        return self._submission

    @property
    def library(self) -> Library:
        return self.libraries.library

    def block(self, section: int, row: int) -> Block:
        return self._submission.sections[section].blocks[row]

    def has_block(self, section: int, row: int) -> bool:
        sections = self._submission.sections
        return 0 <= section < len(sections) and 0 <= row < len(sections[section].blocks)

    def snapshot(self) -> tuple[Submission, Library]:
        """A submission and library that later edits do not change (for a background job).

        Cheap: lists are copied, blocks and paragraphs are shared, because no edit ever
        changes a block or paragraph object in place.
        """
        return self._submission.copy(), self.library.copy()

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _before(self, event: Event) -> None:
        for listener in self._listeners:
            listener.before(event)

    def _after(self, event: Event) -> None:
        for listener in self._listeners:
            listener.after(event)

    # -- whole-document changes -------------------------------------------------------------
    def reset(self, submission: Submission) -> None:
        event = SubmissionReset()
        self._before(event)
        self._submission = submission
        self._after(event)

    def set_libraries(self, libraries: Libraries) -> None:
        """Use re-read libraries (after a reload or an import)."""
        event = LibraryChanged()
        self._before(event)
        self.libraries = libraries
        self.library_version += 1
        self._after(event)

    def library_changed(self, ids: tuple[str, ...]) -> None:
        """Library paragraphs were saved or removed in place (by a library edit)."""
        event = LibraryChanged(ids)
        self._before(event)
        self.library_version += 1
        self._after(event)

    # -- primitives, called by edits only ----------------------------------------------------
    def insert_block(self, section: int, row: int, block: Block) -> None:
        event = BlockInserted(section, row)
        self._before(event)
        self._submission.sections[section].blocks.insert(row, block)
        self._after(event)

    def remove_block(self, section: int, row: int) -> Block:
        event = BlockRemoved(section, row)
        self._before(event)
        block = self._submission.sections[section].blocks.pop(row)
        self._after(event)
        return block

    def replace_block(self, section: int, row: int, block: Block) -> None:
        event = BlockReplaced(section, row)
        self._before(event)
        self._submission.sections[section].blocks[row] = block
        self._after(event)

    def move_block(self, section: int, row: int, to_section: int, to_row: int) -> None:
        event = BlockMoved(section, row, to_section, to_row)
        self._before(event)
        block = self._submission.sections[section].blocks.pop(row)
        self._submission.sections[to_section].blocks.insert(to_row, block)
        self._after(event)

    def insert_section(self, row: int, section: Section) -> None:
        event = SectionInserted(row)
        self._before(event)
        self._submission.sections.insert(row, section)
        self._after(event)

    def remove_section(self, row: int) -> Section:
        event = SectionRemoved(row)
        self._before(event)
        section = self._submission.sections.pop(row)
        self._after(event)
        return section

    def move_section(self, row: int, to_row: int) -> None:
        event = SectionMoved(row, to_row)
        self._before(event)
        section = self._submission.sections.pop(row)
        self._submission.sections.insert(to_row, section)
        self._after(event)

    def replace_section(self, row: int, section: Section) -> None:
        """Replace a section's own fields; the blocks it holds stay."""
        event = SectionReplaced(row)
        self._before(event)
        current = self._submission.sections[row]
        self._submission.sections[row] = replace(section, blocks=current.blocks)
        self._after(event)

    def set_fields(self, values: SubmissionFields) -> SubmissionFields:
        """Set submission-wide fields; returns their previous values (for undo)."""
        event = FieldsChanged(tuple(values))
        self._before(event)
        old = fields_of(self._submission, values)
        self._submission = replace(self._submission, **copy.deepcopy(values))
        self._after(event)
        return old
