"""Typing in a block as undo steps that feel like a word processor's.

A keystroke is a :class:`TypeText`: where the block's text changed and how (the characters
removed and inserted there), not two copies of the whole text, so hours of typing in a long
block keep the history small. Consecutive keystrokes merge into one undo step only within a
*word run*: the characters of one word and the spaces or punctuation after it. A new step
starts when a new word starts, at a pause (:data:`PAUSE_SECONDS`), at a line break, when
deleting follows typing or typing follows deleting, at a paste or any other change of more
than one character at once, and in another block. So one Undo never takes away more than the
last word or so, as in Word and LibreOffice Writer.

An editor that shows formatted text (``gui/rich_editing.py``) says what a keystroke did to the
text as shown (:class:`Shown`): typing one letter in bold can move Markdown's ``**`` along,
so the change of the Markdown is more than one character; the runs are then judged by what
was typed, and the Markdown changes of one run are joined into one.
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


#: Characters of the shown text that end a run: a new paragraph or a line break.
_LINE_ENDS = ("\n", "\u2028", "\u2029")

#: How much of the Markdown around a keystroke it keeps, to join its change with the run's.
WINDOW = 96


@dataclass(frozen=True)
class Shown:
    """A keystroke as the editor shows the text: where (a position in the editor's text), how
    many characters it removed and what it inserted."""

    at: int
    removed: int
    inserted: str


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
    #: The keystroke as shown (formatted text); None: the Markdown is what the user sees.
    shown: Shown | None = None
    #: The Markdown around the change before it: (where it starts, the text).
    window: tuple[int, str] | None = None
    #: What the step's first keystroke did; the step keeps it as keystrokes merge.
    kind: Kind = field(init=False, default=Kind.INSERT)

    def __post_init__(self) -> None:
        self.kind = self._first_kind()

    def stamp(self, ticks: float) -> None:
        self.started = self.last = ticks

    def _first_kind(self) -> Kind:
        if self.shown is not None:
            return _kind_of(self.pasted, self.shown.removed, self.shown.inserted)
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
        self.window = None  # only the newest keystroke's is ever needed
        if (self.shown is None) != (other.shown is None):
            return False
        if self.shown is not None and other.shown is not None:
            return self._merge_shown(other, self.shown, other.shown)
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
        if self.shown is not None:
            return bool(self.shown.removed) and not self.shown.inserted and not self.pasted
        return bool(self.removed) and not self.inserted and not self.pasted

    def _merge_shown(self, other: TypeText, mine: Shown, theirs: Shown) -> bool:
        """:meth:`merge` judged by the text as shown; the Markdown changes are joined."""
        if self.kind is Kind.INSERT and other.kind is Kind.INSERT:
            joined = theirs.at == mine.at + len(mine.inserted)
            new_word = _ends_word(mine.inserted) and not _is_space(theirs.inserted)
            ends = any(c in theirs.inserted or c in mine.inserted for c in _LINE_ENDS)
            if not joined or new_word or ends:
                return False
            shown = Shown(mine.at, 0, mine.inserted + theirs.inserted)
        elif other.kind is Kind.DELETE and (
            self.kind is Kind.DELETE or (self.kind is Kind.REPLACE and self._deleted_only())
        ):
            if theirs.at + theirs.removed == mine.at:  # Backspace
                shown = Shown(theirs.at, mine.removed + theirs.removed, "")
            elif theirs.at == mine.at:  # Delete
                shown = Shown(mine.at, mine.removed + theirs.removed, "")
            else:
                return False
        else:
            return False
        if not self._join(other):
            return False
        self.shown = shown
        self.last = other.last
        self.tailored_after = other.tailored_after
        return True

    def _join(self, other: TypeText) -> bool:
        """One Markdown change for this step followed by ``other`` (False when ``other``'s
        window of the Markdown does not reach this step's change)."""
        if other.window is None:
            return False
        base, text = other.window
        start = min(self.at, other.at)
        end = max(self.at + len(self.inserted), other.at + len(other.removed))
        if start < base or end > base + len(text):
            return False
        middle = text[start - base : end - base]
        mine = self.at - start
        before = middle[:mine] + self.removed + middle[mine + len(self.inserted) :]
        theirs = other.at - start
        after = middle[:theirs] + other.inserted + middle[theirs + len(other.removed) :]
        at, removed, inserted = text_change(before, after)
        self.at, self.removed, self.inserted = start + at, removed, inserted
        self.window = None
        return True


def _kind_of(pasted: bool, removed: int, inserted: str) -> Kind:
    if pasted or (removed and inserted):
        return Kind.REPLACE
    if removed:
        return Kind.DELETE if removed == 1 else Kind.REPLACE
    return Kind.INSERT if len(inserted) == 1 else Kind.REPLACE


def type_text(
    ws: Workspace,
    section: int,
    row: int,
    text: str,
    *,
    pasted: bool = False,
    shown: Shown | None = None,
) -> TypeText | None:
    """The edit that makes the block's text ``text`` (None when it already is)."""
    old = ws.block(section, row)
    return typing_edit(old, section, row, text, ws.library, pasted=pasted, shown=shown)


def typing_edit(
    old: Block,
    section: int,
    row: int,
    text: str,
    library: Library,
    *,
    pasted: bool = False,
    shown: Shown | None = None,
) -> TypeText | None:
    before = block_source(old, library)
    new = with_text(old, text, library)
    if new == old:
        return None
    at, removed, inserted = text_change(before, text)
    window = None
    if shown is not None:
        start = max(0, at - WINDOW)
        window = (start, before[start : at + len(removed) + WINDOW])
    return TypeText(
        section,
        row,
        at,
        removed,
        inserted,
        _tailored(old),
        _tailored(new),
        pasted=pasted,
        shown=shown,
        window=window,
    )
