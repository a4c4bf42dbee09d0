"""Reading a file from outside without freezing the window, and letting the user cancel.

A call for input or a reviewed Word file may be large or hostile. Its reader is bounded (the
work caps of storage/docx_budget.py keep it within seconds), but even seconds must not freeze
the window: the read runs through a job runner (gui/jobs.py) while a progress dialog with a
Cancel button shows what is being read. Cancel gives the window back at once and the read's
result, when it comes, is dropped. (A Python thread cannot be stopped from outside; the
abandoned read runs to its bounded end with nothing waiting for it.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tccm_drafter.gui.jobs import JobRunner

T = TypeVar("T")

#: A read that ends sooner than this never shows the dialog (no flash for small files).
SHOW_AFTER_MS = 400


@dataclass
class _Read:
    cancelled: bool = False


class BackgroundReader(QObject):
    """The window's reads of outside files: one at a time, each with a cancellable dialog."""

    #: After a read's result (or its failure, or its cancellation) has been handled.
    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.runner = JobRunner(self)
        #: The progress dialog of the read under way (None when there is none).
        self.progress: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.runner.busy()

    def read(
        self,
        label: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread; ``done(result)`` or ``failed(error)`` follow on the
        GUI thread unless the user cancelled (then ``cancelled()`` at once)."""
        state = _Read()
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        progress.setWindowTitle(self.tr("Reading"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setAutoReset(False)
        progress.setAutoClose(False)

        def cancel() -> None:
            if state.cancelled:
                return
            state.cancelled = True
            self._close(progress)
            if cancelled is not None:
                cancelled()
            self.finished.emit()

        def finish(deliver: Callable[[], None]) -> None:
            if state.cancelled:
                return  # the user gave up on this read: its result goes nowhere
            self._close(progress)
            deliver()
            self.finished.emit()

        progress.canceled.connect(cancel)
        self.progress = progress
        progress.setValue(0)  # starts the timer that shows the dialog after SHOW_AFTER_MS
        self.runner.submit(
            work,
            lambda result: finish(lambda: done(result)),
            lambda error: finish(lambda: failed(error)),
        )

    def _close(self, progress: QProgressDialog) -> None:
        if self.progress is progress:
            self.progress = None
        progress.canceled.disconnect()
        progress.close()
        progress.deleteLater()
