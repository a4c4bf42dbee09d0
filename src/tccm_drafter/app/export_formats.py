"""The export formats front ends offer, without loading the exporters (the command line
builds its --format choices from these on every run)."""

from __future__ import annotations

from tccm_drafter.render.formats import FORMATS, TEXT_FORMATS

__all__ = ["FORMATS", "TEXT_FORMATS"]
