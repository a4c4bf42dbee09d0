"""Write TOML the way a person would lay it out, with tomli_w formatting every value.

tomli_w alone writes short arrays of tables inline (``sources = [{ ... }]``) and every array
over several lines. Files people read and diff in git are clearer with ``[[sources]]`` headers
and one-line lists of short words, so this module arranges the document and leaves quoting
and escaping of each key and value to tomli_w.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import tomli_w

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
#: Characters a TOML basic string cannot hold as they are.
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_ONE_LINE_ARRAY_LIMIT = 100


def dumps_toml(document: Mapping[str, Any]) -> str:
    """Scalars first, then ``[tables]``, then ``[[arrays of tables]]``, in the given order."""
    lines: list[str] = []
    _write_table(lines, document, prefix="")
    return "\n".join(lines).lstrip("\n") + "\n"


def _write_table(lines: list[str], table: Mapping[str, Any], prefix: str) -> None:
    tables: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            tables.append((key, value))
        elif _is_array_of_tables(value):
            arrays.append((key, value))
        else:
            lines.append(f"{format_key(key)} = {format_value(value)}")
    for key, sub in tables:
        name = prefix + format_key(key)
        lines.extend(["", f"[{name}]"])
        _write_table(lines, sub, name + ".")
    for key, items in arrays:
        name = prefix + format_key(key)
        for item in items:
            lines.extend(["", f"[[{name}]]"])
            _write_table(lines, item, name + ".")


def _is_array_of_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def format_key(key: str) -> str:
    if _BARE_KEY.fullmatch(key):
        return key
    return tomli_w.dumps({key: 0}).rsplit(" = ", 1)[0]


def format_value(value: Any) -> str:
    """One value as TOML; strings with line breaks become readable multi-line strings.

    Line breaks in texts are written as ``\\n``: the files are read with CRLF turned into LF,
    so a Windows line end inside a text would not come back as it went in anyway.
    """
    fast = _plain(value)
    if fast is not None:
        return fast
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")
    elif isinstance(value, list):
        value = [v.replace("\r\n", "\n") if isinstance(v, str) else v for v in value]
    if isinstance(value, list) and all(not isinstance(v, (list, Mapping)) for v in value):
        one_line = "[" + ", ".join(format_value(v) for v in value) + "]"
        if len(one_line) <= _ONE_LINE_ARRAY_LIMIT and "\n" not in one_line:
            return one_line
    rendered = tomli_w.dumps({"v": value}, multiline_strings=True)
    return rendered[len("v = ") :].rstrip("\n")


def _plain(value: Any) -> str | None:
    """The common values (short texts, integers, dates) without the general formatter."""
    kind = type(value)
    if kind is str:
        return None if _NEEDS_ESCAPE.search(value) else f'"{value}"'
    if kind is int:
        return str(value)
    if kind is date:
        return str(value.isoformat())
    if kind is datetime:
        return str(value.isoformat())  # "2026-12-15T23:59:00-11:00": ISO with its "T"
    return None
