"""One small QUndoCommand per user edit; the text names the action ("Undo Move Paragraph").

Every command changes the submission through the outline model's mutation methods, so views
hear about each change and undo restores exactly what was there.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tccm_drafter.model import (
    Block,
    Consultation,
    Organisation,
    Paragraph,
    ParagraphBlock,
    Section,
    TextBlock,
)

if TYPE_CHECKING:
    from tccm_drafter.gui.outline_model import SubmissionOutline

#: Commands with the same id merge (consecutive typing in one block becomes one undo step).
EDIT_TEXT_ID = 4001


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def block_from_paragraph(paragraph: Paragraph) -> ParagraphBlock:
    """A block that prints the paragraph as the library has it now."""
    return ParagraphBlock(
        paragraph_id=paragraph.id, version=paragraph.version, base_hash=paragraph.content_hash()
    )


class InsertBlock(QUndoCommand):
    def __init__(self, model: SubmissionOutline, section: int, row: int, block: Block) -> None:
        kind = _tr("Paragraph") if isinstance(block, ParagraphBlock) else _tr("Text")
        super().__init__(_tr("Insert {0}").format(kind))
        self.model, self.section, self.row, self.block = model, section, row, block

    def redo(self) -> None:
        self.model.insert_block(self.section, self.row, copy.deepcopy(self.block))

    def undo(self) -> None:
        self.model.remove_block(self.section, self.row)


class RemoveBlock(QUndoCommand):
    def __init__(self, model: SubmissionOutline, section: int, row: int) -> None:
        super().__init__(_tr("Remove Paragraph"))
        self.model, self.section, self.row = model, section, row
        self.block: Block = copy.deepcopy(model.block(section, row))

    def redo(self) -> None:
        self.model.remove_block(self.section, self.row)

    def undo(self) -> None:
        self.model.insert_block(self.section, self.row, copy.deepcopy(self.block))


class MoveBlock(QUndoCommand):
    """Move a block within its section or to another one; ``to_row`` is its row afterwards."""

    def __init__(
        self, model: SubmissionOutline, section: int, row: int, to_section: int, to_row: int
    ) -> None:
        super().__init__(_tr("Move Paragraph"))
        self.model = model
        self.src = (section, row)
        self.dst = (to_section, to_row)

    def redo(self) -> None:
        self.model.move_block(*self.src, *self.dst)

    def undo(self) -> None:
        self.model.move_block(*self.dst, *self.src)


class _ReplaceBlock(QUndoCommand):
    """Swap a block for a changed copy of it; undo puts the old one back."""

    def __init__(
        self, text: str, model: SubmissionOutline, section: int, row: int, new: Block
    ) -> None:
        super().__init__(text)
        self.model, self.section, self.row = model, section, row
        self.old: Block = copy.deepcopy(model.block(section, row))
        self.new: Block = new

    def redo(self) -> None:
        self.model.replace_block(self.section, self.row, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.replace_block(self.section, self.row, copy.deepcopy(self.old))


class EditBlockText(_ReplaceBlock):
    """Typing in a block. Consecutive edits of the same block merge into one undo step.

    For a library paragraph the text becomes its local edit; typing it back to the library's
    wording clears the edit again.
    """

    def __init__(self, model: SubmissionOutline, section: int, row: int, text: str) -> None:
        new = copy.deepcopy(model.block(section, row))
        if isinstance(new, TextBlock):
            new.text = text
        else:
            paragraph = model.library.get(new.paragraph_id)
            original = paragraph.text_for(new.use_short) if paragraph is not None else None
            new.local_text = None if text == original else text
        super().__init__(_tr("Edit Text"), model, section, row, new)

    def id(self) -> int:
        return EDIT_TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditBlockText):
            return False
        if (other.section, other.row) != (self.section, self.row):
            return False
        self.new = other.new
        return True


class RevertBlock(_ReplaceBlock):
    """Drop the local edit: the block prints the library text again."""

    def __init__(self, model: SubmissionOutline, section: int, row: int) -> None:
        new = copy.deepcopy(model.block(section, row))
        if isinstance(new, ParagraphBlock):
            new.local_text = None
        super().__init__(_tr("Revert to Library Text"), model, section, row, new)


class TakeLibraryVersion(_ReplaceBlock):
    """Use the library's current revision (following "superseded by"); drops a local edit."""

    def __init__(self, model: SubmissionOutline, section: int, row: int) -> None:
        old = model.block(section, row)
        new: Block = copy.deepcopy(old)
        if isinstance(old, ParagraphBlock):
            latest = model.library.latest(old.paragraph_id)
            if latest is not None:
                new = block_from_paragraph(latest)
                new.use_short = old.use_short
        super().__init__(_tr("Take Library Version"), model, section, row, new)


class UseShortVariant(_ReplaceBlock):
    def __init__(self, model: SubmissionOutline, section: int, row: int, use_short: bool) -> None:
        new = copy.deepcopy(model.block(section, row))
        if isinstance(new, ParagraphBlock):
            new.use_short = use_short
        text = _tr("Use Short Variant") if use_short else _tr("Use Full Text")
        super().__init__(text, model, section, row, new)


class AddSection(QUndoCommand):
    def __init__(self, model: SubmissionOutline, row: int, section: Section) -> None:
        super().__init__(_tr("Add Section"))
        self.model, self.row, self.section = model, row, section

    def redo(self) -> None:
        self.model.insert_section(self.row, copy.deepcopy(self.section))

    def undo(self) -> None:
        self.model.remove_section(self.row)


class RemoveSection(QUndoCommand):
    def __init__(self, model: SubmissionOutline, row: int) -> None:
        super().__init__(_tr("Remove Section"))
        self.model, self.row = model, row
        self.section = copy.deepcopy(model.submission.sections[row])

    def redo(self) -> None:
        self.model.remove_section(self.row)

    def undo(self) -> None:
        self.model.insert_section(self.row, copy.deepcopy(self.section))


class RenameSection(QUndoCommand):
    """Change a section's title, question or limits (its blocks stay)."""

    def __init__(
        self, model: SubmissionOutline, row: int, title: str, question: str | None = None
    ) -> None:
        super().__init__(_tr("Rename Section"))
        self.model, self.row = model, row
        old = model.submission.sections[row]
        self.old = Section(old.title, old.question, old.word_limit, old.char_limit)
        self.new = Section(
            title, old.question if question is None else question, old.word_limit, old.char_limit
        )

    def redo(self) -> None:
        self.model.set_section(self.row, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.set_section(self.row, copy.deepcopy(self.old))


class MoveSection(QUndoCommand):
    def __init__(self, model: SubmissionOutline, row: int, to_row: int) -> None:
        super().__init__(_tr("Move Section"))
        self.model, self.row, self.to_row = model, row, to_row

    def redo(self) -> None:
        self.model.move_section(self.row, self.to_row)

    def undo(self) -> None:
        self.model.move_section(self.to_row, self.row)


class SetConsultation(QUndoCommand):
    def __init__(self, model: SubmissionOutline, consultation: Consultation) -> None:
        super().__init__(_tr("Change Consultation Details"))
        self.model = model
        self.old = copy.deepcopy(model.submission.consultation)
        self.new = copy.deepcopy(consultation)

    def redo(self) -> None:
        self.model.set_consultation(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.set_consultation(copy.deepcopy(self.old))


class SetOrganisation(QUndoCommand):
    def __init__(self, model: SubmissionOutline, organisation: Organisation) -> None:
        super().__init__(_tr("Change Organisation"))
        self.model = model
        self.old = copy.deepcopy(model.submission.organisation)
        self.new = copy.deepcopy(organisation)

    def redo(self) -> None:
        self.model.set_organisation(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.set_organisation(copy.deepcopy(self.old))


class SetTemplate(QUndoCommand):
    def __init__(self, model: SubmissionOutline, template: str, reference_docx: str) -> None:
        super().__init__(_tr("Change Template"))
        self.model = model
        sub = model.submission
        self.old = (sub.template, sub.reference_docx)
        self.new = (template, reference_docx)

    def redo(self) -> None:
        self.model.set_template(*self.new)

    def undo(self) -> None:
        self.model.set_template(*self.old)


class AddSectionsFromQuestions(QUndoCommand):
    """Append one section per pasted question, all in one undo step."""

    def __init__(self, model: SubmissionOutline, sections: list[Section]) -> None:
        super().__init__(_tr("Add Sections from Questions"))
        self.model = model
        self.start = len(model.submission.sections)
        self.sections = copy.deepcopy(sections)

    def redo(self) -> None:
        for offset, section in enumerate(self.sections):
            self.model.insert_section(self.start + offset, copy.deepcopy(section))

    def undo(self) -> None:
        for _ in self.sections:
            self.model.remove_section(self.start)


class ReplaceBlock(_ReplaceBlock):
    """Point a block at another paragraph or revision (after saving an edit to the library)."""

    def __init__(
        self, model: SubmissionOutline, section: int, row: int, new: Block, text: str = ""
    ) -> None:
        super().__init__(text or _tr("Use Saved Paragraph"), model, section, row, new)
