"""Where a paragraph was used: the submissions saved with the app that print it (the
usage index, recorded after every save by ``app/documents.record_saved``)."""

from __future__ import annotations

from tccm_drafter.sharing.usage import Usage, last_used, submissions_using, updates_available

__all__ = ["Usage", "last_used", "submissions_using", "updates_available"]
