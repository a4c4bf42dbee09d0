"""Dates that come closer: the consultation's deadline, the internal sign-off, endorsements.

Deadlines are compared as instants (a deadline at 23:59 UTC-11 passes at 11:59 the next day in
Geneva), not as days. A deadline without a time ends with its day in the user's own zone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, tzinfo

from tccm_drafter.checks.findings import WARNING, Finding
from tccm_drafter.model import SignatoryStatus, Submission, SubmissionStatus
from tccm_drafter.model.counted import counted
from tccm_drafter.model.deadline import (
    Deadline,
    DeadlineState,
    days_left,
    deadline_state,
    format_deadline,
    time_left,
)

#: Days ahead of a deadline that preflight starts warning (the user can change it).
DEFAULT_WARN_DAYS = 7

_OPEN = (SubmissionStatus.DRAFTING, SubmissionStatus.IN_REVIEW)


def start_of_day(today: date) -> datetime:
    """``today`` at 00:00 in the computer's zone: ``now`` when the caller gives only a day."""
    return datetime.combine(today, time()).astimezone()


def time_left_words(days: float) -> str:
    """ "in 3 days", "in 1 day", "in 5 hours", "within the hour" (model.deadline.time_left)."""
    left = time_left(days)
    if left.days:
        return f"in {left.days} day{'s' if left.days != 1 else ''}"
    if left.hours:
        return f"in {left.hours} hour{'s' if left.hours != 1 else ''}"
    return "within the hour"


def check_schedule(
    submission: Submission, now: datetime, warn_days: int, add: Callable[[Finding], None]
) -> None:
    local = now.tzinfo
    deadline = submission.consultation.full_deadline()
    sent = submission.status is SubmissionStatus.SENT
    if deadline is not None and not sent:
        _deadline(deadline, now, local, warn_days, add)
    if submission.sign_off is not None and submission.status in _OPEN:
        sign_off = Deadline(submission.sign_off)
        left = days_left(sign_off, now)
        shown = format_deadline(sign_off, local)
        state = deadline_state(sign_off, now, warn_days, sent=False)
        if state is DeadlineState.PASSED:
            add(
                Finding(
                    "sign-off-passed",
                    WARNING,
                    f"The internal sign-off date, {shown}, has passed and the submission is "
                    f"still {submission.status.value.replace('-', ' ')}",
                )
            )
        elif state is DeadlineState.NEAR:
            add(
                Finding(
                    "sign-off-near",
                    WARNING,
                    f"Internal sign-off is {time_left_words(left)}: {shown}",
                )
            )
    if not sent:
        _endorsements(submission, now, warn_days, add)


def _deadline(
    deadline: Deadline,
    now: datetime,
    local: tzinfo | None,
    warn_days: int,
    add: Callable[[Finding], None],
) -> None:
    left = days_left(deadline, now)
    shown = format_deadline(deadline, local)
    state = deadline_state(deadline, now, warn_days, sent=False)
    if state is DeadlineState.PASSED:
        add(
            Finding(
                "deadline-passed",
                WARNING,
                f"The consultation's deadline, {shown} ({deadline.iso()}), has passed",
            )
        )
    elif state is DeadlineState.NEAR:
        add(
            Finding(
                "deadline-near",
                WARNING,
                f"The consultation's deadline is {time_left_words(left)}: {shown}",
            )
        )


def _endorsements(
    submission: Submission, now: datetime, warn_days: int, add: Callable[[Finding], None]
) -> None:
    signatories = submission.signatories
    if not signatories:
        return
    if not submission.printed_signatories():
        add(
            Finding(
                "no-confirmed-signatories",
                WARNING,
                (
                    "The one signatory has not confirmed"
                    if len(signatories) == 1
                    else f"None of the {counted(len(signatories), 'signatory', 'signatories')} "
                    "has confirmed"
                )
                + "; the statement will name no signatories",
            )
        )
    waiting = [s.organisation for s in signatories if s.status is SignatoryStatus.INVITED]
    if not waiting:
        return
    if submission.endorsement_deadline is not None:
        due, what = Deadline(submission.endorsement_deadline), "endorsement deadline"
    else:
        found = submission.consultation.full_deadline()
        if found is None:
            return
        due, what = found, "consultation's deadline"
    state = deadline_state(due, now, warn_days, sent=False)
    if state is DeadlineState.LATER:
        return
    when = (
        f"the {what} ({format_deadline(due, now.tzinfo)}) has passed"
        if state is DeadlineState.PASSED
        else f"the {what} is {time_left_words(days_left(due, now))}"
    )
    count = len(waiting)
    names = ", ".join(waiting[:10]) + (f" and {count - 10} more" if count > 10 else "")
    add(
        Finding(
            "signatories-unanswered",
            WARNING,
            f"{count} invited organisation{'s have' if count != 1 else ' has'} not answered and "
            f"{when}; they will not be printed unless they confirm: {names}",
        )
    )
