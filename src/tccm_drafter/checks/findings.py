"""A preflight finding: what is wrong, how much it matters, and where."""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error", "warning" or "info"
    message: str
    section: int | None = None  # 0-based
    block: int | None = None  # 0-based
    paragraph_id: str | None = None

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"
