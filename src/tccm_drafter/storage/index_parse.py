"""Reading one paragraph file for the library index: everything the index stores about it.

The same bounded read and the same parser as a library folder's load (untrusted files: one
``InputError`` naming the file and line), then what the index keeps: the file's digest, the
paragraph's entry and record and the words the search looks in. Plain values only, so a pool
of processes can read a large library in parallel. The terms the suggestions rank by are
worked out later, when they are first needed (storage/index_terms.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.library import Entry
from tccm_drafter.model.library_types import paragraph_index_text
from tccm_drafter.model.terms import Analyzer, keyed
from tccm_drafter.storage import limits
from tccm_drafter.storage.paragraph_file import parse_paragraph_counted
from tccm_drafter.storage.textfile import decode_text, digest, read_bytes

#: Files read in one piece of work of a pool.
CHUNK = 400
#: Above this many files to read, they are read in a pool of processes.
POOL_FROM = 3000
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}")


@dataclass(frozen=True)
class Problem:
    """Why a file did not load (an InputError, kept as values)."""

    message: str
    line: int | None = None
    field: str | None = None
    newer: bool = False

    @classmethod
    def of(cls, error: InputError) -> Problem:
        return cls(error.message, error.line, error.field, isinstance(error, NewerFormatError))

    def error(self, path: Path | str) -> InputError:
        kind = NewerFormatError if self.newer else InputError
        return kind(self.message, path=path, line=self.line, field=self.field)


class Parsed(NamedTuple):
    """What the index stores about one file: a paragraph, or the problem that stopped it.

    A tuple: a pool of processes sends thousands back, and a tuple is what pickles fastest
    (a dataclass costs several times as much to send and to receive)."""

    digest: str
    entry: Entry | None = None
    record: str | None = None
    #: The words the search looks in (model/search_text.py).
    words: str = ""
    problem: Problem | None = None
    #: Control characters removed while reading (a warning).
    removed: int = 0


def read_digest(path: Path) -> tuple[bytes, str]:
    """The file's bytes (bounded, regular files only) and their digest; InputError."""
    data = read_bytes(path, limits.PARAGRAPH)
    return data, digest(data)


def parse_data(data: bytes, path: Path | str) -> Parsed:
    """Everything the index keeps about a file with these bytes."""
    found = digest(data)
    try:
        text = decode_text(data, path)
        paragraph, removed = parse_paragraph_counted(text, path)
    except InputError as error:
        return Parsed(found, problem=Problem.of(error))
    words = paragraph_index_text(paragraph)
    return Parsed(found, Entry.of(paragraph), text, words, None, removed)


def paragraph_terms(paragraph: Paragraph, analyzer: Analyzer) -> tuple[str, str, str]:
    """Title, topics and text (with the short variant) as space-separated terms; the names
    in placeholders (``{{ consultation.title }}``) are not words of the paragraph."""
    language = paragraph.language
    topics = " ".join(paragraph.topics).replace("-", " ")
    text = _PLACEHOLDER.sub(" ", paragraph.body + "\n" + paragraph.short)
    return (
        " ".join(keyed(analyzer.terms(paragraph.title, language), language)),
        " ".join(keyed(analyzer.terms(topics, language), language)),
        " ".join(keyed(analyzer.terms(text, language), language)),
    )


def parse_path(path: Path | str) -> Parsed:
    try:
        data = read_bytes(path, limits.PARAGRAPH)
    except InputError as error:
        return Parsed("", problem=Problem.of(error))
    return parse_data(data, path)


def parse_paths(paths: list[str]) -> list[Parsed]:
    """Read several files (a pool's piece of work)."""
    return [parse_path(p) for p in paths]


class Readers:
    """The pool of processes a refresh reads many files in: made when first wanted, or
    started while a folder never indexed is walked (then it reads the files walked so far
    while the walk goes on); closed by the refresh."""

    def __init__(self, make: Callable[[], Executor] | None) -> None:
        self._make = make
        self._executor: Executor | None = None
        #: Pieces sent while walking: their files, and what reading them gives; ``_rels``:
        #: the walk's list of files (read after that walk's stats, they are of no other).
        self._early: list[tuple[list[str], Future[list[Parsed]]]] = []
        self._rels: list[str] | None = None

    def start(self) -> None:
        if self._make is not None and self._executor is None:
            self._executor = self._make()

    def walking(self, root: Path) -> Callable[[list[str]], None]:
        """What a walk of ``root``, a folder whose every file will be read, calls with the
        files found so far: once there are many, the pool reads them as they are found."""
        folder = os.path.join(root, "")

        def walked(rels: list[str]) -> None:
            if len(rels) < POOL_FROM:
                return
            self.start()
            if self._executor is None:
                return
            if rels is not self._rels:
                self._early, self._rels = [], rels
            sent = len(self._early) * CHUNK
            for start in range(sent, len(rels) - CHUNK + 1, CHUNK):
                paths = [folder + rel for rel in rels[start : start + CHUNK]]
                self._early.append((paths, self._executor.submit(parse_paths, paths)))

        return walked

    def read(self, paths: list[str], rels: list[str]) -> Iterator[list[Parsed]]:
        """Every file read, in pieces of ``CHUNK`` files in order: in the pool when there
        are many (which reads the next pieces while the caller stores the first; a piece it
        was given while walking ``rels``, the walk these files come from, is not read
        again)."""
        chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
        if len(paths) >= POOL_FROM:
            self.start()
        executor = self._executor
        if executor is None:
            yield from map(parse_paths, chunks)
            return
        early = self._early if rels is self._rels else []
        self._early, self._rels = [], None
        futures = []
        for i, chunk in enumerate(chunks):
            sent = i < len(early) and early[i][0] == chunk
            futures.append(early[i][1] if sent else executor.submit(parse_paths, chunk))
        for future in futures:
            yield future.result()
        self.close()  # every file read: the processes end while the caller stores the last

    def close(self) -> None:
        """End the processes (work not begun yet is dropped), without waiting for them."""
        self._early, self._rels = [], None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
