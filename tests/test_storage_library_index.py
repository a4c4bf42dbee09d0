"""The library index: a load through it gives exactly what reading every file gives, it
notices every change to the files, and it survives being deleted, damaged, locked, killed
half-way and shared by two processes (real processes, SQLite on disk)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.storage import index_db
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.paths import starter_library_dir

ROOT = Path(__file__).resolve().parent.parent


def _paragraph(pid: str, body: str = "Body text.") -> Paragraph:
    return Paragraph(id=pid, title=f"Title of {pid}", body=body, status=Status.APPROVED)


def _write(folder: Path, name: str, paragraph: Paragraph) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_paragraph(paragraph), encoding="utf-8")
    return path


def _library(tmp_path: Path) -> Path:
    """The starter library plus a broken file, a duplicate id and a control character."""
    folder = tmp_path / "library"
    shutil.copytree(starter_library_dir(), folder)
    (folder / "broken.md").write_text("+++\nformat = 1\nid = 'x'\n", encoding="utf-8")
    _write(folder, "zz/open-internet.md", _paragraph("open-internet"))
    _write(folder, "bell.md", _paragraph("bell", "Ring\x07 the bell."))
    return folder


def _state(library: Library, errors: list[InputError]) -> tuple[object, ...]:
    """Everything a user could notice of a load."""
    return (
        [(p, library.origin(p.id)) for p in library],
        sorted(str(e) for e in errors),
        library.clashes,
    )


def _load(folder: Path, index: LibraryIndex | None) -> tuple[object, ...]:
    warnings: list[InputError] = []
    library, errors = load_library([LibraryFolder(folder)], warnings, index)
    return (*_state(library, errors), sorted(str(w) for w in warnings))


def test_a_load_through_the_index_equals_reading_every_file(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    expected = _load(folder, None)
    index = LibraryIndex.open(tmp_path / "cache")
    assert _load(folder, index) == expected  # cold: every file read
    assert _load(folder, index) == expected  # warm: from the index
    assert any("broken.md" in e for e in expected[1])  # the untrusted-input rules hold
    assert any("already used" in e for e in expected[1])
    assert expected[3]  # the control character is reported as before


def test_the_index_notices_every_change(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    for i in range(5):
        _write(folder, f"p{i}.md", _paragraph(f"p{i}"))
    index = LibraryIndex.open(tmp_path / "cache")
    _load(folder, index)
    (folder / "p0.md").unlink()
    _write(folder, "p1.md", _paragraph("p1", "A new text, longer than before."))
    _write(folder, "sub/p9.md", _paragraph("p9"))
    (folder / "p2.md").write_text("not a paragraph file", encoding="utf-8")
    assert _load(folder, index) == _load(folder, None)
    library, _ = load_library([LibraryFolder(folder)], None, index)
    assert sorted(library.search_ids()) == ["p1", "p3", "p4", "p9"]
    assert library.get("p1") == _paragraph("p1", "A new text, longer than before.")


def test_same_size_and_time_within_the_granularity_is_caught_by_the_bytes(
    tmp_path: Path,
) -> None:
    """An edit that keeps the size and (on a coarse file system) the modification time."""
    folder = tmp_path / "library"
    path = _write(folder, "p.md", _paragraph("p", "Text AAAA."))
    index = LibraryIndex.open(tmp_path / "cache")
    before = os.stat(path)
    _load(folder, index)
    path.write_text(dump_paragraph(_paragraph("p", "Text BBBB.")), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    library, _ = load_library([LibraryFolder(folder)], None, index)
    assert library.get("p") == _paragraph("p", "Text BBBB.")


def test_only_changed_files_are_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    for i in range(3):
        _write(folder, f"p{i}.md", _paragraph(f"p{i}"))
    index = LibraryIndex.open(tmp_path / "cache")
    _load(folder, index)
    old = time.time_ns() - 60_000_000_000  # indexed long ago: no longer "racy"
    for path in folder.glob("*.md"):
        os.utime(path, ns=(old, old))
    _load(folder, index)
    (folder / "p1.md").chmod(0o000)  # a read of it would fail (unless root: then no check)
    try:
        library, errors = load_library([LibraryFolder(folder)], None, index)
    finally:
        (folder / "p1.md").chmod(0o644)
    assert errors == []
    assert len(library) == 3


def test_search_and_entries_come_from_the_index(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    index = LibraryIndex.open(tmp_path / "cache")
    _load(folder, index)
    indexed, _ = load_library([LibraryFolder(folder)], None, index)
    memory, _ = load_library([LibraryFolder(folder)], None, None)
    assert indexed.source is not None
    for query in ("fund", "IGF perm", "mandate-fr", "RÉSEAU", "论坛", "financement", "zzz"):
        assert indexed.search_ids(query) == memory.search_ids(query), query
    assert indexed.search_ids("论坛")  # Chinese: characters in order, anywhere
    assert list(indexed.entries()) == list(memory.entries())


def test_a_deleted_index_is_made_again(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    cache = tmp_path / "cache"
    expected = _load(folder, None)
    _load(folder, LibraryIndex.open(cache))
    for path in cache.iterdir():
        path.unlink()
    assert _load(folder, LibraryIndex.open(cache)) == expected
    assert (cache / index_db.FILE_NAME).exists()


def _damage(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(os.urandom(8192))
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:  # another version of the app
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()


@pytest.mark.parametrize("how", ["garbage", "truncated", "version"])
def test_a_damaged_or_foreign_index_is_rebuilt_silently(tmp_path: Path, how: str) -> None:
    folder = _library(tmp_path)
    cache = tmp_path / "cache"
    expected = _load(folder, None)
    index = LibraryIndex.open(cache)
    _load(folder, index)
    index.close()
    conn = sqlite3.connect(cache / index_db.FILE_NAME)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file
    conn.close()
    _damage(cache / index_db.FILE_NAME, how)
    assert _load(folder, LibraryIndex.open(cache)) == expected
    assert _load(folder, LibraryIndex.open(cache)) == expected
    conn = sqlite3.connect(cache / index_db.FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == index_db.SCHEMA_VERSION
    conn.close()


def test_a_locked_index_still_gives_the_right_library(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    cache = tmp_path / "cache"
    expected = _load(folder, None)
    LibraryIndex.open(cache).close()
    holder = sqlite3.connect(cache / index_db.FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process writing for a long time
    try:
        assert _load(folder, LibraryIndex.open(cache, busy_seconds=0.2)) == expected
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _load(folder, LibraryIndex.open(cache)) == expected


def test_an_index_that_cannot_be_written_is_kept_in_memory(tmp_path: Path) -> None:
    folder = _library(tmp_path)
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be")
    index = LibraryIndex.open(cache)
    assert index.path is None
    assert _load(folder, index) == _load(folder, None)


def test_the_library_folder_is_never_written_to(tmp_path: Path) -> None:
    """A read-only or synced folder: the index lives in the cache folder only."""
    folder = _library(tmp_path)
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    index = LibraryIndex.open(tmp_path / "cache")
    load_library([LibraryFolder(folder, writable=False)], None, index)
    load_library([LibraryFolder(folder, writable=False)], None, index)
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before


_LOAD_SCRIPT = """
import sys
from pathlib import Path
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.library_index import LibraryIndex
if __name__ == "__main__":
    index = LibraryIndex.open(Path(sys.argv[1]))
    library, errors = load_library([LibraryFolder(Path(sys.argv[2]))], None, index)
    print(len(library), len(errors), sorted(p.content_hash() for p in library)[0], flush=True)
"""


def _big_library(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "big"
    for i in range(count):
        body = f"Paragraph {i} on the funding of the forum and its intersessional work."
        _write(folder, f"t{i % 7}/p{i:05d}.md", _paragraph(f"p{i:05d}", body))
    return folder


def _run(script: Path, cache: Path, folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, str(script), str(cache), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_rebuild_killed_half_way_leaves_an_index_that_loads_right(tmp_path: Path) -> None:
    folder = _big_library(tmp_path, 4000)
    script = tmp_path / "load.py"
    script.write_text(_LOAD_SCRIPT, encoding="utf-8")
    cache = tmp_path / "cache"
    expected = _load(folder, None)
    process = _run(script, cache, folder)
    wal = cache / (index_db.FILE_NAME + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 100_000:
            break  # it is writing the index
        time.sleep(0.002)
    process.kill()
    assert process.wait() != 0, "the load finished before it could be killed while writing"
    assert _load(folder, LibraryIndex.open(cache)) == expected
    assert _load(folder, LibraryIndex.open(cache)) == expected


def test_two_processes_building_the_index_at_once_both_get_the_library(tmp_path: Path) -> None:
    folder = _big_library(tmp_path, 1500)
    script = tmp_path / "load.py"
    script.write_text(_LOAD_SCRIPT, encoding="utf-8")
    cache = tmp_path / "cache"
    first, second = _run(script, cache, folder), _run(script, cache, folder)
    outputs = [p.communicate(timeout=180) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][0].split()[:2] == ["1500", "0"]
    assert _load(folder, LibraryIndex.open(cache)) == _load(folder, None)


def test_a_warm_load_reads_no_paragraph_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing changed: the folder's snapshot answers, no file is opened or parsed."""
    from tccm_drafter.storage import index_parse, index_refresh

    folder = _library(tmp_path)
    old = time.time_ns() - 60_000_000_000  # written long ago: not "racy"
    for path in folder.rglob("*.md"):
        os.utime(path, ns=(old, old))
    index = LibraryIndex.open(tmp_path / "cache")
    expected = _load(folder, index)
    read: list[object] = []
    monkeypatch.setattr(index_parse, "parse_path", lambda *a: read.append(a))
    monkeypatch.setattr(index_refresh, "read_digest", lambda *a: read.append(a) or (b"", ""))
    assert _load(folder, index) == expected
    assert read == []


@pytest.mark.parametrize(
    "column",
    ["ids", "titles", "title_ends", "statuses", "languages", "topics", "numbers", "rels", "notes"],
)
def test_a_damaged_snapshot_is_read_again_from_the_files(tmp_path: Path, column: str) -> None:
    folder = _library(tmp_path)
    cache = tmp_path / "cache"
    expected = _load(folder, None)
    _load(folder, LibraryIndex.open(cache))
    conn = sqlite3.connect(cache / index_db.FILE_NAME)
    conn.execute(
        f"UPDATE snapshots SET {column} = ?",
        (b"\x00garbage" if column in ("statuses", "numbers") else "x\x00y",),
    )
    conn.commit()
    conn.close()
    assert _load(folder, LibraryIndex.open(cache)) == expected
    assert _load(folder, LibraryIndex.open(cache)) == expected


def test_another_versions_index_is_removed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    old = cache / "library-index-2.sqlite3"
    old.write_bytes(b"an index an older version of the app made")
    (cache / "library-index-2.sqlite3-wal").write_bytes(b"")
    LibraryIndex.open(cache).close()
    assert sorted(p.name for p in cache.iterdir() if p.name.startswith("library-index")) == [
        n for n in sorted(p.name for p in cache.iterdir()) if n.startswith(index_db.FILE_NAME)
    ]
    assert not old.exists()


def test_an_edited_file_gets_a_new_record_and_the_search_follows(tmp_path: Path) -> None:
    """The search table keeps no copy of the words: the old words of a changed paragraph
    are taken out of it (worked out again from its record), the new ones put in."""
    folder = tmp_path / "library"
    _write(folder, "p.md", _paragraph("p", "Words about oranges."))
    index = LibraryIndex.open(tmp_path / "cache")
    library, _ = load_library([LibraryFolder(folder)], None, index)
    assert library.search_ids("orange") == ["p"]
    _write(folder, "p.md", _paragraph("p", "Words about lemons, a longer text."))
    library, _ = load_library([LibraryFolder(folder)], None, index)
    assert library.search_ids("orange") == []
    assert library.search_ids("lemon") == ["p"]
    conn = sqlite3.connect(index.path or ":memory:")
    assert conn.execute("SELECT count(*) FROM search WHERE search MATCH 'oranges'").fetchone() == (
        0,
    )
    assert conn.execute("SELECT count(*) FROM records").fetchone() == (1,)
    conn.close()


def test_joined_titles_read_the_same_whole_or_one_by_one() -> None:
    from tccm_drafter.storage.index_snapshot import _VALUES, Joined, _ends, _read_int32s

    texts = ["Funding the IGF", "", "Fünf Wörter, 五个字", "x" * 300, "last"]
    joined = Joined(_VALUES.join(texts), _read_int32s(_ends(texts)))
    assert list(joined) == [joined[i] for i in range(len(joined))] == texts
