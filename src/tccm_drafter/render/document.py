"""The one intermediate form every exporter and the live preview consume.

A rendered submission becomes a :class:`Document`: a flat list of block nodes (headings,
paragraphs with a role, lists) holding inline nodes (text runs, links, footnote references,
unfilled placeholders). Exporters walk it; none of them sees Markdown or Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tccm_drafter.model.counting import Counts

# ---------------------------------------------------------------- inline nodes


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass(frozen=True)
class Link:
    target: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote anchored here; ``content`` is what the footnote says.

    ``number`` counts footnotes through the whole document from 1, in reading order.
    """

    number: int
    content: tuple[Inline, ...]


@dataclass(frozen=True)
class Placeholder:
    """A ``{{ name }}`` that had no value: shown highlighted, reported by preflight."""

    name: str


@dataclass(frozen=True)
class LineBreak:
    pass


Inline = Text | Link | FootnoteRef | Placeholder | LineBreak


# ---------------------------------------------------------------- block nodes


class Role(StrEnum):
    """What a paragraph is for; exporters map each role to a style."""

    TITLE = "title"  # the submission's title
    SUBTITLE = "subtitle"  # consultation name under the title
    META = "meta"  # title-block lines: organisation, date, reference
    QUESTION = "question"  # the consultation's question above an answer
    BODY = "body"  # ordinary text
    ADDRESSEE = "addressee"  # letter recipient
    SIGNATURE = "signature"  # signature block lines
    SIGNATORY = "signatory"  # one organisation in a joint statement's list
    REFERENCE = "reference"  # an entry of the references list (footnotes not allowed)
    NOTE = "note"  # small print: contact details, word counts


@dataclass
class Origin:
    """Where a node came from in the submission, so findings and the preview can point at it."""

    section: int | None = None
    block: int | None = None
    paragraph_id: str | None = None


@dataclass
class Heading:
    level: int  # 1 or 2 (3 allowed for sub-headings inside answers)
    inlines: list[Inline]
    origin: Origin = field(default_factory=Origin)


@dataclass
class Paragraph:
    inlines: list[Inline]
    role: Role = Role.BODY
    #: Paragraph number when the consultation wants numbered paragraphs, else None.
    number: int | None = None
    #: True on the first numbered paragraph of a sequence that starts again at 1.
    restart_numbering: bool = False
    language: str | None = None  # BCP 47; None means the document language
    rtl: bool = False
    origin: Origin = field(default_factory=Origin)


@dataclass
class ListItem:
    blocks: list[Paragraph | ListBlock]


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem]
    start: int = 1
    origin: Origin = field(default_factory=Origin)


BlockNode = Heading | Paragraph | ListBlock


@dataclass
class DocumentMeta:
    title: str = ""
    author: str = ""  # the organisation
    subject: str = ""  # the consultation
    keywords: list[str] = field(default_factory=list)  # topics of the paragraphs used
    language: str = "en"  # BCP 47, e.g. "en-GB"
    organisation: str = ""  # for the header of the built-in reference document
    #: When the file was made (the front end's clock; None: no date in the file's properties).
    created: datetime | None = None


@dataclass
class ExportWarning:
    """Something an exporter or the renderer changed or could not do, named for the user."""

    message: str
    origin: Origin = field(default_factory=Origin)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class SectionSummary:
    """A section's title and limits, so exporters can print counts against them."""

    title: str
    word_limit: int | None = None
    char_limit: int | None = None
    #: The answer's words and characters (render/counting.py), recorded while rendering.
    counts: Counts | None = None
    #: False for the introduction and the closing (no count line of their own).
    answer: bool = True


@dataclass
class Document:
    meta: DocumentMeta
    blocks: list[BlockNode] = field(default_factory=list)
    warnings: list[ExportWarning] = field(default_factory=list)
    #: One entry per section of the submission, in order (origin.section indexes it).
    sections: list[SectionSummary] = field(default_factory=list)


def plain_text(inlines: list[Inline] | tuple[Inline, ...]) -> str:
    """The text a reader sees, without footnotes (their markers are left out)."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, Link):
            parts.append(plain_text(node.children))
        elif isinstance(node, Placeholder):
            parts.append("{{ " + node.name + " }}")
        elif isinstance(node, LineBreak):
            parts.append("\n")
    return "".join(parts)
