"""Label catalogues: the words templates and exporters print, one TOML file per language.

```toml
format = 1
language = "fr"

[labels]
submitted_by = "Soumis par {}"
references = "Références"
page_of = "Page {page} sur {pages}"
```

A value is plain text; ``{}`` marks where a template puts its value (so a language can place
it where its grammar wants it: "Submitted by {}", "由{}提交"), ``{name}`` a value the exporter
fills (``{page}``, ``{pages}``). Every mistake is reported with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tccm_drafter.storage import limits
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.textfile import parse_toml, read_text

LABELS_FORMAT = 1
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_BRACES = re.compile(r"\{([a-z_]*)\}|[{}]")


@dataclass(frozen=True)
class LabelCatalogue:
    """The labels of one language, as read from one file."""

    language: str
    labels: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def load_label_catalogue(path: Path) -> LabelCatalogue:
    """Read and check one catalogue file (an ordinary file within ``limits.LABELS``)."""
    text, _ = read_text(path, limits.LABELS)
    return parse_label_catalogue(text, path)


def parse_label_catalogue(text: str, path: Path) -> LabelCatalogue:
    data = parse_toml(text, path)
    source = ParsedText(path, text)
    root = Fields(data, source)
    fmt = root.integer("format", LABELS_FORMAT)
    if fmt > LABELS_FORMAT or fmt < 1:
        raise root.error(
            "format",
            f"label catalogue format {fmt} is not one this app understands (up to "
            f"{LABELS_FORMAT}); please update TCCM Drafter",
        )
    language = root.language("language", path.stem)
    table = root.table_of("labels")
    labels: dict[str, str] = {}
    for key in table.data:
        if not _KEY.fullmatch(key):
            raise table.error(
                key,
                f"label name '{key}' must be lower-case letters, digits and _ (like submitted_by)",
            )
        value = table.text(key)
        _check_slots(table, key, value)
        labels[key] = value
    extra = [key for key in root.unused()]
    if extra:
        raise root.error(
            extra[0], f"unknown setting '{extra[0]}' (a catalogue has format, language, [labels])"
        )
    return LabelCatalogue(language=language, labels=labels, path=path)


def _check_slots(table: Fields, key: str, value: str) -> None:
    anonymous = 0
    for match in _BRACES.finditer(value):
        if match.group(0) in ("{", "}"):
            raise table.error(
                key,
                f"label '{key}' has a stray brace; use {{}} for the template's value or "
                "{name} for a value the app fills",
            )
        if match.group(1) == "":
            anonymous += 1
    if anonymous > 1:
        raise table.error(key, f"label '{key}' may hold {{}} only once")


__all__ = [
    "LABELS_FORMAT",
    "LabelCatalogue",
    "load_label_catalogue",
    "parse_label_catalogue",
]
