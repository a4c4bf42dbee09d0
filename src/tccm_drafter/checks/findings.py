"""A preflight finding: what is wrong, how much it matters, and where."""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"

#: Fixes a front end can offer in place (``app/fixes.py`` makes the edit).
TAKE_LATEST = "take-latest"  # the library's current revision, or the paragraph's successor
USE_TRANSLATION = "use-translation"  # the library's version in the consultation's language


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error", "warning" or "info"
    message: str
    section: int | None = None  # 0-based
    block: int | None = None  # 0-based
    paragraph_id: str | None = None
    #: A fix the app can apply for the user ("" = none): TAKE_LATEST or USE_TRANSLATION.
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"
