"""The command line over the drafting core: list and search the library, check and export.

Every command takes ``--home DIR`` and ``--library DIR`` (repeatable). Bad input gets one line
on stderr naming the file and line or field, exit status 2, and nothing written.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from tccm_drafter import call_commands, cli_shared, cli_suggest
from tccm_drafter.app.clock import Clock, SystemClock
from tccm_drafter.cli_library import VersionAction, describe_paragraph, listing
from tccm_drafter.errors import InputError
from tccm_drafter.render.export import FORMATS
from tccm_drafter.sharing import review_commands

if TYPE_CHECKING:
    from tccm_drafter.app.libraries import Libraries
    from tccm_drafter.model import Library
    from tccm_drafter.storage.library_folder import LibraryFolder
    from tccm_drafter.storage.paths import AppPaths

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


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
        "paragraphs. Run without a command to open the desktop app.",
        parents=[common],
    )
    parser.add_argument(
        "--version", action=VersionAction, nargs=0, help="show the version and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    library = commands.add_parser(
        "library", help="list, search, show, export and import library paragraphs", parents=[common]
    )
    library_commands = library.add_subparsers(
        dest="library_command", metavar="ACTION", required=True
    )
    listing = library_commands.add_parser("list", help="one paragraph a line", parents=[common])
    listing.add_argument("--topic", help="only paragraphs with this topic")
    listing.add_argument(
        "--status",
        choices=("draft", "approved", "retired"),
        help="only paragraphs with this status",
    )
    search = library_commands.add_parser(
        "search", help="paragraphs containing every word", parents=[common]
    )
    search.add_argument("query", nargs="+", help="words to look for")
    show = library_commands.add_parser("show", help="one paragraph in full", parents=[common])
    show.add_argument("id", help="paragraph id")
    export_lib = library_commands.add_parser(
        "export", help="write paragraphs to a .tccmlib bundle to share", parents=[common]
    )
    export_lib.add_argument("-o", "--output", required=True, metavar="FILE.tccmlib")
    export_lib.add_argument(
        "--topic", action="append", default=[], help="only this topic (repeatable)"
    )
    export_lib.add_argument(
        "--id",
        dest="ids",
        action="append",
        default=[],
        metavar="ID",
        help="only this paragraph (repeatable)",
    )
    import_lib = library_commands.add_parser(
        "import", help="preview and import a .tccmlib bundle", parents=[common]
    )
    import_lib.add_argument("bundle", metavar="FILE.tccmlib")
    import_lib.add_argument(
        "--dry-run", action="store_true", help="show what would change and change nothing"
    )
    import_lib.add_argument(
        "--on-conflict",
        choices=("keep-mine", "take-theirs", "keep-both"),
        help="how to settle paragraphs both sides changed",
    )
    import_lib.add_argument(
        "--take-updates",
        action="store_true",
        help="take the paragraphs the bundle says it updated from your wording",
    )
    undo_lib = library_commands.add_parser(
        "undo-import", help="undo the last library import", parents=[common]
    )
    undo_lib.add_argument(
        "--force", action="store_true", help="undo even paragraphs changed since the import"
    )
    cli_shared.register(library_commands, common)

    commands.add_parser("templates", help="list built-in and user templates", parents=[common])

    check = commands.add_parser(
        "check", help="preflight a submission (exit 1 on findings)", parents=[common]
    )
    check.add_argument("submission", metavar="SUBMISSION.tccm")

    export = commands.add_parser("export", help="export a submission", parents=[common])
    export.add_argument("submission", metavar="SUBMISSION.tccm")
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="file to write (default: Markdown/text to standard output, "
        "Word next to the submission)",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the output file's extension, else md)",
    )
    export.add_argument(
        "--template",
        metavar="NAME|PATH",
        help="template name or folder (default: the submission's)",
    )
    export.add_argument(
        "--reference-docx",
        metavar="PATH",
        help="Word file whose styles, page set-up, header and footer to use",
    )
    export.add_argument(
        "--no-page-numbers",
        action="store_true",
        help="do not add page numbers to a Word export whose letterhead shows none",
    )
    _add_export_copy_options(export)
    from tccm_drafter.sharing.register_commands import add_register_parser

    add_register_parser(commands, common)
    review_commands.register(commands, common)
    call_commands.register(commands, common)
    cli_suggest.register(commands, common)
    return parser


def _add_export_copy_options(export: argparse.ArgumentParser) -> None:
    """Which copy an export is: for sending (the default) or for review; text without counts."""
    export.add_argument(
        "--for-review",
        action="store_true",
        help="the Word copy for reviewers, with the marks `review import` reads back "
        "(default: the copy for sending, without them; named NAME-for-review.docx)",
    )
    export.add_argument(
        "--no-counts",
        action="store_true",
        help='plain text without the "[Words: …]" line after each answer',
    )


def _export_copy_line(output: Path, fmt: str, for_review: bool) -> str:
    """ "Wrote response.docx, the copy for sending (no review marks)"."""
    if fmt != "docx":
        return f"Wrote {output}"
    if for_review:
        return f"Wrote {output}, the copy for review (with the marks `review import` reads)"
    return f"Wrote {output}, the copy for sending (no review marks; --for-review for reviewers)"


class _Context:
    """What every command needs: the user's folders and the loaded library."""

    def __init__(self, args: argparse.Namespace, clock: Clock) -> None:
        from tccm_drafter.storage.paths import AppPaths

        #: The moment the command runs: the clock is read once, here, for the whole command.
        self.now = clock.now()

        self.paths: AppPaths = AppPaths.resolve(getattr(args, "home", None))
        self.extra_libraries = [Path(p) for p in getattr(args, "library", None) or []]
        self._libraries: Libraries | None = None
        #: Library files that could not be read; they make the exit status at least 1.
        self.library_problems = 0

    def libraries(self, err: TextIO) -> Libraries:
        if self._libraries is None:
            from tccm_drafter.app.libraries import open_libraries
            from tccm_drafter.storage.settings import load_settings

            self.paths.ensure()
            settings = load_settings(self.paths)
            libraries = open_libraries(self.paths, settings, self.extra_libraries, parallel=True)
            for problem in libraries.errors:
                print(f"tccm-drafter: error: {problem}", file=err)
            for warning in libraries.warnings:
                print(f"tccm-drafter: warning: {warning}", file=err)
            self.library_problems = len(libraries.errors)
            for clash in libraries.library.clashes:
                print(
                    f"tccm-drafter: warning: paragraph id '{clash.paragraph_id}' is in both "
                    f"'{clash.kept_library}' and '{clash.other_library}'; using the one in "
                    f"'{clash.kept_library}'",
                    file=err,
                )
            self._libraries = libraries
        return self._libraries

    def folders(self, err: TextIO) -> list[LibraryFolder]:
        return self.libraries(err).folders

    def library(self, err: TextIO) -> Library:
        return self.libraries(err).library


def _cmd_library(args: argparse.Namespace, ctx: _Context, out: TextIO, err: TextIO) -> int:
    action = args.library_command
    if action in cli_shared.ACTIONS:
        return cli_shared.run(args, ctx.paths, now=ctx.now, out=out, err=err)
    if action == "export":
        from tccm_drafter.sharing.commands import library_export

        return library_export(
            ctx.paths,
            ctx.libraries(err),
            Path(args.output),
            args.topic,
            args.ids,
            now=ctx.now,
            out=out,
            err=err,
        )
    if action == "import":
        from tccm_drafter.sharing.commands import library_import

        return library_import(
            ctx.paths,
            ctx.libraries(err),
            Path(args.bundle),
            dry_run=args.dry_run,
            on_conflict=args.on_conflict,
            out=out,
            err=err,
            take_updates=args.take_updates,
        )
    if action == "undo-import":
        from tccm_drafter.sharing.commands import library_undo_import

        return library_undo_import(ctx.paths, ctx.folders(err), out=out, err=err, force=args.force)

    from tccm_drafter.model import Status

    library = ctx.library(err)
    if action in ("list", "search"):
        status = Status(args.status) if action == "list" and args.status else None
        query = " ".join(args.query) if action == "search" else ""
        topic = args.topic if action == "list" else None
        listing(library, query, topic, status, out, today=ctx.now.date())
        return EXIT_OK
    # show
    found = library.get(args.id)
    if found is None:
        raise InputError(
            f"no paragraph with id '{args.id}' in the libraries "
            f"({', '.join(library.library_names()) or 'none'})",
            field="id",
        )
    print(describe_paragraph(found, library), file=out)
    return EXIT_OK


def _cmd_templates(ctx: _Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.render.templates import list_templates

    templates, problems = list_templates(ctx.paths.templates_dir)
    for template in templates:
        kind = "built-in" if template.builtin else "user"
        print(f"{template.name}\t{kind}\t{template.description}", file=out)
    for problem in problems:
        print(f"tccm-drafter: error: {problem}", file=err)
    return EXIT_FINDINGS if problems else EXIT_OK


def _cmd_check(args: argparse.Namespace, ctx: _Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.checks import needing_attention, run_checks
    from tccm_drafter.render.templates import find_template
    from tccm_drafter.storage.submission_file import load_submission

    path = Path(args.submission)
    submission = load_submission(path)
    library = ctx.library(err)
    template = find_template(submission.template, ctx.paths.templates_dir)
    from tccm_drafter.storage.settings import load_settings

    findings = run_checks(
        submission,
        library,
        template,
        settings=load_settings(ctx.paths),
        now=ctx.now,
        submission_path=path,
    )
    for finding in findings:
        print(f"{path}: {finding.severity}: {finding.message}", file=out)
    blocking = needing_attention(findings)
    if not findings:
        print(f"{path}: no findings", file=out)
    return EXIT_FINDINGS if blocking else EXIT_OK


def _cmd_export(args: argparse.Namespace, ctx: _Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.exporting import export_text, prepare_export, write_export
    from tccm_drafter.storage.submission_file import load_submission

    path = Path(args.submission)
    submission = load_submission(path)
    plan = prepare_export(
        submission,
        ctx.library(err),
        ctx.paths.templates_dir,
        submission_path=path,
        fmt=args.format,
        output=Path(args.output) if args.output else None,
        template=args.template,
        reference_docx=Path(args.reference_docx) if args.reference_docx else None,
        page_numbers=False if args.no_page_numbers else None,
        for_review=args.for_review,
        counts=not args.no_counts,
    )
    if plan.output is None:
        # Render fully first: a refusal prints nothing half-done.
        text, warnings = export_text(plan, today=ctx.now.date())
        out.write(text)
    else:
        warnings = write_export(plan, now=ctx.now)
    for warning in warnings:
        print(f"tccm-drafter: warning: {warning}", file=err)
    if plan.output is not None:
        print(_export_copy_line(plan.output, plan.fmt, plan.for_review), file=out)
    return EXIT_OK


def _open_gui(argv: list[str]) -> int:
    from tccm_drafter.gui.launch import main as gui_main

    return gui_main(argv)


class _TerminalSafe(io.TextIOBase):
    """A text stream that passes everything through ``text_hygiene.terminal_safe``."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self._inner = inner

    @classmethod
    def wrap(cls, stream: TextIO) -> TextIO:
        return cast(TextIO, cls(stream))

    def write(self, text: str) -> int:
        from tccm_drafter.model.text_hygiene import terminal_safe

        self._inner.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()


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
    out = _TerminalSafe.wrap(out or sys.stdout)
    err = _TerminalSafe.wrap(err or sys.stderr)
    # `tccm-drafter FILE.tccm` (or no command at all) opens the desktop app; `--self-test
    # OUT.docx` proves an installed copy's desktop app works (gui/selftest.py).
    if (
        not arguments
        or arguments[0] == "--self-test"
        or (len(arguments) == 1 and arguments[0].endswith(".tccm"))
    ):
        return _open_gui(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        return _open_gui(arguments)
    try:
        ctx = _Context(args, clock or SystemClock())
        if args.command == "library":
            status = _cmd_library(args, ctx, out, err)
        elif args.command == "templates":
            status = _cmd_templates(ctx, out, err)
        elif args.command == "check":
            status = _cmd_check(args, ctx, out, err)
        elif args.command == "register":
            from tccm_drafter.sharing.register_commands import run_register

            status = run_register(args, ctx.paths, now=ctx.now, out=out, err=err)
        elif args.command in ("questions", "new"):
            status = call_commands.run(args, ctx.paths, out=out, err=err)
        elif args.command == "suggest":
            status = cli_suggest.run(
                args, lambda: ctx.libraries(err), out=out, today=ctx.now.date()
            )
        elif args.command == "review":
            status = review_commands.run(
                args, ctx.paths, lambda: ctx.library(err), today=ctx.now.date(), out=out, err=err
            )
        else:
            status = _cmd_export(args, ctx, out, err)
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
