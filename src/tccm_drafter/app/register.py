"""The register of submissions (every submission saved with the app, its status and
deadlines) and its calendar, for the register window and `tccm-drafter register`."""

from __future__ import annotations

from tccm_drafter.sharing.register import (
    RebuildResult,
    RegisterEntry,
    by_deadline,
    forget_submission,
    load_register,
    rebuild_register,
    register_path,
    set_status,
)
from tccm_drafter.sharing.register_ics import register_calendar, write_register_calendar

__all__ = [
    "RebuildResult",
    "RegisterEntry",
    "by_deadline",
    "forget_submission",
    "load_register",
    "rebuild_register",
    "register_calendar",
    "register_path",
    "set_status",
    "write_register_calendar",
]
