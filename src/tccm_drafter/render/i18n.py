"""The document's language: CLDR dates, numbers and country names (Babel), direction, labels.

Everything a template or an exporter prints in words comes from here, in the consultation's
language (a BCP 47 tag such as ``fr``, ``ar`` or ``zh-Hans``):

- dates, numbers and country names from the Unicode CLDR through Babel;
- labels ("Submitted by", "References", "Page 1 of 3") from the catalogue files in
  ``resources/labels/<language>.toml`` (and a template's own ``labels/<language>.toml``),
  with English for any label or language a catalogue does not have.
"""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model.countries import country_code
from tccm_drafter.model.formatting import (
    FALLBACK,
    babel_locale,
    format_date,
    format_number,
    primary_language,
)
from tccm_drafter.storage.labels_file import load_label_catalogue
from tccm_drafter.storage.paths import resources_dir

#: Primary language subtags written right to left.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
LABELS_FOLDER = "labels"


def is_rtl(tag: str) -> bool:
    return primary_language(tag) in RTL_LANGUAGES


def country_name(code: str, language: str = FALLBACK) -> str:
    """ "NO" -> "Norway" / "Norvège" / "النرويج"; a country's name in another language is
    named the same way ("Kenya" -> "كينيا", :func:`model.countries.country_code`); other text
    stays exactly as typed."""
    stripped = code.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        name = babel_locale(language).territories.get(stripped.upper())
        if name:
            return str(name)
    found = country_code(stripped)
    if found is not None:
        return str(babel_locale(language).territories.get(found) or code)
    return code


class Label(str):
    """One catalogue entry as a template sees it.

    Printed, it is the label's text without ``{}``; ``.before`` and ``.after`` are the parts
    around ``{}``, so a template writes ``{{ labels.submitted_by.before }}**{{ org.name }}**{{
    labels.submitted_by.after }}`` and each language puts the value where it belongs.
    """

    before: str
    after: str
    pattern: str

    def __new__(cls, pattern: str) -> Label:
        before, _, after = pattern.partition("{}")
        label = super().__new__(cls, (before + after).strip())
        label.before, label.after, label.pattern = before, after, pattern
        return label


def fill_label(label: Label, value: str = "", **values: str) -> str:
    """The label with its ``{}`` (and any ``{name}``) filled: for exporters. (Not a method, so
    that templates, which can call methods, cannot build text with it.)"""
    text = label.before + value + label.after if "{}" in label.pattern else label.pattern
    for name, filled in values.items():
        text = text.replace("{" + name + "}", filled)
    return text


def _catalogue_path(folder: Path, tag: str) -> Path | None:
    """The file of ``tag`` or of its nearest parent tag (zh-Hant-TW, zh-Hant, zh)."""
    if not folder.is_dir():
        return None
    by_name = {p.stem.lower(): p for p in folder.glob("*.toml") if not p.name.startswith(".")}
    parts = tag.strip().replace("_", "-").lower().split("-")
    while parts:
        found = by_name.get("-".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None


def _read(folder: Path, tag: str) -> dict[str, str]:
    path = _catalogue_path(folder, tag)
    return load_label_catalogue(path).labels if path is not None else {}


def document_labels(language: str, template_folder: Path | None = None) -> dict[str, Label]:
    """Every label in ``language``: the built-in catalogue, then the template's own
    ``labels/`` folder; English wherever a language lacks a label.

    Raises :class:`InputError` (file and line) for a broken catalogue.
    """
    folders = [resources_dir() / LABELS_FOLDER]
    if template_folder is not None:
        folders.append(template_folder / LABELS_FOLDER)
    merged: dict[str, str] = {}
    wanted = language.strip() or FALLBACK
    for tag in (FALLBACK, wanted) if primary_language(wanted) != FALLBACK else (wanted,):
        for folder in folders:
            merged.update(_read(folder, tag))
    return {key: Label(value) for key, value in merged.items()}


def label(labels: dict[str, Label], key: str) -> Label:
    """``labels[key]``; a missing key is a broken built-in catalogue, said plainly."""
    try:
        return labels[key]
    except KeyError:
        raise InputError(
            f"no label '{key}' in the label catalogues", path=resources_dir() / LABELS_FOLDER
        ) from None


__all__ = [
    "RTL_LANGUAGES",
    "Label",
    "babel_locale",
    "country_name",
    "document_labels",
    "fill_label",
    "format_date",
    "format_number",
    "is_rtl",
    "label",
    "primary_language",
]
