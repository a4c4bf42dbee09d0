"""A first index read in a pool of processes (storage/index_parse.py ``Readers``): the same
library as reading every file, each file read once, the files of a new folder read while it is
still being walked, and never what one walk read for another."""

from __future__ import annotations

from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.storage import index_parse, library_index
from tccm_drafter.storage.index_parse import Readers
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import load_library
from test_storage_library_index import _library, _load, _paragraph, _state, _write


@pytest.fixture
def small_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, object]:
    """A library (and what reading every file gives) read in pieces of a few files, in a pool
    from 20 files: the starter library's folders are read in the pool, some pieces while the
    folder is still being walked."""
    monkeypatch.setattr(index_parse, "POOL_FROM", 20)
    monkeypatch.setattr(index_parse, "CHUNK", 7)
    folder = _library(tmp_path)
    return folder, _load(folder, None)


def test_a_cold_index_read_in_a_pool_of_processes_equals_reading_every_file(
    tmp_path: Path, small_pieces: tuple[Path, object]
) -> None:
    folder, expected = small_pieces
    index = LibraryIndex.open(tmp_path / "cache")
    warnings: list[InputError] = []
    library, errors = load_library([LibraryFolder(folder)], warnings, index, parallel=True)
    assert (*_state(library, errors), sorted(str(w) for w in warnings)) == expected
    assert _load(folder, index) == expected  # warm, from what the pool read
    assert library.search_ids("multistakeholder")


def test_a_new_folder_is_read_while_it_is_walked_and_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_pieces: tuple[Path, object]
) -> None:
    folder, expected = small_pieces
    walking = [False]
    sent: list[tuple[bool, list[str]]] = []  # (while walking?, files) per piece sent
    read: list[str] = []
    walk = library_index.walk

    def watched_walk(*args: object) -> object:
        walking[0] = True
        try:
            return walk(*args)  # type: ignore[arg-type]
        finally:
            walking[0] = False

    class Pool(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            if args:
                sent.append((walking[0], list(args[0])))
            future: Future[object] = super().submit(fn, *args, **kwargs)
            return future

    counted = index_parse.parse_path
    monkeypatch.setattr(library_index, "walk", watched_walk)
    monkeypatch.setattr(index_parse, "parse_path", lambda p: read.append(str(p)) or counted(p))
    index = LibraryIndex.open(tmp_path / "cache")
    scan = index.refresh(folder, lambda: Pool(2))
    files = sorted(str(p) for p in folder.rglob("*.md"))
    assert sorted(read) == files  # every file read once
    assert any(during for during, _ in sent) and not all(during for during, _ in sent)
    assert sorted(p for _, paths in sent for p in paths) == files
    assert len(scan.snapshot.rowids) == len(files)
    assert _load(folder, index) == expected


class _AtOnce(Executor):
    """An executor that does each piece of work as it is given (an order a test can know)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future[object] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_what_one_walk_read_early_is_not_taken_for_another_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_parse, "POOL_FROM", 2)
    monkeypatch.setattr(index_parse, "CHUNK", 2)
    rels = [f"p{i}.md" for i in range(4)]
    for rel in rels:
        _write(tmp_path, rel, _paragraph(rel.removesuffix(".md")))
    paths = [str(tmp_path / rel) for rel in rels]
    read: list[str] = []
    counted = index_parse.parse_path
    monkeypatch.setattr(index_parse, "parse_path", lambda p: read.append(str(p)) or counted(p))
    readers = Readers(_AtOnce)
    first_walk = list(rels)
    readers.walking(tmp_path)(first_walk)  # both pieces read while walking
    assert read == paths
    # A file changes; a second walk (a refresh that starts again) finds it changed.
    (tmp_path / "p0.md").write_text("not a paragraph", encoding="utf-8")
    parts = list(readers.read(paths, list(rels)))
    assert read == paths * 2  # read again, not taken from the first walk
    assert [p.problem is None for part in parts for p in part] == [False, True, True, True]
    # The walk the pieces were read for takes them as they are.
    readers.walking(tmp_path)(first_walk)
    read.clear()
    problems = [p.problem for part in readers.read(paths, first_walk) for p in part]
    assert problems[0] is not None and problems[1:] == [None, None, None]
    assert read == []
    readers.close()
