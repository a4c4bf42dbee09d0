"""What loading and saving a library folder report: the result of a load, a file a batch
save replaced, a file changed on disk since it was loaded, a repeated paragraph id."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph


class KnownFiles(Protocol):
    """Paragraph id -> (its file, the digest of its bytes as loaded)."""

    def get(self, paragraph_id: str) -> tuple[Path | str, str] | None: ...


def duplicate_error(paragraph_id: str, path: Path | str, first: Path | str) -> InputError:
    return InputError(
        f"paragraph id '{paragraph_id}' is already used by {first}; this file was not loaded",
        path=path,
        field="id",
    )


class DiskChangedError(InputError):
    """The paragraph's file changed on disk since it was loaded (another copy of the app, a
    sync client, ``git pull``). ``on_disk`` is the paragraph as the file now holds it, or None
    when that file is gone or cannot be read; the GUI shows both versions and asks."""

    def __init__(
        self, message: str, *, path: Path, on_disk: Paragraph | None, seen: str = ""
    ) -> None:
        super().__init__(message, path=path)
        self.on_disk = on_disk
        #: The digest of the file's bytes as found ("" when it is gone): see ``accept_disk``.
        self.seen = seen


@dataclass
class LoadResult:
    paragraphs: list[Paragraph] = field(default_factory=list)
    #: One error per file that could not be read; the other files load all the same.
    errors: list[InputError] = field(default_factory=list)
    #: Files that loaded with something removed (control characters a document cannot hold).
    warnings: list[InputError] = field(default_factory=list)


@dataclass(frozen=True)
class SavedFile:
    """One file a batch save replaced: its bytes before (None: it did not exist) and after."""

    path: Path
    previous: bytes | None
    written: bytes
