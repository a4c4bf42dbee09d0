"""Memory over a long typing session (issue 20: a 10-minute soak grows resident memory by less
than 30 MB).

The real app as a user starts it (``create_window``: the starter library, the example
submission, spelling, live checks, the preview, autosave), typing at about ten keys a second
with a pause after each sentence (so the preview, the checks and the autosave run as they do
for a person), into a new free-text block (Ctrl+T) every dozen sentences, with an undo and a
redo now and then.
Resident memory (VmRSS, Linux) of the app's process is sampled every few seconds; the figure
is the growth from the first sample after the window settled to the largest of the last
minute's samples, so a transient peak at the end counts and a slow leak shows. The spelling
process is measured too (its own row). ``TCCM_SOAK_SECONDS`` shortens the session (600 by
default) for a quick look; the figure in docs/performance.md is the full ten minutes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent

#: Runs in a fresh process: the real window, a simulated typist, memory sampled as it goes.
_SOAK = """
import json, sys, time
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tccm_drafter.app.clock import SystemClock
from tccm_drafter.gui.app import _application, create_window
from tccm_drafter.model import TextBlock
from tccm_drafter.storage.paths import AppPaths

def rss_mb(pid="self"):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children():
    found = []
    for task in Path("/proc/self/task").iterdir():
        try:
            found += (task / "children").read_text().split()
        except OSError:
            pass
    return found

seconds = float(sys.argv[2])
app = _application([])
window = create_window(AppPaths.resolve(Path(sys.argv[1])), clock=SystemClock())
window.resize(1400, 860)
window.show()
QTest.qWait(3000)  # the first render, the spelling process, the start-up sync timer
ws = window.workspace
window.outline_view.select_location(0, 0)
QTest.qWait(50)
editor = window.editor.text
sentences = [
    "We support an open, interoperable and secure Internet that serves everyone. ",
    "The technical community keeps the network running day after day. ",
    "Decisions about Internet resources belong where the expertise is. ",
    "A permanent forum needs stable funding and clear outcomes. ",
    "Capacity building should reach the regions that are not yet connected. ",
]
start, keys, n = time.monotonic(), 0, 0
samples = [(0.0, rss_mb(), sum(rss_mb(pid) for pid in children()))]
next_sample = start + 5
while time.monotonic() - start < seconds:
    if n % 12 == 0:  # a new free-text block (Ctrl+T), which takes the keyboard
        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        QTest.qWait(100)
    for char in sentences[n % len(sentences)]:
        QTest.keyClick(editor, char)
        keys += 1
        QTest.qWait(90)
    if n % 5 == 4:  # second thoughts: take a word back, then keep it after all
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        QTest.qWait(200)
        QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(1200)  # a pause after the sentence: preview, checks and autosave run
    n += 1
    now = time.monotonic()
    if now >= next_sample:
        helpers = sum(rss_mb(pid) for pid in children())
        samples.append((now - start, rss_mb(), helpers))
        next_sample = now + 5
blocks = [b for section in ws.submission.sections for b in section.blocks
          if isinstance(b, TextBlock)]
typed = sum(len(b.text) for b in blocks)
window.state.reset(None)
window.close()
last_minute = [s for s in samples if s[0] >= samples[-1][0] - 60]
print(json.dumps({
    "seconds": samples[-1][0], "keys": keys, "blocks": len(blocks), "typed": typed,
    "first": samples[0][1], "end": max(s[1] for s in last_minute),
    "peak": max(s[1] for s in samples),
    "helpers_first": samples[0][2], "helpers_end": max(s[2] for s in last_minute),
    "samples": [[round(t), round(m, 1), round(h, 1)] for t, m, h in samples],
}))
"""


def soak(home: Path, seconds: float) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _SOAK, str(home), str(seconds)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=seconds + 600,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(work: Path) -> list[Result]:
    seconds = float(os.environ.get("TCCM_SOAK_SECONDS", "600"))
    figures = soak(work / "home", seconds)
    first, end, peak = (float(str(figures[k])) for k in ("first", "end", "peak"))
    minutes = float(str(figures["seconds"])) / 60
    if int(str(figures["typed"])) < int(str(figures["keys"])) // 2:  # the keys must land
        raise RuntimeError(f"the soak's keys did not reach the document: {figures}")
    note = (
        f"{minutes:.1f} min, {figures['keys']} keys into {figures['blocks']} blocks of the "
        f"example; {first:.0f} MB after start-up, {end:.0f} MB at the end, peak {peak:.0f} MB"
    )
    helpers = float(str(figures["helpers_end"])) - float(str(figures["helpers_first"]))
    return [
        Result("memory growth over a typing soak (app process)", end - first, 30.0, note, "MB"),
        Result("memory growth over the same soak (spelling process)", helpers, None, "", "MB"),
    ]
