"""A paragraph body is text with placeholders, not a template: ordinary punctuation survives
every export, only ``{{ dotted.name }}`` is special, and template statements are refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.model import TextBlock
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.placeholders import PlaceholderError, fill, split_placeholders
from tccm_drafter.render.text_export import to_plain_text

TODAY = date(2026, 11, 22)

PROSE = [
    "Funding rose 50 {%} in a year.",
    "The hashtag {#IGF2026} trended.",
    "Write {# like this #} in the old tool.",
    "A set {a, b} of two.",
    "Closing braces }} on their own.",
    "Opening {{ never closed on this line",
    "Mixed {% and %} but no keyword.",
    "{ and } and {{}} and {{ }} are empty.",
    "A maths set {{1, 2}, {3}} stays.",
    "Per cent {%d} as in printf.",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_punctuation_is_plain_text(text: str) -> None:
    parts = split_placeholders(text)
    assert all(not part.path for part in parts)
    assert "".join(part.text for part in parts) == text


@pytest.mark.parametrize("text", PROSE)
def test_prose_survives_every_export(tmp_path: Path, text: str) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(text))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert result.errors == []
    # What a reader sees: the same characters (Markdown export escapes some of them).
    assert text in to_plain_text(result.document)
    assert to_markdown(result.document)
    DocxExporter().write(result.document, tmp_path / "out.docx")


def test_placeholders_next_to_prose_braces_are_filled() -> None:
    text, missing = fill(
        "Up 50 {%} for {{ org.name }}; {# not a comment #} {{org.country}}.",
        {"org": {"name": "Example", "country": "NO"}},
    )
    assert missing == []
    assert text == "Up 50 {%} for Example; {# not a comment #} NO."


def test_escaped_braces_print_a_placeholder_as_typed(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(r"Type \{{ org.name }} in a paragraph."))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert result.errors == [] and result.missing == []
    assert "Type {{ org.name }} in a paragraph." in to_plain_text(result.document)


STATEMENTS = [
    ("{% if org.name %}yes{% endif %}", "if"),
    ("Before.\n{% for x in range(3) %}x{% endfor %}", "for"),
    ("{%- set a = 1 %}", "set"),
    ("{% include 'x' %}", "include"),
    ("Text {% raw %}{{ x }}{% endraw %}", "raw"),
    ("{%endif%}", "endif"),
]


@pytest.mark.parametrize(("text", "keyword"), STATEMENTS)
def test_template_statements_are_refused_with_line(text: str, keyword: str) -> None:
    with pytest.raises(PlaceholderError) as caught:
        split_placeholders(text)
    assert f"{{% {keyword} %}}" in caught.value.message
    assert "only placeholders" in caught.value.message
    assert caught.value.line == text[: text.index("{%")].count("\n") + 1


def test_escaped_statement_is_text() -> None:
    parts = split_placeholders(r"Write \{% if %} to show it.")
    assert [part.text for part in parts] == [r"Write \{% if %} to show it."]


@pytest.mark.parametrize(
    "text",
    ["{{ org.name | upper }}", "{{ org.name() }}", "{{ org['name'] }}", "{{ 1 + 1 }}", "{{ 'x' }}"],
)
def test_anything_but_a_dotted_name_between_double_braces_is_refused(text: str) -> None:
    with pytest.raises(PlaceholderError, match="only plain placeholders"):
        split_placeholders("Line one.\n" + text)


def test_paragraph_error_names_paragraph_title_and_line(tmp_path: Path) -> None:
    library = make_library()
    paragraph = library.get("open-internet")
    assert paragraph is not None
    paragraph.body = "One open Internet.\n\nSecond line {{ org.name | upper }}."
    result = render_submission(
        make_submission(), library, make_template(tmp_path / "t"), today=TODAY
    )
    assert [str(error) for error in result.errors] == [
        "section 2 ('The Internet'), paragraph 'open-internet' ('An open Internet'), line 3 of "
        "its text: only plain placeholders such as {{ org.name }} are allowed in paragraph text "
        "(no calls, filters, operators or literals)"
    ]
