"""submission -> filled Markdown per block -> template -> one :class:`Document`.

The one rendering path: the Markdown, plain-text and Word exporters and the desktop preview all
call :func:`render_submission`. Each block's Markdown is parsed on its own and spliced into the
template's output at the marker the template printed for it, so a paragraph can never break the
template's structure and every node knows which section, block and paragraph it came from.

A :class:`RenderCache` passed in keeps the parsed blocks and the template's parsed output from
one render to the next: after an edit only the blocks whose text changed are parsed again, and
the template runs again only when something it prints (titles, questions, the organisation...)
changed. Without a cache every render starts afresh; the result is the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tccm_drafter.errors import InputError, RenderError
from tccm_drafter.model import Library, ParagraphBlock, SectionRole, Submission
from tccm_drafter.model.blocks import block_source
from tccm_drafter.model.counting import Counts
from tccm_drafter.model.questions import display_title
from tccm_drafter.render.assembly import (
    fresh,
    number_footnotes,
    number_paragraphs,
    only_text,
    replace_footnotes,
    split_inline_markers,
    stamp,
)
from tccm_drafter.render.context import (
    cover_fields,
    is_rtl,
    placeholder_values,
    primary_language,
)
from tccm_drafter.render.counting import count_nodes
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    DocumentMeta,
    ExportWarning,
    Origin,
    Paragraph,
    Role,
    SectionSummary,
    Text,
)
from tccm_drafter.render.framing import place_unprinted
from tccm_drafter.render.i18n import country_name, document_labels, label
from tccm_drafter.render.markdown_parse import parse_markdown
from tccm_drafter.render.placeholders import fill
from tccm_drafter.render.render_cache import RenderCache
from tccm_drafter.render.templates import Raw, Template, compile_template, render_template

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
        # ``section_title`` holds the section's name in messages ("section 2 ('The IGF')",
        # "the introduction"); older callers gave the bare title.
        where = self.section_title or f"section {self.section + 1}"
        if self.section_title and not self.section_title.startswith(("section ", "the ")):
            where = f"section {self.section + 1} ('{self.section_title}')"
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
    #: Which block (section, block) each of ``errors`` is about.
    error_blocks: list[tuple[int, int]] = field(default_factory=list)
    #: How many footnotes the answers have (before any are turned into references).
    footnotes: int = 0


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
    country_name: str  # in the document's language


def block_nodes(
    submission: Submission,
    library: Library,
    section: int,
    block: int,
    values: dict[str, Any],
    result: RenderResult,
    cache: RenderCache,
) -> tuple[list[BlockNode], Counts]:
    """One block's nodes (fresh, stamped with where they come from) and what they count;
    what went wrong is added to ``result``."""
    item = submission.sections[section].blocks[block]
    paragraph_id = item.paragraph_id if isinstance(item, ParagraphBlock) else None
    origin = Origin(section, block, paragraph_id)
    if paragraph_id is not None and paragraph_id not in library:
        result.document.warnings.append(
            ExportWarning(f"paragraph '{paragraph_id}' is in none of the libraries", origin)
        )
        missing = Paragraph(
            [Text(f"[paragraph '{paragraph_id}' not found]", italic=True)],
            role=Role.NOTE,
            origin=origin,
        )
        return [missing], Counts()
    source = block_source(item, library)
    try:
        markdown, missing_names = fill(source, values)
    except InputError as error:
        result.errors.append(_block_error(submission, library, section, block, error))
        result.error_blocks.append((section, block))
        literal = Paragraph([Text(source)], origin=origin)
        return [literal], count_nodes([literal])
    place = submission.place_name(section)
    result.missing.extend(
        MissingPlaceholder(name, section, block, paragraph_id, place) for name in missing_names
    )
    parsed = cache.block(markdown)
    language: str | None = None
    if paragraph_id is not None:
        paragraph = library.get(paragraph_id)
        doc_language = submission.consultation.language or "en"
        if paragraph is not None and primary_language(paragraph.language) != primary_language(
            doc_language
        ):
            language = paragraph.language
    rtl = bool(language and is_rtl(language))
    nodes = [fresh(node) for node in parsed.nodes]
    for node in nodes:
        stamp(node, origin, language, rtl)
    return nodes, parsed.counts


def _template_nodes(
    template: Template, context: dict[str, Any], key: object, cache: RenderCache
) -> list[BlockNode]:
    nodes = cache.template_output(key)
    if nodes is None:
        nodes = parse_markdown(render_template(template, context))
        cache.remember_template(key, nodes)
    return nodes


def _block_error(
    submission: Submission, library: Library, section: int, block: int, error: InputError
) -> InputError:
    """Where a block's text went wrong: section, paragraph id and title, line within the text."""
    item = submission.sections[section].blocks[block]
    where = submission.place_name(section)
    if isinstance(item, ParagraphBlock):
        paragraph = library.get(item.paragraph_id)
        what = f"paragraph '{item.paragraph_id}'"
        if paragraph is not None and paragraph.title:
            what += f" ('{paragraph.title}')"
        if item.local_text is not None:
            what = f"the edited text of {what} in this submission"
        elif item.use_short:
            what = f"the short version of {what}"
    else:
        what = f"free text block {block + 1}"
    line = f", line {error.line} of its text" if error.line else ""
    return RenderError(f"{where}, {what}{line}: {error.message}", path=error.path, line=error.line)


def render_submission(
    submission: Submission,
    library: Library,
    template: Template,
    *,
    today: date,
    cache: RenderCache | None = None,
) -> RenderResult:
    """Render a submission through its template into the document model.

    Raises :class:`tccm_drafter.errors.RenderError` when the template fails or is stopped.
    """
    cache = cache or RenderCache()
    cache.start()
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
    result = RenderResult(Document(meta))
    rendered: dict[str, list[BlockNode]] = {}
    # A section's body is one marker standing for all its blocks: the template's output (and
    # the Markdown parse of it) stays small however many blocks there are.
    section_keys: dict[str, list[str]] = {}
    sections: list[SectionView] = []
    #: The introduction and the closing (printed by ``{{ introduction.body }}``...).
    parts: dict[SectionRole, SectionView] = {}
    summaries: list[SectionSummary] = []
    for s, section in enumerate(submission.sections):
        markers: list[Raw] = []
        counts = Counts()
        for b in range(len(section.blocks)):
            key = f"{_BLOCK_OPEN}{s}.{b}{_BLOCK_CLOSE}"
            rendered[key], block_counts = block_nodes(
                submission, library, s, b, values, result, cache
            )
            counts = counts + block_counts
            markers.append(Raw(f"\n\n{key}\n\n"))
        word_limit = section.effective_word_limit(rules)
        char_limit = section.effective_char_limit(rules)
        summaries.append(
            SectionSummary(section.title, word_limit, char_limit, counts, section.is_question)
        )
        body_key = f"{_BLOCK_OPEN}{s}{_BLOCK_CLOSE}"
        section_keys[body_key] = [m.strip() for m in markers]
        view = SectionView(
            number=submission.question_number(s) or 0,
            title=display_title(section.title, section.question),
            question=section.question,
            word_limit=word_limit,
            char_limit=char_limit,
            blocks=markers,
            body=Raw(f"\n\n{body_key}\n\n"),
        )
        if section.is_question:
            sections.append(view)
        else:
            parts[section.role] = view
    result.document.sections = summaries
    language = meta.language
    signatories = [
        SignatoryView(s.organisation, s.name, s.country, country_name(s.country, language))
        # Only confirmed signatories may ever be printed: invited, declined or withdrawn
        # organisations never reach the template.
        for s in submission.printed_signatories()
    ]
    labels = document_labels(language, template.folder)
    cover = cover_fields(submission, labels)
    context: dict[str, Any] = {
        **values,
        "labels": labels,
        "sections": sections,
        "introduction": parts.get(SectionRole.INTRODUCTION),
        "closing": parts.get(SectionRole.CLOSING),
        "signatories": signatories,
        "signatories_at": rules.signatories_at,
        "cover": cover,
        "topics": list(meta.keywords),
        "references": Raw(f"\n\n{_REFERENCES}\n\n"),
    }
    # Everything the template sees; block content reaches it only as markers.
    template_key = (
        id(compile_template(template)),
        repr(values),
        repr(sections),
        repr(sorted(parts.items())),
        repr(signatories),
        rules.signatories_at,
        repr(cover),
        repr(meta.keywords),
        repr(sorted((key, value.pattern) for key, value in labels.items())),
    )

    def take(key: str) -> list[BlockNode]:
        """The nodes a marker stands for (once: a block printed twice appears once)."""
        if key in section_keys:
            return [node for k in section_keys.pop(key) for node in rendered.pop(k, [])]
        return rendered.pop(key, [])

    blocks: list[BlockNode] = []
    references_at: int | None = None
    for template_node in _template_nodes(template, context, template_key, cache):
        text = only_text(template_node)
        if text is not None and (text in rendered or text in section_keys):
            blocks.extend(take(text))
        elif text == _REFERENCES:
            references_at = len(blocks)
        else:
            node = fresh(template_node)
            if isinstance(node, Paragraph) and any(
                isinstance(i, Text) and _BLOCK_OPEN in i.text for i in node.inlines
            ):
                blocks.extend(split_inline_markers(node, take, _BLOCK_OPEN, _BLOCK_CLOSE))
            else:
                blocks.append(node)
    cache.finish()
    # What the template did not print of the introduction and closing (it predates them).
    unprinted = {
        role: take(f"{_BLOCK_OPEN}{submission.section_with(role)}{_BLOCK_CLOSE}") for role in parts
    }
    if any(unprinted.values()):
        blocks = place_unprinted(blocks, unprinted, submission, result.document.warnings)
    result.document.blocks = blocks
    result.footnotes = number_footnotes(blocks)
    if rules.numbered_paragraphs:
        number_paragraphs(blocks, per_section=template.numbering_restart == "section")
    if not rules.footnotes_allowed:
        heading = label(labels, "references")
        replace_footnotes(result.document, template.footnote_fallback, references_at, heading)
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


__all__ = [
    "MissingPlaceholder",
    "RenderCache",
    "RenderResult",
    "block_nodes",
    "render_submission",
]
