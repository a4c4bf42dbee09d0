"""What `tccm-drafter library list|search|show` prints about a paragraph, and `--version`."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.blocks import Marker, paragraph_markers
from tccm_drafter.model.library import Entry


class VersionAction(argparse.Action):
    """--version: the installed version, looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from tccm_drafter import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def listing(
    library: Library,
    query: str,
    topic: str | None,
    status: Status | None,
    out: TextIO,
    *,
    today: date,
) -> None:
    """`library list` and `library search`: one line per paragraph, from the entries alone
    (no paragraph's text is read), read as columns: a library of 50,000 paragraphs makes no
    object per paragraph but for those that may have a marker to print."""
    mask = library.match(query, topic=topic, status=status)
    lines = []
    for part in library.segments():
        c = part.columns
        for k, position in enumerate(part.positions):
            if mask is not None and not mask[position]:
                continue
            if c.translation_of[k] or c.review_by[k] is not None:
                lines.append(paragraph_line(c.entry(k), library, today))
                continue
            state = c.statuses[k].value
            if c.superseded_by[k]:
                state += f" -> {c.superseded_by[k]}"
            line = (c.ids[k], state, c.languages[k], ",".join(c.topics[k]), part.origins[k])
            lines.append(_line(*line, c.titles[k]))
    if lines:
        print("\n".join(lines), file=out)


#: How the command line names a paragraph's markers after its status.
_MARKER_WORDS = {
    Marker.STALE_TRANSLATION: "translation out of date",
    Marker.REVIEW_DUE: "review due",
}


def paragraph_line(paragraph: Paragraph | Entry, library: Library, today: date) -> str:
    status = paragraph.status.value
    if paragraph.superseded_by:
        status += f" -> {paragraph.superseded_by}"
    for marker in paragraph_markers(paragraph, library, today):
        if marker in _MARKER_WORDS:
            status += f" ({_MARKER_WORDS[marker]})"
    topics = ",".join(paragraph.topics)
    origin = library.origin(paragraph.id) or ""
    return _line(paragraph.id, status, paragraph.language, topics, origin, paragraph.title)


def _line(pid: str, status: str, language: str, topics: str, origin: str, title: str) -> str:
    return f"{pid}\t{status}\t{language}\t{topics}\t{origin}\t{title}"


def describe_paragraph(paragraph: Paragraph, library: Library) -> str:
    lines = [paragraph.title, "=" * len(paragraph.title)]
    facts: list[tuple[str, str]] = [
        ("id", paragraph.id),
        ("library", library.origin(paragraph.id) or ""),
        ("status", paragraph.status.value),
        ("version", str(paragraph.version)),
        ("language", paragraph.language),
        ("topics", ", ".join(paragraph.topics)),
        ("author", paragraph.author),
        ("endorsed by", ", ".join(paragraph.endorsed_by)),
        ("created", _date(paragraph.created)),
        ("updated", _date(paragraph.updated)),
        ("reviewed", _date(paragraph.reviewed)),
        ("supersedes", ", ".join(paragraph.supersedes)),
        ("superseded by", paragraph.superseded_by or ""),
        ("translation of", paragraph.translation_of or ""),
    ]
    lines += [f"{name + ':':<15}{value}" for name, value in facts if value]
    lines += ["", paragraph.body.strip()]
    if paragraph.short.strip():
        lines += ["", "Short variant:", paragraph.short.strip()]
    if paragraph.sources:
        lines += ["", "Sources:"]
        lines += [f"- {s.citation}" + (f" <{s.url}>" if s.url else "") for s in paragraph.sources]
    return "\n".join(lines)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""
