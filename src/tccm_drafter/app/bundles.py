"""Which paragraphs a bundle shares, chosen the same way from the command line and the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tccm_drafter.app.libraries import Libraries
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.sharing.bundle import write_bundle


def bundle_paragraphs(
    libraries: Libraries, topics: list[str] | None = None, ids: list[str] | None = None
) -> list[Paragraph]:
    """The personal library's paragraphs (the first writable library: what this user
    maintains), narrowed to the topics and ids given."""
    personal = libraries.writable_folder_for(None)
    if personal is None:
        raise InputError("there is no writable library to share paragraphs from")
    library = libraries.library
    own = [p for p in library if library.origin(p.id) == personal.name]
    chosen = [p for p in own if set(p.topics) & set(topics)] if topics else own
    if ids:
        unknown = [i for i in ids if i not in {p.id for p in own}]
        if unknown:
            raise InputError(
                f"no paragraph with id '{unknown[0]}' in the library '{personal.name}'",
                path=personal.path,
                field="id",
            )
        chosen = [p for p in chosen if p.id in set(ids)]
    if not chosen:
        raise InputError("nothing to export: no paragraph matches", path=personal.path)
    return chosen


def export_bundle(
    paragraphs: list[Paragraph], output: Path, organisation: str, *, now: datetime
) -> None:
    if not output.parent.is_dir():
        raise InputError("the folder to write into does not exist", path=output.parent)
    write_bundle(paragraphs, output, organisation, now=now)
