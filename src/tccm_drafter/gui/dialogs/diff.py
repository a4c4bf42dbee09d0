"""Show two wordings side by side with the changed words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.imports import Decision
from tccm_drafter.gui.i18n import ntr
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.model.diffing import word_diff
from tccm_drafter.model.translations import SourceChange, language_name

_DELETE = "background-color:#fde2e1; color:#8a1c1c; text-decoration: line-through;"
_INSERT = "background-color:#dff5e1; color:#135c1e;"


def diff_html(old: str, new: str) -> tuple[str, str]:
    """HTML for the left (old, deletions marked) and right (new, insertions marked) texts."""
    left: list[str] = []
    right: list[str] = []
    for tag, text in word_diff(old, new):
        chunk = escape(text).replace("\n", "<br/>")
        if tag == "equal":
            left.append(chunk)
            right.append(chunk)
        elif tag == "delete":
            left.append(f'<span style="{_DELETE}">{chunk}</span>')
        else:
            right.append(f'<span style="{_INSERT}">{chunk}</span>')
    return "".join(left), "".join(right)


class TextDiffDialog(QDialog):
    """Two texts side by side; with ``choices`` the user settles which one to keep."""

    def __init__(
        self,
        title: str,
        left_label: str,
        left: str,
        right_label: str,
        right: str,
        parent: QWidget | None = None,
        *,
        choices: bool = False,
        compare: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._decision: Decision | None = None
        if compare:
            left_html, right_html = diff_html(left, right)
        else:  # two languages: word differences would mean nothing
            left_html, right_html = (escape(t).replace("\n", "<br/>") for t in (left, right))
        splitter = QSplitter()
        for label, html in ((left_label, left_html), (right_label, right_html)):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(f"<b>{escape(label)}</b>")
            caption.setTextFormat(Qt.TextFormat.RichText)
            view = QTextBrowser()
            view.setHtml(html)
            view.setAccessibleName(label)
            column.addWidget(caption)
            column.addWidget(view, 1)
            splitter.addWidget(pane)
        buttons = QDialogButtonBox()
        if choices:
            for text, value in (
                (self.tr("Keep &mine"), Decision.KEEP_MINE),
                (self.tr("Take &theirs"), Decision.TAKE_THEIRS),
                (self.tr("Keep &both"), Decision.KEEP_BOTH),
            ):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, v=value: self._choose(v))
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def _choose(self, value: Decision) -> None:
        self._decision = value
        self.accept()

    def decision(self) -> Decision | None:
        return self._decision


class DiffDialog(TextDiffDialog):
    """A tailored block against the library's current wording."""

    def __init__(
        self,
        submission: Submission,
        library: Library,
        section: int,
        row: int,
        parent: QWidget | None = None,
    ) -> None:
        block = submission.sections[section].blocks[row]
        library_text = local_text = ""
        if isinstance(block, ParagraphBlock):
            paragraph = library.get(block.paragraph_id)
            library_text = paragraph.text_for(block.use_short) if paragraph else ""
            local_text = block.local_text if block.local_text is not None else library_text
        super().__init__(
            _tr("Difference from the library"),
            _tr("Library text"),
            library_text,
            _tr("Your wording"),
            local_text,
            parent,
        )


def _tr(text: str) -> str:
    """Translate outside an instance (the strings above are needed before __init__ runs)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DiffDialog", text)


class SourceChangeDialog(TextDiffDialog):
    """A translation whose source changed: the source as it is now beside the translation (and
    the source's change itself when the earlier wording is known)."""

    def __init__(self, change: SourceChange, parent: QWidget | None = None) -> None:
        source, translation = change.source, change.translation
        if change.old_source is not None:
            super().__init__(
                _tr("How “{0}” changed since it was translated").format(source.title),
                _tr("The source then"),
                change.old_source.body,
                _tr("The source now"),
                source.body,
                parent,
            )
            return
        behind = (
            ntr("DiffDialog", " (%n revision(s) since the translation)", change.versions_behind)
            if change.versions_behind
            else ""
        )
        super().__init__(
            _tr("“{0}” changed since it was translated").format(source.title),
            _tr("The source now, in {0}{1}").format(language_name(source.language), behind),
            source.body,
            _tr("The translation, in {0}").format(language_name(translation.language)),
            translation.body,
            parent,
            compare=False,
        )
