"""Library health: paragraphs written twice, due for review, without sources, unused for a
year; translations and superseded pairs are not 'written twice'."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from tccm_drafter.app.health import check
from tccm_drafter.model import Library, Paragraph, Source, Status
from tccm_drafter.sharing.usage import last_used
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths, starter_library_dir

TODAY = date(2026, 12, 7)


def _starter() -> list[Paragraph]:
    return LibraryFolder(starter_library_dir(), writable=False).load().paragraphs


def test_the_same_position_written_twice_is_found() -> None:
    paragraphs = _starter()
    original = next(p for p in paragraphs if p.id == "ixp-local-traffic")
    again = replace(
        original,
        id="ixp-local-traffic-2",
        body=original.body.replace("lowers costs", "cuts costs").replace("quickly", "soon"),
    )
    health = check(Library.of([*paragraphs, again]), {}, today=TODAY)
    pairs = {(t.first, t.second) for t in health.twins}
    assert ("ixp-local-traffic", "ixp-local-traffic-2") in pairs
    assert all(0.5 <= t.similarity <= 1 for t in health.twins)
    # The starter library itself has no position written twice (translations and the
    # superseded paragraph are linked, not twins).
    assert check(Library.of(paragraphs), {}, today=TODAY).twins == []


def test_review_due_no_sources_and_unused() -> None:
    old = date(2024, 1, 1)
    paragraphs = [
        Paragraph(
            "due",
            "Due",
            "Text one two three.",
            status=Status.APPROVED,
            review_by=date(2026, 12, 1),
            created=old,
            sources=[Source("A/RES/1")],
        ),
        Paragraph("bare", "Bare", "Text four five six.", status=Status.APPROVED, created=TODAY),
        Paragraph(
            "used",
            "Used",
            "Text seven eight nine.",
            status=Status.APPROVED,
            created=old,
            sources=[Source("A/RES/2")],
        ),
        Paragraph("gone", "Gone", "Text ten.", status=Status.RETIRED, created=old),
    ]
    health = check(Library.of(paragraphs), {"used": date(2026, 6, 1), "due": old}, today=TODAY)
    assert health.review_due == ["due"]
    assert health.no_sources == ["bare"]
    assert health.unused == [("due", old)]  # "bare" is new; "used" was used this year
    assert "gone" not in str(health)


def test_last_use_comes_from_the_usage_index(tmp_path: object) -> None:
    paths = AppPaths.resolve()
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    (paths.data_dir / "usage.json").write_text(
        json.dumps(
            {
                "/a.tccm": {"recorded": "2025-03-01", "paragraphs": {"x": 1, "y": 2}},
                "/b.tccm": {"recorded": "2026-02-01", "paragraphs": {"x": 1}},
                "/c.tccm": {"recorded": "not a date", "paragraphs": {"z": 1}},
            }
        ),
        encoding="utf-8",
    )
    assert last_used(paths) == {"x": date(2026, 2, 1), "y": date(2025, 3, 1)}
