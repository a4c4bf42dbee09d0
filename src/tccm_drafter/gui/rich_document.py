"""Paragraphs of runs (``app/rich_text.py``) in a QTextDocument, and back.

Each paragraph is one QTextBlock: bold and italic are the font's weight and slant, a link is
an anchor, code a fixed-pitch font marked with :data:`CODE`; a field or a footnote marker is
one object character (U+FFFC) drawn as a chip (``gui/chips.py``) with its kind and name in
the format; a line break is U+2028. Lists are QTextLists (their indent is the level + 1),
a heading is the block's heading level, a paragraph kept as Markdown is marked
:data:`AS_MARKDOWN`. A block's user state holds its key in ``app/rich_source.BlockSource``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from tccm_drafter.app.rich_text import (
    LINE_BREAK,
    OBJECT,
    Break,
    Field,
    Kind,
    Layout,
    ListDepth,
    NoteRef,
    Paragraph,
    Run,
    Style,
    Text,
    merged,
)

CHIP = int(QTextFormat.ObjectTypes.UserObject.value) + 1
CODE = int(QTextFormat.Property.UserProperty.value) + 1
CHIP_KIND = CODE + 1
CHIP_NAME = CODE + 2
AS_MARKDOWN = CODE + 3
FIELD, NOTE = "field", "note"
PLAIN_LAYOUT = Layout()

_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


# -- formats ---------------------------------------------------------------------------------


def char_format(style: Style) -> QTextCharFormat:
    made = QTextCharFormat()
    made.setFontWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
    made.setFontItalic(style.italic)
    if style.link is not None:
        made.setAnchor(True)
        made.setAnchorHref(style.link)
        made.setFontUnderline(True)
        made.setForeground(QGuiApplication.palette().link())
    if style.code:
        made.setProperty(CODE, True)
        made.setFontFixedPitch(True)
        made.setFontFamilies(["monospace"])
    return made


def style_of(made: QTextCharFormat) -> Style:
    link = made.anchorHref() if made.isAnchor() else None
    bold = made.fontWeight() >= QFont.Weight.DemiBold.value
    return Style(bold, made.fontItalic(), bool(made.property(CODE)), link)


def chip_format(kind: str, name: str, style: Style) -> QTextCharFormat:
    made = char_format(Style(style.bold, style.italic, False, style.link))
    made.setObjectType(CHIP)
    made.setProperty(CHIP_KIND, kind)
    made.setProperty(CHIP_NAME, name)
    made.setFontUnderline(False)
    made.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBaseline)
    return made


def chip_of(made: QTextCharFormat) -> tuple[str, str] | None:
    """(kind, name) when the format is a chip's."""
    if made.objectType() != CHIP:
        return None
    return str(made.property(CHIP_KIND) or ""), str(made.property(CHIP_NAME) or "")


def typing_format(made: QTextCharFormat) -> QTextCharFormat:
    """The format text typed next to a chip takes: the chip's style, not the chip."""
    return char_format(style_of(made))


#: Space under a paragraph and under a list item, in pixels (as a word processor leaves it).
PARAGRAPH_SPACE, ITEM_SPACE = 6.0, 2.0


def block_format(layout: Layout) -> QTextBlockFormat:
    made = QTextBlockFormat()
    made.setBottomMargin(ITEM_SPACE if layout.is_list else PARAGRAPH_SPACE)
    if layout.kind is Kind.HEADING:
        made.setHeadingLevel(max(1, min(layout.level, 6)))
    elif layout.kind is Kind.MARKDOWN:
        made.setProperty(AS_MARKDOWN, True)
    return made


def _heading_format(level: int) -> QTextCharFormat:
    made = QTextCharFormat()
    made.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - level))
    return made


def list_format(layout: Layout) -> QTextListFormat:
    made = QTextListFormat()
    if layout.kind is Kind.ORDERED:
        made.setStyle(QTextListFormat.Style.ListDecimal)
    else:
        made.setStyle(_BULLETS[min(layout.level, len(_BULLETS) - 1)])
    made.setIndent(layout.level + 1)
    return made


def layout_of(block: QTextBlock) -> Layout:
    listed = block.textList()
    if listed is not None:
        made = listed.format()
        kind = Kind.ORDERED if made.style() in _ORDERED_STYLES else Kind.BULLET
        return Layout(kind, max(0, made.indent() - 1))
    shape = block.blockFormat()
    if shape.property(AS_MARKDOWN):
        return Layout(Kind.MARKDOWN)
    if shape.headingLevel() > 0:
        return Layout(Kind.HEADING, shape.headingLevel())
    return Layout()


# -- writing into the document ---------------------------------------------------------------


def insert_runs(cursor: QTextCursor, runs: Sequence[Run], layout: Layout = PLAIN_LAYOUT) -> None:
    """Insert the runs at the cursor."""
    if layout.kind is Kind.MARKDOWN:
        made = QTextCharFormat()
        made.setFontFixedPitch(True)
        made.setFontFamilies(["monospace"])
        text = "".join(r.text if isinstance(r, Text) else LINE_BREAK for r in runs)
        cursor.insertText(text, made)
        return
    heading = _heading_format(layout.level) if layout.kind is Kind.HEADING else None
    last = Style()
    for run in runs:
        if isinstance(run, Text):
            made = char_format(run.style)
            last = run.style
            if heading is not None:
                made.merge(heading)
            cursor.insertText(run.text, made)
        elif isinstance(run, Field):
            cursor.insertText(OBJECT, chip_format(FIELD, run.name, run.style))
        elif isinstance(run, NoteRef):
            cursor.insertText(OBJECT, chip_format(NOTE, run.label, Style()))
        elif isinstance(run, Break):
            cursor.insertText(LINE_BREAK, char_format(last))


def fill(document: QTextDocument, paragraphs: Sequence[Paragraph], keys: Sequence[int]) -> None:
    """The document holds the paragraphs, each block with its key."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for number, paragraph in enumerate(paragraphs):
        if number:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.setBlockFormat(block_format(paragraph.layout))
        insert_runs(cursor, paragraph.runs, paragraph.layout)
        cursor.block().setUserState(keys[number])
    cursor.endEditBlock()
    lay_out(document, [p.layout for p in paragraphs])


def lay_out(document: QTextDocument, layouts: Sequence[Layout]) -> None:
    """Put each block in its list, one list per run of items of one kind and level; blocks
    already where they belong are left alone (so their text counts as untouched)."""
    open_lists: list[QTextList] = []
    depths = ListDepth()
    block = document.firstBlock()
    for layout in layouts:
        if not block.isValid():
            break
        level = depths.depth(layout)
        if layout.is_list:
            wanted = _open_list(open_lists, level, layout)
            open_lists = open_lists[:level]
            placed = Layout(layout.kind, level)
            if block.textList() is None or block.textList() != wanted or layout_of(block) != placed:
                cursor = QTextCursor(block)
                cursor.setBlockFormat(block_format(placed))
                if wanted is None:
                    wanted = cursor.createList(list_format(placed))
                else:
                    wanted.add(block)
            open_lists.append(wanted)
        else:
            open_lists = []
            if block.textList() is not None or layout_of(block) != layout:
                QTextCursor(block).setBlockFormat(block_format(layout))
        block = block.next()


def _open_list(open_lists: list[QTextList], level: int, layout: Layout) -> QTextList | None:
    """The list an item at ``level`` joins: the open one at that level, if of its kind."""
    found = open_lists[level] if level < len(open_lists) else None
    return found if found is not None and _kind(found) is layout.kind else None


def _kind(listed: QTextList) -> Kind:
    return Kind.ORDERED if listed.format().style() in _ORDERED_STYLES else Kind.BULLET


# -- reading the document --------------------------------------------------------------------


def read_block(block: QTextBlock) -> Paragraph:
    """The block's paragraph."""
    layout = layout_of(block)
    if layout.kind is Kind.MARKDOWN:
        return Paragraph((Text(block.text()),), layout)
    runs: list[Run] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid():
            runs += _fragment_runs(fragment.text(), fragment.charFormat())
        fragments += 1
    return Paragraph(merged(runs), layout)


def _fragment_runs(text: str, made: QTextCharFormat) -> list[Run]:
    style = style_of(made)
    if OBJECT not in text and LINE_BREAK not in text:
        return [Text(text, style)]
    chip = chip_of(made)
    runs: list[Run] = []
    plain = ""
    for character in text:
        if character not in (OBJECT, LINE_BREAK):
            plain += character
            continue
        if plain:
            runs.append(Text(plain, style))
            plain = ""
        if character == LINE_BREAK:
            runs.append(Break())
        elif chip is not None and chip[0] == NOTE:
            runs.append(NoteRef(chip[1]))
        elif chip is not None:
            runs.append(Field(chip[1], Style(style.bold, style.italic, False, style.link)))
    if plain:
        runs.append(Text(plain, style))
    return runs


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    """The format of the character at ``position``."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    return cursor.charFormat()


def restyle_block(block: QTextBlock, runs: Sequence[Run]) -> None:
    """Give the block's characters the styles of ``runs`` (its text stays as it is)."""
    cursor = QTextCursor(block)
    at = block.position()
    for run in runs:
        size = len(run.text) if isinstance(run, Text) else 1
        if isinstance(run, Text | Field):
            cursor.setPosition(at)
            cursor.setPosition(at + size, QTextCursor.MoveMode.KeepAnchor)
            if isinstance(run, Text):
                cursor.setCharFormat(char_format(run.style))
            else:
                cursor.setCharFormat(chip_format(FIELD, run.name, run.style))
        at += size


class BlockView:
    """A QTextBlock as ``app/rich_source.BlockSource`` sees it."""

    __slots__ = ("block",)

    def __init__(self, block: QTextBlock) -> None:
        self.block = block

    def key(self) -> int:
        return self.block.userState()

    def set_key(self, key: int) -> None:
        self.block.setUserState(key)

    def layout(self) -> Layout:
        return layout_of(self.block)

    def paragraph(self) -> Paragraph:
        return read_block(self.block)


def views(document: QTextDocument) -> list[BlockView]:
    found: list[BlockView] = []
    block = document.firstBlock()
    while block.isValid():
        found.append(BlockView(block))
        block = block.next()
    return found
