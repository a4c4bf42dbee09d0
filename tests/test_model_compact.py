"""Compact columns (model/compact.py) answer exactly as the lists they stand for, and the
library index's snapshot keeps entries through both of its ways of storing a column that
repeats (a table of codes, or the texts when too many differ)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tccm_drafter.model import Status
from tccm_drafter.model.compact import Coded, Sparse, compact
from tccm_drafter.model.entry_columns import Entry, EntryColumns
from tccm_drafter.storage import index_snapshot


def _alike(held: Sequence[object], values: list[object]) -> None:
    assert len(held) == len(values)
    assert list(held) == values
    assert [held[i] for i in range(len(values))] == values
    assert held[-1] == values[-1]
    assert list(held[3:9]) == values[3:9]


def test_a_column_of_few_differences_is_sparse_and_reads_as_its_list() -> None:
    values: list[object] = [None] * 200
    values[5], values[150] = "a-successor", "another"
    held = compact(values)
    assert isinstance(held, Sparse)
    assert held.positions() == {5: "a-successor", 150: "another"}
    _alike(held, values)


def test_a_column_of_repeated_values_is_coded_and_reads_as_its_list() -> None:
    values: list[object] = [("igf", "wsis20"), ("gdc",), ()] * 40
    held = compact(values)
    assert isinstance(held, Coded)
    assert sorted(map(str, held.distinct())) == sorted(map(str, set(values)))
    _alike(held, values)


def test_short_or_varied_columns_are_kept_as_they_are() -> None:
    short = ["en"] * 10
    assert compact(short) is short
    varied = [f"id-{i}" for i in range(1000)]
    assert compact(varied) is varied


def _columns(count: int, topic_sets: int) -> EntryColumns:
    return EntryColumns.of(
        Entry(
            id=f"p-{i}",
            title=f"Title {i}" if i % 7 else "",
            status=(Status.APPROVED, Status.DRAFT, Status.RETIRED)[i % 3],
            language=("en", "fr", "es", "ar")[i % 4],
            topics=(f"t{i % topic_sets}", "igf") if i % 5 else (),
            superseded_by="p-0" if i == 9 else None,
            review_by=date(2026, 1, 1 + i % 28) if i % 2 else None,
            version=1 + i % 3,
            content_hash=f"{i:016x}",
            has_short=bool(i % 2),
            sources=i % 4,
        )
        for i in range(count)
    )


def _round_trip(columns: EntryColumns) -> EntryColumns:
    stored = dict(
        zip(index_snapshot.ENTRY_FIELDS, index_snapshot.entry_values(columns), strict=True)
    )
    return index_snapshot.decode_entries(stored.__getitem__, len(columns))


def test_a_snapshot_keeps_entries_whether_their_topics_fit_a_table_or_not() -> None:
    for topic_sets in (10, 1000):  # 1000 distinct topic lists: stored as texts
        columns = _columns(1200, topic_sets)
        back = _round_trip(columns)
        assert list(back) == list(columns)
        assert list(back.titles) == list(columns.titles)
