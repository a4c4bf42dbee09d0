"""Library folders: one paragraph file per paragraph, loaded together, saved one at a time."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Library, Paragraph
from tccm_drafter.storage.atomic import (
    TEMP_PREFIX,
    atomic_write_many,
    atomic_write_text,
    sweep_stale_temp_files,
)
from tccm_drafter.storage.paragraph_file import (
    SUFFIX,
    dump_paragraph,
    is_valid_id,
    parse_paragraph,
)
from tccm_drafter.storage.paths import AppPaths, starter_library_dir
from tccm_drafter.storage.textfile import decode_text, digest, read_bytes


def is_paragraph_file_name(name: str) -> bool:
    return name.endswith(SUFFIX) and not name.startswith(".")


def walk_library(
    root: Path, onerror: Callable[[OSError], None] | None = None
) -> Iterator[tuple[Path, list[str]]]:
    """Every folder of a library (hidden ones such as .git skipped) with its file names, sorted.

    The one way the app walks a library: loading, counting its files and watching it.
    """
    for folder, subfolders, files in os.walk(root, onerror=onerror):
        # Pruned in place so os.walk does not descend into them.
        subfolders[:] = sorted(f for f in subfolders if not f.startswith("."))
        yield Path(folder), sorted(files)


def count_paragraph_files(roots: list[Path], stop_after: int) -> int:
    """How many paragraph files the folders hold, counting no further than ``stop_after``."""
    count = 0
    for root in roots:
        for _folder, files in walk_library(root):
            count += sum(1 for name in files if is_paragraph_file_name(name))
            if count > stop_after:
                return count
    return count


class DiskChangedError(InputError):
    """The paragraph's file changed on disk since it was loaded (another copy of the app, a
    sync client, ``git pull``). ``on_disk`` is the paragraph as the file now holds it, or None
    when that file is gone or cannot be read; the GUI shows both versions and asks."""

    def __init__(self, message: str, *, path: Path, on_disk: Paragraph | None) -> None:
        super().__init__(message, path=path)
        self.on_disk = on_disk


@dataclass
class LoadResult:
    paragraphs: list[Paragraph] = field(default_factory=list)
    #: One error per file that could not be read; the other files load all the same.
    errors: list[InputError] = field(default_factory=list)


class LibraryFolder:
    """A folder of paragraph files (``*.md``, sub-folders included, hidden ones skipped).

    It remembers, for every paragraph it loaded or saved, the file it lives in and the hash of
    that file's bytes, so a save can tell when someone else changed the file in between.
    """

    def __init__(self, path: Path, name: str = "personal", writable: bool = True) -> None:
        self.path = Path(path)
        self.name = name
        self.writable = writable
        self._files: dict[str, tuple[Path, str]] = {}

    def __repr__(self) -> str:
        return f"LibraryFolder({str(self.path)!r}, name={self.name!r}, writable={self.writable})"

    def load(self) -> LoadResult:
        result = LoadResult()
        self._files = {}
        if not self.path.is_dir():
            result.errors.append(InputError("library folder not found", path=self.path))
            return result
        for file_path in self._paragraph_files(result):
            try:
                data = read_bytes(file_path)
                paragraph = parse_paragraph(decode_text(data, file_path), file_path)
            except InputError as error:
                result.errors.append(error)
                continue
            known = self._files.get(paragraph.id)
            if known is not None:
                result.errors.append(
                    InputError(
                        f"paragraph id '{paragraph.id}' is already used by {known[0]}; "
                        "this file was not loaded",
                        path=file_path,
                        field="id",
                    )
                )
                continue
            self._files[paragraph.id] = (file_path, digest(data))
            result.paragraphs.append(paragraph)
        return result

    def _paragraph_files(self, result: LoadResult) -> list[Path]:
        found: list[Path] = []

        def report(error: OSError) -> None:
            where = error.filename or self.path
            result.errors.append(InputError(f"cannot read folder ({error.strerror})", path=where))

        for here, files in walk_library(self.path, report):
            if self.writable and any(f.startswith(TEMP_PREFIX) for f in files):
                sweep_stale_temp_files(here)
            found.extend(here / f for f in files if is_paragraph_file_name(f))
        return found

    def path_for(self, paragraph_id: str) -> Path:
        """The file a paragraph is saved to: the one it was loaded from, else ``<id>.md``."""
        known = self._files.get(paragraph_id)
        return known[0] if known is not None else self.path / f"{paragraph_id}{SUFFIX}"

    def save(self, paragraph: Paragraph, *, check_disk: bool = True) -> Path:
        """Write the paragraph's file atomically and return its path.

        With ``check_disk`` a file changed since it was loaded (or a file of the same name this
        folder never loaded) raises DiskChangedError instead of being overwritten. A file from a
        newer app version is never overwritten, whatever ``check_disk`` says.
        """
        if not self.writable:
            raise InputError(
                f"the library '{self.name}' is read-only; copy the paragraph to a writable "
                "library to change it",
                path=self.path,
            )
        if not is_valid_id(paragraph.id):
            raise InputError(
                "a paragraph id must use lower-case letters, digits, '.', '_' and '-', starting "
                f"with a letter or digit (got {paragraph.id!r})",
                field="id",
            )
        target = self.path_for(paragraph.id)
        self._check_disk(paragraph.id, target, check_disk)
        text = dump_paragraph(paragraph)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, text)
        except OSError as exc:
            raise InputError(
                f"could not save the paragraph ({exc.strerror or exc}); the file on disk is "
                "unchanged",
                path=target,
            ) from None
        self._files[paragraph.id] = (target, digest(text.encode("utf-8")))
        return target

    def save_many(self, paragraphs: list[Paragraph]) -> list[Path]:
        """Save several paragraphs (an import) with one disk flush; checks as :meth:`save`.

        Every file is checked before anything is written, so a paragraph changed on disk
        stops the whole batch with nothing written.
        """
        if not self.writable:
            raise InputError(f"the library '{self.name}' is read-only", path=self.path)
        items: list[tuple[Path, bytes]] = []
        for paragraph in paragraphs:
            if not is_valid_id(paragraph.id):
                raise InputError(f"invalid paragraph id {paragraph.id!r}", field="id")
            target = self.path_for(paragraph.id)
            self._check_disk(paragraph.id, target, True)
            items.append((target, dump_paragraph(paragraph).encode("utf-8")))
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            for target, _ in items:
                target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_many(items)
        except OSError as exc:
            raise InputError(
                f"could not save the paragraphs ({exc.strerror or exc}); the "
                "files on disk are unchanged",
                path=self.path,
            ) from None
        for paragraph, (target, data) in zip(paragraphs, items, strict=True):
            self._files[paragraph.id] = (target, digest(data))
        return [target for target, _ in items]

    def check_unchanged(self, paragraph_id: str) -> None:
        """Raise DiskChangedError when the paragraph's file changed since this folder last
        read or wrote it (before an undo removes or replaces it)."""
        self._check_disk(paragraph_id, self.path_for(paragraph_id), True)

    def _check_disk(self, paragraph_id: str, target: Path, check_disk: bool) -> None:
        known = self._files.get(paragraph_id)
        try:
            data = target.read_bytes()
        except FileNotFoundError:
            if check_disk and known is not None:
                raise DiskChangedError(
                    "the paragraph's file was deleted or moved since it was opened",
                    path=target,
                    on_disk=None,
                ) from None
            return
        except OSError:
            return  # the write itself will report the problem
        if known is not None and known[1] == digest(data):
            return
        try:
            on_disk: Paragraph | None = parse_paragraph(decode_text(data, target), target)
        except NewerFormatError:
            raise
        except InputError:
            on_disk = None
        if check_disk:
            what = "changed on disk since it was opened" if known else "already exists"
            raise DiskChangedError(
                f"the paragraph's file {what}; compare both versions before saving",
                path=target,
                on_disk=on_disk,
            )

    def delete(self, paragraph_id: str) -> None:
        """Remove the paragraph's file (nothing happens if it is already gone)."""
        if not self.writable:
            raise InputError(f"the library '{self.name}' is read-only", path=self.path)
        target = self.path_for(paragraph_id)
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise InputError(f"could not delete the file ({exc.strerror})", path=target) from None
        self._files.pop(paragraph_id, None)


def load_library(folders: list[LibraryFolder]) -> tuple[Library, list[InputError]]:
    """All folders merged into one Library; ids found in two folders go to ``clashes``."""
    library = Library()
    errors: list[InputError] = []
    for folder in folders:
        result = folder.load()
        errors.extend(result.errors)
        for paragraph in result.paragraphs:
            library.add(paragraph, folder.name)
    return library, errors


def ensure_personal_library(paths: AppPaths, starter: Path | None = None) -> LibraryFolder:
    """The personal library; on first run it is created as a copy of the starter library.

    The copy is made in a temporary folder and renamed into place, so an interrupted first
    run does not leave a half-copied library that would never be completed.
    """
    target = paths.library_dir
    if not target.is_dir():
        source = starter if starter is not None else starter_library_dir()
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=paths.data_dir))
            try:
                if source.is_dir():
                    shutil.copytree(
                        source,
                        staging,
                        dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(".*", "__pycache__"),
                    )
                os.replace(staging, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    shutil.rmtree(staging)
                raise
        except OSError as exc:
            raise InputError(
                f"could not create the personal library ({exc.strerror or exc})", path=target
            ) from None
    return LibraryFolder(target, name="personal", writable=True)
