"""Reading one paragraph file for the library index: everything the index stores about it.

The same bounded read and the same parser as a library folder's load (untrusted files: one
``InputError`` naming the file and line), then what the index keeps: the file's digest, the
paragraph's entry and record and the words the search looks in. Plain values only, so a pool
of processes can read a large library in parallel. The terms the suggestions rank by are
worked out later, when they are first needed (storage/index_terms.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
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


def parse_data(data: bytes, path: Path) -> Parsed:
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
    return parse_data(data, Path(path))


def parse_paths(paths: list[str]) -> list[Parsed]:
    """Read several files (a pool's piece of work)."""
    return [parse_path(p) for p in paths]


def parse_chunks(paths: list[str], pool: Executor | None) -> Iterator[list[Parsed]]:
    """Read every file, in pieces of ``CHUNK`` files in order (in a pool of processes when
    one is given, which reads the next pieces while the caller stores the first)."""
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    if pool is None:
        yield from map(parse_paths, chunks)
    else:
        yield from pool.map(parse_paths, chunks)


def parse_all(paths: list[Path], pool: Executor | None) -> list[Parsed]:
    """Read every file, in a pool of processes when one is given."""
    return [parsed for part in parse_chunks([str(p) for p in paths], pool) for parsed in part]


class Readers:
    """The pool of processes a refresh reads many files in: made when first wanted, or
    started early (its processes start while a new folder is walked), closed by the
    refresh."""

    def __init__(self, make: Callable[[], Executor] | None) -> None:
        self._make = make
        self._executor: Executor | None = None

    def start(self) -> None:
        if self._make is not None and self._executor is None:
            self._executor = self._make()

    def executor(self, files: int) -> Executor | None:
        """The pool to read ``files`` files in; None for a few (or when there is no pool)."""
        if files >= POOL_FROM:
            self.start()
        return self._executor

    def close(self) -> None:
        """End the processes (work not begun yet is dropped)."""
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None
