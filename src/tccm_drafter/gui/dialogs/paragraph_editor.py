"""Create or edit a library paragraph with every metadata field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tccm_drafter.app.libraries import is_valid_id
from tccm_drafter.app.library_edits import id_for_title
from tccm_drafter.app.rendering import count_markdown
from tccm_drafter.gui.dialogs.common import add_row, ok_cancel
from tccm_drafter.gui.i18n import ntr
from tccm_drafter.gui.plaintext import message_box
from tccm_drafter.model import Library, Paragraph, Source, Status


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _DateField(QWidget):
    """A date that may be empty (a checkbox in front of a date edit)."""

    def __init__(self, label: str, value: date | None, today: date) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit(
            QDate(value.year, value.month, value.day)
            if value
            else QDate(today.year, today.month, today.day)
        )
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(label.replace("&", ""))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class ParagraphEditorDialog(QDialog):
    def __init__(
        self,
        paragraph: Paragraph | None,
        library: Library,
        parent: QWidget | None = None,
        *,
        today: date,
        new_id_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.is_new = paragraph is None or paragraph.id not in library
        self._original = paragraph or Paragraph(id=new_id_hint, title="", body="")
        p = self._original
        self.setWindowTitle(self.tr("New Paragraph") if self.is_new else self.tr("Edit Paragraph"))
        tabs = QTabWidget()

        text_page = QWidget()
        text_form = QFormLayout(text_page)
        self.id_edit = add_row(
            text_form,
            self.tr("&Id:"),
            QLineEdit(p.id),
            self.tr("Lower-case letters, digits, '.', '_' and '-'; it never changes once saved"),
        )
        self.id_edit.setReadOnly(not self.is_new)
        self.title_edit = add_row(text_form, self.tr("&Title:"), QLineEdit(p.title))
        # A new paragraph's id follows its title until the user types one of their own.
        self._id_follows_title = self.is_new and not p.id
        self.title_edit.textEdited.connect(self._title_edited)
        self.id_edit.textEdited.connect(self._id_edited)
        self.body_edit = add_row(
            text_form,
            self.tr("&Text:"),
            QPlainTextEdit(p.body),
            self.tr(
                "Markdown: *italic*, **bold**, [link](https://…), - lists, footnotes[^1]; "
                "placeholders such as {{ org.name }}"
            ),
        )
        self.body_count = QLabel()
        text_form.addRow("", self.body_count)
        self.short_edit = add_row(
            text_form,
            self.tr("S&hort variant:"),
            QPlainTextEdit(p.short),
            self.tr("A shorter wording for tight word limits"),
        )
        self.short_edit.setMaximumHeight(90)
        self.short_count = QLabel()
        text_form.addRow("", self.short_count)
        self.body_edit.textChanged.connect(self._update_counts)
        self.short_edit.textChanged.connect(self._update_counts)
        tabs.addTab(text_page, self.tr("Te&xt"))

        meta_page = QWidget()
        meta = QFormLayout(meta_page)
        self.topics_edit = add_row(
            meta,
            self.tr("T&opics:"),
            QLineEdit(", ".join(p.topics)),
            self.tr("Comma-separated, e.g. igf, funding"),
        )
        completer = QCompleter(library.topics(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topics_edit.setCompleter(completer)
        self.status_box = QComboBox()
        for status in Status:
            self.status_box.addItem(status.value, status)
        self.status_box.setCurrentIndex(list(Status).index(p.status))
        add_row(meta, self.tr("&Status:"), self.status_box)
        self.language_edit = add_row(
            meta,
            self.tr("&Language:"),
            QLineEdit(p.language),
            self.tr("A language tag such as en-GB, fr or ar"),
        )
        self.author_edit = add_row(meta, self.tr("&Author:"), QLineEdit(p.author))
        self.endorsed_edit = add_row(
            meta, self.tr("&Endorsed by:"), QLineEdit(", ".join(p.endorsed_by))
        )
        self.created = _DateField(self.tr("&Created"), p.created, today)
        self.updated = _DateField(self.tr("&Updated"), p.updated, today)
        self.reviewed = _DateField(self.tr("&Reviewed"), p.reviewed, today)
        for field in (self.created, self.updated, self.reviewed):
            meta.addRow(field)
        self.supersedes_edit = add_row(
            meta,
            self.tr("Su&persedes:"),
            QLineEdit(", ".join(p.supersedes)),
            self.tr("Ids of paragraphs this one replaces"),
        )
        self.superseded_edit = add_row(
            meta,
            self.tr("Superseded &by:"),
            QLineEdit(p.superseded_by or ""),
            self.tr("Id of the paragraph that replaces this one"),
        )
        self.translation_edit = add_row(
            meta, self.tr("Tra&nslation of:"), QLineEdit(p.translation_of or "")
        )
        tabs.addTab(meta_page, self.tr("&Details"))

        sources_page = QWidget()
        sources_layout = QVBoxLayout(sources_page)
        self.sources = QTableWidget(0, 2)
        self.sources.setHorizontalHeaderLabels([self.tr("Citation"), self.tr("Web address")])
        self.sources.horizontalHeader().setStretchLastSection(True)
        self.sources.setColumnWidth(0, 330)
        self.sources.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources.setAccessibleName(self.tr("Sources"))
        for source in p.sources:
            self._add_source(source.citation, source.url)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add Source"))
        add.clicked.connect(lambda: self._add_source("", ""))
        remove = QPushButton(self.tr("Remo&ve Source"))
        remove.clicked.connect(self._remove_source)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        sources_layout.addWidget(self.sources)
        sources_layout.addLayout(buttons)
        tabs.addTab(sources_page, self.tr("Sou&rces"))

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(ok_cancel(self))
        self._update_counts()
        self.resize(720, 600)

    def _title_edited(self, title: str) -> None:
        if self._id_follows_title:
            self.id_edit.setText(id_for_title(title, self.library))

    def _id_edited(self, _text: str) -> None:
        self._id_follows_title = False

    def _update_counts(self) -> None:
        """Words as the limits count them (the one rule: render/counting.py)."""
        for edit, label in ((self.body_edit, self.body_count), (self.short_edit, self.short_count)):
            counts = count_markdown(edit.toPlainText())
            label.setText(ntr("ParagraphEditorDialog", "%n word(s)", counts.words))

    def _add_source(self, citation: str, url: str) -> None:
        row = self.sources.rowCount()
        self.sources.insertRow(row)
        self.sources.setItem(row, 0, QTableWidgetItem(citation))
        self.sources.setItem(row, 1, QTableWidgetItem(url))

    def _remove_source(self) -> None:
        rows = sorted({index.row() for index in self.sources.selectedIndexes()}, reverse=True)
        for row in rows:
            self.sources.removeRow(row)

    def paragraph(self) -> Paragraph:
        sources: list[Source] = []
        for row in range(self.sources.rowCount()):
            citation = self.sources.item(row, 0)
            url = self.sources.item(row, 1)
            text = citation.text().strip() if citation else ""
            if text:
                sources.append(Source(text, url.text().strip() if url else ""))
        return replace(
            self._original,
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            short=self.short_edit.toPlainText().strip(),
            topics=_split(self.topics_edit.text()),
            status=Status(self.status_box.currentData()),
            language=self.language_edit.text().strip() or "en",
            author=self.author_edit.text().strip(),
            endorsed_by=_split(self.endorsed_edit.text()),
            created=self.created.value(),
            updated=self.updated.value(),
            reviewed=self.reviewed.value(),
            supersedes=_split(self.supersedes_edit.text()),
            superseded_by=self.superseded_edit.text().strip() or None,
            translation_of=self.translation_edit.text().strip() or None,
            sources=sources,
        )

    def problem(self) -> str | None:
        """Why the paragraph cannot be saved as entered, or None."""
        paragraph = self.paragraph()
        if not paragraph.title:
            return self.tr("Please give the paragraph a title.")
        if not paragraph.id:
            return self.tr(
                "The id is required: a short name for the paragraph, such as "
                "'igf-funding' (proposed from the title)."
            )
        if not is_valid_id(paragraph.id):
            return self.tr(
                "The id may use lower-case letters, digits, '.', '_' and '-', "
                "starting with a letter or digit."
            )
        if self.is_new and paragraph.id in self.library:
            return self.tr("The id '{0}' is already used in the library '{1}'.").format(
                paragraph.id, self.library.origin(paragraph.id)
            )
        if paragraph.superseded_by and paragraph.superseded_by not in self.library:
            return self.tr("There is no paragraph with the id '{0}'.").format(
                paragraph.superseded_by
            )
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            message_box(self, QMessageBox.Icon.Warning, self.windowTitle(), problem).exec()
            return
        super().accept()
