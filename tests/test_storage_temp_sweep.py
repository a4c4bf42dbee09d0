"""Temporary files an interrupted save left next to a submission are swept when it is opened.

Only ours (the ``.tccm-tmp-`` prefix), only ordinary files (a link is never followed) and only
stale ones (an hour old): a save in progress in another copy of the app is left alone.
"""

from __future__ import annotations

import os
from pathlib import Path

from tccm_drafter.storage.atomic import TEMP_PREFIX
from tccm_drafter.storage.paths import examples_dir
from tccm_drafter.storage.submission_file import load_submission, save_submission


def _aged(path: Path, seconds: float, data: bytes = b"half a save") -> Path:
    path.write_bytes(data)
    # The file system's own time, not this process's clock (which a test may move ahead).
    then = path.stat().st_mtime - seconds
    os.utime(path, (then, then))
    return path


def test_opening_a_submission_sweeps_only_our_stale_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "mine.tccm"
    save_submission(load_submission(examples_dir() / "wsis20-response.tccm"), target)
    stale = _aged(tmp_path / f"{TEMP_PREFIX}abc123.part", 2 * 3600)
    fresh = _aged(tmp_path / f"{TEMP_PREFIX}def456.part", 10)
    not_ours = _aged(tmp_path / "notes-tmp.part", 2 * 3600)
    outside = _aged(tmp_path.parent / f"{tmp_path.name}-elsewhere.txt", 2 * 3600)
    link = tmp_path / f"{TEMP_PREFIX}link.part"
    link.symlink_to(outside)
    os.utime(link, (outside.stat().st_mtime,) * 2, follow_symlinks=False)
    folder = tmp_path / f"{TEMP_PREFIX}folder"
    folder.mkdir()

    load_submission(target)

    assert not stale.exists()
    assert fresh.exists() and not_ours.exists() and folder.is_dir()
    assert outside.read_bytes() == b"half a save"  # a link is neither followed nor removed
    assert link.is_symlink()
