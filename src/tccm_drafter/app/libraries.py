"""The library folders a user works with: the personal one, those in the settings and those
given with ``--library``, opened the same way by the command line and the desktop app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import ensure_personal_library, load_library
from tccm_drafter.storage.library_walk import count_paragraph_files, walk_library
from tccm_drafter.storage.paragraph_file import is_valid_id
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings

#: Above this many paragraph files the desktop app reads the library after its window shows.
BACKGROUND_LOAD_FILES = 1500


@dataclass
class Libraries:
    """Library folders and the paragraphs read from them."""

    folders: list[LibraryFolder]
    library: Library = field(default_factory=Library)
    #: Files or folders that could not be read; the rest loaded all the same.
    errors: list[InputError] = field(default_factory=list)
    #: Files that loaded with something removed (control characters a document cannot hold).
    warnings: list[InputError] = field(default_factory=list)
    #: The library index in the cache folder (None: every load parses every file).
    index: LibraryIndex | None = None
    #: A cold index may read files in a pool of processes (the app and the command line).
    parallel: bool = False

    def notices(self) -> list[str]:
        """What the user should know besides the files that could not be read (``errors``):
        files loaded with something removed, and ids found in two libraries (the first one
        loaded is used). The same lines in the command line and in the window."""
        lines = [str(warning) for warning in self.warnings]
        lines += [
            f"paragraph id '{clash.paragraph_id}' is in both '{clash.kept_library}' and "
            f"'{clash.other_library}'; using the one in '{clash.kept_library}'"
            for clash in self.library.clashes
        ]
        return lines

    def writable_folder_for(self, paragraph_id: str | None = None) -> LibraryFolder | None:
        """Where a paragraph is saved: the writable folder it comes from, else the first
        writable one (the personal library); None when every folder is read-only."""
        origin = self.library.origin(paragraph_id) if paragraph_id else None
        writable = [f for f in self.folders if f.writable]
        for folder in writable:
            if folder.name == origin:
                return folder
        return writable[0] if writable else None

    def folder_named(self, name: str | None) -> LibraryFolder | None:
        return next((f for f in self.folders if f.name == name), None)

    def is_large(self, limit: int | None = None) -> bool:
        """True when the folders hold more than ``limit`` (BACKGROUND_LOAD_FILES) paragraph
        files."""
        limit = BACKGROUND_LOAD_FILES if limit is None else limit
        return count_paragraph_files([f.path for f in self.folders], limit) > limit

    def load(self) -> Libraries:
        """Read every folder (again) into a new Libraries; this one is left as it was.

        Fresh folder objects: a save through the old ones may run meanwhile, and each folder
        remembers the files it loaded for its disk-change check.
        """
        folders = [LibraryFolder(f.path, f.name, f.writable) for f in self.folders]
        warnings: list[InputError] = []
        library, errors = load_library(folders, warnings, self.index, parallel=self.parallel)
        return Libraries(folders, library, errors, warnings, self.index, self.parallel)


def library_folders(
    paths: AppPaths, settings: Settings, extra: Sequence[Path] = ()
) -> tuple[list[LibraryFolder], list[InputError]]:
    """The personal library (made from the starter library on the first run), the folders the
    settings list, and ``extra`` ones (read-only; each must exist)."""
    errors: list[InputError] = []
    folders: list[LibraryFolder] = []
    try:
        folders.append(ensure_personal_library(paths))
    except InputError as error:
        errors.append(error)
    folders.extend(LibraryFolder(Path(s.path), s.name, s.writable) for s in settings.libraries)
    taken = {f.name for f in folders}
    for path in extra:
        if not Path(path).is_dir():
            raise InputError("library folder not found", path=path)
        name, number = Path(path).name or "library", 2
        while name in taken:
            name, number = f"{Path(path).name}-{number}", number + 1
        taken.add(name)
        folders.append(LibraryFolder(Path(path), name, writable=False))
    return folders, errors


def open_libraries(
    paths: AppPaths,
    settings: Settings,
    extra: Sequence[Path] = (),
    *,
    load: bool = True,
    parallel: bool = False,
) -> Libraries:
    """The user's library folders, read unless ``load`` is False (the app then reads them in
    the background when there are many)."""
    folders, errors = library_folders(paths, settings, extra)
    index = LibraryIndex.open(paths.index_dir)
    libraries = Libraries(folders, Library(), errors, index=index, parallel=parallel)
    if load:
        library, load_errors = load_library(folders, libraries.warnings, index, parallel=parallel)
        libraries.library = library
        libraries.errors.extend(load_errors)
    return libraries


def watched_folders(folders: Sequence[LibraryFolder]) -> list[str]:
    """The folders whose changes the app must notice: each library folder and its
    sub-folders, hidden ones left out. Lists every folder of a library (a large one takes tens
    of milliseconds): the window works it out off its thread."""
    return [
        str(here)
        for folder in folders
        if folder.path.is_dir()
        for here, _files in walk_library(folder.path)
    ]


__all__ = [
    "BACKGROUND_LOAD_FILES",
    "DiskChangedError",
    "Libraries",
    "LibraryFolder",
    "is_valid_id",
    "library_folders",
    "open_libraries",
    "walk_library",
    "watched_folders",
]
