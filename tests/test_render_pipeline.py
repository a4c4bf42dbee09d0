"""The one rendering path: submission -> template -> document model -> Markdown / text / HTML."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.model import ParagraphBlock, TextBlock
from tccm_drafter.render.document import (
    FootnoteRef,
    Heading,
    Link,
    ListBlock,
    Paragraph,
    Placeholder,
    Role,
    plain_text,
)
from tccm_drafter.render.html_preview import to_html
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.text_export import answer_text, to_plain_text

TODAY = date(2026, 11, 22)


def _body(doc_blocks: list[object]) -> list[Paragraph]:
    return [b for b in doc_blocks if isinstance(b, Paragraph) and b.role is Role.BODY]


def test_blocks_keep_order_origin_and_fill_placeholders(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    result = render_submission(make_submission(), make_library(), template, today=TODAY)
    doc = result.document
    assert doc.meta.title == "Response to the review"
    assert doc.meta.author == "Example Registry"
    assert doc.meta.keywords == ["igf", "open-internet"]
    title = doc.blocks[0]
    assert isinstance(title, Paragraph) and title.role is Role.TITLE
    headings = [plain_text(b.inlines) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["1. The IGF", "2. The Internet"]
    questions = [
        plain_text(b.inlines)
        for b in doc.blocks
        if isinstance(b, Paragraph) and b.role is Role.QUESTION
    ]
    assert questions == ["How should the IGF evolve?", "What Internet do you want?"]
    body = _body(doc.blocks)
    assert plain_text(body[0].inlines) == (
        "Example Registry supports the IGF as the place for dialogue."
    )
    assert body[0].origin.paragraph_id == "igf-support"
    assert (body[1].origin.section, body[1].origin.block) == (0, 1)
    assert "WSIS+20 follow-up matters" in plain_text(body[1].inlines)
    assert not result.missing and not result.errors


def test_numbering_continuous_or_per_section(tmp_path: Path) -> None:
    library = make_library()
    doc = render_submission(
        make_submission(), library, make_template(tmp_path / "a"), today=TODAY
    ).document
    assert [p.number for p in _body(doc.blocks)] == [1, 2, 3, 4]
    doc = render_submission(
        make_submission(),
        library,
        make_template(tmp_path / "b", numbering_restart="section"),
        today=TODAY,
    ).document
    numbered = _body(doc.blocks)
    assert [p.number for p in numbered] == [1, 2, 1, 2]
    assert [p.restart_numbering for p in numbered] == [True, False, True, False]
    doc = render_submission(
        make_submission(numbered=False), library, make_template(tmp_path / "c"), today=TODAY
    ).document
    assert all(p.number is None for p in _body(doc.blocks))


def test_formatting_links_lists_and_footnotes(tmp_path: Path) -> None:
    doc = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    ).document
    first = _body(doc.blocks)[0]
    assert any(getattr(i, "italic", False) and i.text == "the IGF" for i in first.inlines)
    notes = [i for i in first.inlines if isinstance(i, FootnoteRef)]
    assert len(notes) == 1 and notes[0].number == 1
    assert "Tunis Agenda" in plain_text(notes[0].content)
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and not lists[0].ordered
    link = lists[0].items[1].blocks[0].inlines[0]  # type: ignore[union-attr]
    assert isinstance(link, Link) and link.target == "https://example.org/igf"


def test_footnotes_forbidden_become_references_or_inline(tmp_path: Path) -> None:
    submission = make_submission(footnotes=False)
    doc = render_submission(
        submission, make_library(), make_template(tmp_path / "r"), today=TODAY
    ).document
    assert not any(isinstance(i, FootnoteRef) for p in _body(doc.blocks) for i in p.inlines)
    references = [b for b in doc.blocks if isinstance(b, Paragraph) and b.role is Role.REFERENCE]
    assert [plain_text(r.inlines) for r in references] == [
        "[1] Tunis Agenda for the Information Society, paragraph 72."
    ]
    assert plain_text(_body(doc.blocks)[0].inlines).endswith("dialogue [1].")
    doc = render_submission(
        submission,
        make_library(),
        make_template(tmp_path / "i", footnote_fallback="inline"),
        today=TODAY,
    ).document
    assert plain_text(_body(doc.blocks)[0].inlines) == (
        "Example Registry supports the IGF as the place for dialogue (Tunis Agenda for the "
        "Information Society, paragraph 72)."
    )


def test_missing_placeholder_is_reported_and_never_blank(tmp_path: Path) -> None:
    submission = make_submission()
    submission.organisation.name = ""
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    names = {(m.name, m.section, m.block, m.paragraph_id) for m in result.missing}
    assert ("org.name", 0, 0, "igf-support") in names
    first = _body(result.document.blocks)[0]
    assert Placeholder("org.name") in first.inlines
    assert "section 1 ('The IGF'), paragraph 'igf-support'" in str(result.missing[0])
    assert "{{ org.name }}" in to_markdown(result.document)
    assert "background-color:#ffe066" in to_html(result.document)


def test_values_are_printed_as_typed_not_as_markup(tmp_path: Path) -> None:
    submission = make_submission()
    submission.organisation.name = "A*B _Org_ [x](y) <b>"
    submission.title = "# Not a heading"
    doc = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    ).document
    assert plain_text(_body(doc.blocks)[0].inlines).startswith("A*B _Org_ [x](y) <b> supports")
    assert plain_text(doc.blocks[0].inlines) == "# Not a heading"  # type: ignore[union-attr]
    html = to_html(doc)
    assert "A*B _Org_ [x](y) &lt;b&gt;" in html and "<b> supports" not in html


def test_arabic_paragraph_is_rtl_with_its_language(tmp_path: Path) -> None:
    doc = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    ).document
    arabic = next(p for p in _body(doc.blocks) if p.origin.paragraph_id == "arabic")
    assert arabic.rtl and arabic.language == "ar"
    assert not _body(doc.blocks)[0].rtl


def test_local_edit_and_short_variant_are_what_prints(tmp_path: Path) -> None:
    submission = make_submission()
    block = submission.sections[0].blocks[0]
    assert isinstance(block, ParagraphBlock)
    block.use_short = True
    template = make_template(tmp_path / "t")
    doc = render_submission(submission, make_library(), template, today=TODAY).document
    assert plain_text(_body(doc.blocks)[0].inlines) == "Example Registry supports the IGF."
    block.local_text = "Our own words for {{ org.country }}."
    doc = render_submission(submission, make_library(), template, today=TODAY).document
    assert plain_text(_body(doc.blocks)[0].inlines) == "Our own words for NO."


def test_plain_text_for_web_forms(tmp_path: Path) -> None:
    submission = make_submission()
    template = make_template(tmp_path / "t")
    doc = render_submission(submission, make_library(), template, today=TODAY).document
    text = to_plain_text(doc)
    assert "*" not in text.replace("A*B", "") and "](" not in text
    # 10 + 2 + 2 words in the library paragraph and its list, 6 in the free text, and the
    # 8 words of its footnote; not the paragraph numbers, bullets or the footnote mark.
    assert "[Words: 28 / 250 · Characters:" in text
    assert "\n\n\n" not in text
    section = answer_text(doc, 1)
    assert section.startswith("3. One open, global Internet.")
    assert "How should" not in section


def test_markdown_export_reads_back_with_the_same_text(tmp_path: Path) -> None:
    from tccm_drafter.render.markdown_parse import parse_markdown

    submission = make_submission(numbered=False)
    submission.sections[0].blocks.append(TextBlock("1\\. Not a list, *but* a `code` word."))
    template = make_template(tmp_path / "t")
    doc = render_submission(submission, make_library(), template, today=TODAY).document
    again = parse_markdown(to_markdown(doc))
    texts = [plain_text(b.inlines) for b in again if isinstance(b, Paragraph | Heading)]
    assert "1. Not a list, but a code word." in texts
    assert "Example Registry supports the IGF as the place for dialogue." in texts


def test_export_refuses_a_submission_with_a_missing_paragraph(tmp_path: Path) -> None:
    import pytest

    from tccm_drafter.app.exporting import prepare_export
    from tccm_drafter.errors import InputError

    submission = make_submission()
    submission.sections[1].blocks.append(ParagraphBlock("gone-paragraph"))
    out = tmp_path / "out.md"
    with pytest.raises(InputError, match=r"section 2 .* 'gone-paragraph'"):
        prepare_export(
            submission, make_library(), None, output=out, template=make_template(tmp_path / "t")
        )
    assert not out.exists()
