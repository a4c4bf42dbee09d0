"""Put a block's ``{{ placeholders }}`` back into the text a reviewer sends back.

The Word file shows a placeholder's value ("Example Registry" for ``{{ org.name }}``). When the
reviewer's text is taken, the placeholder goes back where the value stands, so the block keeps
following the organisation profile. Only where it stood: the block's text with its values
filled in is lined up word by word with the reviewer's text, and a value is put back as its
placeholder only where that placeholder stood in the block and the reviewer's words there are
the value, unchanged. The same words written literally elsewhere ("technical community" in the
library's own sentence) stay words.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from tccm_drafter.render.placeholders import PlaceholderError, lookup, split_placeholders
from tccm_drafter.storage.review_markdown import escape

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def restore_placeholders(reviewed: str, source: str, values: dict[str, Any]) -> str:
    """``reviewed`` with the placeholders of ``source`` (the block's Markdown) put back where
    their values stand at the same place; everything else as the reviewer wrote it."""
    try:
        parts = split_placeholders(source)
    except PlaceholderError:
        return reviewed
    if not any(part.path for part in parts):
        return reviewed
    filled: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for part in parts:
        if part.path:
            value = escape(lookup(values, part.path).strip())
            if value:
                spans.append((offset, offset + len(value), part.name))
            text = value
        else:
            text = part.text
        filled.append(text)
        offset += len(text)
    return _put_back(reviewed, "".join(filled), spans)


def _put_back(reviewed: str, filled: str, spans: list[tuple[int, int, str]]) -> str:
    old = [m.span() for m in _TOKEN.finditer(filled)]
    new = [m.span() for m in _TOKEN.finditer(reviewed)]
    matcher = difflib.SequenceMatcher(
        a=[filled[s:e] for s, e in old], b=[reviewed[s:e] for s, e in new], autojunk=False
    )
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    starts = {start: n for n, (start, _) in enumerate(old)}
    ends = {end: n for n, (_, end) in enumerate(old)}
    replacements: list[tuple[int, int, str]] = []
    for start, end, name in spans:
        first, last = starts.get(start), ends.get(end)
        if first is None or last is None:
            continue  # the value does not start and end on word boundaries
        for block in blocks:
            if block.a <= first and last < block.a + block.size:
                shift = block.b - block.a
                replacements.append(
                    (new[first + shift][0], new[last + shift][1], "{{ " + name + " }}")
                )
                break
    for start, end, text in sorted(replacements, reverse=True):
        reviewed = reviewed[:start] + text + reviewed[end:]
    return reviewed


__all__ = ["restore_placeholders"]
