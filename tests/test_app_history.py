"""The undo history without Qt: steps, labels, the clean point, failures, and typing that
undoes a word run at a time (as in Word and LibreOffice Writer), never minutes of work."""

from __future__ import annotations

import contextlib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from render_helpers import make_library, make_submission
from tccm_drafter.app import drafting
from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.history import History, HistoryObserver
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.typing import PAUSE_SECONDS, TypeText, text_change
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model import Submission, TextBlock
from tccm_drafter.model.blocks import block_source


class Ticks:
    """The history's clock for pauses, moved by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def setup(text: str = "") -> tuple[Workspace, History, Ticks]:
    submission = make_submission()
    submission.sections[0].blocks.insert(0, TextBlock(text))
    ws = Workspace(submission, Libraries([], make_library()))
    ticks = Ticks()
    return ws, History(ws, ticks=ticks), ticks


def text(ws: Workspace, section: int = 0, row: int = 0) -> str:
    return block_source(ws.block(section, row), ws.library)


def type_keys(ws: Workspace, history: History, keys: str, *, at: int | None = None) -> None:
    """Type ``keys`` one at a time at ``at`` (default: the end), as the editor reports them:
    the block's whole new text after each key; "\\b" is Backspace."""
    position = len(text(ws)) if at is None else at
    for key in keys:
        current = text(ws)
        if key == "\b":
            if position == 0:
                continue
            new = current[: position - 1] + current[position:]
            position -= 1
        else:
            new = current[:position] + key + current[position:]
            position += 1
        assert history.perform(drafting.edit_text(ws, 0, 0, new))


def undo_texts(ws: Workspace, history: History) -> list[str]:
    seen = []
    while history.undo():
        seen.append(text(ws))
    return seen


@given(st.text(max_size=40), st.text(max_size=40))
def test_a_text_change_is_found_exactly(old: str, new: str) -> None:
    at, removed, inserted = text_change(old, new)
    assert old[at : at + len(removed)] == removed
    assert old[:at] + inserted + old[at + len(removed) :] == new


def test_typing_undoes_a_word_at_a_time() -> None:
    ws, history, _ticks = setup()
    type_keys(ws, history, "The quick brown fox. Jumps over")
    assert history.undo_label() == "Edit Text"
    assert undo_texts(ws, history) == [
        "The quick brown fox. Jumps ",
        "The quick brown fox. ",
        "The quick brown ",
        "The quick ",
        "The ",
        "",
    ]
    while history.redo():
        pass
    assert text(ws) == "The quick brown fox. Jumps over"


def test_a_pause_a_line_break_and_a_deletion_start_new_steps() -> None:
    ws, history, ticks = setup()
    type_keys(ws, history, "Inter")
    ticks.now += PAUSE_SECONDS + 0.1  # the user stopped to think, mid-word
    type_keys(ws, history, "net\nNew")
    type_keys(ws, history, "\b\b")  # Backspace twice: one step of its own
    type_keys(ws, history, "ow")
    assert undo_texts(ws, history) == [
        "Internet\nN",
        "Internet\nNew",
        "Internet\n",
        "Internet",
        "Inter",
        "",
    ]


def test_backspaces_merge_and_come_back_in_one_undo() -> None:
    ws, history, _ticks = setup("Words to keep and words to lose")
    type_keys(ws, history, "\b" * 13)
    assert text(ws) == "Words to keep and "
    assert history.count == 1
    history.undo()
    assert text(ws) == "Words to keep and words to lose"


def test_a_paste_and_another_block_are_steps_of_their_own() -> None:
    ws, history, _ticks = setup("Start")
    type_keys(ws, history, " here")
    history.perform(drafting.edit_text(ws, 0, 0, "Start here and more", pasted=True))
    type_keys(ws, history, " text")
    other = drafting.edit_text(ws, 1, 0, "Elsewhere entirely")
    history.perform(other)
    assert history.count == 4
    history.undo()
    assert text(ws, 1, 0) != "Elsewhere entirely"
    assert undo_texts(ws, history) == ["Start here and more", "Start here", "Start"]


def test_fourteen_thousand_characters_never_go_in_one_undo() -> None:
    ws, history, _ticks = setup()
    rng = random.Random(7)
    words = ["policy", "Internet", "governance", "the", "multistakeholder", "forum", "of"]
    typed = ""
    while len(typed) < 14_134:
        typed += rng.choice(words) + rng.choice([" ", " ", " ", ", ", ". "])
    typed = typed[:14_134]
    type_keys(ws, history, typed)
    assert text(ws) == typed
    history.undo()
    assert len(typed) - len(text(ws)) <= len("multistakeholder. ")
    # The history holds the changes, not a copy of the text per step.
    steps = history.edits()
    assert all(isinstance(step, TypeText) for step in steps)
    held = sum(len(s.inserted) + len(s.removed) for s in steps if isinstance(s, TypeText))
    assert held == len(typed)


def test_the_clean_point_follows_save_undo_and_new_typing() -> None:
    ws, history, _ticks = setup()
    seen: list[str] = []
    history.observers.append(HistoryObserver(changed=lambda: seen.append("changed")))
    assert history.is_clean()
    type_keys(ws, history, "Saved ")
    history.set_clean()
    type_keys(ws, history, "t")  # no merging into what was saved
    assert not history.is_clean() and history.count == 2
    history.undo()
    assert history.is_clean()
    history.redo()
    history.undo()
    history.undo()
    assert not history.is_clean()
    type_keys(ws, history, "Other")  # the saved state can no longer be reached
    assert not history.is_clean() and not history.can_redo()
    assert seen


class Refusing(Edit):
    """An edit whose apply or revert fails, as a library save does when the file changed."""

    label = "Save Paragraph"

    def __init__(self, *, apply_fails: bool = False) -> None:
        self.apply_fails = apply_fails
        self.reverts = 0

    def apply(self, ws: Workspace) -> Location:
        if self.apply_fails:
            raise InputError("the file changed on disk")
        return None

    def revert(self, ws: Workspace) -> Location:
        raise InputError("the file changed on disk")


def test_failures_leave_the_history_consistent() -> None:
    ws, history, _ticks = setup()
    messages: list[tuple[str, str]] = []
    history.observers.append(HistoryObserver(failed=lambda *m: messages.append(m)))
    type_keys(ws, history, "Kept ")
    with contextlib.suppress(InputError):
        history.perform(Refusing(apply_fails=True))
    assert history.count == 1  # a refused edit never enters the history
    history.perform(Refusing())
    type_keys(ws, history, "more")
    history.set_clean()
    assert history.undo()  # "more"
    assert not history.undo()  # the save cannot be undone: it leaves with a message
    assert messages == [("Save Paragraph", "the file changed on disk")]
    assert history.count == 2 and history.undo_label() == "Edit Text"
    assert history.undo() and text(ws) == ""
    history.set_index(history.count)
    assert text(ws) == "Kept more" and history.is_clean()


def test_an_undo_limit_drops_the_oldest_steps() -> None:
    ws, history, _ticks = setup()
    history.limit = 3
    type_keys(ws, history, "one two three four five ")
    assert history.count == 3
    assert undo_texts(ws, history) == ["one two three four ", "one two three ", "one two "]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_undo_all_and_redo_all_give_back_each_state(seed: int) -> None:
    rng = random.Random(seed)
    ws, history, ticks = setup("A start.")
    start: Submission = ws.submission.copy()
    for _ in range(30):
        ticks.now += rng.choice([0.1, 0.2, 2.0])
        if rng.random() < 0.7:
            type_keys(ws, history, rng.choice(["ab", " c", "\b", "x. ", "\b\b"]))
        else:
            history.perform(drafting.insert_text(ws, 0, 1, f"Other {rng.random():.2f}"))
    end = ws.submission.copy()
    history.set_index(0)
    assert ws.submission == start
    history.set_index(history.count)
    assert ws.submission == end
