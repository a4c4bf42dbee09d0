"""The open submission's deadline in the status bar: "Deadline 16 Dec 11:59 CET — 3 days left".

Shown in the user's own time; bold within the warning days of the settings
(``deadline_warning_days``), red once it has passed, quiet once the submission is sent. It
follows the workspace (another submission opened, the consultation changed) and looks at the
clock once a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from tccm_drafter.app.clock import Clock
from tccm_drafter.app.workspace import Event, FieldsChanged, SubmissionReset, Workspace
from tccm_drafter.gui.i18n import day_month_text, day_text, deadline_text, ntr
from tccm_drafter.gui.plaintext import tip
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.model.deadline import (
    Deadline,
    DeadlineState,
    days_left,
    deadline_state,
    time_left,
)
from tccm_drafter.model.timezones import local_label

#: Colours that read on light and dark backgrounds.
PASSED_STYLE = "color: #c62828; font-weight: bold;"
NEAR_STYLE = "color: #b26a00; font-weight: bold;"
#: How the status bar colours each state of the deadline.
STYLES = {DeadlineState.PASSED: PASSED_STYLE, DeadlineState.NEAR: NEAR_STYLE}
REFRESH_MS = 60_000


def short_moment(deadline: Deadline, local: tzinfo | None) -> str:
    """ "16 Dec 11:59 CET" in the user's time; "15 Dec" for a deadline without a time."""
    if deadline.time is None:
        return day_month_text(deadline.day)
    if not deadline.zone:
        return f"{day_month_text(deadline.day)} {deadline.time:%H:%M}"
    mine = deadline.in_local(local)
    return f"{day_month_text(mine.date())} {mine:%H:%M} {local_label(mine)}"


def _day_month(day: date) -> str:
    """ "16 Dec" in the interface's language ("16 déc.")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def left_text(days: float) -> str:
    """ "3 days left", "1 day left", "5 hours left", "less than an hour left", "passed"
    (the rule: model.deadline.time_left)."""
    left = time_left(days)
    if left.passed:
        return QCoreApplication.translate("DeadlineLabel", "passed")
    if left.days:
        return ntr("DeadlineLabel", "%n day(s) left", left.days)
    if left.hours:
        return ntr("DeadlineLabel", "%n hour(s) left", left.hours)
    return QCoreApplication.translate("DeadlineLabel", "less than an hour left")


class DeadlineLabel(QLabel):
    """A status-bar label listening to the workspace; empty and hidden without a deadline."""

    def __init__(
        self,
        workspace: Workspace,
        warn_days: Callable[[], int],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Deadline"))
        self._workspace = workspace
        self._warn_days = warn_days
        #: The user's zone (None: the computer's); tests set it.
        self.local: tzinfo | None = None
        self._clock = clock
        #: "passed", "near", "sent", "later" or "" (no deadline): what the colour says.
        self.state = ""
        workspace.add_listener(self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    # -- workspace listener -------------------------------------------------------------------
    def before(self, event: Event) -> None:
        pass

    def after(self, event: Event) -> None:
        if isinstance(event, SubmissionReset) or (
            isinstance(event, FieldsChanged)
            and {"consultation", "status", "sent_on"} & set(event.names)
        ):
            self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        submission = self._workspace.submission
        deadline = submission.consultation.full_deadline()
        if deadline is None:
            self.state = ""
            self.setText("")
            self.setToolTip("")
            self.hide()
            return
        now = self._clock.now()
        local = self.local if self.local is not None else now.tzinfo
        moment = short_moment(deadline, local)
        details = [self.tr("Deadline: {0}").format(deadline_text(deadline, local))]
        if submission.sign_off is not None:
            details.append(self.tr("Internal sign-off: {0}").format(day_text(submission.sign_off)))
        here = now.astimezone(local) if local else now
        sent = submission.status is SubmissionStatus.SENT
        state = deadline_state(deadline, here, self._warn_days(), sent=sent)
        self.state = state.value
        style = STYLES.get(state, "")
        if state is DeadlineState.SENT:
            when = day_text(submission.sent_on) if submission.sent_on else ""
            text = self.tr("Deadline {0} — sent {1}").format(moment, when).rstrip()
        else:
            left = left_text(days_left(deadline, here))
            text = self.tr("Deadline {0} — {1}").format(moment, left)
        self.setStyleSheet(style)
        self.setText(text)
        self.setToolTip(tip("\n".join(details)))
        self.show()
