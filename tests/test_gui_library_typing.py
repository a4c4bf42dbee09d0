"""Search as you type in the library pane: each letter typed narrows the last result, and
what the list shows is always what a search from scratch finds, in the list's title order,
through deleted letters, changed filters and a reloaded library; in a library held in memory
and in one read through the library index."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tccm_drafter.gui.library_model import (
    BADGES_ROLE,
    ID_ROLE,
    ORIGIN_ROLE,
    STATUS_ROLE,
)
from tccm_drafter.gui.library_panel import LibraryPanel
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_index import LibraryIndex
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.paragraph_file import dump_paragraph

_WORDS = (
    "fun fund funding fundamental forum future for fora réseau resilient refund "
    "mandate multistakeholder igf internet-governance sustainable support summit"
).split()
_TOPICS = ("igf", "funding", "wsis20", "standards")
_LANGUAGES = ("en", "fr", "es")
_STATUSES = (Status.APPROVED, Status.DRAFT, Status.RETIRED)


def _paragraphs(count: int, seed: int = 7) -> list[Paragraph]:
    rng = random.Random(seed)
    found = []
    for i in range(count):
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4))).capitalize()
        body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 12))) + "."
        found.append(
            Paragraph(
                f"p{i:03d}",
                title,
                body,
                status=_STATUSES[i % 3],
                language=_LANGUAGES[i % 5 % 3],
                topics=[_TOPICS[i % 4], _TOPICS[i % 7 % 4]],
            )
        )
    return found


def _in_memory(_tmp_path: Path, paragraphs: list[Paragraph]) -> Library:
    return Library.of(paragraphs)


def _through_the_index(tmp_path: Path, paragraphs: list[Paragraph]) -> Library:
    folder = tmp_path / "library"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for paragraph in paragraphs:
        (folder / f"{paragraph.id}.md").write_text(dump_paragraph(paragraph), encoding="utf-8")
    index = LibraryIndex.open(tmp_path / "cache")
    load_library([LibraryFolder(folder)], None, index)  # the first load makes the index
    library, errors = load_library([LibraryFolder(folder)], None, index)
    assert not errors and len(library) == len(paragraphs)
    return library


Loader = Callable[[Path, list[Paragraph]], Library]


@pytest.fixture(params=[_in_memory, _through_the_index], ids=["memory", "index"])
def load(request: pytest.FixtureRequest) -> Loader:
    loader: Loader = request.param
    return loader


def _listed(panel: LibraryPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def _from_scratch(panel: LibraryPanel) -> list[str]:
    """What a new search finds for the panel's query and filters, in title order."""
    library = panel.model.library
    hits = set(
        library.search_ids(
            panel.search.text(),
            topic=panel.topic.currentData(),
            status=panel.status.currentData(),
            language=panel.language.currentData(),
        )
    )
    order = library.order()
    return [pid for p in library.ordered_by_title() if (pid := order[p]) in hits]


def _type(qtbot: QtBot, panel: LibraryPanel, text: str) -> list[list[str]]:
    """Type ``text`` letter by letter; what the list showed after each letter."""
    shown = []
    for letter in text:
        qtbot.keyClicks(panel.search, letter)
        assert _listed(panel) == _from_scratch(panel), panel.search.text()
        shown.append(_listed(panel))
    return shown


def _panel(qtbot: QtBot, library: Library) -> LibraryPanel:
    """The library pane shown, the search box focused as a user's click leaves it."""
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.search.setFocus()
    return panel


def _choose(qtbot: QtBot, combo: QComboBox, value: object) -> None:
    """Pick ``value`` in a filter with the keyboard: Home, then Down until it is shown."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value!r} is not offered in {combo.accessibleName()!r}")


def _backspace(qtbot: QtBot, panel: LibraryPanel, times: int) -> None:
    for _ in range(times):
        qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)
        assert _listed(panel) == _from_scratch(panel), panel.search.text()


def test_each_letter_typed_lists_what_a_new_search_finds(
    qtbot: QtBot, tmp_path: Path, load: Loader
) -> None:
    panel = _panel(qtbot, load(tmp_path, _paragraphs(240)))
    shown = _type(qtbot, panel, "funding su")
    counts = [len(rows) for rows in shown]
    # The test means something: the first letter finds many, typing narrows, some remain.
    assert counts[0] > 100 and counts[-1] < counts[3] and counts[-1] > 0
    _backspace(qtbot, panel, 6)  # back to "fund": more paragraphs again
    assert panel.search.text() == "fund" and _listed(panel) == shown[3]
    _type(qtbot, panel, "-a")  # a new term after a hyphen: words in that order
    _backspace(qtbot, panel, 2)
    _type(qtbot, panel, " FORUM RÉ")  # case and accents do not count


def test_a_filter_changed_while_typing_applies_to_the_next_letters(
    qtbot: QtBot, tmp_path: Path, load: Loader
) -> None:
    panel = _panel(qtbot, load(tmp_path, _paragraphs(240)))
    _type(qtbot, panel, "fu")
    for combo, value in (
        (panel.status, Status.DRAFT.value),
        (panel.topic, "funding"),
        (panel.language, "fr"),
    ):
        _choose(qtbot, combo, value)
        assert _listed(panel) == _from_scratch(panel)
        _type(qtbot, panel, "n")
        _backspace(qtbot, panel, 1)
    narrowed = _listed(panel)
    qtbot.keyClick(panel.status, Qt.Key.Key_Home)  # any status again: the list grows back
    assert _listed(panel) == _from_scratch(panel) and len(_listed(panel)) > len(narrowed)
    _type(qtbot, panel, "nding")


def test_a_reloaded_library_is_searched_afresh(qtbot: QtBot, tmp_path: Path, load: Loader) -> None:
    paragraphs = _paragraphs(120)
    panel = _panel(qtbot, load(tmp_path, paragraphs))
    _type(qtbot, panel, "fund")
    before = _listed(panel)
    # The same query over a changed library: a new paragraph that matches, one that no
    # longer does.
    first = next(p for p in paragraphs if p.id in before)
    changed = [p for p in paragraphs if p.id != first.id]
    changed.append(Paragraph("zz-new", "A fundraiser", "Money."))
    panel.set_library(load(tmp_path, changed))
    after = _listed(panel)
    assert after == _from_scratch(panel)
    assert "zz-new" in after and first.id not in after
    _type(qtbot, panel, "r")  # narrowing goes on from the reloaded result
    assert _listed(panel) == ["zz-new"]


def test_the_list_shows_each_rows_own_cells(qtbot: QtBot, tmp_path: Path, load: Loader) -> None:
    """The filtered list answers each cell from its row's paragraph (as the model itself does
    for that paragraph's row)."""
    panel = _panel(qtbot, load(tmp_path, _paragraphs(60)))
    qtbot.keyClicks(panel.search, "fund")
    proxy, model = panel.proxy, panel.model
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        ID_ROLE,
        STATUS_ROLE,
        ORIGIN_ROLE,
        BADGES_ROLE,
    ]
    assert 0 < proxy.rowCount() < model.rowCount()
    for row in range(proxy.rowCount()):
        pid = proxy.index(row, 0).data(ID_ROLE)
        source_row = model.row_of(pid)
        for column in range(proxy.columnCount()):
            shown = proxy.index(row, column)
            own = model.index(source_row, column)
            assert proxy.flags(shown) == model.flags(own)
            for role in roles:
                assert shown.data(role) == own.data(role), (pid, column, role)
    assert proxy.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
