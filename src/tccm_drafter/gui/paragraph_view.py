"""The library's detail pane: one paragraph in full, its text rendered by the same engine as
the preview (emphasis, lists, footnotes, placeholders highlighted), with its metadata, short
variant, sources and where it was used before. Everything from the file is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tccm_drafter.app.preview import Palette, is_safe_link
from tccm_drafter.gui.safe_browser import SafeBrowser
from tccm_drafter.model import Library, Paragraph
from tccm_drafter.model.blocks import Marker, paragraph_markers


class ParagraphView(SafeBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Paragraph details"))
        #: Where a paragraph was used before; set by the window.
        self.usage_lookup: Callable[[str], list[str]] | None = None
        self.palette_for_text = Palette()
        self.shown_id: str | None = None
        #: What day it is (the window's clock); None: review dates are not shown.
        self.today: Callable[[], date] | None = None

    def show_paragraph(self, paragraph: Paragraph | None, library: Library) -> None:
        self.shown_id = paragraph.id if paragraph is not None else None
        self.setHtml(self.paragraph_html(paragraph, library) if paragraph else "")

    def _notes(self, p: Paragraph, library: Library) -> list[str]:
        notes = []
        found = paragraph_markers(p, library, self.today() if self.today else None)
        if p.superseded_by:
            successor = library.get(p.superseded_by)
            name = successor.title if successor else p.superseded_by
            notes.append(self.tr("Superseded by “{0}”").format(name))
        if Marker.REVIEW_DUE in found:
            notes.append(self.tr("Its review date has come: check it still holds"))
        if Marker.STALE_TRANSLATION in found:
            notes.append(self.tr("Its source changed since this translation was made"))
        return notes

    def paragraph_html(self, p: Paragraph, library: Library) -> str:
        esc = html.escape
        meta = [
            (self.tr("Id"), p.id),
            (self.tr("Status"), QCoreApplication.translate("LibraryModel", p.status.value)),
            (self.tr("Library"), library.origin(p.id) or ""),
            (self.tr("Topics"), ", ".join(p.topics)),
            (self.tr("Language"), p.language),
            (self.tr("Version"), str(p.version)),
            (self.tr("Reviewed"), p.reviewed.isoformat() if p.reviewed else ""),
            (self.tr("Review by"), p.review_by.isoformat() if p.review_by else ""),
            (self.tr("Author"), p.author),
            (self.tr("Endorsed by"), ", ".join(p.endorsed_by)),
            (self.tr("Translation of"), p.translation_of or ""),
            (self.tr("Imported from"), p.imported_from),
        ]
        rows = "".join(
            f"<tr><td><b>{esc(k)}</b>&nbsp;</td><td>{esc(v)}</td></tr>" for k, v in meta if v
        )
        notes = "".join(f"<p><b>⚠ {esc(note)}</b></p>" for note in self._notes(p, library))
        palette = self.palette_for_text
        parts = [
            f"<h3>{esc(p.title)}</h3>{notes}<table>{rows}</table><hr/>",
            _markdown_html(p.body, palette),
        ]
        if p.short.strip():
            parts.append(f"<h4>{esc(self.tr('Short variant'))}</h4>")
            parts.append(_markdown_html(p.short, palette))
        if p.sources:
            items = "".join(
                f"<li>{esc(s.citation)}" + (f" — {_link(s.url)}" if s.url else "") + "</li>"
                for s in p.sources
            )
            parts.append(f"<h4>{esc(self.tr('Sources'))}</h4><ul>{items}</ul>")
        used = self.usage_lookup(p.id) if self.usage_lookup else []
        if used:
            items = "".join(f"<li>{esc(entry)}</li>" for entry in used)
            parts.append(f"<h4>{esc(self.tr('Used in'))}</h4><ul>{items}</ul>")
        return "".join(parts)


def _link(url: str) -> str:
    """A source's address: a live link only when it is a web or mail address."""
    text = html.escape(url)
    return f'<a href="{html.escape(url, quote=True)}">{text}</a>' if is_safe_link(url) else text


def _markdown_html(text: str, palette: Palette) -> str:
    """render.html_preview.markdown_html, imported when a paragraph is first shown."""
    from tccm_drafter.app.rendering import markdown_html

    return markdown_html(text, palette)
