"""``tccm-drafter questions FILE`` and ``tccm-drafter new --questions FILE -o NEW.tccm``.

The command-line face of reading a call for input and turning its questions into sections
(``app/new_submission.py``, as File › New from Call… does).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.cli.context import Context
from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted, plural

if TYPE_CHECKING:  # imported when a command runs: the command line starts fast
    from tccm_drafter.app.new_submission import CallQuestions
    from tccm_drafter.model import Section

EXIT_OK, EXIT_NOTHING = 0, 1


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``questions`` and ``new`` to the command line's sub-commands."""
    show = commands.add_parser(
        "questions",
        help=(
            "list the questions of a call for input (.docx, .pdf, .txt, .md) with their "
            "limits, then its deadline"
        ),
        parents=[common],
    )
    show.add_argument("call", metavar="FILE")
    new = commands.add_parser(
        "new", help="create a new submission file (from a call's questions)", parents=[common]
    )
    new.add_argument("-o", "--output", required=True, metavar="NEW.tccm")
    new.add_argument(
        "--questions", metavar="FILE", help="make one section per question of this call"
    )
    new.add_argument("--title", help="the submission's title (default: from the call)")


def run(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    if args.command == "questions":
        return show_questions(Path(args.call), out=out)
    return new_submission(
        ctx,
        Path(args.output),
        Path(args.questions) if args.questions else None,
        args.title,
        out=out,
        err=err,
    )


def describe_section(number: int, section: Section) -> str:
    """One line: number, limits, title (or the question when there is no title)."""
    limits = [
        f"{section.word_limit} {plural(section.word_limit, 'word')}" if section.word_limit else "",
        f"{section.char_limit} {plural(section.char_limit, 'character')}"
        if section.char_limit
        else "",
    ]
    shown = ", ".join(limit for limit in limits if limit) or "no limit"
    question = " / ".join(line.strip() for line in section.question.splitlines() if line.strip())
    title = f"[{section.title}] " if section.title else ""
    return f"{number}.\t{shown}\t{title}{question}"


def describe_call(found: CallQuestions) -> list[str]:
    """The lines after the questions: the deadline and the limits stated once, as the call
    gives them (the deadline in the call's own time)."""
    from tccm_drafter.model.deadline import format_day, own_time

    lines: list[str] = []
    if found.deadline is not None:
        moment = own_time(found.deadline)
        day = format_day(found.deadline.day)
        lines.append(f"Deadline: {day}, {moment}" if moment else f"Deadline: {day}")
    rules = found.rules
    for name, words, chars in (
        ("Every answer", rules.word_limit, rules.char_limit),
        ("The whole submission", rules.total_word_limit, rules.total_char_limit),
    ):
        limits = [
            counted(words, "word") if words else "",
            counted(chars, "character") if chars else "",
        ]
        if words or chars:
            lines.append(f"{name}: {', '.join(limit for limit in limits if limit)}")
    return lines


def show_questions(call: Path, *, out: TextIO) -> int:
    from tccm_drafter.app.new_submission import read_call_questions

    found = read_call_questions(call)
    for number, section in enumerate(found.sections, start=1):
        print(describe_section(number, section), file=out)
    for line in describe_call(found):
        print(line, file=out)
    if not found.sections:
        print(f"{call}: no questions found", file=out)
        return EXIT_NOTHING
    return EXIT_OK


def new_submission(
    ctx: Context,
    output: Path,
    call: Path | None,
    title: str | None,
    *,
    out: TextIO,
    err: TextIO,
) -> int:
    from tccm_drafter.app import new_submission as starting
    from tccm_drafter.app.documents import SUFFIX, create, record_saved
    from tccm_drafter.app.preferences import settings_or_default

    if output.suffix.lower() != SUFFIX:
        raise InputError(f"a submission file ends in {SUFFIX}", path=output)
    if output.exists():
        raise InputError("this file exists already; choose another name", path=output)
    if not output.parent.is_dir():
        raise InputError("the folder to write into does not exist", path=output.parent)
    paths = ctx.paths
    settings = settings_or_default(paths)
    submission = (
        starting.from_call(paths, settings, call)
        if call is not None
        else starting.new_submission(paths, settings)
    )
    if call is not None and not submission.sections:
        print(f"tccm-drafter: warning: {call}: no questions found", file=err)
    if title is not None:
        submission.title = title
    sections = submission.sections
    create(output, submission)
    # Recorded as a save in the window is: the register lists it, with its deadline.
    paths.ensure()
    for problem in record_saved(paths, None, output, submission, today=ctx.now.date()):
        print(f"tccm-drafter: warning: {problem}", file=err)
    print(f"Wrote {output} with {counted(len(sections), 'section')}", file=out)
    return EXIT_OK
