"""Typed reading of a parsed TOML table: each wrong value becomes one InputError at its line."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from tccm_drafter.errors import InputError
from tccm_drafter.storage.locate import KeyLocator, TablePath

T = TypeVar("T")
ROOT = TablePath()

#: A language tag such as ``en``, ``en-GB``, ``fr-CA`` or ``zh-Hant-TW`` (BCP 47 shape).
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


class ParsedText:
    """The text a table was parsed from; finds key lines lazily, only when reporting."""

    def __init__(self, path: Path | str, text: str, first_line: int = 1) -> None:
        self.path = path
        self._text = text
        self._first_line = first_line
        self._locator: KeyLocator | None = None

    def line_of(self, key: str, table: TablePath) -> int | None:
        if self._locator is None:
            self._locator = KeyLocator(self._text, self._first_line)
        return self._locator.line_of(key, table)


class Fields:
    """One table of a document, read key by key with types checked.

    ``name`` is how the table is named in messages (``sections[2].blocks[1]``, 1-based).
    """

    def __init__(
        self, data: dict[str, Any], source: ParsedText, table: TablePath = ROOT, name: str = ""
    ) -> None:
        self.data = data
        self.source = source
        self.table = table
        self.name = name
        self._used: set[str] = set()

    def field_name(self, key: str) -> str:
        return f"{self.name}.{key}" if self.name else key

    def error(self, key: str, message: str) -> InputError:
        line = self.source.line_of(key, self.table)
        return InputError(message, path=self.source.path, line=line, field=self.field_name(key))

    def _get(self, key: str, kind: type[T], what: str, default: T, required: bool) -> T:
        self._used.add(key)
        if key not in self.data:
            if required:
                line = self.source.line_of(key, self.table)
                raise InputError(
                    f"'{self.field_name(key)}' is missing",
                    path=self.source.path,
                    line=line,
                    field=self.field_name(key),
                )
            return default
        value = self.data[key]
        # bool is a subclass of int: a number field must not accept true/false.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(
                key, f"'{self.field_name(key)}' must be {what} (got {_describe(value)})"
            )
        return value

    def text(self, key: str, default: str = "", *, required: bool = False) -> str:
        return self._get(key, str, "text in quotes", default, required)

    def optional_text(self, key: str) -> str | None:
        self._used.add(key)
        return self.text(key) if key in self.data else None

    def integer(self, key: str, default: int) -> int:
        return self._get(key, int, "a whole number", default, False)

    def optional_integer(self, key: str) -> int | None:
        self._used.add(key)
        return self.integer(key, 0) if key in self.data else None

    def boolean(self, key: str, default: bool) -> bool:
        return self._get(key, bool, "true or false", default, False)

    def day(self, key: str) -> date | None:
        self._used.add(key)
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            raise self.error(
                key,
                f"'{self.field_name(key)}' must be a date such as 2026-03-31, without a time "
                f"(got {value.isoformat()})",
            )
        if not isinstance(value, date):
            raise self.error(
                key,
                f"'{self.field_name(key)}' must be a date such as 2026-03-31, without quotes "
                f"(got {_describe(value)})",
            )
        return value

    def moment(self, key: str) -> date | datetime | None:
        """A date, or a date-time with or without an offset (a deadline written by hand)."""
        self._used.add(key)
        value = self.data.get(key)
        if value is None or isinstance(value, date):  # datetime is a date too
            return value
        raise self.error(
            key,
            f"'{self.field_name(key)}' must be a date such as 2026-03-31, without quotes "
            f"(got {_describe(value)})",
        )

    def time_of_day(self, key: str) -> time | None:
        """A TOML local time such as ``23:59:00``."""
        self._used.add(key)
        value = self.data.get(key)
        if value is None or isinstance(value, time):
            return value
        raise self.error(
            key,
            f"'{self.field_name(key)}' must be a time of day such as 23:59:00, without quotes "
            f"(got {_describe(value)})",
        )

    def text_list(self, key: str) -> list[str]:
        values = self._get(key, list, "a list of texts in quotes", [], False)
        for value in values:
            if not isinstance(value, str):
                raise self.error(
                    key,
                    f"'{self.field_name(key)}' must be a list of texts in quotes "
                    f"(found {_describe(value)})",
                )
        return list(values)

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise self.error(
                key,
                f"'{self.field_name(key)}' must be one of {', '.join(allowed)} (got {value!r})",
            )
        return value

    def language(self, key: str, default: str) -> str:
        value = self.text(key, default)
        if not LANGUAGE_TAG.fullmatch(value):
            raise self.error(
                key,
                f"'{self.field_name(key)}' must be a language tag such as en, en-GB or fr "
                f"(got {value!r})",
            )
        return value

    def checked(self, key: str, ok: Callable[[str], bool], explain: str, default: str) -> str:
        value = self.text(key, default)
        if not ok(value):
            raise self.error(key, f"'{self.field_name(key)}' {explain} (got {value!r})")
        return value

    def table_of(self, key: str) -> Fields:
        data = self._get(key, dict, "a table", {}, False)
        return Fields(data, self.source, self.table.child(key), self.field_name(key))

    def tables(self, key: str) -> list[Fields]:
        items = self._get(key, list, "a list of tables", [], False)
        found: list[Fields] = []
        for number, item in enumerate(items):
            name = f"{self.field_name(key)}[{number + 1}]"
            if not isinstance(item, dict):
                raise self.error(key, f"'{name}' must be a table (got {_describe(item)})")
            found.append(Fields(item, self.source, self.table.child(key, number), name))
        return found

    def unused(self) -> dict[str, Any]:
        """The keys nobody asked for, in file order: kept so that a save loses nothing."""
        return {k: v for k, v in self.data.items() if k not in self._used}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value) if len(value) < 40 else "a text"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, datetime | date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__
