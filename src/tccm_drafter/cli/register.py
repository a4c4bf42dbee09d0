"""``tccm-drafter register list|rebuild|ics|set-status``: the command line's face of the
register of submissions (``app/register.py``, the register window's too)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tccm_drafter.errors import InputError
from tccm_drafter.model import SubmissionStatus
from tccm_drafter.model.counted import counted

if TYPE_CHECKING:  # the register's modules load when a register command runs
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.app.register import RegisterEntry
    from tccm_drafter.cli.context import Context

EXIT_OK, EXIT_PROBLEMS = 0, 1
_STATUSES = tuple(status.value for status in SubmissionStatus)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``register`` and its actions to the CLI's sub-command parsers."""
    register = commands.add_parser(
        "register",
        help="the submissions saved with the app: status, deadlines, calendar",
        parents=[common],
    )
    actions = register.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list", help="one submission a line, nearest deadline first", parents=[common]
    )
    rebuild = actions.add_parser(
        "rebuild",
        help="make the register again from the submission files",
        parents=[common],
    )
    rebuild.add_argument(
        "folders", nargs="*", metavar="FOLDER", help="also look for .tccm files in FOLDER"
    )
    ics = actions.add_parser(
        "ics", help="write the deadlines and sign-off dates as a calendar", parents=[common]
    )
    ics.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    status = actions.add_parser(
        "set-status",
        help="mark a submission drafting, in review, approved or sent",
        parents=[common],
    )
    status.add_argument("submission", metavar="SUBMISSION.tccm")
    status.add_argument("status", choices=_STATUSES)
    status.add_argument("--to", metavar="TEXT", help="where it was sent (an address, a portal)")
    status.add_argument("--on", metavar="YYYY-MM-DD", help="the day it was sent (default: today)")


def run(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.register import (
        by_deadline,
        rebuild_register,
        register_path,
        set_status,
        write_register_calendar,
    )

    paths, now = ctx.paths, ctx.now  # the command line's clock, read once for the command
    action = args.register_command
    if action == "rebuild":
        result = rebuild_register(paths, [Path(f) for f in args.folders], today=now.date())
        for problem in result.problems:
            print(f"tccm-drafter: warning: {problem}", file=err)
        print(
            f"Register rebuilt: {len(result.entries)} submission"
            f"{'s' if len(result.entries) != 1 else ''} ({register_path(paths)})",
            file=out,
        )
        return EXIT_PROBLEMS if result.problems else EXIT_OK
    if action == "set-status":
        day = _day(args.on) if args.on else now.date()
        submission = set_status(
            paths, Path(args.submission), SubmissionStatus(args.status), on=day, sent_to=args.to
        )
        print(f"{args.submission}: {_status_text(submission.status, submission.sent_on)}", file=out)
        return EXIT_OK
    entries = _entries(paths)
    if action == "ics":
        target = Path(args.output)
        if not target.parent.is_dir():
            raise InputError("the folder to write into does not exist", path=target.parent)
        write_register_calendar(target, entries, now=now)
        print(f"Wrote {target} ({counted(len(entries), 'submission')})", file=out)
        return EXIT_OK
    for entry in by_deadline(entries, now):
        print(_line(entry, now), file=out)
    if not entries:
        print("No submissions in the register yet.", file=out)
    return EXIT_OK


def _entries(paths: AppPaths) -> list[RegisterEntry]:
    from tccm_drafter.app.register import load_register

    try:
        return load_register(paths)
    except InputError as error:
        raise InputError(
            f"{error.message}; run `tccm-drafter register rebuild` to make it again",
            path=error.path,
            line=error.line,
        ) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"'{text}' is not a date such as 2026-12-15", field="on") from None


def _status_text(status: SubmissionStatus, sent_on: date | None) -> str:
    text = status.value.replace("-", " ")
    if status is SubmissionStatus.SENT and sent_on is not None:
        text += f" {sent_on.isoformat()}"
    return text


def _line(entry: RegisterEntry, now: datetime) -> str:
    """status, deadline (local time), consultation, title, sent to, file: tab-separated."""
    from tccm_drafter.model.deadline import format_deadline  # zoneinfo: only when listing

    deadline = format_deadline(entry.deadline, now.tzinfo) if entry.deadline else "no deadline"
    return "\t".join(
        (
            _status_text(entry.status, entry.sent_on),
            deadline,
            entry.consultation,
            entry.title,
            entry.sent_to,
            str(entry.path),
        )
    )
