"""Paragraph ids are file names: the rules that keep them working on Windows, macOS and Linux.

Reading is lenient (a file that loads today keeps loading); saving and importing a bundle
apply :func:`portable_id_problem`, so no new file the app writes can break a library on
another system:

- lower-case letters, digits, ``.``, ``_`` and ``-``, starting with a letter or digit (so two
  ids never differ only in case, which Windows and macOS would treat as one file);
- at most ``limits.ID_MAX_LENGTH`` characters;
- not a device name Windows reserves (``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM0``–``COM9``,
  ``LPT0``–``LPT9``, ``CONIN$``, ``CONOUT$``), in any case, with or without an extension.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tccm_drafter.storage.limits import ID_MAX_LENGTH

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{device}{n}" for device in ("com", "lpt") for n in range(10)]
)


def is_valid_id(paragraph_id: str) -> bool:
    """Lower-case letters, digits, ``.``, ``_`` and ``-``, starting with a letter or digit."""
    return _ID.fullmatch(paragraph_id) is not None


def is_reserved_name(name: str) -> bool:
    """True for a file name Windows keeps for a device (``nul``, ``Com1.md``, ``aux.tar.gz``)."""
    return name.split(".", 1)[0].rstrip(" ").casefold() in WINDOWS_RESERVED


def portable_id_problem(paragraph_id: str) -> str | None:
    """Why ``paragraph_id`` cannot be a file name on every system, or None when it can."""
    if not is_valid_id(paragraph_id):
        return (
            "a paragraph id must use lower-case letters, digits, '.', '_' and '-', starting "
            f"with a letter or digit (got {paragraph_id[:120]!r})"
        )
    if len(paragraph_id) > ID_MAX_LENGTH:
        return (
            f"a paragraph id may have at most {ID_MAX_LENGTH} characters (this one has "
            f"{len(paragraph_id)}), so its file works on every system"
        )
    if is_reserved_name(paragraph_id):
        return (
            f"'{paragraph_id}' cannot be a paragraph id: Windows reserves the file name "
            f"'{paragraph_id.split('.', 1)[0]}' for a device"
        )
    return None


class CaseNames:
    """The file names of folders by their case-folded form, each folder listed once, so a
    batch of thousands of new files is checked for case clashes in linear time."""

    def __init__(self) -> None:
        self._folders: dict[Path, dict[str, set[str]]] = {}

    def clash(self, target: Path) -> str | None:
        """Another name in ``target``'s folder that differs from its name only in case (the
        same file on Windows and macOS), else None; ``target`` then counts as present."""
        folder = self._folders.get(target.parent)
        if folder is None:
            try:
                names = os.listdir(target.parent)
            except OSError:
                names = []
            folder = {}
            for name in names:
                folder.setdefault(name.casefold(), set()).add(name)
            self._folders[target.parent] = folder
        same = folder.setdefault(target.name.casefold(), set())
        other = next((name for name in sorted(same) if name != target.name), None)
        same.add(target.name)
        return other
