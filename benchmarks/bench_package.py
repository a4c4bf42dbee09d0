"""The standalone app (`make package`): its size on disk and as a download, and its start-up.

Measures dist/tccm-drafter if it has been built; without it, it reports nothing (and says so).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "tccm-drafter"
EXECUTABLE = BUNDLE / ("tccm-drafter.exe" if os.name == "nt" else "tccm-drafter")
MB = 1024 * 1024


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _start_once(work: Path) -> tuple[float, float]:
    """(ms to the window shown, ms to the preview rendered), from launching the executable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env["TCCM_DRAFTER_HOME"] = str(work / "home")  # the first run sets it up, as in bench_gui
    launched = time.time()
    result = subprocess.run(
        [str(EXECUTABLE), "--self-test", str(work / "bench.docx")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    moments = dict(line.split() for line in result.stdout.splitlines()[1:] if " " in line)
    shown = float(moments["window-shown-at"])
    rendered = float(moments["preview-rendered-at"])
    return (shown - launched) * 1000, (rendered - launched) * 1000


def run(work: Path) -> list[Result]:
    if not EXECUTABLE.is_file():
        print(f"   (no standalone app at {BUNDLE}: run `make package` first; skipped)")
        return []
    archive = work / "tccm-drafter.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="tccm-drafter")
    _start_once(work)  # the first start creates the library and reads every file from disk
    runs = [_start_once(work) for _ in range(5)]
    platform = f"{sys.platform}, PyInstaller one-folder"
    return [
        Result("standalone app folder on disk", _folder_size(BUNDLE) / MB, None, platform, "MB"),
        Result("standalone app as a .tar.gz download", archive.stat().st_size / MB, None, "", "MB"),
        Result(
            "standalone app start-up to a shown main window (process start included)",
            statistics.median(r[0] for r in runs),
            500.0,
            "starter library, example submission",
        ),
        Result(
            "standalone app start-up until the preview is rendered",
            statistics.median(r[1] for r in runs),
        ),
    ]
