"""Fingerprints of the coalition's public statements, so tests can spot copied wording.

The product's paragraphs must be in the project's own words. The statements themselves live
outside the repository (``../shared/context/*.txt`` next to the main checkout) and are not
committed; what is committed is ``tests/data/context-shingles.txt``: the SHA-256 of every run
of eight consecutive words in them, after normalising case, apostrophes and punctuation. A test
hashes every eight-word run of the starter library and the examples and fails on any match.

Run after the statements change:

    .venv/bin/python tools/context_shingles.py [CONTEXT_DIR]

CONTEXT_DIR defaults to $TCCM_CONTEXT_DIR, else the first of ``../shared/context`` and
``../../shared/context`` (seen from the repository) that exists.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINTS = ROOT / "tests" / "data" / "context-shingles.txt"
#: How many consecutive words make a run worth reporting.
RUN = 8

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def words(text: str) -> list[str]:
    """The words of ``text``: case-folded, NFKC, curly apostrophes straightened, no punctuation.

    Hyphens and dashes separate words, so "multi-stakeholder" is two words either way.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return _WORD.findall(folded)


def runs(text: str, size: int = RUN) -> Iterator[tuple[str, ...]]:
    """Every run of ``size`` consecutive words."""
    found = words(text)
    for start in range(len(found) - size + 1):
        yield tuple(found[start : start + size])


def digest(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()


def fingerprints(texts: Iterable[str]) -> set[str]:
    return {digest(run) for text in texts for run in runs(text)}


def shared_runs(text: str, prints: set[str]) -> list[str]:
    """The runs of ``text`` whose fingerprint is in ``prints``, as readable text."""
    return [" ".join(run) for run in runs(text) if digest(run) in prints]


def load_fingerprints(path: Path = FINGERPRINTS) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def context_dir() -> Path | None:
    """Where the statements are on this machine, or None (a clean clone, CI)."""
    configured = os.environ.get("TCCM_CONTEXT_DIR")
    candidates = [Path(configured)] if configured else []
    candidates += [ROOT.parent / "shared" / "context", ROOT.parent.parent / "shared" / "context"]
    return next((c for c in candidates if any(c.glob("*.txt"))), None)


def statements(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else context_dir()
    if folder is None or not any(folder.glob("*.txt")):
        print("no statements (*.txt) found; pass the context folder", file=sys.stderr)
        return 2
    prints = sorted(fingerprints(statements(folder)))
    header = [
        "# SHA-256 of every normalised run of 8 words in the coalition's statements.",
        "# Made by tools/context_shingles.py; do not edit by hand.",
    ]
    FINGERPRINTS.parent.mkdir(parents=True, exist_ok=True)
    FINGERPRINTS.write_text("\n".join([*header, *prints]) + "\n", encoding="utf-8")
    print(f"Wrote {len(prints)} fingerprints to {FINGERPRINTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
