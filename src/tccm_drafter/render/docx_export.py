"""Word (.docx) export of a rendered :class:`~tccm_drafter.render.document.Document`.

The reference document (the organisation's own .docx or .dotx, else the built-in
``templates/reference.docx``) gives styles, page set-up, headers and footers; its body is
replaced. Numbered paragraphs and lists use real Word numbering, footnotes are real Word
footnotes, links are real hyperlinks.

Two copies: the copy for sending (the default) carries nothing of ours but the text and its
title, author and language; the copy for review (``review_marks=True``) also carries the block
bookmarks and the map a review import reads back (:mod:`.docx_review_marks`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter import APP_NAME
from tccm_drafter.errors import InputError
from tccm_drafter.render.document import (
    Document,
    DocumentMeta,
    ExportWarning,
    FootnoteRef,
    Heading,
    Inline,
    ListBlock,
    Origin,
    Paragraph,
)
from tccm_drafter.render.docx_footnotes import Footnotes
from tccm_drafter.render.docx_language import (
    east_asian_font,
    localise_page_label,
    make_right_to_left,
    use_east_asian_font,
    word_language,
)
from tccm_drafter.render.docx_numbering import Numbering
from tccm_drafter.render.docx_page_numbers import add_page_numbers
from tccm_drafter.render.docx_reference import clean_reference
from tccm_drafter.render.docx_review_marks import add_review_marks
from tccm_drafter.render.docx_runs import FORBIDDEN, RunStyle, RunWriter, escape, with_size
from tccm_drafter.render.docx_styles import (
    W_NS,
    ResolvedStyles,
    ensure_styles,
    set_document_language,
    w,
)
from tccm_drafter.render.i18n import document_labels, is_rtl, label
from tccm_drafter.render.links import LINK_RULE
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_write_bytes
from tccm_drafter.storage.paths import builtin_templates_dir
from tccm_drafter.storage.textfile import read_bytes

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TEMPLATE_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Text in the built-in reference document's header that becomes the organisation's name.
ORGANISATION_MARKER = "ORGANISATION"
_MAX_LEVEL = 8
_HUGE = etree.XMLParser(huge_tree=True)


class DocxExporter:
    """Builds .docx files on a reference document; one instance can export many documents."""

    def __init__(
        self,
        reference_docx: Path | None = None,
        *,
        page_numbers: bool = True,
        review_marks: bool = False,
    ) -> None:
        self._builtin = reference_docx is None
        #: Add page numbers when the reference document's letterhead shows none.
        self._page_numbers = page_numbers
        #: The copy for review: bookmark every block and store the map of blocks.
        self._review_marks = review_marks
        self._reference = (
            Path(reference_docx)
            if reference_docx is not None
            else builtin_templates_dir() / "reference.docx"
        )
        self._base: bytes | None = None
        self._removed: list[str] = []

    def build(self, doc: Document) -> bytes:
        """The .docx file's bytes (a fresh document every call)."""
        return self._build(doc)[0]

    def write(self, doc: Document, path: Path) -> list[ExportWarning]:
        """Build and write ``path`` atomically; returns what the export had to change."""
        data, warnings = self._build(doc)
        atomic_write_bytes(Path(path), data)
        return warnings

    # ------------------------------------------------------------------ base document

    def _base_bytes(self) -> bytes:
        if self._base is None:
            raw = read_bytes(self._reference, limits.REFERENCE_DOCX)
            self._base, self._removed = clean_reference(raw, self._reference)
        return self._base

    def reference_document(self) -> WordDocument:
        """A fresh python-docx Document of the reference (page set-up, styles) to inspect."""
        return self._open()

    def _open(self) -> WordDocument:
        try:
            return docx.Document(io.BytesIO(self._base_bytes()))
        except (
            PackageNotFoundError,
            zipfile.BadZipFile,
            KeyError,
            ValueError,
            etree.XMLSyntaxError,
        ) as exc:
            raise InputError(
                f"not a Word document that can be used as reference ({exc})", path=self._reference
            ) from exc

    # ------------------------------------------------------------------ build

    def _build(self, doc: Document) -> tuple[bytes, list[ExportWarning]]:
        word = self._open()
        styles_el = word.styles.element
        styles = ensure_styles(styles_el)
        language = word_language(doc.meta.language)
        rtl = is_rtl(language)
        font = east_asian_font(language)
        # In a Chinese, Japanese or Korean document the language of Latin-script runs stays a
        # Latin one (as Word itself does); otherwise words would be broken like ideographs.
        latin = "en-GB" if font is not None else language
        set_document_language(styles_el, latin, language if rtl else "ar-SA")
        if font is not None:
            use_east_asian_font(word, font)
        warnings = [
            ExportWarning(f"Word reference document {self._reference.name}: {line}")
            for line in self._removed
        ]
        body = word.element.body
        sect_pr = body.find(w("sectPr"))
        for child in list(body):
            if child is not sect_pr:
                body.remove(child)
        writer = _BodyWriter(word, styles, rtl=rtl)
        xml = writer.blocks(doc.blocks)
        parsed = etree.fromstring(
            f'<w:body xmlns:w="{W_NS}" xmlns:r="{_R_NS}">{xml}</w:body>', _HUGE
        )
        children = list(parsed)
        if self._review_marks:
            add_review_marks(word, doc, children, writer.node_paragraphs)
        if sect_pr is not None:
            for child in children:
                sect_pr.addprevious(child)
        else:
            body.extend(children)
        warnings.extend(writer.warnings)
        page_of = label(document_labels(doc.meta.language), "page_of")
        if self._builtin:
            _fill_header(word, doc.meta.organisation)
            localise_page_label(word, page_of.pattern)
        elif self._page_numbers and add_page_numbers(word, page_of.pattern):
            warnings.append(
                ExportWarning(
                    f"Word reference document {self._reference.name}: it shows no page "
                    "numbers, so the export adds them at the foot of each page (turn this "
                    "off in the export options)"
                )
            )
        if rtl:
            make_right_to_left(word)
        _set_core_properties(word, doc.meta, language)
        out = io.BytesIO()
        word.save(out)
        return out.getvalue(), warnings


class _BodyWriter:
    """Walks the block nodes once, producing body XML and filling numbering and footnotes."""

    def __init__(self, word: WordDocument, styles: ResolvedStyles, *, rtl: bool) -> None:
        self._styles = styles
        self._rtl = rtl  # the document's own direction
        self._numbering = Numbering(word, rtl=rtl)
        self._footnotes = Footnotes(word)
        self._removed = 0
        self._origin = Origin()
        self._runs = RunWriter(
            word.part, styles.ids, self._sanitise, self._footnote, self._refuse_link
        )
        self._note_runs: RunWriter | None = None
        self._seq_num: int | None = None
        self._seq_next = 0
        self.warnings: list[ExportWarning] = []
        #: Per top-level node: the range of body paragraphs it became (for the review marks).
        self.node_paragraphs: list[tuple[int, int]] = []

    def blocks(self, blocks: list[Heading | Paragraph | ListBlock]) -> str:
        out: list[str] = []
        for block in blocks:
            self._removed = 0
            self._origin = block.origin
            start = len(out)
            if isinstance(block, Heading):
                style = self._styles.heading(block.level)
                out.append(self._paragraph(style, block.inlines, self._doc_style(style), ""))
            elif isinstance(block, Paragraph):
                out.append(self._body_paragraph(block))
            else:
                self._list(block, 0, out)
            self.node_paragraphs.append((start, len(out)))
            if self._removed:
                self.warnings.append(_removed_warning(self._removed, block.origin))
        return "".join(out)

    def _body_paragraph(self, para: Paragraph) -> str:
        style = self._styles.role(para.role)
        num_pr = ""
        if para.number is not None:
            if self._seq_num is None or para.restart_numbering or para.number != self._seq_next:
                self._seq_num = self._numbering.paragraph_sequence(para.number)
            self._seq_next = para.number + 1
            num_pr = _num_pr(self._seq_num, 0)
        return self._paragraph(style, para.inlines, self._run_style(para, style), num_pr)

    def _list(self, block: ListBlock, level: int, out: list[str]) -> None:
        level = min(level, _MAX_LEVEL)
        num_id = self._numbering.list_sequence(block.ordered, block.start, level)
        style = self._styles.ids["List Number" if block.ordered else "List Bullet"]
        for item in block.items:
            first = True
            for child in item.blocks:
                if isinstance(child, ListBlock):
                    self._list(child, level + 1, out)
                    first = False
                    continue
                extra = (
                    _num_pr(num_id, level)
                    if first
                    else (
                        f'<w:ind w:left="{360 * (level + 1) + (357 if block.ordered else 0)}" '
                        'w:hanging="0"/>'
                    )
                )
                out.append(
                    self._paragraph(style, child.inlines, self._run_style(child, style), extra)
                )
                first = False

    def _paragraph(
        self, style_id: str, inlines: Sequence[Inline], run_style: RunStyle, ppr_extra: str
    ) -> str:
        bidi = "<w:bidi/>" if run_style.rtl else ('<w:bidi w:val="0"/>' if run_style.ltr else "")
        # numPr comes before bidi, ind after it (schema order of w:pPr).
        num, ind = (ppr_extra, "") if ppr_extra.startswith("<w:numPr") else ("", ppr_extra)
        return (
            f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{num}{bidi}{ind}</w:pPr>'
            f"{self._runs.runs(inlines, run_style)}</w:p>"
        )

    def _doc_style(self, style_id: str) -> RunStyle:
        """Text in the document's own language and direction."""
        return RunStyle(rtl=True, size=self._styles.size_of(style_id)) if self._rtl else RunStyle()

    def _run_style(self, para: Paragraph, style_id: str) -> RunStyle:
        if para.language is None:
            return self._doc_style(style_id)
        lang = word_language(para.language)
        # A left-to-right paragraph in a right-to-left document says so explicitly.
        ltr = self._rtl and not para.rtl
        return RunStyle(rtl=para.rtl, ltr=ltr, lang=lang, size=self._styles.size_of(style_id))

    def _sanitise(self, text: str) -> str:
        cleaned, count = FORBIDDEN.subn("", text)
        self._removed += count
        return cleaned

    def _refuse_link(self, target: str) -> None:
        shown = target if len(target) <= 80 else target[:77] + "..."
        shown = FORBIDDEN.sub("", shown).encode("unicode_escape").decode("ascii")
        self.warnings.append(
            ExportWarning(
                f"Word export: the link to {shown} is written as plain text ({LINK_RULE})",
                self._origin,
            )
        )

    def _footnote(self, ref: FootnoteRef, style: RunStyle) -> int:
        if self._note_runs is None:
            self._note_runs = RunWriter(
                self._footnotes.part, self._styles.ids, self._sanitise, None, self._refuse_link
            )
        text_style = self._styles.ids["Footnote Text"]
        note_style = with_size(style, self._styles.size_of(text_style))
        bidi = "<w:bidi/>" if style.rtl else ('<w:bidi w:val="0"/>' if style.ltr else "")
        body = (
            f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/>{bidi}</w:pPr>'
            f"{self._note_runs.footnote_mark(note_style)}"
            f"{self._note_runs.runs(ref.content, note_style)}</w:p>"
        )
        return self._footnotes.add(body)


def _num_pr(num_id: int, level: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _removed_warning(count: int, origin: Origin) -> ExportWarning:
    if origin.paragraph_id:
        where = f"paragraph '{origin.paragraph_id}'"
    elif origin.section is not None:
        where = f"section {origin.section + 1}"
    else:
        where = "the document text"
    plural = "character" if count == 1 else "characters"
    return ExportWarning(
        f"Word export: removed {count} control {plural} that Word cannot store from {where}", origin
    )


def _fill_header(word: WordDocument, organisation: str) -> None:
    name = FORBIDDEN.sub("", organisation)
    for rel in word.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        element = getattr(rel.target_part, "element", None)
        if element is None:
            continue
        for text in element.iter(w("t")):
            if text.text == ORGANISATION_MARKER:
                text.text = name


def _set_core_properties(word: WordDocument, meta: DocumentMeta, language: str) -> None:
    props = word.core_properties
    clean: Callable[[str], str] = lambda value: FORBIDDEN.sub("", value)[:255]  # noqa: E731
    props.title = clean(meta.title)
    props.author = clean(meta.author)
    props.subject = clean(meta.subject)
    # The library's topics are the drafters' own filing, not something to send.
    props.keywords = ""
    props.language = language
    props.last_modified_by = clean(meta.author) or APP_NAME
    props.comments = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.revision = 1
    if meta.created is None:  # no moment given: no date rather than the reference's own
        for name in ("created", "modified"):
            for element in props._element.findall(qn(f"dcterms:{name}")):
                props._element.remove(element)
        return
    moment = meta.created.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    props.created = moment
    props.modified = moment


__all__ = ["ORGANISATION_MARKER", "DocxExporter", "escape", "word_language"]
