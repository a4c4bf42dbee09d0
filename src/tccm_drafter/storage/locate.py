"""Find the line of a key in TOML text, so a wrong value is reported where the user typed it.

Only used after something went wrong, so it is simple rather than fast: it follows table
headers (``[consultation]``, the third ``[[sections]]``, its second ``[[sections.blocks]]``)
and then looks for ``key =`` in that table. Keys it cannot place (inline tables, dotted keys)
give None and the error names the field instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")


@dataclass(frozen=True)
class TablePath:
    """Where a table sits: a chain of (header name, occurrence) pairs; empty = the root."""

    steps: tuple[tuple[str, int], ...] = ()

    def child(self, key: str, occurrence: int = 0) -> TablePath:
        parent = self.steps[-1][0] + "." if self.steps else ""
        return TablePath((*self.steps, (parent + key, occurrence)))


class KeyLocator:
    """Line numbers of keys in one TOML text that starts at line ``first_line`` of its file."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._first_line = first_line
        # (line index, header name or None) for every line outside multi-line strings.
        self._lines: list[tuple[int, str | None, str]] = []
        in_string = False
        for index, line in enumerate(text.split("\n")):
            starts_in_string = in_string
            if (line.count('"""') + line.count("'''")) % 2 == 1:
                in_string = not in_string
            if starts_in_string:
                continue
            header = _HEADER.match(line)
            name = header.group(2).replace(" ", "").replace('"', "") if header else None
            self._lines.append((index, name, line))

    def line_of(self, key: str, table: TablePath | None = None) -> int | None:
        """The file line of ``key`` in ``table``, else of the table's header, else None."""
        start, header_line = 0, None
        steps = table.steps if table is not None else ()
        for name, occurrence in steps:
            seen = -1
            for position in range(start, len(self._lines)):
                if self._lines[position][1] == name:
                    seen += 1
                    if seen == occurrence:
                        start = position + 1
                        header_line = self._lines[position][0]
                        break
            else:
                if name == steps[-1][0]:
                    return None
                # A parent table may have no header of its own ([consultation.rules] alone).
        pattern = re.compile(rf"\s*(\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
        for index, header_name, line in self._lines[start:]:
            if header_name is not None:
                break
            if pattern.match(line):
                return index + self._first_line
        return header_line + self._first_line if header_line is not None else None
