"""How the library index stores a paragraph: the full paragraph as JSON (read when someone
opens it) and its entry as columns (read for every paragraph at every start).

The index is a cache the app wrote itself, but a cache file can be damaged: a record that
does not decode to a well-formed paragraph raises ``ValueError`` and the caller reads the
paragraph file instead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import tomli
import tomli_w

from tccm_drafter.model import Paragraph, Source, Status
from tccm_drafter.model.library import Entry

_STATUS = {status.value: status for status in Status}
#: Separates topics in the ``topics`` column (a character no topic can hold).
TOPIC_SEPARATOR = "\x1f"
#: The entry columns of the ``files`` table, in the order of :class:`Entry`'s fields.
ENTRY_COLUMNS = (
    "pid, title, status, language, topics, superseded_by, translation_of, review_by, version, "
    "content_hash, tf_version, tf_hash, has_short, sources"
)


def entry_values(entry: Entry) -> tuple[object, ...]:
    """The entry as the values of :data:`ENTRY_COLUMNS`."""
    return (
        entry.id,
        entry.title,
        entry.status.value,
        entry.language,
        TOPIC_SEPARATOR.join(entry.topics),
        entry.superseded_by,
        entry.translation_of,
        entry.review_by.isoformat() if entry.review_by else None,
        entry.version,
        entry.content_hash,
        entry.translated_from_version,
        entry.translated_from_hash,
        int(entry.has_short),
        entry.sources,
    )


class EntryReader:
    """Entries from rows holding :data:`ENTRY_COLUMNS`; equal topic lists, languages and
    dates share one object (a large library repeats them thousands of times)."""

    def __init__(self) -> None:
        self._languages: dict[str, str] = {}
        self._topics: dict[str, tuple[str, ...]] = {}
        self._dates: dict[str, date] = {}

    def entry(self, row: Sequence[Any], at: int) -> Entry:
        """The entry whose columns start at ``row[at]``; ValueError or KeyError when the
        row is damaged."""
        language = row[at + 3]
        language = self._languages.setdefault(language, language)
        text = row[at + 4]
        topics = self._topics.get(text)
        if topics is None:
            topics = self._topics[text] = tuple(text.split(TOPIC_SEPARATOR)) if text else ()
        day = row[at + 7]
        review_by = None
        if day is not None:
            review_by = self._dates.get(day)
            if review_by is None:
                review_by = self._dates[day] = date.fromisoformat(day)
        return Entry(
            row[at],
            row[at + 1],
            _STATUS[row[at + 2]],
            language,
            topics,
            row[at + 5],
            row[at + 6],
            review_by,
            row[at + 8],
            row[at + 9],
            row[at + 10],
            row[at + 11],
            bool(row[at + 12]),
            row[at + 13],
        )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def encode(p: Paragraph) -> str:
    """The paragraph as JSON text (unknown front-matter keys as TOML, which keeps dates)."""
    record: dict[str, Any] = {
        "id": p.id,
        "title": p.title,
        "body": p.body,
        "topics": p.topics,
        "status": p.status.value,
        "language": p.language,
        "author": p.author,
        "created": _day(p.created),
        "updated": _day(p.updated),
        "reviewed": _day(p.reviewed),
        "review_by": _day(p.review_by),
        "sources": [[s.citation, s.url] for s in p.sources],
        "supersedes": p.supersedes,
        "superseded_by": p.superseded_by,
        "endorsed_by": p.endorsed_by,
        "short": p.short,
        "translation_of": p.translation_of,
        "translated_from_version": p.translated_from_version,
        "translated_from_hash": p.translated_from_hash,
        "version": p.version,
        "base_hash": p.base_hash,
        "imported_from": p.imported_from,
        "history": p.history,
    }
    if p.extra:
        record["extra"] = tomli_w.dumps(p.extra)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _date(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("date")
    return date.fromisoformat(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _texts(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("list")
    return list(value)


def _optional(value: object) -> str | None:
    return None if value is None else _text(value)


def decode(text: str) -> Paragraph:
    """The paragraph :func:`encode` wrote; ValueError when the record is damaged."""
    try:
        r = json.loads(text)
        sources = [Source(_text(c), _text(u)) for c, u in r["sources"]]
        version, from_version = r["version"], r["translated_from_version"]
        if type(version) is not int or not (from_version is None or type(from_version) is int):
            raise ValueError("version")
        return Paragraph(
            id=_text(r["id"]),
            title=_text(r["title"]),
            body=_text(r["body"]),
            topics=_texts(r["topics"]),
            status=_STATUS[r["status"]],
            language=_text(r["language"]),
            author=_text(r["author"]),
            created=_date(r["created"]),
            updated=_date(r["updated"]),
            reviewed=_date(r["reviewed"]),
            review_by=_date(r["review_by"]),
            sources=sources,
            supersedes=_texts(r["supersedes"]),
            superseded_by=_optional(r["superseded_by"]),
            endorsed_by=_texts(r["endorsed_by"]),
            short=_text(r["short"]),
            translation_of=_optional(r["translation_of"]),
            translated_from_version=from_version,
            translated_from_hash=_text(r["translated_from_hash"]),
            version=version,
            base_hash=_text(r["base_hash"]),
            imported_from=_text(r["imported_from"]),
            history=_texts(r["history"]),
            extra=tomli.loads(_text(r["extra"])) if "extra" in r else {},
        )
    except (KeyError, TypeError, AttributeError, RecursionError, tomli.TOMLDecodeError) as exc:
        raise ValueError(f"damaged record ({exc})") from None
