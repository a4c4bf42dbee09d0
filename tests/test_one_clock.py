"""One clock: nothing but ``app/clock.py`` asks the system what day or time it is.

The front ends hold a clock and pass its reading down (docs/DEVELOPING.md, *One clock*), so a
document, a check or a register entry is the same on any day for the same input, and a test
fixes the day by giving the front end a fixed clock.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tccm_drafter"

#: Calls that read the wall clock, as ``owner.attribute``.
WALL_CLOCK = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"),
}

#: Where a wall-clock read is the point, with the reason.
ALLOWED = {
    # The clock itself.
    ("app/clock.py", "datetime.now"),
    # The age of a temp file against the file system's own times (never a date anyone sees).
    ("storage/atomic.py", "time.time"),
    # Whether a file may still change within its time stamp's granularity (the index).
    ("storage/library_index.py", "time.time_ns"),
}


def wall_clock_reads(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (name, node.func.attr) in WALL_CLOCK:
                found.append((node.lineno, f"{name}.{node.func.attr}"))
    return found


def test_only_the_clock_reads_the_time() -> None:
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for line, call in wall_clock_reads(path):
            if (relative, call) not in ALLOWED:
                offending.append(f"{relative}:{line}: {call}()")
    assert offending == []


def test_the_scan_finds_a_wall_clock_read(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nfrom datetime import date\n"
        "x = date.today()\ny = dt.datetime.now()\nz = QDate.currentDate()\n",
        encoding="utf-8",
    )
    assert wall_clock_reads(sample) == [
        (3, "date.today"),
        (4, "datetime.now"),
        (5, "QDate.currentDate"),
    ]
