"""One rule for characters that have no place in a document or on a terminal.

Text arrives from editors, paste buffers and other organisations. Characters XML 1.0 forbids
(C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates)
cannot be stored in a Word file, and Markdown turns U+0000 into U+FFFD. The rule, applied on
save, on read and where every export's document model is built:

- a vertical tab (U+000B) or form feed (U+000C) becomes a line break in running text and a
  space in one-line fields (titles, topics), so the words on either side do not merge;
- every other forbidden character is removed.

Terminal output has a stricter rule (:func:`terminal_safe`): no control character at all but
line feeds and tabs, so a title cannot clear the screen or move the cursor, and no
bidirectional control, so it cannot reorder the rest of a line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tccm_drafter.model.paragraph import Paragraph, Source

#: Characters XML 1.0 cannot hold, but the two that become a break (below).
FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile("[\x0b\x0c]")
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Bidirectional controls: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069),
#: the left-to-right, right-to-left and Arabic letter marks. In a document they belong to the
#: text; on a terminal they reorder what follows them ("Trojan Source"), so a title could make
#: a line read as something else.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 and C1 controls and DEL, but line feed and tab (a lone CR can overwrite a line), and the
#: bidirectional controls.
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_TERMINAL_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")


#: The ASCII characters among them (as bytes).
_ASCII_ANY = bytes(c for c in range(0x20) if chr(c) not in "\t\n\r")


def count_forbidden(text: str) -> int:
    """How many characters :func:`clean_text` would remove or replace."""
    if text.isascii():  # most text: counted on its bytes, many times faster than a search
        data = text.encode("ascii")
        return len(data) - len(data.translate(None, _ASCII_ANY))
    return len(_ANY.findall(text)) if _ANY.search(text) else 0


def clean_text(text: str, *, one_line: bool = False) -> str:
    """``text`` without the characters XML 1.0 forbids (see the module's rule)."""
    if not _ANY.search(text):
        return text
    text = _BREAKS.sub(" " if one_line else "\n", text)
    return FORBIDDEN.sub("", text)


def _clean_list(values: list[str]) -> list[str]:
    return [clean_text(value, one_line=True) for value in values]


def clean_paragraph(paragraph: Paragraph) -> tuple[Paragraph, int]:
    """The paragraph with the rule applied to every text it holds, and how many were changed.

    Unknown front-matter keys (``extra``) are kept as they are: they never reach a document,
    and the TOML writer stores any character as an escape.
    """
    p = paragraph
    texts = [p.title, p.body, p.short, p.author, p.language, p.base_hash, p.imported_from]
    texts.append(p.translated_from_hash)
    texts += [p.superseded_by or "", p.translation_of or ""]
    texts += [*p.topics, *p.supersedes, *p.endorsed_by, *p.history]
    texts += [part for source in p.sources for part in (source.citation, source.url)]
    count = sum(count_forbidden(text) for text in texts)
    if not count:
        return paragraph, 0
    cleaned = replace(
        p,
        title=clean_text(p.title, one_line=True),
        body=clean_text(p.body),
        short=clean_text(p.short),
        author=clean_text(p.author, one_line=True),
        language=clean_text(p.language, one_line=True),
        base_hash=clean_text(p.base_hash, one_line=True),
        imported_from=clean_text(p.imported_from, one_line=True),
        translated_from_hash=clean_text(p.translated_from_hash, one_line=True),
        superseded_by=None
        if p.superseded_by is None
        else clean_text(p.superseded_by, one_line=True),
        translation_of=(
            None if p.translation_of is None else clean_text(p.translation_of, one_line=True)
        ),
        topics=_clean_list(p.topics),
        supersedes=_clean_list(p.supersedes),
        endorsed_by=_clean_list(p.endorsed_by),
        history=_clean_list(p.history),
        sources=[
            Source(clean_text(s.citation, one_line=True), clean_text(s.url, one_line=True))
            for s in p.sources
        ],
    )
    return cleaned, count


def removed_message(count: int) -> str:
    """The warning shown when the rule changed something."""
    plural = "character" if count == 1 else "characters"
    return (
        f"removed {count} control {plural} that a document cannot hold (a vertical tab or "
        "form feed became a line break)"
    )


def terminal_safe(text: str) -> str:
    """``text`` fit to print on a terminal: no control character but line feed and tab, and no
    bidirectional control."""
    return _TERMINAL.sub("", text) if _TERMINAL.search(text) else text


def one_line(text: str) -> str:
    """``text`` fit to print as (part of) one terminal line: every control becomes a space."""
    return _TERMINAL_LINE.sub(" ", text) if _TERMINAL_LINE.search(text) else text
