"""A review loses nothing silently: constructs of real Word files (tests/data/docx/SOURCES.md)
put into our export come back into the block, or are listed as "not brought back"."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from render_helpers import make_template
from review_constructs import (
    DATA,
    add_note,
    add_symbol,
    format_words,
    link_words,
    public_part,
    restyle,
)
from review_helpers import TODAY, W15, WordEdit, export_docx, review_library, review_submission, w
from tccm_drafter.model import ParagraphBlock
from tccm_drafter.render.templates import Template
from tccm_drafter.sharing.review import ReviewKind, ReviewPlan, accept_all, plan_review
from tccm_drafter.sharing.review_apply import apply_review
from tccm_drafter.storage.review_docx import read_reviewed_docx

_SOFFICE = shutil.which("soffice")


@pytest.fixture
def template(tmp_path: Path) -> Template:
    return make_template(tmp_path / "template")


def _plan(edit: WordEdit, template: Template, path: Path) -> ReviewPlan:
    reviewed = read_reviewed_docx(edit.save(path))
    return plan_review(review_submission(), review_library(), template, reviewed, today=TODAY)


def _reviewer(template: Template) -> WordEdit:
    """Every construct at once, as one reviewer in Word would leave them."""
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    format_words(edit, "stable funding", "stable", bold=True)  # tracked, Word's rPrChange
    format_words(edit, "stronger", "stronger", italic=False, tracked=False)
    format_words(edit, "One open Internet", "open", italic=True, underline=True, tracked=False)
    link_words(edit, "equal footing", "equal footing", "https://example.org/equal")
    add_note(edit, "should not duplicate", "duplicate", "See the Tunis Agenda.", kind="endnote")
    add_note(edit, "Fragmentation would", "harm", "A source from legal.", kind="footnote")
    add_symbol(
        edit, "We thank the", "We thank", "word/comments.xml", "sdk-comments-2012-replies.docx"
    )
    restyle(edit, "Fragmentation would", "Heading2")
    return edit


EXPECTED = {
    "igf-mandate": "- a stronger [intersessional programme](https://example.org/igf).",
    "igf-funding": "The Forum needs **stable** funding from many sources.",
    "text": "We thank☺ the co-facilitators for this consultation.",
    "open-internet": (
        "One *open* Internet serves everyone.\n\n## Fragmentation would harm[^1] users.\n\n"
        "[^1]: A source from legal."
    ),
    "equal-footing": (
        "Stakeholders should take part on an [equal footing](https://example.org/equal)."
    ),
    "no-duplication": (
        "New processes should not duplicate[^1] the IGF.\n\n[^1]: See the Tunis Agenda."
    ),
}


def _check(plan: ReviewPlan) -> None:
    assert [item.kind for item in plan.items] == [ReviewKind.CHANGED] * 6
    by_id = {(item.mark.paragraph_id if item.mark else "") or "text": item for item in plan.items}
    for key, text in EXPECTED.items():
        assert text in by_id[key].proposed, key
    assert "not brought back: underline on “open”" in by_id["open-internet"].details
    assert any("endnote comes back as a footnote" in d for d in by_id["no-duplication"].details)
    outcome = apply_review(
        review_submission(), review_library(), plan, accept_all(plan), today=TODAY
    )
    funding = outcome.submission.sections[0].blocks[1]
    assert isinstance(funding, ParagraphBlock) and funding.local_text == EXPECTED["igf-funding"]


def test_formatting_links_notes_symbols_and_styles_come_back(
    tmp_path: Path, template: Template
) -> None:
    plan = _plan(_reviewer(template), template, tmp_path / "reviewed.docx")
    _check(plan)
    assert any("cannot bring back" in warning for warning in plan.warnings)


@pytest.mark.skipif(_SOFFICE is None, reason="needs LibreOffice (soffice)")
def test_the_same_after_libreoffice_saves_it(tmp_path: Path, template: Template) -> None:
    # LibreOffice writes rPrChange without the old properties and a symbol as a private-use
    # character in a Wingdings run: its own XML for the same constructs.
    source = _reviewer(template).save(tmp_path / "reviewed.docx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            str(_SOFFICE),
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reviewed = read_reviewed_docx(out / "reviewed.docx")
    _check(plan_review(review_submission(), review_library(), template, reviewed, today=TODAY))


def test_what_cannot_come_back_is_named(tmp_path: Path, template: Template) -> None:
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    # Webdings symbols (SDK text+sym.docx) have no Unicode character of their own.
    add_symbol(edit, "stable funding", "stable", "word/document.xml", "sdk-symbols-webdings.docx")
    # Word's tracked change of "track" (bold and red): the bold comes back, the red is named.
    run = edit._split_run(edit.paragraph("One open Internet"), "Internet")
    run.insert(
        0,
        copy.deepcopy(
            public_part("sdk-track-change.docx", "word/document.xml").find(
                ".//" + w("rPrChange") + "/.."
            )
        ),
    )
    plan = _plan(edit, template, tmp_path / "r.docx")
    funding, internet = plan.items[1], plan.items[3]
    assert funding.kind is ReviewKind.UNCHANGED
    assert funding.details == ["not brought back: a symbol from the font Webdings (F045)"]
    assert internet.kind is ReviewKind.CHANGED
    assert internet.proposed.startswith("One open **Internet** serves everyone.")
    assert "not brought back: colour on “Internet”" in internet.details


def test_a_heading_made_without_tracking_and_a_link_removed(
    tmp_path: Path, template: Template
) -> None:
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    restyle(edit, "Fragmentation would", "Heading3", tracked=False)
    link = edit.doc.find(".//" + w("hyperlink"))
    for child in list(link):
        link.addprevious(child)
    link.getparent().remove(link)
    plan = _plan(edit, template, tmp_path / "r.docx")
    assert plan.items[3].proposed.endswith("### Fragmentation would harm users.")
    assert "a *stronger* intersessional programme." in plan.items[0].proposed


def test_untouched_export_reads_unchanged_with_its_recorded_formatting(
    tmp_path: Path, template: Template
) -> None:
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    assert reviewed.export is not None
    assert all(mark.styled_hash for mark in reviewed.export.marks)
    plan = plan_review(review_submission(), review_library(), template, reviewed, today=TODAY)
    assert {item.kind for item in plan.items} == {ReviewKind.UNCHANGED}
    assert plan.warnings == []


def _comments_from(edit: WordEdit, name: str, paragraph: str) -> None:
    """Word's comments of a public file (comments.xml, commentsExtended.xml) and the
    markers its first paragraph holds, put at the start of our ``paragraph``."""
    source = public_part(name, "word/document.xml")
    first = source.find(".//" + w("p"))
    markers = [
        copy.deepcopy(child)
        for child in first
        if child.tag in (w("commentRangeStart"), w("commentRangeEnd"))
        or (child.tag == w("r") and child.find(w("commentReference")) is not None)
    ]
    target = edit.paragraph(paragraph)
    anchor = target.find(w("r"))
    for marker in markers:
        anchor.addprevious(marker)
    edit._comment_root()  # relates the parts, then Word's own take their place
    edit._extended_root()
    edit._comments = public_part(name, "word/comments.xml")
    edit._extended = public_part(name, "word/commentsExtended.xml")


def test_threads_empty_and_resolved_comments_of_the_2010_namespace(
    tmp_path: Path, template: Template
) -> None:
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    _comments_from(edit, "sdk-comments-2010-11.docx", "stable funding")
    assert edit._extended is not None and W15 not in etree.tostring(edit._extended).decode()
    plan = _plan(edit, template, tmp_path / "r.docx")
    funding = plan.items[1]
    threads = {c.text: c for c in funding.comments}
    assert set(threads) == {"P1", "ح"}
    assert threads["P1"].resolved and not threads["ح"].resolved
    assert [r.text for r in threads["P1"].replies] == ["ؤ&", ""]
    assert [r.text for r in threads["ح"].replies] == ["", ""]
    outcome = apply_review(
        review_submission(), review_library(), plan, accept_all(plan), today=TODAY
    )
    notes = outcome.submission.sections[0].blocks[1].notes
    assert [n.text.split("\n")[0] for n in notes] == ["ح", "P1"]
    assert [n.text.count("— reply by arman aghaei (2011-03-16): ") for n in notes] == [2, 2]
    assert notes[0].text.count("(no text)") == 2 and not notes[0].resolved
    assert "ؤ&" in notes[1].text and notes[1].resolved
    again = apply_review(outcome.submission, review_library(), plan, accept_all(plan), today=TODAY)
    assert again.submission.sections[0].blocks[1].notes == notes


def test_replies_of_the_2012_namespace_and_a_symbol_in_a_comment(
    tmp_path: Path, template: Template
) -> None:
    edit = WordEdit(export_docx(review_submission(), review_library(), template))
    _comments_from(edit, "sdk-comments-2012-replies.docx", "Fragmentation would")
    plan = _plan(edit, template, tmp_path / "r.docx")
    comments = plan.items[3].comments
    assert [c.author for c in comments] == ["Peter Amstein", "Derek Rabideau"]
    assert [r.author for r in comments[0].replies] == [
        "Ken Anderson",
        "Derek Rabideau",
        "Stoyan Iordanov",
    ]
    assert comments[1].text.endswith("once these changes have been noted ☺")


def test_modern_comment_ids_and_utc_dates(tmp_path: Path) -> None:
    # python-docx's comments-rich-para.docx has commentsIds.xml (w16cid); Word 365 adds
    # commentsExtensible.xml (w16cex, [MS-DOCX] 2.8.3) with each comment's time in UTC.
    from tccm_drafter.storage.docx_package import DocxPackage
    from tccm_drafter.storage.review_comments import read_comments

    data = (DATA / "python-docx-comments-ids.docx").read_bytes()
    edit = WordEdit(data)
    cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex"
    root = etree.Element(f"{{{cex}}}commentsExtensible", nsmap={"w16cex": cex})
    item = etree.SubElement(root, f"{{{cex}}}commentExtensible")
    item.set(f"{{{cex}}}durableId", "2BEEA19B")
    item.set(f"{{{cex}}}dateUtc", "2025-06-07T09:31:00Z")
    edit.parts["word/commentsExtensible.xml"] = etree.tostring(root)
    edit._relate(
        "commentsExtensible.xml",
        "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
    )
    package = DocxPackage(edit.build(), tmp_path / "x.docx")
    comments = read_comments(package, package.main)
    assert sorted(comments) == ["0", "1", "2", "4"]
    assert comments["1"].date is not None and comments["1"].date.hour == 9
    assert comments["0"].date is not None and comments["0"].date.hour == 11
    assert comments["1"].author == "" and comments["1"].text.startswith("Text with inline image")
