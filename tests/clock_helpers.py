"""The tests' clock: one fixed day and moment, so no test depends on when it runs.

The suite also runs with the process clock moved 450 days ahead (``make test-future``); a
test that needs "today" takes it from here and passes it down, as the app's front ends pass
their clock's reading. (No tests in this module.)
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tccm_drafter.app.clock import FixedClock

#: A day before every deadline in the examples and the tests' own submissions.
TODAY = date(2026, 11, 20)
#: Noon of that day, UTC.
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
CLOCK = FixedClock(NOW)


class MovableClock:
    """A clock a test moves on by hand (a deadline that comes while the window is open)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment
