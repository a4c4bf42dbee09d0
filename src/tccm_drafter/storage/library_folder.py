"""Library folders: one paragraph file per paragraph, loaded together, saved one at a time."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.text_hygiene import removed_message
from tccm_drafter.storage import journal, limits
from tccm_drafter.storage.atomic import TEMP_PREFIX, atomic_write_text, sweep_stale_temp_files
from tccm_drafter.storage.folder_lock import folder_lock
from tccm_drafter.storage.ids import CaseNames
from tccm_drafter.storage.library_paths import relative_inside, writable_path
from tccm_drafter.storage.library_results import (
    DiskChangedError,
    KnownFiles,
    LoadResult,
    SavedFile,
    duplicate_error,
)
from tccm_drafter.storage.library_walk import is_paragraph_file_name, walk_library
from tccm_drafter.storage.paragraph_file import (
    SUFFIX,
    checked_dump,
    parse_paragraph,
    parse_paragraph_counted,
)
from tccm_drafter.storage.textfile import FileMissingError, decode_text, digest, read_bytes

__all__ = [
    "DiskChangedError",
    "KnownFiles",
    "LibraryFolder",
    "LoadResult",
    "SavedFile",
    "duplicate_error",
]


class LibraryFolder:
    """A folder of paragraph files (``*.md``, sub-folders included, hidden ones skipped).

    It remembers, for every paragraph it loaded or saved, the file it lives in and the hash of
    that file's bytes, so a save can tell when someone else changed the file in between.
    """

    def __init__(self, path: Path, name: str = "personal", writable: bool = True) -> None:
        self.path = Path(path)
        self.name = name
        self.writable = writable
        #: id -> (its file, digest of the bytes last read or written), None once forgotten;
        #: a path may be a str. Files a load through the index found are in ``_loaded``.
        self._files: dict[str, tuple[Path | str, str] | None] = {}
        self._loaded: KnownFiles | None = None

    def __repr__(self) -> str:
        return f"LibraryFolder({str(self.path)!r}, name={self.name!r}, writable={self.writable})"

    def load(self) -> LoadResult:
        """Read and parse every paragraph file (``library_loading`` reads through the index)."""
        result = LoadResult()
        if not self.begin_load(result):
            return result
        for file_path in self._paragraph_files(result):
            try:
                data = read_bytes(file_path, limits.PARAGRAPH)
                paragraph, removed = parse_paragraph_counted(
                    decode_text(data, file_path), file_path
                )
            except InputError as error:
                result.errors.append(error)
                continue
            if removed:
                result.warnings.append(InputError(removed_message(removed), path=file_path))
            if self.accept(result, paragraph.id, file_path, digest(data)):
                result.paragraphs.append(paragraph)
        return result

    def load_files(self, paragraph_ids: list[str]) -> LoadResult:
        """Read only these ids' files (missing ones skipped); saves check against them."""
        result = LoadResult()
        self._finish_interrupted(result)
        for path in map(self.path_for, paragraph_ids):
            try:
                data = read_bytes(path, limits.PARAGRAPH)
                paragraph = parse_paragraph(decode_text(data, path), path)
            except InputError as error:
                if not isinstance(error, FileMissingError):
                    result.errors.append(error)
                continue
            self._files[paragraph.id] = (path, digest(data))
            result.paragraphs.append(paragraph)
        return result

    def begin_load(self, result: LoadResult) -> bool:
        """Forget what was loaded and finish an interrupted import; False (with the error in
        ``result``) when the folder is not there."""
        self._files, self._loaded = {}, None
        if not self.path.is_dir():
            result.errors.append(InputError("library folder not found", path=self.path))
            return False
        self._finish_interrupted(result)
        return True

    def accept(
        self, result: LoadResult, paragraph_id: str, path: Path | str, data_digest: str
    ) -> bool:
        """Remember a loaded paragraph's file (for the disk-change check of a save); False,
        with the error in ``result``, when another file of this folder has the same id."""
        known = self._known(paragraph_id)
        if known is not None:
            result.errors.append(duplicate_error(paragraph_id, path, known[0]))
            return False
        self._files[paragraph_id] = (path, data_digest)
        return True

    def remember(self, files: KnownFiles) -> None:
        """The files a load through the library index found (asked only when saving)."""
        self._loaded = files

    def _known(self, paragraph_id: str) -> tuple[Path | str, str] | None:
        if paragraph_id in self._files:
            return self._files[paragraph_id]
        return self._loaded.get(paragraph_id) if self._loaded is not None else None

    def sweep(self, result: LoadResult) -> None:
        """Remove temporary files a killed save left (writable folders only)."""
        if self.writable:
            self._paragraph_files(result)

    def _finish_interrupted(self, result: LoadResult) -> None:
        """Complete (or roll back) an import or undo that was killed half-way."""
        if not journal.pending(self.path):
            return
        if not self.writable:
            result.errors.append(
                InputError(
                    "an import into this library was interrupted and is not finished (the "
                    "library is read-only here); open it where it is writable to finish it",
                    path=self.path,
                )
            )
            return
        try:
            with folder_lock(self.path):
                journal.recover(self.path)
        except (InputError, OSError) as error:
            result.errors.append(
                error
                if isinstance(error, InputError)
                else InputError(f"cannot finish an interrupted import ({error})", path=self.path)
            )

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
        known = self._known(paragraph_id)
        return Path(known[0]) if known is not None else self.path / f"{paragraph_id}{SUFFIX}"

    def save(
        self,
        paragraph: Paragraph,
        *,
        check_disk: bool = True,
        warnings: list[str] | None = None,
    ) -> Path:
        """Write the paragraph's file atomically and return its path.

        With ``check_disk`` a file changed since it was loaded (or a file of the same name this
        folder never loaded) raises DiskChangedError instead of being overwritten. A file from a
        newer app version is never overwritten, whatever ``check_disk`` says. The check and the
        write happen under the folder's lock, so two copies of the app saving at the same
        moment cannot both pass the check. The paragraph is validated exactly as a load would
        (``paragraph_file.checked_dump``); what the text rule removed is appended to
        ``warnings`` when given.
        """
        self._refuse_read_only()
        target = self.path_for(paragraph.id)
        cleaned, text, notes = checked_dump(paragraph, target)
        data = text.encode("utf-8")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with folder_lock(self.path):
                journal.recover(self.path)
                self._check_inside(target)
                self._check_disk(paragraph.id, target, check_disk)
                self._check_case(cleaned.id, target)
                atomic_write_text(target, text)
        except OSError as exc:
            raise InputError(
                f"could not save the paragraph ({exc.strerror or exc}); the file on disk is "
                "unchanged",
                path=target,
            ) from None
        self._files[cleaned.id] = (target, digest(data))
        if warnings is not None:
            warnings.extend(notes)
        return target

    def save_many(
        self,
        paragraphs: list[Paragraph],
        record: Callable[[list[SavedFile]], bytes] | None = None,
    ) -> list[SavedFile]:
        """Save several paragraphs (an import) all or nothing; checks as :meth:`save`.

        Every file is checked under the folder's lock before anything is written, so a
        paragraph changed on disk stops the whole batch with nothing written; the files are
        then switched through the folder's journal (:mod:`tccm_drafter.storage.journal`), so a
        kill at any moment leaves the library entirely as before or entirely as after.
        ``record`` turns what is about to be replaced into the bytes of the folder's import
        record (``journal.IMPORT_RECORD``), switched in together with the files.
        """
        self._refuse_read_only()
        staged: list[tuple[str, Path, bytes]] = []
        for paragraph in paragraphs:
            target = self.path_for(paragraph.id)
            cleaned, text, _ = checked_dump(paragraph, target)
            staged.append((cleaned.id, target, text.encode("utf-8")))
        saved: list[SavedFile] = []
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            with folder_lock(self.path):
                journal.recover(self.path)
                names = CaseNames()  # one listing for the batch, not one per file
                for paragraph_id, target, data in staged:
                    self._check_inside(target)
                    self._check_disk(paragraph_id, target, True)
                    self._check_case(paragraph_id, target, names)
                    saved.append(SavedFile(target, _existing(target), data))
                changes = [journal.Change(item.path, item.written) for item in saved]
                if record is not None:
                    changes.append(journal.Change(self.path / journal.IMPORT_RECORD, record(saved)))
                journal.switch(self.path, changes)
        except OSError as exc:
            raise InputError(
                f"could not save the paragraphs ({exc.strerror or exc}); the "
                "files on disk are unchanged",
                path=self.path,
            ) from None
        except journal.CommittedError as exc:
            self._remember(staged)  # what the files will hold once the change is finished
            raise InputError(
                f"could not finish writing the paragraphs ({exc}); the change is recorded "
                "and completes the next time this library is opened or saved to",
                path=self.path,
            ) from None
        self._remember(staged)
        return saved

    def _remember(self, staged: list[tuple[str, Path, bytes]]) -> None:
        for paragraph_id, target, data in staged:
            self._files[paragraph_id] = (target, digest(data))

    def _refuse_read_only(self) -> None:
        if not self.writable:
            raise InputError(
                f"the library '{self.name}' is read-only; copy the paragraph to a writable "
                "library to change it",
                path=self.path,
            )

    def _check_inside(self, target: Path) -> None:
        """Refuse a file reached through a linked folder (``sub -> ../elsewhere``): a folder
        swapped for a link after loading must not lead a write outside the library."""
        relative = relative_inside(self.path, target)
        writable_path(self.path, relative or str(target), named_by=target)

    def _check_case(self, paragraph_id: str, target: Path, names: CaseNames | None = None) -> None:
        """A new file whose name differs only in case from another would be that file on
        Windows and macOS: refuse it everywhere, so a library works on every system."""
        known = self._known(paragraph_id)
        if known is not None and Path(known[0]) == target:
            return
        other = (names or CaseNames()).clash(target)
        if other is not None:
            raise InputError(
                f"'{other}' is already in this folder; a file whose name differs from it only "
                "in capitals would be the same file on Windows and macOS",
                path=target,
                field="id",
            )

    def _check_disk(self, paragraph_id: str, target: Path, check_disk: bool) -> None:
        known = self._known(paragraph_id)
        try:
            data = read_bytes(target, limits.PARAGRAPH)
        except FileMissingError:
            if check_disk and known is not None:
                raise DiskChangedError(
                    "the paragraph's file was deleted or moved since it was opened",
                    path=target,
                    on_disk=None,
                ) from None
            return
        except InputError:
            if check_disk and os.path.lexists(target):
                raise DiskChangedError(
                    "a file that is not a paragraph file is in the way; move it first",
                    path=target,
                    on_disk=None,
                ) from None
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
                seen=digest(data),
            )

    def accept_disk(self, paragraph_id: str, error: DiskChangedError) -> None:
        """The user took the file as ``error`` found it: later saves check against that."""
        if error.seen:
            self._files[paragraph_id] = (self.path_for(paragraph_id), error.seen)
        else:
            self._files[paragraph_id] = None

    def delete(self, paragraph_id: str, *, check_disk: bool = False) -> None:
        """Remove the paragraph's file (nothing happens if it is already gone); with
        ``check_disk``, only if it still holds what this folder last read or wrote."""
        self._refuse_read_only()
        target = self.path_for(paragraph_id)
        try:
            with folder_lock(self.path):
                journal.recover(self.path)
                self._check_inside(target)
                self._check_disk(paragraph_id, target, check_disk)
                target.unlink(missing_ok=True)
        except OSError as exc:
            raise InputError(f"could not delete the file ({exc.strerror})", path=target) from None
        self._files[paragraph_id] = None


def _existing(target: Path) -> bytes | None:
    """The bytes a file holds before a batch replaces it (None: there is none)."""
    try:
        return read_bytes(target, limits.PARAGRAPH)
    except FileMissingError:
        return None
