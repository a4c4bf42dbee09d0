"""Footnotes a consultation forbids become a references list under its own heading, in the
document's language, kept apart from the last answer in every output."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx

from clock_helpers import TODAY
from render_helpers import SIMPLE_TEMPLATE, make_library, make_submission, make_template
from tccm_drafter.model import Library, Section, TextBlock
from tccm_drafter.render.document import Document, Heading, Paragraph, Role, plain_text
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.html_preview import to_html
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template, find_template
from tccm_drafter.render.text_export import to_plain_text


def _render(template: Template, language: str = "fr", library: Library | None = None) -> Document:
    submission = make_submission(footnotes=False)
    submission.consultation.language = language
    return render_submission(submission, library or make_library(), template, today=TODAY).document


def _headings(doc: Document) -> list[tuple[int, str]]:
    return [(b.level, plain_text(b.inlines)) for b in doc.blocks if isinstance(b, Heading)]


def test_references_get_a_heading_at_the_level_of_the_sections(tmp_path: Path) -> None:
    for template_name, level in (("consultation-response", 1), ("position-paper", 2)):
        doc = _render(find_template(template_name, None))
        headings = _headings(doc)
        assert headings[-1] == (level, "Références")
        assert {lvl for lvl, _ in headings} == {level}
        index = next(i for i, b in enumerate(doc.blocks) if b is _refs(doc)[0])
        heading = doc.blocks[index - 1]
        assert isinstance(heading, Heading) and heading.origin.section is None
        # The last answer ends before the heading; nothing of it follows the list.
        last_answer = max(i for i, b in enumerate(doc.blocks) if b.origin.block is not None)
        assert last_answer < index - 1


def _refs(doc: Document) -> list[Paragraph]:
    return [b for b in doc.blocks if isinstance(b, Paragraph) and b.role is Role.REFERENCE]


def test_every_output_shows_the_heading_apart_from_the_last_answer(tmp_path: Path) -> None:
    doc = _render(find_template("consultation-response", None), "es")
    markdown = to_markdown(doc)
    assert re.search(r"\n\n## Referencias\n\n\\\[1\\\] Tunis Agenda", markdown)
    text = to_plain_text(doc)
    assert re.search(r"\]\n\nReferencias\n\n\[1\] Tunis Agenda", text)  # after the count line
    html = to_html(doc)
    assert re.search(
        r"<h2><span[^>]*>Referencias</span></h2>\s*<p[^>]*><span[^>]*>(<a [^>]*></a>)?\[1\] Tunis",
        html,
    )
    word = docx.Document(io.BytesIO(DocxExporter().build(doc)))
    styled = [(p.style.name if p.style else "", p.text) for p in word.paragraphs]
    at = styled.index(("Heading 1", "Referencias"))
    assert styled[at + 1] == (
        "Reference",
        "[1] Tunis Agenda for the Information Society, paragraph 72.",
    )
    assert word.styles["Heading 1"].paragraph_format.space_before.pt >= 12


def test_appended_list_and_a_template_heading_of_its_own(tmp_path: Path) -> None:
    without = make_template(tmp_path / "a", SIMPLE_TEMPLATE.replace("{{ references }}", ""))
    doc = _render(without, "ru")
    assert _headings(doc)[-1] == (2, "Источники")
    assert doc.blocks[-1] is _refs(doc)[-1]
    own = make_template(
        tmp_path / "b",
        SIMPLE_TEMPLATE.replace("{{ references }}", "## Sources\n\n{{ references }}"),
    )
    doc = _render(own, "ru")
    assert [h for _, h in _headings(doc)].count("Источники") == 0
    assert _headings(doc)[-1] == (2, "Sources")


def test_no_space_before_a_reference_mark_after_chinese_text(tmp_path: Path) -> None:
    submission = make_submission(footnotes=False)
    submission.consultation.language = "zh"
    submission.sections = [
        Section(
            "论坛",
            blocks=[
                TextBlock("我们支持论坛。[^1]\n\n[^1]: 成果文件。"),
                TextBlock("See.[^1]\n\n[^1]: Note."),
            ],
        )
    ]
    doc = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    ).document
    bodies = [
        plain_text(b.inlines)
        for b in doc.blocks
        if isinstance(b, Paragraph) and b.role is Role.BODY
    ]
    assert bodies == ["我们支持论坛。[1]", "See. [2]"]
    assert _headings(doc)[-1][1] == "参考资料"
