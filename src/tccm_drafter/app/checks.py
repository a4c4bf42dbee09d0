"""Run the checks of a submission: the one door for `tccm-drafter check`, the checks panel and
the export dialog, so both front ends find the same things for the same input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.checks.findings import (
    TAKE_LATEST,
    USE_TRANSLATION,
    Finding,
    Severity,
    needing_attention,
)

if TYPE_CHECKING:  # the checks (and the renderer they use) load when they first run
    from tccm_drafter.model import Library, Submission
    from tccm_drafter.render.templates import Template
    from tccm_drafter.storage.settings import Settings


def run_checks(
    submission: Submission,
    library: Library,
    template: Template,
    *,
    settings: Settings,
    now: datetime,
    submission_path: Path | None = None,
) -> list[Finding]:
    """Every finding, as of ``now`` (the front end's clock), warning as many days ahead of
    deadlines as the user's settings say; raises InputError when it cannot check."""
    from tccm_drafter.checks.preflight import check_submission

    return check_submission(
        submission,
        library,
        template,
        today=now.date(),
        now=now,
        warn_days=settings.deadline_warning_days,
        submission_path=submission_path,
    )


__all__ = [
    "TAKE_LATEST",
    "USE_TRANSLATION",
    "Finding",
    "Severity",
    "needing_attention",
    "run_checks",
]
