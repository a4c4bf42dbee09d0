"""The labelled questions (tests/data/suggestions) are well formed: 60 or more real questions,
each with a source and with relevant paragraphs that exist in the starter library."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import starter_library_dir

LABELS = Path(__file__).parent / "data" / "suggestions" / "questions.toml"


def test_the_labelled_set_names_real_sources_and_existing_paragraphs() -> None:
    questions = tomllib.loads(LABELS.read_text(encoding="utf-8"))["question"]
    starter = {
        p.id: p for p in LibraryFolder(starter_library_dir(), writable=False).load().paragraphs
    }
    assert len(questions) >= 60
    assert len({q["id"] for q in questions}) == len(questions)
    for q in questions:
        assert q["source"].startswith(("http://", "https://")), q["id"]
        assert q["text"].strip() and q["call"].strip(), q["id"]
        assert q["relevant"], q["id"]
        for pid in q["relevant"]:
            assert pid in starter, (q["id"], pid)
            assert not starter[pid].is_retired, (q["id"], pid)
