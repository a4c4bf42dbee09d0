"""Typing in a large submission: the longest stall of the GUI thread (target 16 ms with 500
blocks) and the time from a key press to updated counts and preview (target 100 ms with 500
blocks, 250 ms with 5,000)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent

#: Runs in a fresh process: the real window, a synthetic submission, a simulated typist.
_TYPE = """
import json, statistics, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from benchmarks.synth import make_library, make_submission
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import Library
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings

blocks, keys = int(sys.argv[2]), int(sys.argv[3])
app = QApplication([])
paragraphs = make_library(blocks)
libraries = Libraries([], Library.of(paragraphs))
window = MainWindow(AppPaths.resolve(sys.argv[1]), Settings(), libraries)
window.resize(1400, 860)
window.set_document(make_submission(paragraphs, blocks), None)
window.show()
deadline = time.monotonic() + 60
while not (window.live.enabled and window.live.is_current() and not window.live.pending()):
    app.processEvents()
    if time.monotonic() > deadline:
        raise SystemExit("no first render")

section = len(window.submission.sections) // 2
window.outline_view.select_location(section, 3)
editor = window.editor.text
editor.setFocus()
editor.moveCursor(editor.textCursor().MoveOperation.End)
app.processEvents()

gaps, latencies, pending = [], [], []
last = [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append((now - last[0]) * 1000)
    last[0] = now
ticker = QTimer(); ticker.setTimerType(Qt.TimerType.PreciseTimer); ticker.setInterval(1)
ticker.timeout.connect(tick)
typed = [0]
def press():
    if typed[0] >= keys:
        typist.stop()
        return
    start = time.perf_counter()
    QTest.keyClick(editor, "abcdefghij klmnop"[typed[0] % 17])
    pending.append((window.live.generation, start))
    typed[0] += 1
def rendered(output):
    now = time.perf_counter()
    while pending and pending[0][0] <= output.generation:
        latencies.append((now - pending.pop(0)[1]) * 1000)
window.live.rendered.connect(rendered)  # after the window's own handler: counts and preview shown
typist = QTimer(); typist.setInterval(40); typist.timeout.connect(press)
ticker.start(); typist.start()
deadline = time.monotonic() + 120
while (typed[0] < keys or pending) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.0002)
ticker.stop()
stall = max(gaps[5:]) - 1 if len(gaps) > 5 else 0.0
print(json.dumps({"stall": stall, "median": statistics.median(latencies),
                  "max": max(latencies), "patches": window.preview.patches,
                  "worst": sorted(gaps[5:])[-5:], "over16": sum(g > 17 for g in gaps[5:]),
                  "ticks": len(gaps[5:])}))
"""


def _typing(work: Path, blocks: int, keys: int = 200) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _TYPE, str(work / f"home-{blocks}"), str(blocks), str(keys)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(work: Path) -> list[Result]:
    small = _typing(work, 500)
    large = _typing(work, 5000)

    def note(run: dict[str, float]) -> str:
        return (
            f"200 keys, one every 40 ms; {int(run['over16'])} of {int(run['ticks']):,} "
            "1 ms ticks came more than 16 ms late"
        )

    return [
        Result(
            "longest GUI-thread stall while typing, 500 blocks", small["stall"], 16.0, note(small)
        ),
        Result("keystroke to counts and preview, 500 blocks (median)", small["median"], 100.0),
        Result("keystroke to counts and preview, 500 blocks (slowest)", small["max"], 100.0),
        Result(
            "longest GUI-thread stall while typing, 5,000 blocks", large["stall"], None, note(large)
        ),
        Result("keystroke to counts and preview, 5,000 blocks (median)", large["median"], 250.0),
        Result("keystroke to counts and preview, 5,000 blocks (slowest)", large["max"], 250.0),
    ]
