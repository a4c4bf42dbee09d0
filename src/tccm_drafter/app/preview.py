"""What the window shows of a rendering, and which links it may open: light values, so the
window imports them before its first frame without the renderer (``app/rendering.py`` is
the rest, imported when first used)."""

from __future__ import annotations

from tccm_drafter.render.links import is_safe_link
from tccm_drafter.render.preview_types import BODY_POINT_SIZE, Palette, Preview, PreviewBlock

__all__ = ["BODY_POINT_SIZE", "Palette", "Preview", "PreviewBlock", "is_safe_link"]
