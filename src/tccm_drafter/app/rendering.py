"""The renderer as the front ends use it: a submission rendered here (Copy Section, the
self-test), the requests and replies of the render worker (the live preview), the preview's
page breaks, a paragraph's or the user guide's HTML. Heavy (Jinja2, markdown-it, python-docx):
the window imports this module when it first renders, never before its first frame."""

from __future__ import annotations

from tccm_drafter.render.counting import count_markdown, section_counts
from tccm_drafter.render.help_html import IMAGE_WIDTH
from tccm_drafter.render.help_html import to_html as help_html
from tccm_drafter.render.html_preview import markdown_html
from tccm_drafter.render.pipeline import RenderResult, render_submission
from tccm_drafter.render.preview_types import PageBreak
from tccm_drafter.render.text_export import answer_text
from tccm_drafter.render.worker_messages import RenderReply, RenderRequest

__all__ = [
    "IMAGE_WIDTH",
    "PageBreak",
    "RenderReply",
    "RenderRequest",
    "RenderResult",
    "answer_text",
    "count_markdown",
    "help_html",
    "markdown_html",
    "render_submission",
    "section_counts",
]
