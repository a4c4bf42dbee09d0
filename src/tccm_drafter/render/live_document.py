"""A rendering kept up to date while the user types: after an edit of one block's text only
that block is rendered again and put in place of its old nodes, in the document and in the
preview; anything else is rendered afresh through :func:`render_submission`.

Putting a block in place gives exactly what a fresh render would (the tests compare the two
after every kind of edit). It is done only when nothing but the block itself can change: the
rest of the submission, the library, the template and the date are as before, the block is
the same paragraph (or free text), neither its old nor its new text has an error, and its
footnotes and numbered paragraphs are as many as before. Otherwise, and whenever in doubt, the
whole submission is rendered (from the render cache, so unchanged blocks are not parsed again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.model.submission import Block
from tccm_drafter.render.assembly import footnote_refs, number_footnotes
from tccm_drafter.render.context import placeholder_values
from tccm_drafter.render.counting import count_nodes
from tccm_drafter.render.document import BlockNode, Document, Paragraph, Role
from tccm_drafter.render.html_preview import Palette, PreviewCache, PreviewParts, preview_parts
from tccm_drafter.render.pipeline import RenderCache, RenderResult, block_nodes, render_submission
from tccm_drafter.render.templates import Template


@dataclass
class _Rendered:
    submission: Submission
    library: Library
    template: Template
    today: date
    result: RenderResult
    parts: PreviewParts


class LiveDocument:
    """One open submission's rendering and preview, updated edit by edit (one thread)."""

    def __init__(self) -> None:
        self._cache = RenderCache()
        self._preview_cache = PreviewCache()
        self._last: _Rendered | None = None
        #: Whether the last update put one block in place (False: rendered afresh).
        self.patched = False

    @property
    def result(self) -> RenderResult | None:
        return self._last.result if self._last is not None else None

    @property
    def parts(self) -> PreviewParts | None:
        return self._last.parts if self._last is not None else None

    def update(
        self,
        submission: Submission,
        library: Library,
        template: Template,
        palette: Palette,
        today: date,
    ) -> RenderResult:
        """Render ``submission`` (the result returned is changed in place by later updates);
        raises InputError, and forgets the last rendering, when the template fails."""
        last = self._last
        self._last = None
        if last is not None and _patch(last, submission, library, template, palette, today):
            last.submission, self.patched = submission.copy(), True
            self._last = last
            return last.result
        result = render_submission(submission, library, template, today=today, cache=self._cache)
        parts = preview_parts(result.document, palette, self._preview_cache)
        self._last = _Rendered(submission.copy(), library, template, today, result, parts)
        self.patched = False
        return result


def _patch(
    last: _Rendered,
    submission: Submission,
    library: Library,
    template: Template,
    palette: Palette,
    today: date,
) -> bool:
    """Put the one changed block in place in ``last``; False (``last`` untouched) when the
    change is not one block's text or the block cannot simply be replaced."""
    if (
        library is not last.library
        or template is not last.template
        or today != last.today
        or palette != last.parts.palette
    ):
        return False
    rules = submission.consultation.rules
    where = _changed_block(last.submission, submission)
    if where is None:
        return False
    section, block = where
    doc = last.result.document
    if any(w.origin.section == section and w.origin.block == block for w in doc.warnings):
        return False
    span = _node_span(doc.blocks, section, block)
    if span is None:
        return False
    start, stop = span
    old = doc.blocks[start:stop]
    scratch = RenderResult(Document(doc.meta))
    values = placeholder_values(submission, today)
    # A cache of its own: the block's new text is parsed anyway, and the shared cache keeps
    # only what the last whole render used.
    new, counts = block_nodes(submission, library, section, block, values, scratch, RenderCache())
    if not new or scratch.document.warnings:
        return False
    old_notes, new_notes = footnote_refs(old), footnote_refs(new)
    if len(old_notes) != len(new_notes):
        return False
    if not rules.footnotes_allowed and (new_notes or last.result.footnotes):
        # Footnotes made references: their list, its heading and its level follow the text.
        return False
    if new_notes:
        number_footnotes(new, old_notes[0].number)
    if rules.numbered_paragraphs and not _copy_numbers(old, new):
        return False
    notes_unchanged = [n.content for n in old_notes] == [n.content for n in footnote_refs(new)]
    # Everything is known to fit: from here on ``last`` is changed.
    doc.blocks[start:stop] = new
    summary = doc.sections[section]
    if summary.counts is not None:
        doc.sections[section] = replace(summary, counts=summary.counts - count_nodes(old) + counts)
    result = last.result
    at = _block_range([(m.section, m.block) for m in result.missing], section, block)
    result.missing[at] = scratch.missing
    at = _block_range(result.error_blocks, section, block)
    result.errors[at] = scratch.errors
    result.error_blocks[at] = scratch.error_blocks
    if notes_unchanged:
        last.parts.replace(start, stop, new)
    else:  # the footnotes at the end change too: write the preview afresh
        last.parts = preview_parts(doc, palette)
    return True


def _changed_block(old: Submission, new: Submission) -> tuple[int, int] | None:
    """The one block whose content differs, when nothing else does (same kind of block, same
    paragraph)."""
    if len(old.sections) != len(new.sections) or replace(old, sections=[]) != replace(
        new, sections=[]
    ):
        return None
    found: tuple[int, int] | None = None
    for s, (was, now) in enumerate(zip(old.sections, new.sections, strict=True)):
        if len(was.blocks) != len(now.blocks) or replace(was, blocks=[]) != replace(now, blocks=[]):
            return None
        for b, (before, after) in enumerate(zip(was.blocks, now.blocks, strict=True)):
            if before is after or before == after:
                continue
            if found is not None or not _same_kind(before, after):
                return None
            found = (s, b)
    return found


def _same_kind(before: Block, after: Block) -> bool:
    if type(before) is not type(after):
        return False
    if isinstance(before, ParagraphBlock) and isinstance(after, ParagraphBlock):
        return before.paragraph_id == after.paragraph_id
    return True


def _node_span(nodes: list[BlockNode], section: int, block: int) -> tuple[int, int] | None:
    """Where a block's nodes are in the document: one unbroken run, or None."""
    found = [
        i for i, n in enumerate(nodes) if n.origin.section == section and n.origin.block == block
    ]
    if not found or found[-1] - found[0] + 1 != len(found):
        return None
    return found[0], found[-1] + 1


def _numbered(nodes: list[BlockNode]) -> list[Paragraph]:
    """The paragraphs that paragraph numbering numbers (``assembly.number_paragraphs``)."""
    return [n for n in nodes if isinstance(n, Paragraph) and n.role is Role.BODY]


def _copy_numbers(old: list[BlockNode], new: list[BlockNode]) -> bool:
    was, now = _numbered(old), _numbered(new)
    if len(was) != len(now):
        return False
    for before, after in zip(was, now, strict=True):
        after.number, after.restart_numbering = before.number, before.restart_numbering
    return True


def _block_range(where: list[tuple[int, int]], section: int, block: int) -> slice:
    """Where a block's entries are (or would be) in a list kept in document order."""
    at = next((i for i, w in enumerate(where) if w >= (section, block)), len(where))
    end = at
    while end < len(where) and where[end] == (section, block):
        end += 1
    return slice(at, end)


__all__ = ["LiveDocument"]
