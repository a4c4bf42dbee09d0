"""``tccm-drafter review import SUBMISSION REVIEWED.docx``: the CLI face of the Word review.

Prints the plan block by block. Nothing changes without ``--accept-all``, which takes every
change that does not conflict (and the comments as notes) and saves the submission
atomically; conflicts are listed and left for the desktop app unless ``--conflicts`` says
how to settle them. The submission as it was before is kept in the data folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.cli.context import Context
from tccm_drafter.model.counted import counted

if TYPE_CHECKING:  # the command line starts fast: the work is imported when a command runs
    from tccm_drafter.app.review import ReviewComment, ReviewItem, ReviewPlan

EXIT_OK, EXIT_CONFLICTS = 0, 1
BACKUP_FOLDER = "review-backups"


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``review import`` to the command line's sub-commands."""
    review = commands.add_parser(
        "review", help="bring a reviewed Word export back into its submission", parents=[common]
    )
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "import",
        help="compare a reviewed .docx with the submission, block by block",
        parents=[common],
    )
    show.add_argument("submission", metavar="SUBMISSION.tccm")
    show.add_argument("reviewed", metavar="REVIEWED.docx")
    mode = show.add_mutually_exclusive_group()
    mode.add_argument(
        "--dry-run", action="store_true", help="show the plan and change nothing (the default)"
    )
    mode.add_argument(
        "--accept-all",
        action="store_true",
        help="take every change that does not conflict, and the comments as notes; save",
    )
    show.add_argument(
        "--conflicts",
        choices=("take-reviewer", "keep-mine"),
        help="with --accept-all: settle conflicts this way (keep-mine still adds the notes)",
    )


def run(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.documents import keep_backup, open_submission, record_saved, save
    from tccm_drafter.app.review import Decision, ReviewKind, accept_all, apply_plan, plan_file
    from tccm_drafter.app.templates import template_named

    path = Path(args.submission)
    opened = open_submission(path)
    submission = opened.submission
    library = ctx.library()
    template = template_named(submission.template, ctx.paths)
    # The same rule as File › Import Review…: another submission's export is refused.
    plan = plan_file(submission, library, template, Path(args.reviewed), today=ctx.now.date())
    for line in describe_plan(plan):
        print(line, file=out)
    conflicts = plan.of_kind(ReviewKind.CONFLICT)
    if not args.accept_all:
        taken = len(accept_all(plan))
        print(
            f"Nothing was changed. {counted(taken, 'item')} can be taken with --accept-all"
            + (
                f"; {counted(len(conflicts), 'conflict')} "
                + ("needs" if len(conflicts) == 1 else "need")
                + " a decision"
                if conflicts
                else ""
            )
            + ", or open the submission in the app to decide block by block.",
            file=out,
        )
        return EXIT_CONFLICTS if conflicts else EXIT_OK
    decisions = accept_all(plan)
    if args.conflicts:
        choice = Decision.ACCEPT if args.conflicts == "take-reviewer" else Decision.NOTES_ONLY
        decisions.update({item.key: choice for item in conflicts})
    outcome = apply_plan(submission, library, plan, decisions, today=ctx.now.date())
    if not outcome.changes:
        print("Nothing to change.", file=out)
        return EXIT_CONFLICTS if conflicts and not args.conflicts else EXIT_OK
    backup = keep_backup(ctx.paths, path, submission, folder=BACKUP_FOLDER)
    save(outcome.submission, path, expected=opened.digest)  # never over a newer change
    for problem in record_saved(ctx.paths, None, path, outcome.submission, today=ctx.now.date()):
        print(f"tccm-drafter: warning: {problem}", file=err)
    print(
        f"Saved {path}: {counted(len(outcome.applied), 'item')} taken, "
        f"{counted(len(outcome.changes), 'block change')}. The version before is kept in "
        f"{backup}.",
        file=out,
    )
    if conflicts and not args.conflicts:
        print(
            f"tccm-drafter: {counted(len(conflicts), 'conflict')} left as "
            + ("it was" if len(conflicts) == 1 else "they were")
            + ": "
            f"{', '.join(item.title for item in conflicts)}. Settle them in the app, or run "
            "again with --conflicts take-reviewer|keep-mine.",
            file=err,
        )
        return EXIT_CONFLICTS
    return EXIT_OK


def describe_plan(plan: ReviewPlan) -> list[str]:
    """The plan as lines for a terminal: a summary, then one entry per item."""
    from tccm_drafter.app.review import ReviewKind

    counts = plan.counts()
    lines = [
        f"{plan.source_name}: {counted(len(plan.items), 'item')} — "
        + ", ".join(f"{counts[kind]} {kind.value}" for kind in ReviewKind if counts[kind])
    ]
    lines += [f"  warning: {warning}" for warning in plan.warnings]
    for item in plan.items:
        lines.extend(_describe_item(item))
    return lines


def _describe_item(item: ReviewItem) -> list[str]:
    from tccm_drafter.app.review import ReviewKind

    label = item.kind.value.upper()
    if item.kind is ReviewKind.CONFLICT:
        label += f" ({item.action.value})"
    lines = [f"  {label:<12} {item.title}"]
    lines += [f"      - {detail}" for detail in item.details if detail != "moved"]
    if item.kind is ReviewKind.MOVED and item.place is not None:
        lines.append(f"      moved {item.place.describe()}")
    if item.kind in (ReviewKind.CHANGED, ReviewKind.MOVED) and item.text_changed:
        lines.append("      " + _inline_diff(item.current or item.exported, item.proposed))
    elif item.kind in (ReviewKind.ADDED, ReviewKind.OUTSIDE):
        lines.append("      " + _one_line(item.reviewed))
    elif item.kind is ReviewKind.CONFLICT:
        lines.append("      exported: " + _one_line(item.exported))
        lines.append("      reviewer: " + (_one_line(item.reviewed) or "(deleted)"))
        lines.append("      now:      " + (_one_line(item.current) or "(not in the submission)"))
    for comment in item.comments:
        lines.append("      " + _comment_line(comment, "comment"))
        lines += ["        " + _comment_line(reply, "reply") for reply in comment.replies]
    return lines


def _comment_line(comment: ReviewComment, what: str) -> str:
    when = f" {comment.date:%Y-%m-%d}" if comment.date else ""
    state = " [resolved]" if comment.resolved else ""
    text = _one_line(comment.text) or "(no text)"
    return f"{what} by {comment.author or 'someone'}{when}{state}: {text}"


def _inline_diff(old: str, new: str) -> str:
    from tccm_drafter.model.diffing import word_diff

    parts: list[str] = []
    for tag, text in word_diff(" ".join(old.split()), " ".join(new.split())):
        if tag == "equal":
            parts.append(text)
        elif tag == "delete":
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    return "".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())
