"""How a Word export marks each block so that a reviewed copy can be read back block by block.

Every block of a submission becomes one or more paragraphs in the .docx. The export puts a
Word bookmark around them whose name carries the block's place and the fingerprint of the
text it was exported with (``tccm_2_0_9f2a0c1d4e``: section 3, block 1, 0-based in the name).
A small map stored in the file (a custom XML part) adds the paragraph id and the full
fingerprint. Bookmarks and custom XML parts are kept by Word and by LibreOffice when they
edit and save a document; see docs/DEVELOPING.md ("Review round trip").

This module holds the pure rules both sides share: the bookmark names and the fingerprint.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Namespace of the custom XML part holding the map of marked blocks.
MAP_NAMESPACE = "urn:tccm-drafter:review:1"
#: Word bookmark names: at most 40 characters, a letter first, letters, digits and "_".
_PREFIX = "tccm_"
_SHORT_HASH = 10
_NAME = re.compile(r"tccm_(\d{1,5})_(\d{1,5})_([0-9a-f]{" + str(_SHORT_HASH) + "})")


@dataclass(frozen=True)
class BlockMark:
    """One exported block: where it was and what it said (``text_hash``)."""

    section: int  # 0-based
    block: int  # 0-based
    text_hash: str
    paragraph_id: str | None = None  # None: a free-text block
    #: Fingerprint of the block's Markdown as the import reads it back from the export
    #: (formatting, links and headings included); "" when the export did not record it.
    styled_hash: str = ""

    @property
    def name(self) -> str:
        return bookmark_name(self.section, self.block, self.text_hash)

    @property
    def where(self) -> str:
        """1-based, as people count: "section 2, block 3"."""
        return f"section {self.section + 1}, block {self.block + 1}"


def bookmark_name(section: int, block: int, text_hash: str) -> str:
    name = f"{_PREFIX}{section}_{block}_{text_hash[:_SHORT_HASH]}"
    assert len(name) <= 40, name
    return name


def parse_bookmark_name(name: str) -> BlockMark | None:
    """The mark a bookmark name stands for, or None for any other bookmark.

    The hash in the name is the short form; the map in the file gives the full one.
    """
    found = _NAME.fullmatch(name)
    if found is None:
        return None
    return BlockMark(int(found.group(1)), int(found.group(2)), found.group(3))


def normalise(text: str) -> str:
    """Text as compared between the export and the reviewed file: white space collapsed."""
    return " ".join(text.split())


def fingerprint(paragraphs: Iterable[str], footnotes: Iterable[str] = ()) -> str:
    """Identify the text of a block as a reader sees it: its paragraphs and its footnotes.

    Formatting, numbering and the footnotes' numbers do not count; the words do.
    """
    digest = hashlib.sha256()
    for text in paragraphs:
        cleaned = normalise(text)
        if cleaned:
            digest.update(cleaned.encode("utf-8") + b"\n")
    digest.update(b"\x00")
    for text in footnotes:
        cleaned = normalise(text)
        if cleaned:
            digest.update(cleaned.encode("utf-8") + b"\n")
    return digest.hexdigest()[:16]


def styled_fingerprint(markdown: str) -> str:
    """Identify a block's Markdown as read back from Word: words, bold, italic, links, notes
    and headings count; white space does not."""
    return fingerprint([markdown])


def paragraph_key(text: str) -> str:
    """A short fingerprint of one paragraph (the export records those of its own text)."""
    return fingerprint([text])[:_SHORT_HASH]


def same_text(full_hash: str, other: str) -> bool:
    """True when two fingerprints agree (either may be the short form from a name)."""
    if not full_hash or not other:
        return False
    size = min(len(full_hash), len(other))
    return full_hash[:size] == other[:size]
