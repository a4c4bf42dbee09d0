"""Which paths inside a library folder the app may write, whoever names them.

A library folder may be shared: a sync client, git or a colleague can put anything in it,
including the app's own state files (the import journal, the undo record of the last import)
and symbolic links. A link that git or a sync client stores is usually relative
(``sub -> ../victim``), so it points outside the library however the folder is moved. A path
that a state file names is therefore used only when

- it is relative, without ``..``, empty or hidden parts, backslashes, drive letters or NUL;
- it names a paragraph file (``*.md``) or one of the app's own record names;
- every folder between the library and the file is a real folder, not a link (or a Windows
  junction): links are followed for reading paragraphs elsewhere, never for writing.

The library folder itself may be a link (a user may keep the library anywhere); only what lies
inside it is checked. :func:`writable_path` is the one check; writers call it under the
folder's lock, right before they write, so a folder swapped for a link in between is caught.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from tccm_drafter.errors import InputError

PARAGRAPH_SUFFIX = ".md"


def safe_relative(value: object, allowed_names: frozenset[str] = frozenset()) -> str | None:
    """``value`` as a relative POSIX path to a paragraph file inside a library, or None."""
    if isinstance(value, str) and value in allowed_names:
        return value
    if not isinstance(value, str) or "\\" in value or "\x00" in value or ":" in value:
        return None
    pure = PurePosixPath(value)
    if (
        pure.is_absolute()
        or not value.endswith(PARAGRAPH_SUFFIX)
        or any(part in ("", ".", "..") or part.startswith(".") for part in pure.parts)
        or str(pure) != value
    ):
        return None
    return value


def linked_folder(root: Path, relative: str) -> Path | None:
    """The first folder between ``root`` and ``root/relative`` that is a link (or not a
    folder at all), or None when every one that exists is a real folder."""
    current = Path(root)
    for part in PurePosixPath(relative).parts[:-1]:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return None  # created later by the writer, as a real folder
        except OSError:
            return current
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or _junction(current):
            return current
    return None


def _junction(path: Path) -> bool:
    isjunction = getattr(os.path, "isjunction", None)  # Python 3.12+; Windows only in effect
    return bool(isjunction(path)) if isjunction is not None else False


def writable_path(
    root: Path,
    relative: str,
    *,
    named_by: Path,
    allowed_names: frozenset[str] = frozenset(),
) -> Path:
    """``root / relative`` when a writer may replace or remove it; else one InputError that
    names ``named_by`` (the state file, or the target itself) and what is wrong."""
    checked = safe_relative(relative, allowed_names)
    if checked is None:
        raise InputError(
            f"names '{relative}', which is not a paragraph file inside the library; nothing "
            "was changed",
            path=named_by,
        )
    link = linked_folder(root, checked)
    if link is not None:
        raise InputError(
            f"names '{checked}', which lies in '{link.name}', a link to a folder elsewhere; "
            "the app never writes through a linked folder, so nothing was changed",
            path=named_by,
        )
    return Path(root) / checked


def relative_inside(root: Path, target: Path) -> str | None:
    """``target`` relative to ``root`` as a POSIX path when it lies inside it (lexically)."""
    try:
        relative = Path(target).relative_to(Path(root))
    except ValueError:
        return None
    return str(PurePosixPath(*relative.parts)) if relative.parts else None


def same_folder(claimed: str, actual: Path) -> bool:
    """True when a record's ``claimed`` folder is ``actual`` (the same folder on disk)."""
    if not claimed:
        return False
    try:
        return os.path.samefile(claimed, actual)
    except (OSError, ValueError):
        return False
