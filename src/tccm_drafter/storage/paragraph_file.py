"""Paragraph files: TOML front matter between ``+++`` lines, then the Markdown body."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, Source, Status
from tccm_drafter.model.text_hygiene import (
    clean_paragraph,
    clean_text,
    count_forbidden,
    removed_message,
)
from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.fields import LANGUAGE_TAG, Fields, ParsedText
from tccm_drafter.storage.ids import is_valid_id as is_valid_id  # used by other modules
from tccm_drafter.storage.ids import portable_id_problem
from tccm_drafter.storage.textfile import parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml

FENCE = "+++"
SUFFIX = ".md"
_STATUSES = tuple(status.value for status in Status)
_STATUS_BY_VALUE = {status.value: status for status in Status}


def split_front_matter(text: str, path: Path | str) -> tuple[str, str]:
    """``(front matter TOML, body)``; the TOML starts at line 2 of the file."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    first_end = text.find("\n")
    first_line = text if first_end < 0 else text[:first_end]
    if first_line.strip() != FENCE:
        raise InputError(
            "a paragraph file must begin with a line '+++' that opens its TOML front matter",
            path=path,
            line=1,
        )
    start = first_end + 1
    search_from = first_end
    while True:
        found = text.find("\n" + FENCE, search_from)
        if found < 0:
            raise InputError(
                "the front matter opened by '+++' on line 1 is never closed by a second '+++' line",
                path=path,
                line=1,
            )
        line_end = text.find("\n", found + 1)
        rest = text[found + 1 + len(FENCE) : line_end if line_end >= 0 else len(text)]
        if not rest.strip():
            front = text[start : found + 1]
            body = text[line_end + 1 :] if line_end >= 0 else ""
            return front, body.lstrip("\n").rstrip()
        search_from = found + 1


def parse_paragraph(text: str, path: Path | str) -> Paragraph:
    """A Paragraph from the text of a paragraph file (errors name ``path`` and the line).

    Control characters a document cannot hold are removed (see
    :mod:`tccm_drafter.model.text_hygiene`); :func:`parse_paragraph_counted` says how many.
    """
    return parse_paragraph_counted(text, path)[0]


def parse_paragraph_counted(text: str, path: Path | str) -> tuple[Paragraph, int]:
    """``(paragraph, how many control characters were removed from the file's text)``."""
    front, body = split_front_matter(text, path)
    raw_body = body
    removed = count_forbidden(front) + count_forbidden(body)
    if removed:
        front, body = clean_text(front, one_line=True), clean_text(body)
    data = parse_toml(front, path, first_line=2)
    source = ParsedText(path, front, first_line=2)
    data = migrations.migrate(migrations.PARAGRAPH, data, source)
    quick = quick_paragraph(data, body)
    paragraph = quick if quick is not None else paragraph_from_fields(Fields(data, source), body)
    if not removed and "\\" not in front:
        # No character to remove in the file and no escape in its TOML: none in the values.
        return paragraph, 0
    cleaned, escaped = clean_paragraph(paragraph)
    if removed or escaped:
        # The text as the file held it: a submission may have recorded that revision's hash.
        before = replace(paragraph, body=raw_body) if raw_body != body else paragraph
        cleaned = replace(cleaned, hash_before_cleaning=before.content_hash())
    return cleaned, removed + escaped


def read_paragraph_file(path: Path) -> tuple[Paragraph, str]:
    """``(paragraph, content hash of the file as read)``."""
    text, content_hash = read_text(path, limits.PARAGRAPH)
    return parse_paragraph(text, path), content_hash


#: Key -> the exact type a well-formed file gives it (tomllib types).
_TYPES: dict[str, type] = {
    "id": str,
    "title": str,
    "status": str,
    "language": str,
    "author": str,
    "short": str,
    "base_hash": str,
    "imported_from": str,
    "superseded_by": str,
    "translation_of": str,
    "translated_from_hash": str,
    "translated_from_version": int,
    "version": int,
    "created": date,
    "updated": date,
    "reviewed": date,
    "review_by": date,
    "topics": list,
    "supersedes": list,
    "endorsed_by": list,
    "sources": list,
    "history": list,
}
_SOURCE_KEYS = frozenset(("citation", "url"))


def quick_paragraph(data: dict[str, Any], body: str) -> Paragraph | None:
    """The paragraph when ``data`` is well-formed in every respect, else None.

    A large library is mostly well-formed files; checking them in one pass is much faster
    than the key-by-key reading in ``paragraph_from_fields``, which handles everything else and
    explains what is wrong. Both build equal paragraphs (a test checks it).
    """
    extra: dict[str, Any] = {}
    for key, value in data.items():
        expected = _TYPES.get(key)
        if expected is None:
            extra[key] = value
        elif type(value) is not expected:
            return None
    status = _STATUS_BY_VALUE.get(data.get("status", ""))
    if status is None or "id" not in data or "title" not in data:
        return None
    lists = [data.get(key, []) for key in ("topics", "supersedes", "endorsed_by", "history")]
    if any(type(item) is not str for values in lists for item in values):
        return None
    sources = []
    for table in data.get("sources", []):
        if type(table) is not dict or type(table.get("citation")) is not str:
            return None
        if not table.keys() <= _SOURCE_KEYS or type(table.get("url", "")) is not str:
            return None
        sources.append(Source(table["citation"], table.get("url", "")))
    language = data.get("language", "en")
    version = data.get("version", 1)
    if not is_valid_id(data["id"]) or not LANGUAGE_TAG.fullmatch(language) or version < 1:
        return None
    if data.get("translated_from_version", 1) < 1:
        return None
    return Paragraph(
        id=data["id"],
        title=data["title"],
        body=body,
        topics=lists[0],
        status=status,
        language=language,
        author=data.get("author", ""),
        created=data.get("created"),
        updated=data.get("updated"),
        reviewed=data.get("reviewed"),
        review_by=data.get("review_by"),
        sources=sources,
        supersedes=lists[1],
        superseded_by=data.get("superseded_by"),
        endorsed_by=lists[2],
        short=data.get("short", ""),
        translation_of=data.get("translation_of"),
        translated_from_version=data.get("translated_from_version"),
        translated_from_hash=data.get("translated_from_hash", ""),
        version=version,
        base_hash=data.get("base_hash", ""),
        imported_from=data.get("imported_from", ""),
        history=lists[3],
        extra=extra,
    )


def paragraph_from_fields(fields: Fields, body: str) -> Paragraph:
    paragraph_id = fields.text("id", required=True)
    if not is_valid_id(paragraph_id):
        raise fields.error(
            "id",
            "'id' must use lower-case letters, digits, '.', '_' and '-', starting with a letter "
            f"or digit (got {paragraph_id!r})",
        )
    title = fields.text("title", required=True)
    if "status" not in fields.data:
        fields.text("status", required=True)
    status = Status(fields.choice("status", _STATUSES, Status.DRAFT.value))
    version = fields.integer("version", 1)
    if version < 1:
        raise fields.error("version", f"'version' must be 1 or more (got {version})")
    sources = [
        Source(citation=table.text("citation", required=True), url=table.text("url"))
        for table in fields.tables("sources")
    ]
    translated_from_version = fields.optional_integer("translated_from_version")
    if translated_from_version is not None and translated_from_version < 1:
        raise fields.error(
            "translated_from_version",
            f"'translated_from_version' must be 1 or more (got {translated_from_version})",
        )
    return Paragraph(
        id=paragraph_id,
        title=title,
        body=body,
        topics=fields.text_list("topics"),
        status=status,
        language=fields.language("language", "en"),
        author=fields.text("author"),
        created=fields.day("created"),
        updated=fields.day("updated"),
        reviewed=fields.day("reviewed"),
        review_by=fields.day("review_by"),
        sources=sources,
        supersedes=fields.text_list("supersedes"),
        superseded_by=fields.optional_text("superseded_by"),
        endorsed_by=fields.text_list("endorsed_by"),
        short=fields.text("short"),
        translation_of=fields.optional_text("translation_of"),
        translated_from_version=translated_from_version,
        translated_from_hash=fields.text("translated_from_hash"),
        version=version,
        base_hash=fields.text("base_hash"),
        imported_from=fields.text("imported_from"),
        history=fields.text_list("history"),
        extra=fields.unused(),
    )


def front_matter(paragraph: Paragraph) -> dict[str, Any]:
    """The front-matter table of a paragraph, in the order the file shows it."""
    doc: dict[str, Any] = {
        "format": migrations.CURRENT_FORMAT,
        "id": paragraph.id,
        "title": paragraph.title,
        "topics": list(paragraph.topics),
        "status": Status(paragraph.status).value,
        "language": paragraph.language,
    }
    optional: dict[str, Any] = {
        "author": paragraph.author,
        "created": paragraph.created,
        "updated": paragraph.updated,
        "reviewed": paragraph.reviewed,
        "review_by": paragraph.review_by,
    }
    doc.update({k: v for k, v in optional.items() if v not in (None, "")})
    doc["version"] = paragraph.version
    lists_and_links: dict[str, Any] = {
        "supersedes": list(paragraph.supersedes),
        "superseded_by": paragraph.superseded_by,
        "endorsed_by": list(paragraph.endorsed_by),
        "translation_of": paragraph.translation_of,
        "translated_from_version": paragraph.translated_from_version,
        "translated_from_hash": paragraph.translated_from_hash,
        "base_hash": paragraph.base_hash,
        "imported_from": paragraph.imported_from,
        "history": list(paragraph.history),
        "short": paragraph.short,
    }
    doc.update({k: v for k, v in lists_and_links.items() if v not in (None, "", [])})
    for key, value in paragraph.extra.items():
        doc.setdefault(key, value)
    if paragraph.sources:
        doc["sources"] = [
            {"citation": s.citation, **({"url": s.url} if s.url else {})} for s in paragraph.sources
        ]
    return doc


def checked_dump(paragraph: Paragraph, path: Path) -> tuple[Paragraph, str, list[str]]:
    """``(paragraph as saved, file text, warnings)``: what a save writes, checked as a read.

    The text rule of :mod:`tccm_drafter.model.text_hygiene` is applied (with a warning when it
    changed something), the id must be portable (:mod:`tccm_drafter.storage.ids`), and the
    text is read back with the very parser a load uses: a paragraph the app would not load
    (a language such as "English (UK)", an id with capitals) is refused with that parser's
    message instead of being written and then vanishing from the library.
    """
    cleaned, removed = clean_paragraph(paragraph)
    warnings = [f"{path}: {removed_message(removed)}"] if removed else []
    problem = portable_id_problem(cleaned.id)
    if problem is not None:
        raise InputError(problem, path=path, field="id")
    text = dump_paragraph(cleaned)
    if len(text.encode("utf-8")) > limits.PARAGRAPH.max_bytes:
        raise InputError(
            f"the paragraph is larger than {limits.describe_bytes(limits.PARAGRAPH.max_bytes)}, "
            "the limit for a paragraph file; shorten it or split it in two",
            path=path,
        )
    parse_paragraph(text, path)
    return cleaned, text, warnings


def dump_paragraph(paragraph: Paragraph) -> str:
    """The text of the paragraph's file: front matter, a blank line, the body."""
    body = paragraph.body.replace("\r\n", "\n").strip("\n").rstrip()
    return f"{FENCE}\n{dumps_toml(front_matter(paragraph))}{FENCE}\n\n{body}\n"
