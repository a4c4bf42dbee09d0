"""``tccm-drafter suggest SUBMISSION [--section N]``: for each question of a submission, the
library paragraphs that best answer it (app/suggestions.py), best first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tccm_drafter.cli.context import Context
from tccm_drafter.errors import InputError

if TYPE_CHECKING:
    from tccm_drafter.app.suggestions import Suggestion


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``suggest`` command to the parser's sub-commands."""
    suggest = commands.add_parser(
        "suggest",
        help="the library paragraphs that best answer each question of a submission",
        parents=[common],
    )
    suggest.add_argument("submission", metavar="SUBMISSION.tccm")
    suggest.add_argument("--section", type=int, metavar="N", help="only section N (1 is the first)")
    suggest.add_argument(
        "--limit", type=int, default=5, metavar="K", help="at most K paragraphs a section"
    )


def run(args: argparse.Namespace, ctx: Context, out: TextIO) -> int:
    from tccm_drafter.app.documents import load_submission
    from tccm_drafter.app.suggestions import question_of, ranker_for, suggest

    submission = load_submission(Path(args.submission))
    sections = list(enumerate(submission.sections, start=1))
    if args.section is not None:
        if not 1 <= args.section <= len(sections):
            raise InputError(
                f"there is no section {args.section}; the submission has {len(sections)}",
                field="section",
            )
        sections = [sections[args.section - 1]]
    library = ctx.library()
    today = ctx.now.date()
    ranker = ranker_for(library)
    language = submission.consultation.language
    for number, section in sections:
        question = question_of(section)
        print(f"Section {number}: {section.title or question}", file=out)
        if question and question != section.title:
            print(f"  {question}", file=out)
        found = suggest(
            library, question, language, today=today, limit=max(1, args.limit), ranker=ranker
        )
        if not found:
            print("  (no paragraph of the library answers this question)", file=out)
        for rank, item in enumerate(found, start=1):
            print(f"  {rank}. {_line(item)}", file=out)
    return 0


def _line(item: Suggestion) -> str:
    marks = ""
    if item.review_due:
        marks += " [review due]"
    if item.status.value != "approved":
        marks += f" [{item.status.value}]"
    if item.translations:
        marks += f" (translations: {', '.join(item.translations)})"
    return f"{item.paragraph_id}\t{item.language}\t{item.title}{marks}"
