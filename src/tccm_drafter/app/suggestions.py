"""Which library paragraphs best answer a section's question, and a first draft from them.

The ranking, kept simple enough to explain to a drafter:

1. The question (or, without one, the section's title) becomes terms: words without the
   ones every question uses, cut to their stem (model/terms.py).
2. The library index scores every paragraph in the question's language sharing a term with
   BM25, SQLite FTS5's ranking: a term counts more the rarer it is among those paragraphs
   and the more often it is in the paragraph, a word of the title four times and a topic
   twice as much as one of the text. (A library with no paragraph in that language is
   compared in all its languages.)
3. Retired and superseded paragraphs are never suggested. A paragraph and its linked
   translations are one suggestion: the version in the submission's language is offered,
   the others are listed with it. Paragraphs scoring under ``RELEVANT`` of the best one are
   left out.
4. Approved paragraphs come before drafts; each group is in the order of the score. A
   paragraph whose review date has come is marked, not hidden.

``draft`` fills an empty section with the suggestions, best first, that fit its word and
character limits (three when it has none), as one step of the undo history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from tccm_drafter.app.drafting import insert_blocks
from tccm_drafter.app.edits import Edit
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Block, Library, Paragraph, Section, Status
from tccm_drafter.model.blocks import block_from_paragraph
from tccm_drafter.model.terms import Analyzer, keyed, primary
from tccm_drafter.model.translations import same_language, translation_for
from tccm_drafter.storage.index_queries import IndexSource, MemoryRanker, Ranked

#: A paragraph scoring less than this share of the best one's score is not suggested.
RELEVANT = 0.3
#: How many suggestions a section gets at most.
LIMIT = 10
#: How many paragraphs "Draft from Library" takes for a section without a limit.
UNLIMITED_DRAFT = 3


class Ranker(Protocol):
    #: Turns questions into terms (keeps the stems it has seen: one per ranker).
    analyzer: Analyzer

    def rank(self, terms: list[str], limit: int) -> list[Ranked] | None: ...


@dataclass(frozen=True)
class Suggestion:
    """One paragraph to answer a question with (in the submission's language if the library
    has it), how well it matches, and its linked translations."""

    paragraph_id: str
    title: str
    score: float
    status: Status
    language: str
    review_due: bool
    #: The other languages' versions of the same paragraph, by id.
    translations: tuple[str, ...] = ()


def question_of(section: Section) -> str:
    """What a section asks: its question, else its title."""
    return (section.question or section.title).strip()


def ranker_for(library: Library) -> Ranker:
    """The library's index when it has one, else the same ranking over its paragraphs."""
    source = library.source
    if isinstance(source, IndexSource):
        return source
    return MemoryRanker(library)


def prepare(library: Library) -> bool:
    """Work out what ranking needs before the first question is asked: the suggestion terms
    of an indexed library's paragraphs (about 2 s at 10,000 paragraphs, so the window does it
    off its thread after a load). Safe on any thread: each has its own index connection.
    False when the index cannot store them now (the first question then ranks what has some)."""
    source = library.source
    return source.prepare() if isinstance(source, IndexSource) else True


def unprepared(library: Library) -> int:
    """How many of an indexed library's paragraphs still wait for their suggestion terms."""
    source = library.source
    return source.unprepared() if isinstance(source, IndexSource) else 0


def suggest(
    library: Library,
    question: str,
    language: str,
    *,
    today: date,
    limit: int = LIMIT,
    ranker: Ranker | None = None,
) -> list[Suggestion]:
    """The paragraphs that best answer ``question``, asked in ``language``."""
    ranker = ranker or ranker_for(library)
    asked = language or "en"
    words = ranker.analyzer.terms(question, asked)
    held = {primary(tag) for tag in library.languages()}
    languages = [asked] if primary(asked) in held or not held else sorted(held)
    terms = [term for tag in languages for term in keyed(words, tag)]
    ranked = ranker.rank(terms, limit * 4) or []
    families: dict[str, tuple[float, list[str]]] = {}
    for hit in ranked:
        entry = library.entry(hit.paragraph_id)
        if entry is None or entry.is_retired or entry.superseded_by:
            continue
        root = entry.translation_of if entry.translation_of in library else entry.id
        score, members = families.setdefault(root or entry.id, (hit.score, []))
        members.append(entry.id)
    if not families:
        return []
    best = max(score for score, _ in families.values())
    kept = {root: value for root, value in families.items() if value[0] >= RELEVANT * best}
    linked: dict[str, set[str]] = {root: {root} for root in kept}
    for e in library.entries():  # one pass: the linked translations of every family
        if e.translation_of in linked and not e.is_retired:
            linked[e.translation_of].add(e.id)
    found: list[Suggestion] = []
    for root, (score, members) in kept.items():
        chosen = _in_language(library, root, members, language)
        entry = library.entry(chosen)
        if entry is None:
            continue
        found.append(
            Suggestion(
                chosen,
                entry.title,
                score,
                entry.status,
                entry.language,
                entry.review_due(today),
                tuple(sorted(linked[root] - {chosen})),
            )
        )
    found.sort(key=lambda s: (s.status is not Status.APPROVED, -s.score))
    return found[:limit]


def _in_language(library: Library, root: str, members: list[str], language: str) -> str:
    """The family's current version in ``language``, else its best-ranked member."""
    if language:
        version = translation_for(library, root, language)
        if (
            version is not None
            and same_language(version.language, language)
            and not version.is_retired
            and not version.superseded_by
        ):
            return version.id
    return members[0]


def draft(ws: Workspace, section: int, *, today: date, ranker: Ranker | None = None) -> Edit | None:
    """Fill an empty section with the best suggestions that fit its limits (one undo step);
    None when the section has blocks already or nothing answers its question."""
    from tccm_drafter.render.counting import count_markdown

    sections = ws.submission.sections
    if not 0 <= section < len(sections) or sections[section].blocks:
        return None
    target = sections[section]
    rules = ws.submission.consultation.rules
    words, chars = target.effective_word_limit(rules), target.effective_char_limit(rules)
    language = ws.submission.consultation.language
    chosen: list[Paragraph] = []
    used_words = used_chars = 0
    for suggestion in suggest(
        ws.library, question_of(target), language, today=today, ranker=ranker
    ):
        paragraph = ws.library.get(suggestion.paragraph_id)
        if paragraph is None:
            continue
        counts = count_markdown(paragraph.body)
        if words is None and chars is None:
            if len(chosen) < UNLIMITED_DRAFT:
                chosen.append(paragraph)
            continue
        if (words is not None and used_words + counts.words > words) or (
            chars is not None and used_chars + counts.characters > chars
        ):
            continue
        chosen.append(paragraph)
        used_words, used_chars = used_words + counts.words, used_chars + counts.characters
    if not chosen:
        return None
    blocks: list[Block] = [block_from_paragraph(p) for p in chosen]
    return insert_blocks(ws, blocks, section, 0, "Draft from Library")
