"""Library edits that join the submission's undo history: new, edit, duplicate and retire a
paragraph, save a block's wording back, and settle a paragraph changed on disk meanwhile.

A save is checked against the disk (another copy of the app, a sync client or ``git pull`` may
have changed the file); undoing it writes back what was there, after the same check.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import date

from tccm_drafter.app.drafting import point_block_at
from tccm_drafter.app.edits import Batch, Edit, Location, ReplaceBlock
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph, ParagraphBlock, Status
from tccm_drafter.model.blocks import block_source
from tccm_drafter.model.paragraph import revised
from tccm_drafter.model.text_hygiene import clean_paragraph
from tccm_drafter.sharing.merge import Decision
from tccm_drafter.storage.library_folder import DiskChangedError, LibraryFolder


@dataclass
class SaveParagraph(Edit):
    """A paragraph written to a library folder; ``before`` None means a new paragraph."""

    folder_name: str
    before: Paragraph | None
    after: Paragraph
    label: str = "Edit Paragraph"
    #: Overwrite a file changed on disk (the user chose to keep their version).
    force: bool = False
    #: The library ``before`` came from when it is not this folder (a paragraph of a
    #: read-only library, saved as a copy in a writable one): undo removes the copy.
    before_library: str | None = None
    #: Characters no document can hold, removed from what the user typed (to tell them).
    removed: int = 0

    def _folder(self, ws: Workspace) -> LibraryFolder:
        folder = ws.libraries.folder_named(self.folder_name)
        if folder is None:
            raise InputError(f"the library '{self.folder_name}' is no longer open")
        return folder

    def apply(self, ws: Workspace) -> Location:
        folder = self._folder(ws)
        folder.save(self.after, check_disk=not self.force)
        self.force = False  # a redo after undo checks the disk again
        ws.library.put(self.after, folder.name)
        if self.before is not None and self.before.id != self.after.id:
            ws.library.remove(self.before.id)
        ws.library_changed((self.after.id,))
        return None

    def revert(self, ws: Workspace) -> Location:
        folder = self._folder(ws)
        if self.before is None or self.before_library is not None:
            folder.delete(self.after.id, check_disk=True)
            ws.library.remove(self.after.id)
            if self.before is not None and self.before_library is not None:
                ws.library.put(self.before, self.before_library)
        else:
            folder.save(self.before)
            ws.library.put(self.before, folder.name)
        ws.library_changed((self.after.id,))
        return None


def save(ws: Workspace, before: Paragraph | None, edited: Paragraph, label: str) -> SaveParagraph:
    """The edit that saves ``edited`` (a new revision of ``before`` when it has its id),
    cleaned as the file will be, so the library in memory holds what the disk holds."""
    edited, removed = clean_paragraph(edited)
    after = revised(before, edited) if before is not None and before.id == edited.id else edited
    folder = ws.libraries.writable_folder_for(before.id if before is not None else None)
    if folder is None:
        raise InputError("there is no writable library to save the paragraph in")
    if before is None and edited.id in ws.library:
        raise InputError(f"a paragraph with the id '{edited.id}' already exists", field="id")
    origin = ws.library.origin(before.id) if before is not None else None
    copied = origin if origin is not None and origin != folder.name else None
    return SaveParagraph(folder.name, before, after, label, before_library=copied, removed=removed)


def settle_conflict(
    ws: Workspace, edit: SaveParagraph, error: DiskChangedError, decision: Decision
) -> Edit | None:
    """What to do after ``edit`` found its file changed on disk.

    TAKE_THEIRS keeps the file as it is (the library shows it; nothing to undo); KEEP_MINE
    overwrites it, and its undo puts back what the file held, not the version first opened;
    KEEP_BOTH keeps theirs and saves mine as a new paragraph.
    """
    theirs = error.on_disk
    folder = ws.libraries.folder_named(edit.folder_name)
    if decision in (Decision.TAKE_THEIRS, Decision.KEEP_BOTH):
        if folder is not None:
            folder.accept_disk(edit.after.id, error)  # the next save checks against theirs
        if theirs is not None:
            ws.library.put(theirs, edit.folder_name)
            ws.library_changed((theirs.id,))
    if decision is Decision.TAKE_THEIRS:
        return None
    if decision is Decision.KEEP_MINE or theirs is None:
        return replace(edit, force=True, before=theirs, before_library=None)
    mine = replace(
        edit.after,
        id=unique_id(ws, edit.after.id),
        title=edit.after.title + " (my version)",
        version=1,
        base_hash="",
        history=[],
    )
    return SaveParagraph(edit.folder_name, None, mine, edit.label)


def saves_first(edit: Edit) -> SaveParagraph | None:
    """The save that "Save to Library" (a :class:`Batch`) begins with, else None."""
    if isinstance(edit, Batch) and edit.edits and isinstance(edit.edits[0], SaveParagraph):
        return edit.edits[0]
    return None


def settle_save_to_library(
    ws: Workspace, edit: Batch, error: DiskChangedError, decision: Decision
) -> Edit | None:
    """:func:`settle_conflict` for "Save to Library" (a save, then the block pointed at it):
    the block then prints what was saved, under the id it was saved with."""
    saving = saves_first(edit)
    if saving is None:
        return None
    follow_up = settle_conflict(ws, saving, error, decision)
    pointing = edit.edits[1] if len(edit.edits) > 1 else None
    if not isinstance(follow_up, SaveParagraph) or not isinstance(pointing, ReplaceBlock):
        return follow_up
    repointed = point_block_at(ws, pointing.section, pointing.row, follow_up.after)
    return follow_up if repointed is None else Batch([follow_up, repointed], edit.label)


def unique_id(ws: Workspace, base: str, suffix: str = "copy") -> str:
    candidate, number = f"{base}-{suffix}", 2
    while candidate in ws.library:
        candidate, number = f"{base}-{suffix}-{number}", number + 1
    return candidate


def propose_id(ws: Workspace, title: str) -> str:
    """An id for a new paragraph from its title: lower-case words joined by hyphens."""
    return id_for_title(title, ws.library)


def id_for_title(title: str, taken: Container[str]) -> str:
    """ "Funding the IGF, sustainably!" -> "funding-the-igf-sustainably" (unique in ``taken``;
    letters outside a-z are dropped, so ids stay portable)."""
    words = re.findall(r"[a-z0-9]+", title.casefold())
    base = "-".join(words)[:60].strip("-") or "paragraph"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def new_draft(ws: Workspace, *, language: str, author: str, today: date) -> Paragraph:
    """An empty paragraph for the editor, in the user's language."""
    return Paragraph(id="", title="", body="", language=language, author=author, created=today)


def duplicate_draft(ws: Workspace, paragraph_id: str, *, author: str, today: date) -> Paragraph:
    """A copy is a new, unreviewed draft: new id, no dates, endorsements or history."""
    source = ws.library.get(paragraph_id)
    if source is None:
        raise InputError(f"no paragraph with id '{paragraph_id}'", field="id")
    return replace(
        source,
        id=unique_id(ws, source.id),
        title=source.title + " (copy)",
        status=Status.DRAFT,
        version=1,
        base_hash="",
        history=[],
        supersedes=[],
        superseded_by=None,
        endorsed_by=[],
        author=author,
        created=today,
        updated=None,
        reviewed=None,
        imported_from="",
    )


def retire(ws: Workspace, paragraph_id: str, superseded_by: str | None) -> SaveParagraph:
    """Retire a paragraph, naming the one that replaces it (if any)."""
    current = ws.library.get(paragraph_id)
    if current is None:
        raise InputError(f"no paragraph with id '{paragraph_id}'", field="id")
    if superseded_by is not None and superseded_by not in ws.library:
        raise InputError(f"no paragraph with id '{superseded_by}'", field="superseded_by")
    retired = replace(current, status=Status.RETIRED, superseded_by=superseded_by or None)
    return save(ws, current, retired, "Retire Paragraph")


def block_draft(ws: Workspace, section: int, row: int) -> tuple[Paragraph | None, Paragraph]:
    """(the library paragraph or None, the paragraph to show the user) for saving a block's
    wording back: a new revision of its paragraph, or a new paragraph for free text."""
    block = ws.block(section, row)
    text = block_source(block, ws.library)
    if isinstance(block, ParagraphBlock) and (old := ws.library.get(block.paragraph_id)):
        draft = replace(old, short=text) if block.use_short else replace(old, body=text)
        return old, draft
    title = text.strip().split("\n")[0].split(". ")[0][:80]
    return None, Paragraph(id=propose_id(ws, title), title=title, body=text)


def save_block(
    ws: Workspace, section: int, row: int, before: Paragraph | None, edited: Paragraph
) -> Edit:
    """Save a block's wording to the library and make the block print the saved paragraph."""
    saving = save(ws, before, edited, "Save to Library")
    pointing = point_block_at(ws, section, row, saving.after)
    return saving if pointing is None else Batch([saving, pointing], "Save to Library")
