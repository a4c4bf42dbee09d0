"""A reusable, reviewed position paragraph and its metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

#: How many earlier revision hashes a paragraph keeps.
HISTORY_LIMIT = 50


class Status(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    RETIRED = "retired"


@dataclass
class Source:
    """A citation: a UN resolution, a Tunis Agenda paragraph, an outcome document."""

    citation: str
    url: str = ""


@dataclass
class Paragraph:
    """One position paragraph. ``body`` and ``short`` are Markdown with ``{{ placeholders }}``."""

    id: str
    title: str
    body: str
    topics: list[str] = field(default_factory=list)
    status: Status = Status.DRAFT
    language: str = "en"
    author: str = ""
    created: date | None = None
    updated: date | None = None
    reviewed: date | None = None
    #: When a time-bound paragraph ("we welcome the outcome of ...") should be looked at again.
    review_by: date | None = None
    sources: list[Source] = field(default_factory=list)
    supersedes: list[str] = field(default_factory=list)
    superseded_by: str | None = None
    endorsed_by: list[str] = field(default_factory=list)
    short: str = ""
    translation_of: str | None = None
    #: The source's ``version`` and ``content_hash()`` when this translation was made from it
    #: (see model/translations.py): tells a current translation from a stale one.
    translated_from_version: int | None = None
    translated_from_hash: str = ""
    #: Counts saved revisions of this paragraph; a submission records the one it took.
    version: int = 1
    #: Content hash of the revision this one was derived from ("" for a first revision); lets
    #: a merge tell "they changed it" from "I changed it" from "both changed".
    base_hash: str = ""
    #: Where this revision came from, e.g. the bundle file it was imported in.
    imported_from: str = ""
    #: Content hashes of earlier revisions, oldest first (at most HISTORY_LIMIT): lets a merge
    #: see that one side's text is an ancestor of the other's even after several edits.
    history: list[str] = field(default_factory=list)
    #: Front-matter keys this version of the app does not know, kept so a save loses nothing.
    extra: dict[str, Any] = field(default_factory=dict)
    #: ``content_hash()`` of the text as the file held it, when control characters were
    #: removed on load (see model/text_hygiene.py); "" otherwise. Never saved: a submission
    #: that recorded the uncleaned text (an older copy of the app did) still has this revision.
    hash_before_cleaning: str = field(default="", compare=False, repr=False)

    @property
    def is_retired(self) -> bool:
        return self.status is Status.RETIRED

    def review_due(self, today: date) -> bool:
        """True once ``today`` has reached the paragraph's ``review_by`` date.

        After a review, move ``review_by`` on (or remove it) to clear the reminder.
        """
        return self.review_by is not None and today >= self.review_by

    def content_hash(self) -> str:
        """Identify the wording of this paragraph (title, body and short variant).

        Metadata such as review dates or topics does not change the hash: a submission that
        uses the paragraph only cares whether the words it would print have changed.
        """
        digest = hashlib.sha256()
        for part in (self.title, self.body, self.short):
            digest.update(part.replace("\r\n", "\n").strip().encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()[:16]

    def is_revision(self, content_hash: str) -> bool:
        """True when ``content_hash`` names this very revision (cleaned on load or not)."""
        return content_hash in (self.content_hash(), self.hash_before_cleaning)

    def derives_from(self, content_hash: str) -> bool:
        """True when ``content_hash`` is this revision's text or one it was derived from."""
        return (
            self.is_revision(content_hash)
            or content_hash == self.base_hash
            or (content_hash in self.history)
        )

    def text_for(self, use_short: bool) -> str:
        """The Markdown to print: the short variant when asked for and present."""
        return self.short if use_short and self.short.strip() else self.body


def revised(previous: Paragraph, updated: Paragraph) -> Paragraph:
    """``updated`` as the next revision of ``previous``: version, base hash and history.

    Nothing changes when the wording (title, body, short variant) is the same: metadata edits
    such as a review date do not make a new revision.
    """
    old_hash = previous.content_hash()
    if updated.content_hash() == old_hash:
        return replace(
            updated,
            version=previous.version,
            base_hash=previous.base_hash,
            history=list(previous.history),
        )
    history = [h for h in previous.history if h != old_hash] + [old_hash]
    return replace(
        updated, version=previous.version + 1, base_hash=old_hash, history=history[-HISTORY_LIMIT:]
    )
