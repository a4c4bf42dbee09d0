"""The index's walk of a library folder (storage/index_refresh.walk) finds the files the
app's one walk (storage/library_walk.walk_library) finds, in the same order, with each
file's own stats, on a folder with the shapes real libraries have."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tccm_drafter.storage.index_refresh import walk
from tccm_drafter.storage.library_walk import is_paragraph_file_name, walk_library


def _tree(root: Path) -> None:
    for rel in (
        "b.md",
        "a.md",
        "notes.txt",
        ".hidden.md",
        "topic/z.md",
        "topic/deeper/y.md",
        "topic/a.md",
        ".git/objects.md",
        "folder.md/inside.md",  # a folder whose name looks like a paragraph file
        "Zeta/x.md",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"+++\nid = '{rel}'\n+++\n", encoding="utf-8")


def _expected(root: Path) -> list[str]:
    return [
        os.path.relpath(folder / name, root)
        for folder, names in walk_library(root)
        for name in names
        if is_paragraph_file_name(name)
    ]


def test_the_walk_lists_what_the_library_walk_lists_with_each_files_stats(
    tmp_path: Path,
) -> None:
    _tree(tmp_path)
    found = walk(tmp_path)
    assert found.rels == _expected(tmp_path)
    assert "folder.md" not in found.rels and "folder.md/inside.md".replace("/", os.sep) in (
        found.rels
    )
    assert not found.errors
    stats = [found.stats[i : i + 4] for i in range(0, len(found.stats), 4)]
    for rel, (size, mtime, _ctime, inode) in zip(found.rels, stats, strict=True):
        real = (tmp_path / rel).stat()
        assert (size, mtime, inode) == (real.st_size, real.st_mtime_ns, real.st_ino)


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symlinks")
def test_a_file_that_cannot_be_read_is_listed_without_stats_and_the_rest_have_theirs(
    tmp_path: Path,
) -> None:
    _tree(tmp_path)
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")  # a link to nothing
    (tmp_path / "linked").symlink_to(tmp_path / "topic", target_is_directory=True)
    found = walk(tmp_path)
    assert found.rels == _expected(tmp_path)  # the link to a folder is not followed
    stats = dict(zip(found.rels, zip(*[iter(found.stats)] * 4, strict=True), strict=True))
    assert stats["gone.md"][0] == -1  # never equal to a real file's stats
    assert stats["a.md"][0] == (tmp_path / "a.md").stat().st_size
