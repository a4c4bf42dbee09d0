"""Storage: load a 10,000-paragraph library (target <= 1 s) and save/load a big submission."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.synth import make_library, make_submission
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.submission_file import load_submission, save_submission


def run(work: Path) -> list[Result]:
    paragraphs = make_library(10_000)
    folder = work / "library"
    # Spread over topic sub-folders, as a real shared library is organised.
    for paragraph in paragraphs:
        target = folder / paragraph.topics[0] / f"{paragraph.id}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_paragraph(paragraph), encoding="utf-8")

    def load() -> None:
        result = LibraryFolder(folder).load()
        if len(result.paragraphs) != len(paragraphs) or result.errors:
            raise RuntimeError(f"library loaded wrongly: {result.errors[:3]}")

    submission = make_submission(paragraphs, 500)
    path = work / "big.tccm"
    return [
        Result("load a 10,000-paragraph library", best_of(load, repeat=3), 1000.0),
        Result(
            "save a 500-paragraph submission",
            best_of(lambda: save_submission(submission, path)),
            None,
            "atomic write with fsync",
        ),
        Result("open a 500-paragraph submission", best_of(lambda: load_submission(path)), None),
    ]
