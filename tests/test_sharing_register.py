"""The register of submissions: recorded on save, rebuilt from the files when lost, statuses
set in the file and the register, and deadlines as a calendar any application can import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar

from tccm_drafter.errors import InputError
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.sharing.register import (
    by_deadline,
    forget_submission,
    load_register,
    path_uid,
    rebuild_register,
    record_submission,
    register_path,
    set_status,
)
from tccm_drafter.sharing.register_ics import register_calendar
from tccm_drafter.storage.paths import AppPaths, examples_dir
from tccm_drafter.storage.settings import Settings, save_settings
from tccm_drafter.storage.submission_file import load_submission

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "config")


def _copy_examples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, folder)) for p in sorted(examples_dir().glob("*.tccm"))]


def test_saved_submissions_are_listed_once_each(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    files = _copy_examples(tmp_path / "work")
    for path in files:
        record_submission(paths, path, load_submission(path), today=TODAY)
    record_submission(paths, files[0], load_submission(files[0]), today=TODAY)  # saved again
    entries = load_register(paths)
    assert [e.path for e in entries] == [*files[1:], files[0]]
    joint = next(e for e in entries if e.path.name == "joint-statement.tccm")
    assert joint.deadline == Deadline(date(2027, 3, 31), time(23, 59), "AoE")
    assert joint.sign_off == date(2027, 3, 15)
    assert joint.status is SubmissionStatus.DRAFTING
    assert joint.uid == path_uid(files[0].parent / "joint-statement.tccm")
    assert [e.path.name for e in by_deadline(entries, NOW)] == [
        "position-paper.tccm",  # 31 January 2027
        "wsis20-response.tccm",  # 15 February 2027
        "joint-statement.tccm",  # 31 March 2027
    ]
    assert forget_submission(paths, files[1]) is True
    assert forget_submission(paths, files[1]) is False
    assert len(load_register(paths)) == 2


def test_set_status_writes_the_file_and_the_register(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    path = _copy_examples(tmp_path / "work")[0]
    before = path_uid(path)
    set_status(paths, path, SubmissionStatus.SENT, on=date(2026, 12, 1), sent_to="IGF portal")
    saved = load_submission(path)
    assert (saved.status, saved.sent_on, saved.sent_to) == (
        SubmissionStatus.SENT,
        date(2026, 12, 1),
        "IGF portal",
    )
    assert saved.uid == before  # the identity its calendar entries already had
    [entry] = load_register(paths)
    assert (entry.status, entry.sent_on, entry.sent_to, entry.uid) == (
        SubmissionStatus.SENT,
        date(2026, 12, 1),
        "IGF portal",
        before,
    )
    # The identity now lives in the file: it survives a move.
    moved = tmp_path / "archive" / "sent.tccm"
    moved.parent.mkdir()
    path.rename(moved)
    record_submission(paths, moved, load_submission(moved), today=TODAY)
    assert load_register(paths)[-1].uid == before


def test_a_lost_register_is_rebuilt_from_the_files(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    recent_folder = tmp_path / "recent"
    recent = _copy_examples(recent_folder)[2]
    files = _copy_examples(tmp_path / "projects" / "2027")
    _copy_examples(tmp_path / "projects" / ".git")  # hidden folders are skipped
    (tmp_path / "projects" / "broken.tccm").write_text("title = \n", encoding="utf-8")
    save_settings(paths, Settings(recent_files=[recent]))
    set_status(paths, files[0], SubmissionStatus.APPROVED, on=TODAY)
    register_path(paths).unlink()

    result = rebuild_register(paths, [tmp_path / "projects"], today=TODAY)
    assert {e.path for e in result.entries} == {recent, *files}
    assert [str(p).split(": ")[0] for p in result.problems] == [
        f"{tmp_path / 'projects' / 'broken.tccm'}:1"
    ]
    approved = next(e for e in result.entries if e.path == files[0])
    assert approved.status is SubmissionStatus.APPROVED  # read back from the .tccm
    assert len(load_register(paths)) == 4


def test_a_damaged_register_is_reported_then_rebuilt(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    path = _copy_examples(tmp_path / "work")[0]
    record_submission(paths, path, load_submission(path), today=TODAY)
    register_path(paths).write_text("[[submissions]\npath = ", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        record_submission(paths, path, load_submission(path), today=TODAY)
    assert caught.value.path == register_path(paths) and caught.value.line == 1
    result = rebuild_register(paths, [tmp_path / "work"], today=TODAY)
    assert len(result.entries) == 3 and len(result.problems) == 1


def test_calendar_has_one_event_per_deadline_and_sign_off(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    for path in _copy_examples(tmp_path / "work"):
        record_submission(paths, path, load_submission(path), today=TODAY)
    entries = load_register(paths)
    data = register_calendar(entries, now=NOW)
    events = Calendar.from_ical(data).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert len(events) == 5  # three deadlines, two sign-off dates
    assert "Sign-off: Keep Internet governance open: a joint statement of technical " in (
        " ".join(summaries)
    )
    by_uid = {str(e["UID"]): e for e in events}
    joint = next(e for e in entries if e.path.name == "joint-statement.tccm")
    deadline = by_uid[f"{joint.uid}-deadline@tccm-drafter"]
    # 31 March 2027, 23:59 anywhere on Earth = 1 April 2027, 11:59 UTC.
    assert deadline.decoded("DTSTART") == datetime(2027, 4, 1, 11, 59, tzinfo=UTC)
    sign_off = by_uid[f"{joint.uid}-sign-off@tccm-drafter"]
    assert sign_off.decoded("DTSTART") == date(2027, 3, 15)
    assert "Deadline as the call gives it: 23:59 AoE" in str(deadline["DESCRIPTION"])
    # The same submissions give the same UIDs: a calendar updates instead of doubling.
    again = Calendar.from_ical(register_calendar(load_register(paths), now=NOW))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(by_uid)


def _cli(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tccm_drafter", *map(str, args), "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_register_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    files = _copy_examples(tmp_path / "work")
    assert _cli(home, "register", "list").stdout == "No submissions in the register yet.\n"
    result = _cli(home, "register", "rebuild", tmp_path / "work")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Register rebuilt: 3 submissions")
    sent = _cli(
        home,
        "register",
        "set-status",
        files[0],
        "sent",
        "--to",
        "IGF portal",
        "--on",
        "2026-12-01",
    )
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout == f"{files[0]}: sent 2026-12-01\n"
    lines = _cli(home, "register", "list").stdout.splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith("sent 2026-12-01\t1 April 2027, ")
    assert lines[-1].endswith(f"\tIGF portal\t{files[0]}")
    ics = tmp_path / "deadlines.ics"
    written = _cli(home, "register", "ics", "-o", ics)
    assert written.returncode == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    bad = _cli(home, "register", "set-status", files[0], "sent", "--on", "1st December")
    assert bad.returncode == 2
    assert bad.stderr == (
        "tccm-drafter: error: 'on': '1st December' is not a date such as 2026-12-15\n"
    )
    (home / "data" / "register.toml").write_text("nonsense", encoding="utf-8")
    broken = _cli(home, "register", "list")
    assert broken.returncode == 2
    assert "run `tccm-drafter register rebuild` to make it again" in broken.stderr
