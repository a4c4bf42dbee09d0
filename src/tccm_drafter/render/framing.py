"""The introduction and the closing of a submission in its document.

Templates print them where they belong (``{{ introduction.body }}`` before the questions,
``{{ closing.body }}`` after them; the three built-in templates do). A template written before
they existed does not know them: rather than lose the text, the pipeline puts the introduction
before the first heading of the questions (or before the first answer when the template prints
no headings) and the closing after the last answer, and says so in the document's warnings.
"""

from __future__ import annotations

from tccm_drafter.model import SectionRole, Submission
from tccm_drafter.render.document import BlockNode, ExportWarning, Heading


def _origin_section(node: BlockNode) -> int | None:
    origin = getattr(node, "origin", None)
    return getattr(origin, "section", None)


def place_unprinted(
    blocks: list[BlockNode],
    unprinted: dict[SectionRole, list[BlockNode]],
    submission: Submission,
    warnings: list[ExportWarning],
) -> list[BlockNode]:
    """``blocks`` with the introduction and closing the template did not print put in."""
    questions = {i for i, s in enumerate(submission.sections) if s.is_question}
    answers = [i for i, node in enumerate(blocks) if _origin_section(node) in questions]
    intro = unprinted.get(SectionRole.INTRODUCTION) or []
    closing = unprinted.get(SectionRole.CLOSING) or []
    if closing:
        at = answers[-1] + 1 if answers else len(blocks)
        blocks = [*blocks[:at], *closing, *blocks[at:]]
        warnings.append(
            ExportWarning("the template does not print the closing; it follows the last answer")
        )
    if intro:
        first_answer = answers[0] if answers else len(blocks)
        headings = [i for i, node in enumerate(blocks[:first_answer]) if isinstance(node, Heading)]
        at = headings[-1] if headings else first_answer
        blocks = [*blocks[:at], *intro, *blocks[at:]]
        warnings.append(
            ExportWarning(
                "the template does not print the introduction; it comes before the first question"
            )
        )
    return blocks
