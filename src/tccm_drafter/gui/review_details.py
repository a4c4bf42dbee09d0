"""One item of a Word review in full: the text now against the reviewer's, word by word, what
happened to the paragraphs, and the comments with their author and date. Shown under the
list of the Import Review… dialog; it only shows, as text (never markup from the file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from tccm_drafter.app.review import ReviewComment, ReviewItem, ReviewKind
from tccm_drafter.gui.dialogs.diff import diff_html
from tccm_drafter.gui.i18n import day_text
from tccm_drafter.gui.plaintext import plain_label, tip
from tccm_drafter.gui.safe_browser import SafeBrowser


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDetails", text)


def kind_text(kind: ReviewKind) -> str:
    """The kind of an item as the dialog names it."""
    return {
        ReviewKind.UNCHANGED: _tr("Unchanged"),
        ReviewKind.CHANGED: _tr("Changed by reviewer"),
        ReviewKind.CONFLICT: _tr("Conflict"),
        ReviewKind.DELETED: _tr("Deleted"),
        ReviewKind.MOVED: _tr("Moved"),
        ReviewKind.ADDED: _tr("Added"),
        ReviewKind.OUTSIDE: _tr("Outside the blocks"),
    }[kind]


def comment_text(comment: ReviewComment) -> str:
    """ "Legal team, 2 March 2026 (resolved): Which harm? (on “Fragmentation”)"."""
    who = comment.author or _tr("Someone")
    when = f", {day_text(comment.date)}" if comment.date else ""
    state = _tr(" (resolved)") if comment.resolved else ""
    text = " ".join(comment.text.split())
    anchor = f" ({_tr('on')} “{comment.anchor}”)" if comment.anchor else ""
    replies = "".join("\n    ↳ " + comment_text(reply) for reply in comment.replies)
    return f"{who}{when}{state}: {text}{anchor}{replies}"


def sides(item: ReviewItem) -> tuple[str, str, str, str]:
    """(left caption, left text, right caption, right text) for the side-by-side view."""
    mine = _tr("Your text now")
    reviewer = _tr("The reviewer's text")
    if item.kind is ReviewKind.ADDED:
        return _tr("(not in your text)"), "", _tr("New text typed by the reviewer"), item.proposed
    if item.kind is ReviewKind.OUTSIDE:
        return _tr("Template text as exported"), item.exported, reviewer, item.reviewed
    if item.location is None:
        mine = _tr("As exported (no longer in your submission)")
        left = item.exported
    else:
        left = item.current
        if item.drafter_changed:
            mine = _tr("Your text now (changed since the export)")
    if item.action is ReviewKind.DELETED:
        return mine, left, _tr("Deleted by the reviewer"), ""
    return mine, left, reviewer, item.proposed or item.reviewed


class ReviewDetails(QWidget):
    """The selected item: both texts side by side, its details and comments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = plain_label("", self)
        self.details.setWordWrap(True)
        self.captions = (plain_label("", self), plain_label("", self))
        self.texts = (SafeBrowser(self), SafeBrowser(self))
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        for caption, text in zip(self.captions, self.texts, strict=True):
            pane = QWidget(columns)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(caption)
            column.addWidget(text, 1)
            columns.addWidget(pane)
        self.comments = QListWidget(self)
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(96)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(columns, 1)
        layout.addWidget(self.comments)
        self.show_item(None)

    def show_item(self, item: ReviewItem | None) -> None:
        self.comments.clear()
        if item is None:
            self.heading.setText(self.tr("Select a row to see the texts side by side."))
            self.details.clear()
            for caption, text in zip(self.captions, self.texts, strict=True):
                caption.clear()
                text.clear()
            self.comments.hide()
            return
        kind = kind_text(item.kind)
        if item.kind is ReviewKind.CONFLICT:
            kind += f" ({kind_text(item.action).lower()})"
        self.heading.setText(f"{kind}: {item.title}")
        notes = [detail for detail in item.details if detail != "moved"]
        if item.action is ReviewKind.MOVED and item.place is not None:
            notes.append(self.tr("moved {0}").format(item.place.describe()))
        exported = " ".join(item.exported.split())
        if item.kind is ReviewKind.CONFLICT and exported:
            short = exported if len(exported) <= 70 else exported[:69] + "…"
            notes.append(self.tr("as exported: “{0}”").format(short))
        self.details.setText(" · ".join(notes))
        self.details.setToolTip(tip(item.exported) if item.kind is ReviewKind.CONFLICT else "")
        self.details.setVisible(bool(notes))
        left_caption, left, right_caption, right = sides(item)
        old, new = diff_html(left, right)
        for caption, text, label, html in zip(
            self.captions, self.texts, (left_caption, right_caption), (old, new), strict=True
        ):
            caption.setText(label)
            text.setAccessibleName(label)
            text.setHtml(html)
        for comment in item.comments:
            entry = QListWidgetItem(comment_text(comment))
            entry.setToolTip(tip(comment.text))
            self.comments.addItem(entry)
        self.comments.setVisible(bool(item.comments))
