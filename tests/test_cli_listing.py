"""`library list` and `library search` print, for every paragraph they list, exactly the line
the one per-paragraph rule gives (``paragraph_line``: status, successor, markers, topics,
library, title), in library order, on a library read from folders through the index (its
entries as columns) with every kind of line in it."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from clock_helpers import TODAY
from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import Settings
from tccm_drafter.cli.library import listing, paragraph_line
from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.storage.library_folder import LibraryFolder


def _paragraphs(prefix: str, count: int) -> list[Paragraph]:
    found = []
    for n in range(count):
        paragraph = Paragraph(
            f"{prefix}-{n:03d}",
            f"Funding the forum, part {n}" if n % 3 else f"Open internet, part {n}",
            "Body text about the forum and its funding.",
            status=(Status.APPROVED, Status.DRAFT, Status.RETIRED)[n % 3],
            topics=[["igf", "funding"], ["gdc"], []][n % 3],
            version=3 if n == 1 else 1,
        )
        if n % 7 == 0:
            paragraph.review_by = TODAY - timedelta(days=n)  # due, or due today
        if n % 11 == 0 and n:
            paragraph.superseded_by = f"{prefix}-000"
        if n % 13 == 5:
            paragraph.translation_of = f"{prefix}-001"  # an old version of it: out of date
            paragraph.translated_from_version = 1  # the source is at version 3 now
            paragraph.language = "fr"
        found.append(paragraph)
    return found


@pytest.fixture
def library(tmp_path: Path) -> Library:
    paths = AppPaths.resolve(str(tmp_path / "home"))
    paths.ensure()
    extra = []
    for name, count in (("ours", 90), ("coalition", 70)):
        folder = LibraryFolder(tmp_path / name)
        for paragraph in _paragraphs(name, count):
            folder.save(paragraph)
        extra.append(tmp_path / name)
    return open_libraries(paths, Settings(), extra).library


@pytest.mark.parametrize(
    ("query", "topic", "status"),
    [("", None, None), ("fund", None, None), ("", "igf", None), ("forum", None, Status.RETIRED)],
)
def test_each_listed_paragraph_has_the_line_of_the_one_rule(
    library: Library, query: str, topic: str | None, status: Status | None
) -> None:
    out = io.StringIO()
    listing(library, query, topic, status, out, today=TODAY)
    wanted = library.search_ids(query, topic=topic, status=status)
    lines = [paragraph_line(library.entry(pid), library, TODAY) for pid in wanted]  # type: ignore[arg-type]
    assert out.getvalue().splitlines() == lines
    kinds = " ".join(lines)
    if not query and topic is None and status is None:  # every kind of line is in the list
        assert "review due" in kinds and "translation out of date" in kinds and " -> " in kinds
        assert "\tcoalition\t" in kinds and "\tours\t" in kinds
