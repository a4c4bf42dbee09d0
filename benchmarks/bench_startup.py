"""Start-up as a person sees it (issue 21), the app with the starter library and the example
submission against a bare PySide6 window, side by side in the same run:

- the first frame: from launching the program to its window on an X screen (Xvfb), with
  ../shared/tools/time_to_window.py;
- the window filled (target: within 1.5 times the bare window): from launching the program to
  a painted frame with the starter library listed and the example open (the window may show
  before both are in it), against the bare window's first painted frame, both measured the
  same way in the processes themselves.

Left out when Xvfb or xdotool is not installed."""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT.parent.parent / "shared" / "tools" / "time_to_window.py"
_BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("Bare PySide6 window")
window.resize(1200, 800)
window.show()
app.exec()
"""


#: The app started as the launcher starts it; a painted frame with the library listed and the
#: example open prints the moment it was painted.
_FILLED = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import tccm_drafter.gui.app as gui_app
from tccm_drafter.gui.launch import main

wanted, made = int(sys.argv[1]), gui_app.create_window

def create_window(*args, **kwargs):
    window = made(*args, **kwargs)

    def look():
        if window.library_panel.model.rowCount() >= wanted and window.outline.rowCount():
            window.grab()  # a frame painted with both
            print(f"{time.time():.6f}", flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(1, look)

    QTimer.singleShot(0, look)
    return window

gui_app.create_window = create_window
main(sys.argv[2:])
"""
_BARE_PAINTED = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab()
print(f"{time.time():.6f}", flush=True)
"""


def _painted(command: list[str]) -> float:
    """Median ms from launching ``command`` to the moment it prints (7 runs, offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    times = []
    for _ in range(7):
        launched = time.time()
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        times.append((float(done.stdout.split()[-1]) - launched) * 1000)
    return statistics.median(times)


def _tool() -> Path | None:
    for candidate in (TOOL, Path("/work/shared/tools/time_to_window.py")):
        if candidate.exists():
            return candidate
    return None


def _median(tool: Path, pattern: str, command: list[str]) -> float:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, str(tool), "-n", "7", pattern, "--", *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    last = result.stdout.strip().splitlines()[-1]  # "median 0.477 s over 7 runs"
    return float(last.split()[1]) * 1000


def run(work: Path) -> list[Result]:
    tool = _tool()
    if tool is None or not shutil.which("Xvfb") or not shutil.which("xdotool"):
        print("   (start-up left out: needs Xvfb, xdotool and shared/tools/time_to_window.py)")
        return []
    # An installed copy starts from compiled modules (pip and the standalone build compile them);
    # without this a shell with PYTHONDONTWRITEBYTECODE set would time compiling every module.
    compileall.compile_dir(ROOT / "src", quiet=1)
    bare_script = work / "bare.py"
    bare_script.write_text(_BARE, encoding="utf-8")
    home = work / "home"
    app = [sys.executable, "-m", "tccm_drafter.gui.launch", "--home", str(home)]
    _median(tool, "TCCM Drafter", app)  # the first run makes the personal library and index
    bare = _median(tool, "Bare PySide6", [sys.executable, str(bare_script)])
    window = _median(tool, "TCCM Drafter", app)
    starter = len(list((ROOT / "resources" / "library").glob("*.md")))
    filled = _painted([sys.executable, "-c", _FILLED, str(starter), "--home", str(home)])
    bare_painted = _painted([sys.executable, "-c", _BARE_PAINTED])
    return [
        Result("bare PySide6 window (process start to window on screen)", bare),
        Result(
            "app window on screen, its first frame (same run)",
            window,
            None,
            f"{window / bare:.2f}x the bare window",
        ),
        Result("bare PySide6 window, first painted frame (offscreen)", bare_painted),
        Result(
            "app window painted with the starter library listed and the example open",
            filled,
            round(1.5 * bare_painted),
            f"{filled / bare_painted:.2f}x the bare window's first painted frame; target 1.5x",
        ),
    ]
