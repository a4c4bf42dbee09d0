"""How the library index stores a paragraph: the full paragraph as JSON, read when someone
opens it (its entry is in the folder's snapshot: storage/index_snapshot.py).

The index is a cache the app wrote itself, but a cache file can be damaged: a record that
does not decode to a well-formed paragraph raises ``ValueError`` and the caller reads the
paragraph file instead.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import tomli
import tomli_w

from tccm_drafter.model import Paragraph, Source, Status

_STATUS = {status.value: status for status in Status}


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
