"""`tccm-drafter templates`, `check SUBMISSION` and `export SUBMISSION`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.app.export_formats import FORMATS
from tccm_drafter.cli.context import EXIT_FINDINGS, EXIT_OK

if TYPE_CHECKING:
    from tccm_drafter.cli.context import Context


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
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


def run(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    if args.command == "templates":
        return _templates(ctx, out, err)
    if args.command == "check":
        return _check(args, ctx, out)
    return _export(args, ctx, out, err)


def _templates(ctx: Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.templates import all_templates

    templates, problems = all_templates(ctx.paths)
    for template in templates:
        kind = "built-in" if template.builtin else "user"
        print(f"{template.name}\t{kind}\t{template.description}", file=out)
    for problem in problems:
        print(f"tccm-drafter: error: {problem}", file=err)
    return EXIT_FINDINGS if problems else EXIT_OK


def _check(args: argparse.Namespace, ctx: Context, out: TextIO) -> int:
    # The submission's model, the templates and the checks load when a command needs them.
    from tccm_drafter.app.checks import needing_attention, run_checks
    from tccm_drafter.app.documents import load_submission
    from tccm_drafter.app.templates import template_named

    path = Path(args.submission)
    submission = load_submission(path)
    library = ctx.library()
    template = template_named(submission.template, ctx.paths)
    findings = run_checks(
        submission, library, template, settings=ctx.settings(), now=ctx.now, submission_path=path
    )
    for finding in findings:
        print(f"{path}: {finding.severity}: {finding.message}", file=out)
    if not findings:
        print(f"{path}: no findings", file=out)
    return EXIT_FINDINGS if needing_attention(findings) else EXIT_OK


def _export(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.documents import load_submission
    from tccm_drafter.app.exporting import export_text, prepare_export, write_export

    path = Path(args.submission)
    plan = prepare_export(
        load_submission(path),
        ctx.library(),
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
        print(_copy_line(plan.output, plan.fmt, plan.for_review), file=out)
    return EXIT_OK


def _copy_line(output: Path, fmt: str, for_review: bool) -> str:
    """ "Wrote response.docx, the copy for sending (no review marks)"."""
    if fmt != "docx":
        return f"Wrote {output}"
    if for_review:
        return f"Wrote {output}, the copy for review (with the marks `review import` reads)"
    return f"Wrote {output}, the copy for sending (no review marks; --for-review for reviewers)"
