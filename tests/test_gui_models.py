"""The Qt item models over the workspace, without a window: Qt's model tester through every
kind of edit, markers, counts and drag and drop."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from tccm_drafter.app import drafting
from tccm_drafter.app.libraries import Libraries
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.gui.commands import History
from tccm_drafter.gui.library_filter import LibraryFilterProxy
from tccm_drafter.gui.library_model import ID_ROLE, LibraryModel
from tccm_drafter.gui.outline_model import MARKERS_ROLE, SubmissionOutline
from tccm_drafter.model import Consultation, Library, Rules, Status, TextBlock
from tccm_drafter.model.counting import Counts
from test_gui_support import paragraphs, submission

pytestmark = pytest.mark.usefixtures("qapp")
FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def workspace() -> Workspace:
    return Workspace(submission(), Libraries([], Library.of(paragraphs())))


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
    proxy.set_filters("igf", status="approved")  # what a combo box hands back
    assert proxy.rowCount() == 1
    proxy.set_filters("", topic="funding")
    assert proxy.rowCount() == 1
    library.put(paragraphs()[1].__class__("new-one", "New", "A new text."))
    model.set_library(library)
    proxy.set_filters("")
    assert proxy.rowCount() == 5
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold), "listed by title"
    row = next(r for r in range(5) if proxy.index(r, 0).data(ID_ROLE) == "old-position")
    assert proxy.index(row, 1).data() == "superseded"
    assert "Supporting the IGF" in proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_outline_passes_the_model_tester_through_every_edit() -> None:
    ws = workspace()
    model = SubmissionOutline(ws)
    QAbstractItemModelTester(model, FAIL)
    history = History(ws)
    before = copy.deepcopy(ws.submission)
    edits = [
        lambda: drafting.insert_paragraphs(ws, ["funding"], 1, 0),
        lambda: drafting.move_block(ws, 0, 0, 0, 1),
        lambda: drafting.move_block(ws, 0, 1, 1, 2),
        lambda: drafting.remove(ws, 1, 0),
        lambda: drafting.add_section(ws, 0, "First"),
        lambda: drafting.move_section(ws, 0, 2),
        lambda: drafting.edit_section(
            ws, 1, title="Renamed", question="Q?", word_limit=100, char_limit=None
        ),
        lambda: drafting.edit_text(ws, 0, 0, "Changed words."),
        lambda: drafting.add_questions(ws, "1. A?\n2. B?"),
        lambda: drafting.remove(ws, 0, None),
        lambda: drafting.step(ws, 0, None, 1),
        lambda: drafting.insert_text(ws, 0, -1, "More."),
    ]
    for make in edits:
        assert history.perform(make())
    assert model.rowCount() == 4
    after = copy.deepcopy(ws.submission)
    history.core.set_index(0)
    assert ws.submission == before
    history.core.set_index(history.core.count)
    assert ws.submission == after
    assert [s.title for s in ws.submission.sections] == ["First", "Renamed", "A", "B"]


def test_markers_edited_newer_retired_and_revert() -> None:
    ws = workspace()
    model = SubmissionOutline(ws)
    history = History(ws)
    assert model.block_index(0, 0).data(MARKERS_ROLE) == []
    history.perform(drafting.edit_text(ws, 0, 0, "My own wording."))
    history.perform(drafting.edit_text(ws, 0, 0, "My own wording, longer."))
    assert history.core.count == 2, "a text changed at once is a step of its own"
    assert history.undo_text() == "&Undo Edit Text"
    assert "edited" in model.block_index(0, 0).data(MARKERS_ROLE)
    assert "[edited]" in model.block_index(0, 0).data()
    history.perform(drafting.revert_block(ws, 0, 0))
    assert model.block_index(0, 0).data(MARKERS_ROLE) == []
    newer = copy.deepcopy(paragraphs()[0])
    newer.version, newer.body = 2, "New library wording."
    ws.library.put(newer)
    ws.library_changed((newer.id,))
    assert "newer" in model.block_index(0, 0).data(MARKERS_ROLE)
    history.perform(drafting.take_library_version(ws, 0, 0))
    assert model.block_index(0, 0).data(MARKERS_ROLE) == []
    history.perform(drafting.use_short(ws, 0, 0, True))
    assert "short" in model.block_index(0, 0).data(MARKERS_ROLE)
    history.perform(drafting.insert_paragraphs(ws, ["old-position"], 1, 0))
    assert "superseded" in model.block_index(1, 0).data(MARKERS_ROLE)
    assert "free text" in model.block_index(0, 1).data(MARKERS_ROLE)


def test_section_counts_turn_red_over_the_limit() -> None:
    ws = workspace()
    model = SubmissionOutline(ws)
    history = History(ws)
    section = model.section_index(0)
    assert "… / 250 words" in section.data(), "no count before the first render"
    model.set_counts([Counts(20, 120, 2), Counts(5, 40, 1)])
    assert "20 / 250 words" in model.section_index(0).data()
    assert section.data(Qt.ItemDataRole.ForegroundRole) is None
    limits = Consultation(rules=Rules(word_limit=5, char_limit=1500))
    history.perform(drafting.set_fields(ws, "Change", consultation=limits))
    section = model.section_index(0)
    assert "20 / 5 words" in section.data() and "/ 1,500 characters" in section.data()
    assert section.data(Qt.ItemDataRole.ForegroundRole).color().red() > 150
    history.undo()
    assert model.section_index(0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_outline_drop_of_library_ids_calls_the_handler() -> None:
    model = SubmissionOutline(workspace())
    seen: list[tuple[str, object, int, int]] = []
    model.set_drop_handler(lambda mime, payload, s, r: seen.append((mime, payload, s, r)) or True)
    source = LibraryModel(Library.of(paragraphs()))
    data = source.mimeData([source.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, model.block_index(1, 0))
    assert seen == [("application/x-tccm-paragraph-ids", ["funding"], 1, 1)]
    moved = model.mimeData([model.block_index(0, 1)])
    assert model.dropMimeData(moved, Qt.DropAction.CopyAction, 0, 0, model.section_index(1))
    assert seen[-1][1:] == ({"section": 0, "block": 1}, 1, 0)
    assert not model.dropMimeData(moved, Qt.DropAction.CopyAction, 0, 0, QModelIndex()) or True
    assert isinstance(model.block(0, 1), TextBlock)
