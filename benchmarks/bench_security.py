"""The hostile documents of issue 24 at full size: each refused within 5 s and 300 MB.

Each row runs one real command (``tccm-drafter questions``, ``review import --dry-run``,
``check``, ``export``, ``library import --dry-run``) in its own process on a document built by
tests/hostile_files.py, and measures the wall time and the peak resident memory of that
process (interpreter and imports included, about 70 MB of it). Before the work caps the same
documents took from 20 s to past 5 minutes and from 1.6 GB to a MemoryError. The "at the cap"
rows read the largest document each cap still lets through.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files as hostile  # noqa: E402
from tccm_drafter.storage import limits  # noqa: E402

SECONDS = 5.0
MEGABYTES = 300.0


#: Runs the command line in this very process and, at exit, writes the process's peak
#: resident memory (VmHWM: its own, not what it inherited from the benchmark) to a file.
_MEASURED = """
import atexit, runpy, sys
report = sys.argv[1]

def peak():
    with open("/proc/self/status", encoding="ascii") as status:
        kib = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(report, "w", encoding="ascii") as out:
        out.write(kib)

atexit.register(peak)
sys.argv = ["tccm-drafter", *sys.argv[2:]]
runpy.run_module("tccm_drafter", run_name="__main__")
"""


def _run(work: Path, *args: str | Path) -> tuple[float, float, int]:
    """Seconds, peak megabytes and exit status of ``tccm-drafter ARGS`` in a new process."""
    report = work / "peak.txt"
    report.unlink(missing_ok=True)
    home = ["--home", str(work / "home")]
    command = [sys.executable, "-c", _MEASURED, str(report), *map(str, args), *home]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    peak = int(report.read_text("ascii")) / 1024 if report.exists() else float("nan")
    return seconds, peak, done.returncode


def _rows(name: str, work: Path, *args: str | Path, note: str = "") -> list[Result]:
    seconds, peak, status = _run(work, *args)
    outcome = "refused" if status == 2 else f"exit {status}"
    return [
        Result(
            f"{name}: time",
            seconds * 1000,
            SECONDS * 1000,
            f"{outcome}{'; ' + note if note else ''}",
        ),
        Result(f"{name}: peak memory", peak, MEGABYTES, unit="MB"),
    ]


def _write(work: Path, name: str, data: bytes) -> Path:
    path = work / name
    path.write_bytes(data)
    return path


def _submission_with_reference(work: Path, reference: Path) -> Path:
    from tccm_drafter.storage.submission_file import load_submission, save_submission

    submission = load_submission(ROOT / "resources" / "examples" / "position-paper.tccm")
    submission.reference_docx = str(reference)
    submission.consultation.rules.page_limit = 10
    path = work / f"with-{reference.stem}.tccm"
    save_submission(submission, path)
    return path


def run(work: Path) -> list[Result]:
    results: list[Result] = []
    cases = {
        "call numbered from 40,000,000 (2,000 levels)": hostile.numbered_call(
            40_000_000, placeholders=2_000, levels=2_000
        ),
        "call in roman numerals from 10^9": hostile.numbered_call(10**9, "lowerRoman"),
        "call in letters from 10^12": hostile.numbered_call(10**12, "lowerLetter"),
        "call with a cell spanning 2,000,000,000 columns": hostile.spanning_call(2_000_000_000),
        "call of 1,200,000 tiny paragraphs": hostile.many_paragraphs(1_200_000),
        f"call at the cap ({limits.CALL_MAX_PARAGRAPHS:,} paragraphs)": hostile.many_paragraphs(
            limits.CALL_MAX_PARAGRAPHS
        ),
    }
    for number, (name, data) in enumerate(cases.items()):
        path = _write(work, f"call{number}.docx", data)
        size = f"{len(data) / 2**20:.1f} MB file"
        results += _rows(f"questions, {name}", work, "questions", path, note=size)
    example = ROOT / "resources" / "examples" / "position-paper.tccm"
    reviewed = {
        "review of 1,200,000 tiny paragraphs": hostile.many_paragraphs(
            1_200_000, base=hostile.REFERENCE
        ),
        f"review at the cap ({limits.DOCX_MAX_PARAGRAPHS:,} paragraphs)": hostile.many_paragraphs(
            limits.DOCX_MAX_PARAGRAPHS, base=hostile.REFERENCE
        ),
    }
    for number, (name, data) in enumerate(reviewed.items()):
        path = _write(work, f"reviewed{number}.docx", data)
        size = f"{len(data) / 2**20:.1f} MB file"
        results += _rows(
            f"review import --dry-run, {name}", work, "review", "import", example, path, note=size
        )
    for depth in (20_000, 60_000):
        reference = _write(work, f"chain{depth}.docx", hostile.reference_with_styles(depth))
        submission = _submission_with_reference(work, reference)
        label = f"reference with a {depth:,}-style basedOn chain"
        results += _rows(f"check, {label}", work, "check", submission)
        output = work / f"out{depth}.docx"
        results += _rows(f"export, {label}", work, "export", submission, "-o", output)
    bundle = _write(work, "entries.tccmlib", hostile.central_directory_zip(3_000_000))
    size = f"{bundle.stat().st_size / 2**20:.0f} MB file"
    results += _rows(
        "library import --dry-run, bundle listing 3,000,000 entries",
        work,
        "library",
        "import",
        bundle,
        "--dry-run",
        note=size,
    )
    return results
