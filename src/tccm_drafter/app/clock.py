"""The one clock: where "today" and "now" come from.

Only the front ends hold a clock (the window's host and the command line's context); an
operation reads it once, at its start, and passes the date or the moment down. Nothing below
``app/`` asks the system for the time: the model, the renderer, the checks and the storage code
take ``today``/``now`` as arguments, so the same input gives the same document on any day, and
a test fixes the clock by giving the front end a :class:`FixedClock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, aware, in the computer's time zone."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now().astimezone()


@dataclass(frozen=True)
class FixedClock:
    """A clock that always says the same moment (tests, screenshots, benchmarks)."""

    moment: datetime

    def __post_init__(self) -> None:
        if self.moment.tzinfo is None:
            raise ValueError("a fixed clock needs an aware datetime")

    def now(self) -> datetime:
        return self.moment

    @classmethod
    def on(cls, day: date, hour: int = 12) -> FixedClock:
        """Noon (or ``hour``) of ``day`` in the computer's time zone."""
        return cls(datetime(day.year, day.month, day.day, hour).astimezone())


def today(clock: Clock) -> date:
    """The day it is now, in the computer's time zone."""
    return clock.now().date()
