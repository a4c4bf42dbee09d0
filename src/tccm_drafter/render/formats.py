"""The export formats: the one registry of them (the command line's --format, the export
dialog's choices), kept apart from the exporters so a front end can list them without
loading any."""

from __future__ import annotations

from pathlib import Path

#: Every export format, in the order front ends offer them, with its file suffix.
SUFFIXES = {"docx": ".docx", "md": ".md", "txt": ".txt"}
FORMATS = tuple(SUFFIXES)
#: Formats that are text and can be written to standard output.
TEXT_FORMATS = ("md", "txt")


def format_for_path(path: Path) -> str | None:
    """The format a file name asks for ("report.docx" -> "docx"), or None."""
    suffix = path.suffix.lower()
    return next((fmt for fmt, own in SUFFIXES.items() if own == suffix), None)
