"""A preflight finding: what is wrong, how much it matters, and where."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters. Errors and warnings need the user's attention: the command
    line's `check` exits 1 on them and the export dialog lists them; notes are for information."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def needs_attention(self) -> bool:
        return self is not Severity.INFO


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Fixes a front end can offer in place (``app/fixes.py`` makes the edit).
TAKE_LATEST = "take-latest"  # the library's current revision, or the paragraph's successor
USE_TRANSLATION = "use-translation"  # the library's version in the consultation's language


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    section: int | None = None  # 0-based
    block: int | None = None  # 0-based
    paragraph_id: str | None = None
    #: A fix the app can apply for the user ("" = none): TAKE_LATEST or USE_TRANSLATION.
    fix: str = ""

    def __post_init__(self) -> None:
        # "error" given as text is the same severity (findings read back, tests).
        object.__setattr__(self, "severity", Severity(self.severity))

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"

    @property
    def needs_attention(self) -> bool:
        return self.severity.needs_attention


def needing_attention(findings: Iterable[Finding]) -> list[Finding]:
    """The errors and warnings (what `check` exits 1 on and the export dialog lists)."""
    return [finding for finding in findings if finding.needs_attention]
