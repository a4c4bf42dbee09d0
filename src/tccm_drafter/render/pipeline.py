"""submission -> filled Markdown per block -> template -> one :class:`Document`.

The one rendering path: the Markdown, plain-text and Word exporters and the desktop preview all
call :func:`render_submission`. Each block's Markdown is parsed on its own and spliced into the
template's output at the marker the template printed for it, so a paragraph can never break the
template's structure and every node knows which section, block and paragraph it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.render.context import is_rtl, placeholder_values, primary_language
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    DocumentMeta,
    ExportWarning,
    FootnoteRef,
    Heading,
    Inline,
    ListBlock,
    Origin,
    Paragraph,
    Role,
    SectionSummary,
    Text,
)
from tccm_drafter.render.markdown_parse import parse_markdown
from tccm_drafter.render.placeholders import fill
from tccm_drafter.render.templates import Raw, Template, render_template

_BLOCK_OPEN, _BLOCK_CLOSE = "\ue010", "\ue011"
_REFERENCES = "\ue012references\ue013"


@dataclass(frozen=True)
class MissingPlaceholder:
    """A ``{{ name }}`` with no value, and where it is."""

    name: str
    section: int  # 0-based
    block: int  # 0-based
    paragraph_id: str | None
    section_title: str = ""

    def __str__(self) -> str:
        where = f"section {self.section + 1}"
        if self.section_title:
            where += f" ('{self.section_title}')"
        what = (
            f"paragraph '{self.paragraph_id}'"
            if self.paragraph_id
            else (f"free text block {self.block + 1}")
        )
        return f"{where}, {what}: placeholder {{{{ {self.name} }}}} has no value"


@dataclass
class RenderResult:
    document: Document
    missing: list[MissingPlaceholder] = field(default_factory=list)
    #: Blocks whose text could not be rendered (e.g. template syntax in a paragraph); they are
    #: shown as literal text in the preview and refused by the exports.
    errors: list[InputError] = field(default_factory=list)


@dataclass(frozen=True)
class SectionView:
    """What a template sees of a section."""

    number: int
    title: str
    question: str
    word_limit: int | None
    char_limit: int | None
    blocks: list[Raw]
    body: Raw


@dataclass(frozen=True)
class SignatoryView:
    organisation: str
    name: str
    country: str


def block_markdown(
    submission: Submission,
    library: Library,
    section: int,
    block: int,
    values: dict[str, Any] | None = None,
    today: date | None = None,
) -> tuple[str, list[str]]:
    """One block's Markdown with placeholders filled, and the names that had no value.

    Raises :class:`InputError` when the text uses template syntax beyond placeholders.
    """
    if values is None:
        values = placeholder_values(submission, today or date.today())
    item = submission.sections[section].blocks[block]
    if isinstance(item, ParagraphBlock):
        if item.local_text is not None:
            text = item.local_text
        else:
            paragraph = library.get(item.paragraph_id)
            if paragraph is None:
                return "", []
            text = paragraph.text_for(item.use_short)
    else:
        text = item.text
    return fill(text, values)


def render_block_markdown(
    submission: Submission,
    library: Library,
    section: int,
    block: int,
    *,
    today: date | None = None,
) -> str:
    return block_markdown(submission, library, section, block, today=today)[0]


def _block_nodes(
    submission: Submission,
    library: Library,
    section: int,
    block: int,
    values: dict[str, Any],
    result: RenderResult,
) -> list[BlockNode]:
    item = submission.sections[section].blocks[block]
    paragraph_id = item.paragraph_id if isinstance(item, ParagraphBlock) else None
    origin = Origin(section, block, paragraph_id)
    if paragraph_id is not None and paragraph_id not in library:
        result.document.warnings.append(
            ExportWarning(f"paragraph '{paragraph_id}' is in none of the libraries", origin)
        )
        return [
            Paragraph(
                [Text(f"[paragraph '{paragraph_id}' not found]", italic=True)],
                role=Role.NOTE,
                origin=origin,
            )
        ]
    try:
        markdown, missing = block_markdown(submission, library, section, block, values)
    except InputError as error:
        what = f"paragraph '{paragraph_id}'" if paragraph_id else f"block {block + 1}"
        result.errors.append(
            InputError(f"section {section + 1}, {what}: {error.message}", line=error.line)
        )
        if isinstance(item, ParagraphBlock):
            source = library.get(item.paragraph_id)
            raw = (
                item.local_text
                if item.local_text is not None
                else (source.text_for(item.use_short) if source else "")
            )
        else:
            raw = item.text
        return [Paragraph([Text(raw)], origin=origin)]
    title = submission.sections[section].title
    result.missing.extend(
        MissingPlaceholder(name, section, block, paragraph_id, title) for name in missing
    )
    nodes = parse_markdown(markdown)
    language: str | None = None
    if paragraph_id is not None:
        paragraph = library.get(paragraph_id)
        doc_language = submission.consultation.language or "en"
        if paragraph is not None and primary_language(paragraph.language) != primary_language(
            doc_language
        ):
            language = paragraph.language
    for node in nodes:
        _stamp(node, origin, language)
    return nodes


def _stamp(node: BlockNode, origin: Origin, language: str | None) -> None:
    node.origin = origin
    if isinstance(node, Paragraph):
        node.language = language
        node.rtl = bool(language and is_rtl(language))
    elif isinstance(node, ListBlock):
        for item in node.items:
            for child in item.blocks:
                _stamp(child, origin, language)


def render_submission(
    submission: Submission,
    library: Library,
    template: Template,
    *,
    today: date | None = None,
) -> RenderResult:
    """Render a submission through its template into the document model.

    Raises :class:`tccm_drafter.errors.RenderError` when the template fails or is stopped.
    """
    today = today or date.today()
    values = placeholder_values(submission, today)
    meta = DocumentMeta(
        title=submission.title,
        author=submission.organisation.name,
        subject=submission.consultation.title,
        keywords=_topics(submission, library),
        language=submission.consultation.language or "en",
        organisation=submission.organisation.name,
    )
    rules = submission.consultation.rules
    result = RenderResult(
        Document(
            meta,
            sections=[
                SectionSummary(
                    section.title,
                    section.effective_word_limit(rules),
                    section.effective_char_limit(rules),
                )
                for section in submission.sections
            ],
        )
    )
    rendered: dict[str, list[BlockNode]] = {}
    sections: list[SectionView] = []
    for s, section in enumerate(submission.sections):
        markers: list[Raw] = []
        for b in range(len(section.blocks)):
            key = f"{_BLOCK_OPEN}{s}.{b}{_BLOCK_CLOSE}"
            rendered[key] = _block_nodes(submission, library, s, b, values, result)
            markers.append(Raw(f"\n\n{key}\n\n"))
        sections.append(
            SectionView(
                number=s + 1,
                title=section.title,
                question=section.question,
                word_limit=section.effective_word_limit(submission.consultation.rules),
                char_limit=section.effective_char_limit(submission.consultation.rules),
                blocks=markers,
                body=Raw("".join(markers)),
            )
        )
    context: dict[str, Any] = {
        **values,
        "sections": sections,
        "signatories": [
            SignatoryView(s.organisation, s.name, s.country) for s in submission.signatories
        ],
        "topics": list(meta.keywords),
        "references": Raw(f"\n\n{_REFERENCES}\n\n"),
    }
    output = render_template(template, context)
    blocks: list[BlockNode] = []
    references_at: int | None = None
    for node in parse_markdown(output):
        text = _only_text(node)
        if text is not None and text in rendered:
            blocks.extend(rendered.pop(text))
        elif text == _REFERENCES:
            references_at = len(blocks)
        else:
            blocks.extend(_splice_inline_markers(node, rendered))
    result.document.blocks = blocks
    _number_footnotes(blocks)
    if submission.consultation.rules.numbered_paragraphs:
        _number_paragraphs(blocks, per_section=template.numbering_restart == "section")
    if not submission.consultation.rules.footnotes_allowed:
        _replace_footnotes(result.document, template.footnote_fallback, references_at)
    return result


def _topics(submission: Submission, library: Library) -> list[str]:
    seen: dict[str, None] = {}
    for section in submission.sections:
        for block in section.blocks:
            if isinstance(block, ParagraphBlock):
                paragraph = library.get(block.paragraph_id)
                for topic in paragraph.topics if paragraph else []:
                    seen.setdefault(topic, None)
    return list(seen)


def _only_text(node: BlockNode) -> str | None:
    if isinstance(node, Paragraph) and len(node.inlines) == 1 and isinstance(node.inlines[0], Text):
        return node.inlines[0].text.strip()
    return None


def _splice_inline_markers(
    node: BlockNode, rendered: dict[str, list[BlockNode]]
) -> list[BlockNode]:
    """A block marker printed inside other text: the block's content follows that paragraph."""
    if not isinstance(node, Paragraph):
        return [node]
    extra: list[BlockNode] = []
    inlines: list[Inline] = []
    for inline in node.inlines:
        if isinstance(inline, Text) and _BLOCK_OPEN in inline.text:
            text = inline.text
            for key in [k for k in rendered if k in text]:
                text = text.replace(key, "")
                extra.extend(rendered.pop(key))
            inline = replace(inline, text=text)
        inlines.append(inline)
    node.inlines = inlines
    return [node, *extra]


def _walk_paragraphs(blocks: list[BlockNode]) -> list[Paragraph | Heading]:
    out: list[Paragraph | Heading] = []
    for node in blocks:
        if isinstance(node, ListBlock):
            for item in node.items:
                out.extend(_walk_paragraphs(list(item.blocks)))
        else:
            out.append(node)
    return out


def _number_footnotes(blocks: list[BlockNode]) -> None:
    number = 0
    for node in _walk_paragraphs(blocks):
        new: list[Inline] = []
        for inline in node.inlines:
            if isinstance(inline, FootnoteRef):
                number += 1
                inline = FootnoteRef(number, inline.content)
            new.append(inline)
        node.inlines = new


def _number_paragraphs(blocks: list[BlockNode], *, per_section: bool) -> None:
    """Number the body paragraphs that come from blocks (not the template's own text)."""
    number = 0
    section: int | None = None
    for node in blocks:
        if not (
            isinstance(node, Paragraph) and node.role is Role.BODY and node.origin.block is not None
        ):
            continue
        if per_section and node.origin.section != section:
            number = 0
        section = node.origin.section
        number += 1
        node.number = number
        node.restart_numbering = number == 1


def _without_final_stop(content: tuple[Inline, ...]) -> list[Inline]:
    """ "(Tunis Agenda, paragraph 72)" rather than "(Tunis Agenda, paragraph 72.)"."""
    nodes = list(content)
    if nodes and isinstance(nodes[-1], Text) and nodes[-1].text.rstrip().endswith("."):
        nodes[-1] = replace(nodes[-1], text=nodes[-1].text.rstrip()[:-1])
    return nodes


def _replace_footnotes(document: Document, fallback: str, references_at: int | None) -> None:
    references: list[Paragraph] = []
    for node in _walk_paragraphs(document.blocks):
        new: list[Inline] = []
        for inline in node.inlines:
            if not isinstance(inline, FootnoteRef):
                new.append(inline)
            elif fallback == "inline":
                new.extend([Text(" ("), *_without_final_stop(inline.content), Text(")")])
            else:
                new.append(Text(f" [{inline.number}]"))
                references.append(
                    Paragraph(
                        [Text(f"[{inline.number}] "), *inline.content],
                        role=Role.REFERENCE,
                        # Not part of the answer's text (block None), but still points at it.
                        origin=Origin(node.origin.section, None, node.origin.paragraph_id),
                    )
                )
        node.inlines = new
    if not references:
        return
    if references_at is None:
        document.blocks.append(Heading(2, [Text("References")]))
        document.blocks.extend(references)
    else:
        document.blocks[references_at:references_at] = references


__all__ = [
    "MissingPlaceholder",
    "RenderResult",
    "block_markdown",
    "render_block_markdown",
    "render_submission",
]
