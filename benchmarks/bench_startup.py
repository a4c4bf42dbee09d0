"""Start-up as a person sees it (issue 21): from launching the program to its window on an X
screen (Xvfb), the app with the starter library and the example submission against a bare
PySide6 window, measured side by side in the same run with ../shared/tools/time_to_window.py
(target: within 1.5 times the bare window). Left out when Xvfb or xdotool is not installed."""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
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
    return [
        Result("bare PySide6 window (process start to window on screen)", bare),
        Result(
            "app window, starter library and example (same run)",
            window,
            round(1.5 * bare),
            f"{window / bare:.2f}x the bare window; target 1.5x",
        ),
    ]
