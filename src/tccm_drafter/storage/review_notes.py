"""The footnotes and endnotes of a reviewed Word file, read like the body.

Each note becomes the segments of its text in both readings (tracked changes accepted, and as
before them); a note of several paragraphs is joined into one (Markdown footnotes hold one).
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.storage.docx_package import DocxPackage
from tccm_drafter.storage.review_markdown import Segment
from tccm_drafter.storage.review_walk import Notes, RunWalker, Story, w


def read_notes(root: etree._Element, kind: str, story: Story) -> Notes:
    """Note id -> (final, original) segments of the ``kind`` notes (``footnote`` or
    ``endnote``) of a notes part's root element; separators left out."""
    notes: Notes = {}
    for note in root.iterchildren(w(kind)):
        if note.get(w("type")) not in (None, "normal"):
            continue  # separators
        paragraphs = RunWalker(story, {}).body(note)
        notes[note.get(w("id"), "")] = (
            _join([p.final for p in paragraphs]),
            _join([p.original for p in paragraphs]),
        )
    return notes


def package_notes(package: DocxPackage, main: str, styles: dict[str, str], kind: str) -> Notes:
    """The ``kind`` notes (``footnote`` / ``endnote``) of a package's main document."""
    parts = package.related(main, kind + "s")
    if not parts:
        return {}
    return read_notes(package.xml(parts[0]), kind, Story(package, parts[0], styles))


def _join(paragraphs: list[list[Segment]]) -> list[Segment]:
    out: list[Segment] = []
    for segments in paragraphs:
        if out and segments:
            out.append(Segment(" "))
        out.extend(segments)
    return out


__all__ = ["package_notes", "read_notes"]
