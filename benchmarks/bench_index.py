"""The library index with 50,000 paragraphs (issue 21).

- the read-and-parse floor: read every file and parse its front matter, one process;
- a cold first index of the same files (load_library through a new index), in the same run;
- warm (the index made): `tccm-drafter library list` and `library search` as whole processes,
  the desktop window shown with the library list filled, search as you type in it, and the
  peak memory of the command line and of the window.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import tomli

from benchmarks.common import Result
from benchmarks.synth import make_realistic_library, write_library
from tccm_drafter.storage.paragraph_file import split_front_matter

ROOT = Path(__file__).resolve().parent.parent
N = int(os.environ.get("TCCM_BENCH_PARAGRAPHS", "50000"))
_KEYSTROKES = ["f", "fu", "fun", "fund", "fundi", "funding", "funding s", "funding su"]
_TYPED = "|".join(_KEYSTROKES)

_COLD = """
import sys, time
from pathlib import Path
if __name__ == "__main__":
    from tccm_drafter.storage.library_folder import LibraryFolder
    from tccm_drafter.storage.library_loading import load_library
    from tccm_drafter.storage.library_index import LibraryIndex
    start = time.perf_counter()
    index = LibraryIndex.open(Path(sys.argv[1]))
    folder = LibraryFolder(Path(sys.argv[2]), writable=False)
    library, errors = load_library([folder], None, index, parallel=True)
    print((time.perf_counter() - start) * 1000, len(library), len(errors), flush=True)
"""

_CLI_RSS = """
import os, sys
from tccm_drafter.cli import main
with open(os.devnull, "w") as out:
    main(sys.argv[1:], out=out)
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) / 1024, flush=True)
"""

_WINDOW = """
import sys, time
epoch, start = time.time(), time.perf_counter()
from pathlib import Path
from tccm_drafter.gui.app import _application, create_window
from tccm_drafter.storage.paths import AppPaths
app = _application([])
window = create_window(AppPaths.resolve(sys.argv[1]), extra_libraries=[Path(sys.argv[2])])
window.show()
wanted = int(sys.argv[3])
while window.library_panel.model.rowCount() < wanted:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
window.grab()
filled = (time.perf_counter() - start) * 1000
panel = window.library_panel
keys = sys.argv[4].split("|")
times = [[] for _ in keys]
for _ in range(5):
    panel.search.setText("")
    app.processEvents()
    for i, query in enumerate(keys):
        t = time.perf_counter()
        panel.search.setText(query)
        app.processEvents()
        times[i].append((time.perf_counter() - t) * 1000)
import statistics
per_key = [statistics.median(t) for t in times]
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(f"{epoch:.6f} {filled:.1f} {max(per_key):.1f} {statistics.median(per_key):.1f} {peak:.1f}")
window.close()
"""


def _env() -> dict[str, str]:
    # A crash of a measured process prints its Python stack (one was seen once, unexplained).
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", PYTHONFAULTHANDLER="1"
    )
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def _floor(folder: Path) -> float:
    """ms to read every paragraph file and parse its TOML front matter (one process)."""
    files = sorted(folder.rglob("*.md"))
    start = time.perf_counter()
    for path in files:
        front, _body = split_front_matter(path.read_bytes().decode("utf-8"), path)
        tomli.loads(front)
    return (time.perf_counter() - start) * 1000


def _cold(work: Path, folder: Path) -> float:
    script = work / "cold_index.py"
    script.write_text(_COLD, encoding="utf-8")
    cache = work / "cold-cache"
    result = subprocess.run(
        [sys.executable, str(script), str(cache), str(folder)],
        check=True,
        env=_env(),
        capture_output=True,
        text=True,
    )
    elapsed, count, errors = result.stdout.split()[:3]
    if int(count) == 0 or int(errors):
        raise RuntimeError(f"cold index loaded {count} paragraphs, {errors} errors")
    return float(elapsed)


def _cli_ms(home: Path, folder: Path, *args: str) -> float:
    """Median ms of the whole command (interpreter start to exit), output discarded."""
    command = [sys.executable, "-m", "tccm_drafter", "--home", str(home), *args]
    command += ["--library", str(folder)]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=_env(), stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cli_rss(work: Path, home: Path, folder: Path) -> float:
    script = work / "cli_rss.py"
    script.write_text(_CLI_RSS, encoding="utf-8")
    args = ["--home", str(home), "library", "list", "--library", str(folder)]
    result = subprocess.run(
        [sys.executable, str(script), *args], check=True, env=_env(), capture_output=True
    )
    return float(result.stdout.split()[-1])


def _window(home: Path, folder: Path, wanted: int) -> tuple[float, float, float, float]:
    """(ms from launch to the window shown with the list filled, slowest and median
    keystroke, peak MB), the median run of three."""
    runs = []
    for _ in range(3):
        launched = time.time()
        result = subprocess.run(
            [sys.executable, "-c", _WINDOW, str(home), str(folder), str(wanted), _TYPED],
            check=False,
            env=_env(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"the window's process ended with {result.returncode}; it printed:\n"
                + result.stdout[-2000:]
                + result.stderr[-6000:]
            )
        epoch, filled, slowest, typical, peak = map(float, result.stdout.split()[-5:])
        runs.append(((epoch - launched) * 1000 + filled, slowest, typical, peak))
    runs.sort()
    return runs[1]


def run(work: Path) -> list[Result]:
    # The command line and the window start from compiled modules, as an installed copy does
    # (pip and the standalone build compile them), whatever the shell's PYTHONDONTWRITEBYTECODE.
    compileall.compile_dir(ROOT / "src", quiet=1)
    folder = work / "library"
    write_library(make_realistic_library(N), folder)
    floor = _floor(folder)
    cold = _cold(work, folder)
    home = work / "home"
    _cli_ms(home, folder, "library", "list")  # the home's first run: its own index made
    listing = _cli_ms(home, folder, "library", "list")
    search = _cli_ms(home, folder, "library", "search", "funding", "forum")
    cli_rss = _cli_rss(work, home, folder)
    starter = len(list((ROOT / "resources" / "library").glob("*.md")))
    filled, slowest, typical, window_rss = _window(home, folder, N + starter)
    size = f"{N:,} paragraphs"
    return [
        Result(f"read-and-parse floor, {size} (read + front matter, one process)", floor),
        Result(
            f"cold first index, {size}",
            cold,
            round(1.5 * floor),
            f"{cold / floor:.2f}x the floor; target 1.5x the floor of this run",
        ),
        Result(f"`library list` warm, {size} (whole process)", listing, 500.0),
        Result(f"`library search` warm, {size} (whole process)", search, 500.0),
        Result(f"window shown with the library list filled, {size}, warm", filled, 1000.0),
        Result(f"search as you type, {size} (slowest keystroke)", slowest, 16.0),
        Result(f"search as you type, {size} (median keystroke)", typical, 16.0),
        Result(f"memory of the window, {size}", window_rss, 150.0, "peak RSS", unit="MB"),
        Result(f"memory of `library list`, {size}", cli_rss, 150.0, "peak RSS", unit="MB"),
    ]
