"""Translations linked to their source paragraph: which one to use, and whether it is stale.

A translation names its source (``translation_of``) and records the source's ``version`` and
``content_hash()`` at the time it was made (``translated_from_version``,
``translated_from_hash``). The source's wording may change afterwards; from then on the
translation is *stale* until someone brings it up to date and records the new hash
(``linked_to``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from babel import Locale, UnknownLocaleError

from tccm_drafter.model.diffing import word_diff
from tccm_drafter.model.formatting import primary_language
from tccm_drafter.model.library import Entry, Library, stale
from tccm_drafter.model.paragraph import Paragraph


def same_language(a: str, b: str) -> bool:
    """True when two language tags name the same language (``en-GB`` and ``en`` do)."""
    return primary_language(a) == primary_language(b)


def language_name(tag: str) -> str:
    """The language's English name ("French", "Chinese"), from CLDR; the tag if unknown."""
    try:
        name = Locale.parse(primary_language(tag)).get_language_name("en")
    except (UnknownLocaleError, ValueError, TypeError):
        return tag
    return name or tag


def linked_to(translation: Paragraph, source: Paragraph) -> Paragraph:
    """``translation`` recorded as made from the source's current wording (no longer stale)."""
    return replace(
        translation,
        translation_of=source.id,
        translated_from_version=source.version,
        translated_from_hash=source.content_hash(),
    )


def is_stale(translation: Paragraph, source: Paragraph) -> bool:
    """True when the source's wording is no longer the wording the translation was made from.

    The recorded hash decides; a translation that records only a version is stale once the
    source's version is higher. A translation that records neither cannot be judged and is
    not called stale (files written before links were recorded).
    """
    recorded = translation.translated_from_hash
    return stale(recorded, translation.translated_from_version, Entry.of(source))


@dataclass(frozen=True)
class SourceChange:
    """How a translation's source has moved on since the translation was made."""

    translation: Paragraph
    source: Paragraph
    changed: bool
    #: True when the recorded hash is today's wording or one of the source's earlier
    #: revisions (its history), so the translation was made from this line of text; False
    #: when the link cannot be traced (no hash recorded, or a hash the source never had).
    traced: bool
    #: Revisions of the source since the translation was made, when versions are recorded.
    versions_behind: int | None
    #: The source as it was when translated, when an earlier copy of it is known.
    old_source: Paragraph | None = None
    #: Word differences from the old source body to the current one (empty when unknown).
    diff: list[tuple[str, str]] = field(default_factory=list)


def source_change(
    translation: Paragraph, library: Library, earlier: Iterable[Paragraph] = ()
) -> SourceChange | None:
    """What changed in the source of ``translation``; None if it is no translation in the library.

    ``earlier`` may hold older copies of paragraphs (from a bundle, a backup, a previous
    version of a shared library); the one whose wording has the recorded hash is taken as the
    source as it was, and its body is compared word by word with today's.
    """
    if not translation.translation_of:
        return None
    source = library.get(translation.translation_of)
    if source is None:
        return None
    changed = is_stale(translation, source)
    recorded = translation.translated_from_hash
    traced = bool(recorded) and source.derives_from(recorded)
    behind = None
    if translation.translated_from_version is not None:
        behind = max(0, source.version - translation.translated_from_version)
    old = None
    if changed and recorded:
        old = next((p for p in earlier if p.id == source.id and p.content_hash() == recorded), None)
    diff = word_diff(old.body, source.body) if old is not None else []
    return SourceChange(translation, source, changed, traced, behind, old, diff)


def translations_of(library: Library, paragraph_id: str) -> list[Paragraph]:
    """Every paragraph in the library that says it translates ``paragraph_id``."""
    ids = [e.id for e in library.entries() if e.translation_of == paragraph_id]
    return list(library.many(ids))


def translation_for(library: Library, paragraph_id: str, language: str) -> Paragraph | None:
    """The version of a paragraph in ``language``, or None when the library has none.

    Works from the paragraph or from any of its translations: the paragraph itself is
    returned when it is already in that language, its source when the source is, otherwise a
    translation of the same source. Among several, a current (not stale), not retired
    translation whose tag matches exactly (``fr-CA`` for ``fr-CA``) is preferred.
    """
    paragraph = library.get(paragraph_id)
    if paragraph is None:
        return None
    if same_language(paragraph.language, language):
        return paragraph
    root = library.get(paragraph.translation_of) if paragraph.translation_of else paragraph
    if root is None:
        return None
    if same_language(root.language, language):
        return root
    candidates = [
        p for p in translations_of(library, root.id) if same_language(p.language, language)
    ]
    if not candidates:
        return None

    def rank(candidate: Paragraph) -> tuple[bool, bool, bool]:
        return (
            candidate.is_retired,
            is_stale(candidate, root),
            candidate.language.casefold() != language.casefold(),
        )

    return min(candidates, key=rank)
