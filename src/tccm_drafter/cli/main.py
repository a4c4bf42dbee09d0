"""`tccm-drafter`: the parser, the dispatch to each command's module, and the one way every
command ends (0 done, 1 findings, 2 unusable input: one line on stderr, no traceback).

Each command module's ``register`` and ``run`` are imported by name: ``from tccm_drafter.cli
import calls`` would make this module depend on the package, whose ``__init__`` imports this
module (an import cycle for the type checker)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from tccm_drafter.app.clock import Clock, SystemClock
from tccm_drafter.cli.calls import register as add_calls_commands
from tccm_drafter.cli.calls import run as run_calls
from tccm_drafter.cli.context import EXIT_FINDINGS, EXIT_UNUSABLE, Context, TerminalSafe
from tccm_drafter.cli.documents import register as add_documents_commands
from tccm_drafter.cli.documents import run as run_documents
from tccm_drafter.cli.library import VersionAction
from tccm_drafter.cli.library import register as add_library_commands
from tccm_drafter.cli.library import run as run_library
from tccm_drafter.cli.register import register as add_register_commands
from tccm_drafter.cli.register import run as run_register
from tccm_drafter.cli.review import register as add_review_commands
from tccm_drafter.cli.review import run as run_review
from tccm_drafter.cli.suggest import register as add_suggest_commands
from tccm_drafter.cli.suggest import run as run_suggest
from tccm_drafter.errors import InputError

#: The options every command takes; the desktop app takes them too.
COMMON_OPTIONS = ("--home", "--library")


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep all data and settings under DIR (portable use; overrides TCCM_DRAFTER_HOME)",
    )
    common.add_argument(
        "--library",
        metavar="DIR",
        action="append",
        default=argparse.SUPPRESS,
        help="also use the paragraph library in DIR (repeatable)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="tccm-drafter",
        description="Draft submissions to UN consultations from a library of position "
        "paragraphs. Run without a command (or with a .tccm file) to open the desktop app.",
        parents=[common],
    )
    parser.add_argument(
        "--version", action=VersionAction, nargs=0, help="show the version and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_library_commands(commands, common)
    add_documents_commands(commands, common)
    add_register_commands(commands, common)
    add_review_commands(commands, common)
    add_calls_commands(commands, common)
    add_suggest_commands(commands, common)
    return parser


def opens_the_app(arguments: Sequence[str]) -> bool:
    """True for the desktop app's own command lines: nothing, a ``.tccm`` file, the
    self-test, each perhaps with ``--home DIR`` and ``--library DIR`` options."""
    rest: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument in COMMON_OPTIONS:
            skip = True
        elif not argument.startswith(tuple(f"{o}=" for o in COMMON_OPTIONS)):
            rest.append(argument)
    if rest[:1] == ["--self-test"]:
        return True
    return not rest or (len(rest) == 1 and rest[0].lower().endswith(".tccm"))


def _open_app(arguments: list[str]) -> int:
    from tccm_drafter.gui.launch import main as app_main

    return app_main(arguments)


def _dispatch(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    command = args.command
    if command == "library":
        return run_library(args, ctx, out, err)
    if command in ("templates", "check", "export"):
        return run_documents(args, ctx, out, err)
    if command == "register":
        return run_register(args, ctx, out, err)
    if command in ("questions", "new"):
        return run_calls(args, ctx, out, err)
    if command == "suggest":
        return run_suggest(args, ctx, out)
    return run_review(args, ctx, out, err)


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    clock: Clock | None = None,
) -> int:
    """Run the command line; returns the exit status (0 done, 1 findings, 2 unusable input)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Titles, names and messages come from files others wrote: nothing printed may carry a
    # control character (escape sequences clear the screen or fake text).
    out = TerminalSafe.wrap(out or sys.stdout)
    err = TerminalSafe.wrap(err or sys.stderr)
    if opens_the_app(arguments):
        return _open_app(arguments)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        return _open_app(arguments)
    try:
        ctx = Context(args, clock or SystemClock(), err)
        status = _dispatch(args, ctx, out, err)
        return max(status, EXIT_FINDINGS) if ctx.library_problems else status
    except InputError as error:
        print(f"tccm-drafter: error: {error}", file=err)
        return EXIT_UNUSABLE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"tccm-drafter: error: {where}{error.strerror or error}", file=err)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
