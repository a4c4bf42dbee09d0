"""The docked checks stay current: once the checks have been run, every change of the
submission or the library (an edit, an undo, a redo) runs them again on a job runner of their
own, off the GUI thread; a change made while they run replaces any run still waiting (newest
wins), and the panel shows the findings without taking the focus."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from tccm_drafter.app.checks import Finding
from tccm_drafter.app.workspace import Event
from tccm_drafter.gui.jobs import JobRunner

if TYPE_CHECKING:
    from tccm_drafter.gui.host import WindowHost

#: Typing pauses this long before the checks run again.
DELAY_MS = 300


class LiveChecks(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self._host = host
        self._runner = JobRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)
        #: How many times the checks ran again by themselves (for tests and benchmarks).
        self.runs = 0
        host.workspace.add_listener(self)

    def before(self, event: Event) -> None:
        pass

    def after(self, event: Event) -> None:
        dock = self._host.checks_dock
        if dock is not None and dock.isVisible():
            self._timer.start()

    def _start(self) -> None:
        from tccm_drafter.app.checks import run_checks

        host = self._host
        submission, library = host.workspace.snapshot()
        template = host.live.template()
        now = host.clock.now()
        settings = copy.deepcopy(host.settings)
        path = host.state.path

        def work() -> list[Finding]:
            return run_checks(
                submission, library, template, settings=settings, now=now, submission_path=path
            )

        self._runner.submit(work, self._done, self._failed)

    def _done(self, findings: list[Finding]) -> None:
        dock = self._host.checks_dock
        if dock is not None and isinstance(findings, list):
            dock.panel.set_findings(findings)
            self.runs += 1

    def _failed(self, error: Exception) -> None:
        self._host.statusBar().showMessage(str(error), 6000)

    def busy(self) -> bool:
        return self._timer.isActive() or self._runner.busy()

    def wait(self) -> None:
        self._timer.stop()
        self._runner.wait()
