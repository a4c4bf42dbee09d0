"""`tccm-drafter library …`: list, search and show paragraphs, bundles (cli/bundles.py) and
shared libraries (cli/shared.py); and `--version`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TextIO

from tccm_drafter.cli.bundles import library_export, library_import, library_undo_import
from tccm_drafter.cli.context import EXIT_OK, Context
from tccm_drafter.cli.shared import ACTIONS as SHARED_ACTIONS
from tccm_drafter.cli.shared import register as add_shared_commands
from tccm_drafter.cli.shared import run as run_shared
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.blocks import Marker, paragraph_markers
from tccm_drafter.model.library import Entry


class VersionAction(argparse.Action):
    """--version: the installed version, looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from tccm_drafter import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def listing(
    library: Library,
    query: str,
    topic: str | None,
    status: Status | None,
    out: TextIO,
    *,
    today: date,
) -> None:
    """`library list` and `library search`: one line per paragraph, from the entries alone
    (no paragraph's text is read), read as columns: a library of 50,000 paragraphs makes no
    object per paragraph but for those that may have a marker to print."""
    mask = library.match(query, topic=topic, status=status)
    lines = []
    words = {s: s.value for s in Status}
    joined: dict[tuple[str, ...], str] = {}  # topic lists repeat: each joined once
    for part in library.segments():
        c = part.columns
        # Column by column (a compact column iterates without a look-up per value).
        rows = zip(
            part.positions,
            c.ids,
            map(words.__getitem__, c.statuses),
            c.languages,
            c.topics,
            part.origins,
            c.titles,
            c.translation_of,
            c.review_by,
            c.superseded_by,
            strict=True,
        )
        for k, (
            position,
            pid,
            state,
            language,
            topics,
            origin,
            title,
            source,
            due,
            then,
        ) in enumerate(rows):
            if mask is not None and not mask[position]:
                continue
            if source or due is not None:
                lines.append(paragraph_line(c.entry(k), library, today))
                continue
            if then:
                state = f"{state} -> {then}"
            names = joined.get(topics)
            if names is None:
                names = joined[topics] = ",".join(topics)
            lines.append(_line(pid, state, language, names, origin, title))
    if lines:
        print("\n".join(lines), file=out)


#: How the command line names a paragraph's markers after its status.
_MARKER_WORDS = {
    Marker.STALE_TRANSLATION: "translation out of date",
    Marker.REVIEW_DUE: "review due",
}


def paragraph_line(paragraph: Paragraph | Entry, library: Library, today: date) -> str:
    status = paragraph.status.value
    if paragraph.superseded_by:
        status += f" -> {paragraph.superseded_by}"
    for marker in paragraph_markers(paragraph, library, today):
        if marker in _MARKER_WORDS:
            status += f" ({_MARKER_WORDS[marker]})"
    topics = ",".join(paragraph.topics)
    origin = library.origin(paragraph.id) or ""
    return _line(paragraph.id, status, paragraph.language, topics, origin, paragraph.title)


def _line(pid: str, status: str, language: str, topics: str, origin: str, title: str) -> str:
    return f"{pid}\t{status}\t{language}\t{topics}\t{origin}\t{title}"


def describe_paragraph(paragraph: Paragraph, library: Library) -> str:
    lines = [paragraph.title, "=" * len(paragraph.title)]
    facts: list[tuple[str, str]] = [
        ("id", paragraph.id),
        ("library", library.origin(paragraph.id) or ""),
        ("status", paragraph.status.value),
        ("version", str(paragraph.version)),
        ("language", paragraph.language),
        ("topics", ", ".join(paragraph.topics)),
        ("author", paragraph.author),
        ("endorsed by", ", ".join(paragraph.endorsed_by)),
        ("created", _date(paragraph.created)),
        ("updated", _date(paragraph.updated)),
        ("reviewed", _date(paragraph.reviewed)),
        ("supersedes", ", ".join(paragraph.supersedes)),
        ("superseded by", paragraph.superseded_by or ""),
        ("translation of", paragraph.translation_of or ""),
    ]
    lines += [f"{name + ':':<15}{value}" for name, value in facts if value]
    lines += ["", paragraph.body.strip()]
    if paragraph.short.strip():
        lines += ["", "Short variant:", paragraph.short.strip()]
    if paragraph.sources:
        lines += ["", "Sources:"]
        lines += [f"- {s.citation}" + (f" <{s.url}>" if s.url else "") for s in paragraph.sources]
    return "\n".join(lines)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """`library list|search|show|export|import|undo-import` and the shared-library actions."""
    library = commands.add_parser(
        "library", help="list, search, show, export and import library paragraphs", parents=[common]
    )
    actions = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    listing_parser = actions.add_parser("list", help="one paragraph a line", parents=[common])
    listing_parser.add_argument("--topic", help="only paragraphs with this topic")
    listing_parser.add_argument(
        "--status",
        choices=("draft", "approved", "retired"),
        help="only paragraphs with this status",
    )
    search = actions.add_parser("search", help="paragraphs containing every word", parents=[common])
    search.add_argument("query", nargs="+", help="words to look for")
    show = actions.add_parser("show", help="one paragraph in full", parents=[common])
    show.add_argument("id", help="paragraph id")
    export = actions.add_parser(
        "export", help="write paragraphs to a .tccmlib bundle to share", parents=[common]
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.tccmlib")
    export.add_argument("--topic", action="append", default=[], help="only this topic (repeatable)")
    export.add_argument(
        "--id",
        dest="ids",
        action="append",
        default=[],
        metavar="ID",
        help="only this paragraph (repeatable)",
    )
    bring = actions.add_parser(
        "import", help="preview and import a .tccmlib bundle", parents=[common]
    )
    bring.add_argument("bundle", metavar="FILE.tccmlib")
    bring.add_argument(
        "--dry-run", action="store_true", help="show what would change and change nothing"
    )
    bring.add_argument(
        "--on-conflict",
        choices=("keep-mine", "take-theirs", "keep-both"),
        help="how to settle paragraphs both sides changed",
    )
    bring.add_argument(
        "--take-updates",
        action="store_true",
        help="take the paragraphs the bundle says it updated from your wording",
    )
    undo = actions.add_parser("undo-import", help="undo the last library import", parents=[common])
    undo.add_argument(
        "--force", action="store_true", help="undo even paragraphs changed since the import"
    )
    add_shared_commands(actions, common)


def run(args: argparse.Namespace, ctx: Context, out: TextIO, err: TextIO) -> int:
    action = args.library_command
    if action in SHARED_ACTIONS:
        return run_shared(args, ctx.paths, now=ctx.now, out=out, err=err)
    if action == "export":
        return library_export(
            ctx.paths,
            ctx.libraries(),
            Path(args.output),
            args.topic,
            args.ids,
            now=ctx.now,
            out=out,
            err=err,
        )
    if action == "import":
        return library_import(
            ctx.paths,
            ctx.libraries(),
            Path(args.bundle),
            dry_run=args.dry_run,
            on_conflict=args.on_conflict,
            out=out,
            err=err,
            take_updates=args.take_updates,
        )
    if action == "undo-import":
        return library_undo_import(ctx.libraries(), out=out, force=args.force)
    library = ctx.library()
    if action in ("list", "search"):
        status = Status(args.status) if action == "list" and args.status else None
        query = " ".join(args.query) if action == "search" else ""
        topic = args.topic if action == "list" else None
        listing(library, query, topic, status, out, today=ctx.now.date())
        return EXIT_OK
    found = library.get(args.id)
    if found is None:
        raise InputError(
            f"no paragraph with id '{args.id}' in the libraries "
            f"({', '.join(library.library_names()) or 'none'})",
            field="id",
        )
    print(describe_paragraph(found, library), file=out)
    return EXIT_OK
