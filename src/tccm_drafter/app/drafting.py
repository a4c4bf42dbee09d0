"""Drafting operations on the open submission. Each returns the Edit to apply (or None when
there is nothing to do); the front end applies it through its undo history.

The rules themselves (what a block prints, how typing changes it, which revision is the
latest) live in ``model/blocks.py``; this module decides where things go.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Unpack

from tccm_drafter.app.edits import (
    Batch,
    Edit,
    InsertBlock,
    InsertSection,
    MoveBlock,
    MoveSection,
    RemoveBlock,
    RemoveSection,
    ReplaceBlock,
    ReplaceSection,
    SetFields,
)
from tccm_drafter.app.typing import Shown, type_text
from tccm_drafter.app.workspace import SubmissionFields, Workspace, changed_fields
from tccm_drafter.model import Block, Paragraph, ParagraphBlock, Section, SectionRole, TextBlock
from tccm_drafter.model.blocks import (
    block_from_paragraph,
    latest,
    repointed,
    reverted,
    with_short,
)

#: The title of the section made when something is inserted into a submission without any:
#: none (a title is printed, and the app's words never go into a document).
FIRST_SECTION_TITLE = ""


def insert_point(ws: Workspace, section: int, block: int | None) -> tuple[int, int]:
    """Where an insertion goes: after the current block, at the end of the current section,
    or at the end of the last section; (-1, 0) when there is no section yet."""
    sections = ws.submission.sections
    if section < 0 or section >= len(sections):
        start, end = ws.submission.question_range()
        section = end - 1 if end > start else len(sections) - 1  # the last question
        block = None
    if section < 0:
        return -1, 0
    return section, len(sections[section].blocks) if block is None else block + 1


def _with_section(ws: Workspace, section: int, edits: list[Edit], label: str) -> Edit:
    """``edits`` (made for section 0) preceded by a new first section when there is none."""
    if section < 0:
        edits = [InsertSection(0, Section(title=FIRST_SECTION_TITLE)), *edits]
    return edits[0] if len(edits) == 1 else Batch(edits, label)


def insert_blocks(ws: Workspace, blocks: list[Block], section: int, row: int, label: str) -> Edit:
    target = max(section, 0)
    if section < 0:
        row = 0
    elif row < 0 or row > len(ws.submission.sections[section].blocks):
        row = len(ws.submission.sections[section].blocks)
    inserts: list[Edit] = [
        InsertBlock(target, row + offset, block, label) for offset, block in enumerate(blocks)
    ]
    return _with_section(ws, section, inserts, label)


def insert_paragraphs(ws: Workspace, ids: list[str], section: int, row: int) -> Edit | None:
    """Library paragraphs at (section, row); row -1 = at the end of the section."""
    found = [p for p in (ws.library.get(i) for i in ids) if p is not None]
    if not found:
        return None
    label = "Insert Paragraph" if len(found) == 1 else "Insert Paragraphs"
    return insert_blocks(ws, [block_from_paragraph(p) for p in found], section, row, label)


def in_submission_language(ws: Workspace, ids: list[str]) -> list[str]:
    """The paragraphs to insert: each one's translation into the consultation's language when
    the library has it (a French call gets the French text), else the paragraph itself."""
    from tccm_drafter.model.translations import same_language, translation_for

    language = ws.submission.consultation.language
    chosen: list[str] = []
    for pid in ids:
        paragraph = ws.library.get(pid)
        other = None
        if paragraph is not None and language and not same_language(paragraph.language, language):
            other = translation_for(ws.library, pid, language)
        chosen.append(other.id if other is not None else pid)
    return chosen


def outdated(ws: Workspace, paragraph_id: str) -> bool:
    """Retired or superseded: the library says not to use it any more."""
    paragraph = ws.library.get(paragraph_id)
    return paragraph is not None and (paragraph.is_retired or bool(paragraph.superseded_by))


def insert_text(ws: Workspace, section: int, row: int, text: str) -> Edit:
    return insert_blocks(ws, [TextBlock(text)], section, row, "Insert Text")


def successor(ws: Workspace, paragraph_id: str) -> Paragraph | None:
    """The paragraph that replaces a superseded one (None when it has none or is current)."""
    paragraph = ws.library.get(paragraph_id)
    if paragraph is None or not paragraph.superseded_by:
        return None
    newest = ws.library.latest(paragraph_id)
    return newest if newest is not None and newest.id != paragraph_id else None


def edit_text(
    ws: Workspace,
    section: int,
    row: int,
    text: str,
    *,
    pasted: bool = False,
    shown: Shown | None = None,
) -> Edit | None:
    """The user typed (or pasted, or deleted): the block's new text. Keystrokes merge into
    undo steps a word run long (``app/typing.py``); ``shown`` is the keystroke as the editor
    shows the text, when that is not the Markdown itself."""
    return type_text(ws, section, row, text, pasted=pasted, shown=shown)


def replace_block(ws: Workspace, section: int, row: int, new: Block, label: str) -> Edit | None:
    old = ws.block(section, row)
    return None if new == old else ReplaceBlock(section, row, old, new, label)


def revert_block(ws: Workspace, section: int, row: int) -> Edit | None:
    return replace_block(
        ws, section, row, reverted(ws.block(section, row)), "Revert to Library Text"
    )


def take_library_version(ws: Workspace, section: int, row: int) -> Edit | None:
    new = latest(ws.block(section, row), ws.library)
    return replace_block(ws, section, row, new, "Take Library Version")


def use_short(
    ws: Workspace, section: int, row: int, short: bool, *, replace_tailored: bool = False
) -> Edit | None:
    """Print the paragraph's short variant (or its full text again). A tailored block prints
    its own wording whatever the choice: ``replace_tailored`` puts the library's text in its
    place (one undoable step); see :func:`short_variant_problem` for what to tell first."""
    label = "Use Short Variant" if short else "Use Full Text"
    new = with_short(ws.block(section, row), short, drop_edit=replace_tailored)
    return replace_block(ws, section, row, new, label)


def short_variant_problem(ws: Workspace, section: int, row: int) -> str | None:
    """Why the short variant cannot simply be switched: "free-text" (no library paragraph),
    "missing" (in no library), "no-short" (the paragraph has none), "tailored" (the block
    prints the user's own wording, which the switch alone would not change); None: it can."""
    block = ws.block(section, row)
    if not isinstance(block, ParagraphBlock):
        return "free-text"
    paragraph = ws.library.get(block.paragraph_id)
    if paragraph is None:
        return "missing"
    if not paragraph.short.strip():
        return "no-short"
    return "tailored" if block.is_edited else None


def point_block_at(ws: Workspace, section: int, row: int, paragraph: Paragraph) -> Edit | None:
    """The block prints ``paragraph`` as saved (after its wording went to the library)."""
    old = ws.block(section, row)
    if isinstance(old, ParagraphBlock):
        new = repointed(old, paragraph)
    else:  # free text that became a library paragraph keeps its review notes
        new = replace(block_from_paragraph(paragraph), notes=list(old.notes))
    return replace_block(ws, section, row, new, "Use Saved Paragraph")


def remove(ws: Workspace, section: int, block: int | None) -> Edit | None:
    if not 0 <= section < len(ws.submission.sections):
        return None
    if block is None:
        return RemoveSection(section, ws.submission.sections[section])
    return RemoveBlock(section, block, ws.block(section, block))


def move_block(ws: Workspace, section: int, row: int, to_section: int, to_row: int) -> Edit | None:
    """Move a block; ``to_row`` is its row after the move (None when it would not move)."""
    sections = ws.submission.sections
    if not ws.has_block(section, row) or not 0 <= to_section < len(sections):
        return None
    limit = len(sections[to_section].blocks) - (1 if to_section == section else 0)
    to_row = max(0, min(to_row, limit))
    if (to_section, to_row) == (section, row):
        return None
    return MoveBlock(section, row, to_section, to_row)


def move_section(ws: Workspace, row: int, to_row: int) -> Edit | None:
    """Move a question; the introduction stays first and the closing last."""
    count = len(ws.submission.sections)
    if not (0 <= row < count and 0 <= to_row < count) or row == to_row:
        return None
    start, end = ws.submission.question_range()
    if not (start <= row < end and start <= to_row < end):
        return None
    return MoveSection(row, to_row)


def step(ws: Workspace, section: int, block: int | None, delta: int) -> Edit | None:
    """Alt+Up / Alt+Down: a section moves past its neighbour; a block moves past its
    neighbour, or from the edge of its section into the next one."""
    sections = ws.submission.sections
    if not 0 <= section < len(sections):
        return None
    if block is None:
        return move_section(ws, section, section + delta)
    target_section, target_row = section, block + delta
    if not 0 <= target_row < len(sections[section].blocks):
        target_section = section + delta
        if not 0 <= target_section < len(sections):
            return None
        target_row = len(sections[target_section].blocks) if delta < 0 else 0
    return move_block(ws, section, block, target_section, target_row)


def add_section(ws: Workspace, row: int, title: str) -> Edit:
    """A new question at ``row`` (kept after the introduction and before the closing)."""
    start, end = ws.submission.question_range()
    row = max(start, min(row, end))
    return InsertSection(row, Section(title=title))


def add_introduction(ws: Workspace) -> Edit | None:
    """Text before the first question: a section of its own, first, with one empty free-text
    block to write in (None when the submission has an introduction)."""
    if ws.submission.section_with(SectionRole.INTRODUCTION) is not None:
        return None
    part = Section(title="", blocks=[TextBlock("")], role=SectionRole.INTRODUCTION)
    return InsertSection(0, part, label="Add Introduction")


def add_closing(ws: Workspace) -> Edit | None:
    """Text after the last question (None when the submission has a closing)."""
    if ws.submission.section_with(SectionRole.CLOSING) is not None:
        return None
    part = Section(title="", blocks=[TextBlock("")], role=SectionRole.CLOSING)
    return InsertSection(len(ws.submission.sections), part, label="Add Closing")


def edit_section(
    ws: Workspace,
    row: int,
    *,
    title: str,
    question: str,
    word_limit: int | None,
    char_limit: int | None,
) -> Edit | None:
    old = ws.submission.sections[row]
    new = replace(
        old,
        title=title.strip(),
        question=question.strip(),
        word_limit=word_limit,
        char_limit=char_limit,
    )
    return None if new == old else ReplaceSection(row, old, new)


def add_sections(ws: Workspace, sections: list[Section]) -> Edit | None:
    """Append sections (from a call's questions) as one undo step."""
    if not sections:
        return None
    start = ws.submission.question_range()[1]  # before the closing
    edits: list[Edit] = [InsertSection(start + n, s) for n, s in enumerate(sections)]
    return Batch(edits, "Add Sections from Questions")


def add_questions(ws: Workspace, text: str) -> Edit | None:
    from tccm_drafter.model.questions import parse_questions  # a call's reader: on first use

    return add_sections(ws, parse_questions(text))


def set_fields(ws: Workspace, label: str, **values: Unpack[SubmissionFields]) -> Edit | None:
    """Change submission-wide fields (``consultation=...``, ``template=...``)."""
    changed = changed_fields(ws.submission, values)
    return SetFields(changed, label=label) if changed else None
