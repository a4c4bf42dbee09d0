"""Undo a word run at a time when the editor shows formatted text: typing in bold moves
Markdown's ``**`` along with every letter, so the runs are judged by what was typed as shown
(``app/typing.Shown``) and the Markdown changes of a run are joined into one step."""

from __future__ import annotations

from dataclasses import replace

from tccm_drafter.app import drafting
from tccm_drafter.app.history import History
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.rich_source import BlockSource, held
from tccm_drafter.app.rich_text import Text, splice, style_at
from tccm_drafter.app.typing import Shown
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Library, Section, Submission, TextBlock

START = "It is **very** clear.\n"


class Typist:
    """Types into the block's first paragraph as the editor does: the paragraph's runs
    change, the source writes the Markdown, the edit carries the keystroke as shown."""

    def __init__(self) -> None:
        self.ws = Workspace(
            Submission(sections=[Section("One", blocks=[TextBlock(START)])]),
            Libraries([], Library.of([])),
        )
        self.history = History(self.ws, ticks=lambda: 0.0)
        self.source = BlockSource.of(START)
        self.items = held(self.source)

    def text(self) -> str:
        block = self.ws.block(0, 0)
        assert isinstance(block, TextBlock)
        return block.text

    def type(self, at: int, typed: str) -> None:
        for offset, character in enumerate(typed):
            where = at + offset
            paragraph = self.items[0].content
            put = (Text(character, style_at(paragraph.runs, where)),)
            self.items[0].content = replace(
                paragraph, runs=splice(paragraph.runs, where, where, put)
            )
            self.source.touch(self.items[0].number)
            markdown = self.source.write(self.items)
            shown = Shown(where, 0, character)
            self.history.perform(drafting.edit_text(self.ws, 0, 0, markdown, shown=shown))


def test_a_word_typed_in_bold_is_one_undo_step() -> None:
    typist = Typist()
    after_very = len("It is very")
    typist.type(after_very, " very")  # typed in bold, right after "very"
    assert typist.text() == "It is **very very** clear.\n"
    assert typist.history.count == 1
    typist.history.undo()
    assert typist.text() == START


def test_the_next_word_is_the_next_step() -> None:
    typist = Typist()
    after_very = len("It is very")
    typist.type(after_very, " very very")
    assert typist.text() == "It is **very very very** clear.\n"
    assert typist.history.count == 2
    typist.history.undo()  # the last word; the space typed after the word before stays
    assert typist.text() == "It is **very very**  clear.\n"
    typist.history.undo()
    assert typist.text() == START
