"""The PySide6 we install must not corrupt reference counts (6.12.0 on Python 3.11 does).

The check runs in a child process: a leaking combination aborts the interpreter with
"none_dealloc", which must fail this test rather than take the whole test run down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QObject,
                                Qt, Signal)

    app = QCoreApplication([])

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None if role == Qt.ItemDataRole.DisplayRole else True

    class Emitter(QObject):
        flag = Signal(bool)
        nothing = Signal(object)

    model = Model()
    index = model.index(1, 0)
    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.nothing.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(10_000):
        index.data()
        index.data(Qt.ItemDataRole.ToolTipRole)
        emitter.flag.emit(True)
        emitter.nothing.emit(None)
    print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
    """
)


def test_none_and_true_keep_their_reference_counts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"the Qt binding corrupts reference counts:\n{done.stderr}"
    none_drift, true_drift = (int(n) for n in done.stdout.split())
    # A few references come and go with the loop's own variables; a leak is one per call.
    assert abs(none_drift) < 100, f"None lost or gained {none_drift} references"
    assert abs(true_drift) < 100, f"True lost or gained {true_drift} references"
