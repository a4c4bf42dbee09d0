"""Typing in the formatted block editor: the GUI thread's time for one keystroke in a block of
300 words (one paragraph of them with bold, italic, a link, a field and a footnote, then a short
list), typed in the middle of the long paragraph (target 16 ms, a frame),
and the part of it spent writing the block's Markdown back (only the edited paragraph is
written anew; ``app/rich_source.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parent.parent

#: Runs in a fresh process: the real window and editor, key presses one by one.
_TYPE = """
import json, random, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tccm_drafter.app.clock import FixedClock
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.gui.main_window import MainWindow
from tccm_drafter.model import Library, Organisation, Section, Submission, TextBlock
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import Settings
from datetime import datetime, UTC

app = QApplication([])
rng = random.Random(5)
words = "open global interoperable Internet governance forum stakeholders technical".split()
def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."
first = (sentence(130) + " It is **" + sentence(6)[:-1] + "** and *" + sentence(4)[:-1] + "*, "
         "says {{ org.name }}[^1], with a [source](https://example.org/source). " + sentence(140))
items = "\\n".join("- " + sentence(5) for _ in range(3))
text = first + "\\n\\n" + items + "\\n\\n[^1]: A note.\\n"
count = len(text.split())
submission = Submission(title="Typing", organisation=Organisation(name="Example Registry"),
                        sections=[Section("One", blocks=[TextBlock(text)])])
window = MainWindow(AppPaths.resolve(sys.argv[1]), Settings(), Libraries([], Library.of([])),
                    clock=FixedClock(datetime(2026, 12, 7, 10, tzinfo=UTC)))
window.resize(1400, 860)
window.set_document(submission, None)
window.show()
for _ in range(20):
    app.processEvents()
window.outline_view.select_location(0, 0)
editor = window.editor.text
editor.setFocus()
cursor = editor.textCursor()
cursor.setPosition(len(editor.document().firstBlock().text()) // 2)
editor.setTextCursor(cursor)
app.processEvents()
rich = window.editor.rich
writes = []
original = rich.source.write
def timed_write(views):
    start = time.perf_counter()
    result = original(views)
    writes.append((time.perf_counter() - start) * 1000)
    return result
rich.source.write = timed_write
keys, times = int(sys.argv[2]), []
typed = "and the rules of the road for everyone "
for n in range(keys):
    start = time.perf_counter()
    QTest.keyClick(editor, typed[n % len(typed)])
    times.append((time.perf_counter() - start) * 1000)
    app.processEvents()
times.sort()
print(json.dumps({"words": count, "median": statistics.median(times),
                  "p95": times[int(len(times) * 0.95)], "max": times[-1],
                  "write": statistics.median(writes) if writes else 0.0}))
"""


def _type(work: Path, keys: int = 300) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _TYPE, str(work / "home"), str(keys)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(work: Path) -> list[Result]:
    figures = _type(work)
    note = f"{int(figures['words'])}-word block, 300 keys in the middle of its long paragraph"
    return [
        Result(
            "keystroke in a formatted block, GUI thread (median)", figures["median"], 16.0, note
        ),
        Result(
            "keystroke in a formatted block, GUI thread (95th percentile)", figures["p95"], 16.0
        ),
        Result("keystroke in a formatted block, GUI thread (slowest)", figures["max"], None),
        Result("writing the block's Markdown back per keystroke (median)", figures["write"], None),
    ]
