"""Saving a user's file: never over a newer-format file, atomically, with a plain reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.fields import ParsedText
from tccm_drafter.storage.textfile import decode_text, parse_toml, read_bytes

#: Inspects the bytes of the file about to be replaced; raises to refuse the save.
Guard = Callable[[bytes, Path], None]


def write_user_file(path: Path, text: str, *, refuse_newer_than: Guard | None = None) -> None:
    """Replace ``path`` with ``text``; on any failure the previous file is left as it was."""
    if refuse_newer_than is not None:
        try:
            existing: bytes | None = read_bytes(path, limits.RECORD)
        except InputError:
            existing = None  # missing, not an ordinary file or huge: replaced by a good one
        if existing is not None:
            refuse_newer_than(existing, path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            f"could not save ({reason}); the previous file, if any, is unchanged", path=path
        ) from None


def refuse_newer_toml(data: bytes, path: Path) -> None:
    """Guard for TOML files: NewerFormatError when ``data`` carries a newer ``format``."""
    try:
        text = decode_text(data, path)
        parsed = parse_toml(text.split("\n+++", 1)[0].removeprefix("+++\n"), path)
    except InputError:
        return  # an unreadable file is replaced by a good one
    if isinstance(parsed.get("format"), int):
        migrations.check_not_newer(parsed, ParsedText(path, text))
