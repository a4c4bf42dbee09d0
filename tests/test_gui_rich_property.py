"""The block editor's own text box and document, edited at random through the keys and its
commands, always hands on Markdown that the renderer prints as the box shows it; and loaded
and left alone, every starter-library body comes back byte for byte through the box."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rich_helpers import corpus, printed_by_renderer, shown
from tccm_drafter.app.rich_text import Kind, Text
from tccm_drafter.app.typing import Shown
from tccm_drafter.gui import rich_actions
from tccm_drafter.gui.rich_document import read_block, views
from tccm_drafter.gui.rich_edit import RichTextEdit
from tccm_drafter.gui.rich_editing import RichEditing

CORPUS = [text for _, text in corpus()]


@dataclass
class Box:
    edit: RichTextEdit
    rich: RichEditing
    written: list[str] = field(default_factory=list)

    def shown(self) -> list[tuple[str, int, tuple[object, ...]]]:
        paragraphs = [read_block(view.block) for view in views(self.edit.document())]
        return shown(paragraphs, self.rich.source.notes)


@pytest.fixture(scope="module")
def box(qapp: QApplication) -> Box:
    edit = RichTextEdit()
    edit.resize(500, 300)
    written: list[str] = []

    def changed(markdown: str, _pasted: bool, _shown: Shown | None) -> None:
        written.append(markdown)

    made = Box(edit, RichEditing(edit, changed), written)
    edit.keyAction.connect(lambda action: rich_actions.toggle(edit, action))
    return made


def test_every_body_comes_back_as_it_was(box: Box) -> None:
    for text in CORPUS:
        box.rich.load(text)
        box.rich.commit()
        assert box.rich.markdown == text
        assert box.shown() == printed_by_renderer(text)


def type_keys(edit: RichTextEdit, text: str) -> None:
    """Key presses for ``text`` (QTest types only ASCII; other letters come as the key event
    a keyboard layout sends for them)."""
    for character in text:
        if character.isascii():
            QTest.keyClick(edit, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(edit, event)


def _select(box: Box, a: int, b: int) -> None:
    size = box.edit.document().characterCount() - 1
    cursor = box.edit.textCursor()
    cursor.setPosition(a % (size + 1))
    cursor.setPosition(b % (size + 1), QTextCursor.MoveMode.KeepAnchor)
    box.edit.setTextCursor(cursor)


KEYS = st.text(alphabet=st.sampled_from(list("ab XYé.,*_[]#-1`\\{}&<")), min_size=1, max_size=6)


@st.composite
def steps(draw: st.DrawFn) -> tuple[str, int, int, str]:
    kind = draw(
        st.sampled_from(
            [
                *("type", "type", "delete", "bold", "italic", "enter", "backspace"),
                *("list", "numbers", "link", "note", "field", "break"),
            ]
        )
    )
    return kind, draw(st.integers(0, 5000)), draw(st.integers(0, 5000)), draw(KEYS)


def _do(box: Box, step: tuple[str, int, int, str]) -> None:
    kind, a, b, text = step
    edit = box.edit
    _select(box, a, a if kind in ("type", "enter", "note", "field", "break") else b)
    if kind == "type":
        type_keys(edit, text)
    elif kind == "delete":
        QTest.keyClick(edit, Qt.Key.Key_Delete)
    elif kind in ("bold", "italic"):
        QTest.keyClick(
            edit,
            Qt.Key.Key_B if kind == "bold" else Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier,
        )
    elif kind == "enter":
        QTest.keyClick(edit, Qt.Key.Key_Return)
    elif kind == "break":
        QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    elif kind == "backspace":
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        edit.setTextCursor(cursor)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
    elif kind in ("list", "numbers"):
        with box.rich.quietly():
            rich_actions.toggle_list(edit, Kind.BULLET if kind == "list" else Kind.ORDERED)
    elif kind == "link":
        cursor = edit.textCursor()
        rich_actions.set_link(
            edit, cursor.selectionStart(), cursor.selectionEnd(), "", "https://example.org/x"
        )
    elif kind == "note":
        box.rich.add_note(edit.textCursor().position(), (Text(text.strip() or "note"),))
    elif kind == "field":
        rich_actions.insert_field(edit, "org.name")


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(CORPUS), st.lists(steps(), min_size=1, max_size=6))
def test_random_edits_in_the_box_print_as_shown(
    box: Box, text: str, chosen: list[tuple[str, int, int, str]]
) -> None:
    box.rich.load(text)
    for step in chosen:
        _do(box, step)
        markdown = box.rich.markdown
        assert printed_by_renderer(markdown) == box.shown(), (step, markdown)
