"""A searchable list of countries: names in the interface language, the ISO code behind each.

Typing narrows the list to the countries whose name contains what was typed. A value that is
no country of the list (typed as text in an older profile and not recognised) is kept as it
was typed, shown as the box's text, and a note beside the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from tccm_drafter.model.countries import country_code, country_names


def interface_language() -> str:
    """The language the interface is in (gui/language.py sets the default locale to it)."""
    return QLocale().name().split("_")[0] or "en"


class CountryBox(QComboBox):
    """The country as an ISO 3166-1 code: ``code()``; ``set_value`` takes a code or text."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, name in country_names(language or interface_language()):
            self.addItem(name, code)
        search = QCompleter(self.model(), self)
        search.setFilterMode(Qt.MatchFlag.MatchContains)
        search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        search.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(search)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search, e.g. Kenya"))

    def set_value(self, value: str) -> None:
        """Show a stored country: a code (or a recognised name) selects its entry; anything
        else is shown as it is."""
        code = country_code(value)
        index = self.findData(code) if code is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(value.strip())

    def code(self) -> str:
        """What to store: the chosen country's code; text that names one country (in the
        list's language or another) its code; other text exactly as typed; "" for none."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        return country_code(text) or text

    def is_known(self) -> bool:
        """False when the box holds text that is no country of the list."""
        value = self.code()
        return not value or country_code(value) is not None
