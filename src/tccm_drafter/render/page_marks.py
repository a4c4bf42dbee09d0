"""The preview's page marks: how many pages the Word export takes and where each begins,
from the page model of the reference document the export would use (``page_estimate.py``)."""

from __future__ import annotations

import os
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.render.document import Document
from tccm_drafter.render.page_estimate import PageModel, lay_out
from tccm_drafter.render.preview_types import PageBreak


class PageMeasures:
    """The page model of one reference document, read again only when the file changes."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._model: PageModel | None = None

    def model(self, reference_docx: Path | None) -> PageModel | None:
        """None when the reference document cannot be read (no page marks then)."""
        try:
            info = os.stat(reference_docx) if reference_docx is not None else None
        except OSError:
            return None
        key = (reference_docx, info.st_mtime_ns if info else 0, info.st_size if info else 0)
        if key != self._key:
            try:
                self._model = PageModel.from_reference_docx(reference_docx)
            except InputError:
                self._model = None
            self._key = key
        return self._model


def page_marks(
    document: Document, spans: list[int], model: PageModel | None
) -> tuple[int, list[PageBreak]]:
    """(pages, breaks) for a document whose top-level nodes make ``spans`` text blocks each
    in the preview; (0, []) without a page model."""
    if model is None:
        return 0, []
    layout = lay_out(document, model)
    firsts = [0]
    for span in spans:
        firsts.append(firsts[-1] + span)
    breaks = [
        (firsts[node], max(firsts[node + 1] - 1, firsts[node]), share)
        for node, share in layout.breaks
        if node < len(spans)
    ]
    return layout.pages, breaks
