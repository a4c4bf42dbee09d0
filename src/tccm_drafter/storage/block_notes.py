"""Notes on a submission's blocks in the ``.tccm`` file: ``[[sections.blocks.notes]]``.

Each note is a table with ``text`` (required), ``author``, ``date`` (a TOML date-time such as
``2026-03-02T10:15:00Z``) and ``resolved``. A file without notes reads as before, and an
older version of the app reads a file with notes (it ignores them).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from tccm_drafter.model import Note
from tccm_drafter.storage.fields import Fields


def notes_from(fields: Fields) -> list[Note]:
    """The notes of one block table."""
    return [_note_from(table) for table in fields.tables("notes")]


def _note_from(fields: Fields) -> Note:
    when = fields.data.get("date")
    moment: datetime | None = None
    if isinstance(when, datetime):
        moment = when
    elif isinstance(when, date):
        moment = datetime.combine(when, time())
    elif when is not None:
        raise fields.error(
            "date",
            f"'{fields.field_name('date')}' must be a date and time such as "
            "2026-03-02T10:15:00Z, without quotes",
        )
    return Note(
        text=fields.text("text", required=True),
        author=fields.text("author"),
        date=moment,
        resolved=fields.boolean("resolved", False),
    )


def notes_document(notes: list[Note]) -> list[dict[str, Any]]:
    """The TOML tables of a block's notes (empty list: the key is left out)."""
    tables: list[dict[str, Any]] = []
    for note in notes:
        table: dict[str, Any] = {"author": note.author}
        if note.date is not None:
            table["date"] = note.date
        table["resolved"] = note.resolved
        table["text"] = note.text
        tables.append(table)
    return tables
