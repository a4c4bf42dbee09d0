"""What a preview is made of (its colours, its text blocks): plain values, so the window can
hold them without importing the renderer (the first frame needs none of it)."""

from __future__ import annotations

from dataclasses import dataclass

#: A page break in the preview (``render/page_marks.py``): the first and last text block of
#: the node the page begins in, and how far into that node (a share of its height).
PageBreak = tuple[int, int, float]

#: The size of body text. The preview's document uses it as its default font too, so text
#: patched in while the user types is drawn at the same size as the rest.
BODY_POINT_SIZE = 11


@dataclass(frozen=True)
class Palette:
    """Colours the preview uses; the app passes its theme's (light or dark)."""

    text: str = "#1b1b1b"
    muted: str = "#555555"
    question_fg: str = "#23415f"
    question_bg: str = "#eef3f8"
    placeholder_fg: str = "#5a3b00"
    placeholder_bg: str = "#ffe066"
    link: str = "#0b57d0"


@dataclass(frozen=True)
class PreviewBlock:
    """One text block of the preview: its paragraph format and its content, and where in the
    submission it comes from ("3-2" = section 3, block 2; "" for the template's own text), so
    the app can scroll the preview to a block (HTML anchors would make Qt's import slow)."""

    shape: str
    inline: str
    origin: str = ""


@dataclass(frozen=True)
class Preview:
    html: str
    blocks: tuple[PreviewBlock, ...]
