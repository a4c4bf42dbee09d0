"""Typing in a block as undo steps that feel like a word processor's.

A keystroke is a :class:`TypeText`: where the block's text changed and how (the characters
removed and inserted there), not two copies of the whole text, so hours of typing in a long
block keep the history small. Consecutive keystrokes merge into one undo step only within a
*word run*: the characters of one word and the spaces or punctuation after it. A new step
starts when a new word starts, at a pause (:data:`PAUSE_SECONDS`), at a line break, when
deleting follows typing or typing follows deleting, at a paste or any other change of more
than one character at once, and in another block. So one Undo never takes away more than the
last word or so, as in Word and LibreOffice Writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Block, Library, ParagraphBlock
from tccm_drafter.model.blocks import block_source, with_text

#: Typing after a pause this long starts a new undo step.
PAUSE_SECONDS = 1.0


class Kind(StrEnum):
    INSERT = "insert"  # characters typed, nothing removed
    DELETE = "delete"  # characters removed, nothing typed (Backspace, Delete)
    REPLACE = "replace"  # anything else: a paste, a selection typed over, formatting


def text_change(old: str, new: str) -> tuple[int, str, str]:
    """Where ``old`` became ``new``: (position, removed, inserted), the common start taken as
    long as possible (so typing at the end of a repeated letter is seen at the end)."""
    limit = min(len(old), len(new))
    low, high = 0, limit  # the longest common prefix, by halving (slices compare in C)
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    start = low
    room = limit - start
    low, high = 0, room  # the longest common suffix that does not overlap the prefix
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return start, old[start : len(old) - low], new[start : len(new) - low]


def _is_space(character: str) -> bool:
    return character.isspace()


def _ends_word(text: str) -> bool:
    """True when ``text`` holds a word and ends after it: in spaces (or punctuation followed
    by them). Spaces typed before a word belong to it."""
    return bool(text) and _is_space(text[-1]) and not text.isspace()


def _tailored(block: Block) -> bool | None:
    return block.local_text is not None if isinstance(block, ParagraphBlock) else None


def _with_source(block: Block, text: str, tailored: bool | None) -> Block:
    if isinstance(block, ParagraphBlock):
        return replace(block, local_text=text if tailored else None)
    return replace(block, text=text)


@dataclass
class TypeText(Edit):
    """The user typed, deleted or pasted in one block."""

    section: int
    row: int
    at: int
    removed: str
    inserted: str
    #: A library paragraph's block has its own text (a local edit) before / after the change;
    #: None for free text.
    tailored_before: bool | None
    tailored_after: bool | None
    #: When the first and the last keystroke of this step happened (History's ticks).
    started: float = 0.0
    last: float = 0.0
    #: A paste: never merged with the typing around it.
    pasted: bool = False
    label: str = "Edit Text"
    #: What the step's first keystroke did; the step keeps it as keystrokes merge.
    kind: Kind = field(init=False, default=Kind.INSERT)

    def __post_init__(self) -> None:
        self.kind = self._first_kind()

    def stamp(self, ticks: float) -> None:
        self.started = self.last = ticks

    def _first_kind(self) -> Kind:
        if self.pasted or (self.removed and self.inserted):
            return Kind.REPLACE
        if self.removed:
            return Kind.DELETE if len(self.removed) == 1 else Kind.REPLACE
        return Kind.INSERT if len(self.inserted) == 1 else Kind.REPLACE

    def _splice(self, ws: Workspace, take: str, put: str, tailored: bool | None) -> Location:
        block = ws.block(self.section, self.row)
        text = block_source(block, ws.library)
        if text[self.at : self.at + len(take)] != take:
            raise InputError("the text changed since (the library's wording was updated)")
        changed = text[: self.at] + put + text[self.at + len(take) :]
        ws.replace_block(self.section, self.row, _with_source(block, changed, tailored))
        return self.section, self.row

    def apply(self, ws: Workspace) -> Location:
        return self._splice(ws, self.removed, self.inserted, self.tailored_after)

    def revert(self, ws: Workspace) -> Location:
        return self._splice(ws, self.inserted, self.removed, self.tailored_before)

    def merge(self, other: Edit) -> bool:
        """Absorb the keystroke ``other`` (applied just after this one) when it continues the
        same word run; see the module's description for the rules."""
        if not (
            isinstance(other, TypeText)
            and (other.section, other.row) == (self.section, self.row)
            and other.started - self.last < PAUSE_SECONDS
            and other.tailored_before == self.tailored_after
        ):
            return False
        mine, theirs = self.kind, other.kind
        if mine is Kind.INSERT and theirs is Kind.INSERT:
            joined = other.at == self.at + len(self.inserted)
            typed = other.inserted
            new_word = _ends_word(self.inserted) and not _is_space(typed)
            if not joined or new_word or "\n" in typed or "\n" in self.inserted:
                return False
            self.inserted += typed
        elif mine is Kind.DELETE or (mine is Kind.REPLACE and self._deleted_only()):
            if theirs is not Kind.DELETE:
                return False
            if other.at + len(other.removed) == self.at:  # Backspace
                self.at = other.at
                self.removed = other.removed + self.removed
            elif other.at == self.at:  # Delete
                self.removed += other.removed
            else:
                return False
        else:
            return False
        self.last = other.last
        self.tailored_after = other.tailored_after
        return True

    def _deleted_only(self) -> bool:
        """A selection deleted (more than one character, nothing typed in its place)."""
        return bool(self.removed) and not self.inserted and not self.pasted


def type_text(
    ws: Workspace, section: int, row: int, text: str, *, pasted: bool = False
) -> TypeText | None:
    """The edit that makes the block's text ``text`` (None when it already is)."""
    old = ws.block(section, row)
    return typing_edit(old, section, row, text, ws.library, pasted=pasted)


def typing_edit(
    old: Block, section: int, row: int, text: str, library: Library, *, pasted: bool = False
) -> TypeText | None:
    before = block_source(old, library)
    new = with_text(old, text, library)
    if new == old:
        return None
    at, removed, inserted = text_change(before, text)
    return TypeText(
        section,
        row,
        at,
        removed,
        inserted,
        _tailored(old),
        _tailored(new),
        pasted=pasted,
    )
