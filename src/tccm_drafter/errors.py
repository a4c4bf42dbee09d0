"""The one error type for bad input: it names the file and the line or field."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file or value the app cannot use, explained in one line for the user.

    ``str(error)`` reads like ``library/igf-funding.md:4: 'status' must be one of draft,
    approved, retired (got 'aproved')``.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        field = f"'{self.field}': " if self.field and self.field not in self.message else ""
        return f"{where}{field}{self.message}"


class NewerFormatError(InputError):
    """The file was written by a newer version of the app; it is refused, never overwritten."""


class RenderError(InputError):
    """A template or placeholder that cannot be rendered safely."""
