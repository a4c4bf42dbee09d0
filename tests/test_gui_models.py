"""The Qt item models and undo commands on their own, without a window."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from tccm_drafter.gui.commands import (
    AddSection,
    AddSectionsFromQuestions,
    EditBlockText,
    InsertBlock,
    MoveBlock,
    MoveSection,
    RemoveBlock,
    RemoveSection,
    RenameSection,
    RevertBlock,
    SetConsultation,
    TakeLibraryVersion,
    UseShortVariant,
    block_from_paragraph,
)
from tccm_drafter.gui.library_model import ID_ROLE, LibraryFilterProxy, LibraryModel
from tccm_drafter.gui.outline_model import MARKERS_ROLE, SubmissionOutline
from tccm_drafter.model import Consultation, Library, Rules, Section, Status, TextBlock
from tccm_drafter.model.questions import parse_questions
from test_gui_support import paragraphs, submission

pytestmark = pytest.mark.usefixtures("qapp")
FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_library_model_and_proxy_pass_the_model_tester() -> None:
    library = Library.of(paragraphs())
    model = LibraryModel(library)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, FAIL)
    QAbstractItemModelTester(proxy, FAIL)
    assert proxy.rowCount() == 4
    proxy.set_query("igf")
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == {
        "igf-support",
        "funding",
        "old-position",
    }
    proxy.set_filters("igf", status=Status.APPROVED)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Supporting the IGF"]
    proxy.set_filters("", topic="funding")
    assert proxy.rowCount() == 1
    library.put(paragraphs()[1].__class__("new-one", "New", "A new text."))
    model.set_library(library)
    proxy.set_filters("")
    assert proxy.rowCount() == 5
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold), "listed by title"
    row = next(r for r in range(5) if proxy.index(r, 0).data(ID_ROLE) == "old-position")
    retired = proxy.index(row, 1).data()
    assert "retired" in retired and "superseded" in retired


def test_outline_passes_the_model_tester_through_every_command() -> None:
    library = Library.of(paragraphs())
    model = SubmissionOutline(submission(), library)
    QAbstractItemModelTester(model, FAIL)
    stack = QUndoStack()
    before = copy.deepcopy(model.submission)
    stack.push(InsertBlock(model, 1, 0, block_from_paragraph(paragraphs()[2])))
    stack.push(MoveBlock(model, 0, 0, 0, 1))
    stack.push(MoveBlock(model, 0, 1, 1, 2))
    stack.push(RemoveBlock(model, 1, 0))
    stack.push(AddSection(model, 0, Section("First")))
    stack.push(MoveSection(model, 0, 2))
    stack.push(RenameSection(model, 1, "Renamed"))
    stack.push(EditBlockText(model, 0, 0, "Changed words."))
    stack.push(AddSectionsFromQuestions(model, parse_questions("1. A?\n2. B?")))
    stack.push(RemoveSection(model, 0))
    assert model.rowCount() == 4
    stack.setIndex(0)
    assert model.submission == before
    stack.setIndex(stack.count())
    assert [s.title for s in model.submission.sections] == ["Renamed", "First", "A", "B"]


def test_markers_edited_newer_retired_and_revert() -> None:
    library = Library.of(paragraphs())
    model = SubmissionOutline(submission(), library)
    stack = QUndoStack()
    block = model.block_index(0, 0)
    assert block.data(MARKERS_ROLE) == []
    stack.push(EditBlockText(model, 0, 0, "My own wording."))
    stack.push(EditBlockText(model, 0, 0, "My own wording, longer."))
    assert stack.count() == 1, "consecutive typing is one undo step"
    assert stack.undoText() == "Edit Text"
    assert "edited" in model.block_index(0, 0).data(MARKERS_ROLE)
    assert "[edited]" in model.block_index(0, 0).data()
    stack.push(RevertBlock(model, 0, 0))
    assert model.block_index(0, 0).data(MARKERS_ROLE) == []
    newer = copy.deepcopy(paragraphs()[0])
    newer.version, newer.body = 2, "New library wording."
    library.put(newer)
    model.refresh()
    assert "newer" in model.block_index(0, 0).data(MARKERS_ROLE)
    stack.push(TakeLibraryVersion(model, 0, 0))
    assert model.block_index(0, 0).data(MARKERS_ROLE) == []
    stack.push(UseShortVariant(model, 0, 0, True))
    assert "short" in model.block_index(0, 0).data(MARKERS_ROLE)
    retired = paragraphs()[3]
    stack.push(InsertBlock(model, 1, 0, block_from_paragraph(retired)))
    assert "retired" in model.block_index(1, 0).data(MARKERS_ROLE)
    assert "free text" in model.block_index(0, 1).data(MARKERS_ROLE)


def test_section_counts_turn_red_over_the_limit() -> None:
    model = SubmissionOutline(submission(), Library.of(paragraphs()))
    stack = QUndoStack()
    section = model.section_index(0)
    assert "/ 250 words" in section.data()
    assert section.data(Qt.ItemDataRole.ForegroundRole) is None
    stack.push(SetConsultation(model, Consultation(rules=Rules(word_limit=5, char_limit=1500))))
    section = model.section_index(0)
    assert "/ 5 words" in section.data() and "/ 1,500 characters" in section.data()
    assert section.data(Qt.ItemDataRole.ForegroundRole).color().red() > 150
    stack.undo()
    assert model.section_index(0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_pasted_questions_numbered_or_one_per_line() -> None:
    numbered = parse_questions(
        "1. How should the IGF evolve after 2025,\nand who should fund it?\n"
        "2) What role for the technical community?\n\nQ3: Anything else?"
    )
    assert [s.question for s in numbered] == [
        "How should the IGF evolve after 2025, and who should fund it?",
        "What role for the technical community?",
        "Anything else?",
    ]
    assert numbered[0].title.startswith("How should the IGF evolve")
    plain = parse_questions("First question?\nSecond question?\n")
    assert [s.question for s in plain] == ["First question?", "Second question?"]
    assert parse_questions("  \n") == []


def test_outline_drop_of_library_ids_calls_the_handler() -> None:
    model = SubmissionOutline(submission(), Library.of(paragraphs()))
    seen: list[tuple[str, object, int, int]] = []
    model.set_drop_handler(lambda mime, payload, s, r: seen.append((mime, payload, s, r)) or True)
    data = LibraryModel(Library.of(paragraphs())).mimeData(
        [LibraryModel(Library.of(paragraphs())).index(2, 0)]
    )
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, model.block_index(1, 0))
    assert seen == [("application/x-tccm-paragraph-ids", ["funding"], 1, 1)]
    moved = model.mimeData([model.block_index(0, 1)])
    assert model.dropMimeData(moved, Qt.DropAction.CopyAction, 0, 0, model.section_index(1))
    assert seen[-1][1:] == ({"section": 0, "block": 1}, 1, 0)
    assert not model.dropMimeData(moved, Qt.DropAction.CopyAction, 0, 0, QModelIndex()) or True
    assert isinstance(model.block(0, 1), TextBlock)
