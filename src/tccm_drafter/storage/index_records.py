"""How the library index stores a paragraph: the text of its file as it was read (decoded,
with the reader's line ends), parsed again by the paragraph files' own reader when someone
opens the paragraph. A record is written once, when the file is first indexed, and costs
nothing to make; what a start needs (the entry) is in the folder's snapshot
(storage/index_snapshot.py).

The index is a cache the app wrote itself, but a cache file can be damaged: a record that
does not parse raises ``ValueError`` and the caller reads the paragraph file instead.
"""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.storage.paragraph_file import parse_paragraph_counted


def paragraph_of(record: str, path: Path | str) -> Paragraph:
    """The paragraph a record holds (``path``: the file it was read from, for messages);
    ValueError when the record is damaged."""
    try:
        return parse_paragraph_counted(record, Path(path))[0]
    except (InputError, RecursionError) as error:
        raise ValueError(f"damaged record ({error})") from None
