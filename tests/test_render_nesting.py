"""Deep nesting and oversized input in templates and paragraph bodies: refused up front with
one line, never a RecursionError traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.errors import InputError
from tccm_drafter.model import TextBlock
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.html_preview import to_html
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.placeholders import MAX_BODY_CHARS, MAX_PLACEHOLDERS

TODAY = date(2026, 11, 22)

DEEP_TEMPLATES = {
    "parentheses": ("{{ " + "(" * 1000 + "x" + ")" * 1000 + " }}", "brackets are nested"),
    "lists": ("{{ " + "[" * 1000 + "x" + "]" * 1000 + " }}", "brackets are nested"),
    "filter blocks": (
        "{% filter upper %}" * 1000 + "x" + "{% endfilter %}" * 1000,
        "blocks are nested",
    ),
    "for loops": ("{% for a in [1] %}" * 30 + "x" + "{% endfor %}" * 30, "blocks are nested"),
    "ifs": ("{% if x %}" * 300 + "x" + "{% endif %}" * 300, "blocks are nested"),
    "macros": ("{% macro m() %}" * 30 + "{% endmacro %}" * 30, "blocks are nested"),
    "minus signs": ("{{ " + "-" * 1000 + "x }}", "one tag holds more"),
    "not chain": ("{{ " + "not " * 1000 + "x }}", "one tag holds more"),
    "attribute chain": ("{{ x" + ".a" * 1000 + " }}", "one tag holds more"),
    "operator chain": ("{{ x" + "+x" * 500 + " }}", "one tag holds more"),
    "minus signs under the token limit": ("{{ " + "-" * 296 + "1 }}", "nests too deeply"),
    "a 5,000-digit number": ("{{ " + "9" * 5000 + " }}", "number too long"),
    # a megabyte of tags took 9 s and 1.5 GB to compile before this limit
    "too many tags": ("{{ x }}\n" * 120_000, "holds more than 5,000 tags"),
}


@pytest.mark.parametrize("name", sorted(DEEP_TEMPLATES))
def test_deep_template_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    source, expected = DEEP_TEMPLATES[name]
    with pytest.raises(InputError) as caught:
        make_template(tmp_path / "deep", source)
    message = str(caught.value)
    assert expected in message
    assert "template 'deep'" in message and "document.md.j2" in message
    assert "\n" not in message and "Recursion" not in message


def test_nesting_within_the_limits_compiles_and_renders(tmp_path: Path) -> None:
    source = (
        "{% if true %}" * 12
        + "{{ "
        + "(" * 20
        + "1"
        + ")" * 20
        + " }}"
        + "{% endif %}" * 12
        + "{% filter upper %}" * 6
        + "x"
        + "{% endfilter %}" * 6
    )
    template = make_template(tmp_path / "nested", source)
    document = render_submission(make_submission(), make_library(), template, today=TODAY)
    assert [b for b in document.document.blocks]


DEEP_BODIES = {
    "emphasis": "*" * 1000 + "deep" + "*" * 1000,
    "brackets": "[" * 1000 + "deep" + "]" * 1000,
    "link openings": "deep " + "[a](" * 1000 + ")" * 1000,
    "placeholder braces": "{{ " * 1000 + "deep" + " }}" * 1000,
    "quotes within the limit": "> " * 20 + "deep",
    "lists within the limit": "- " * 20 + "deep",
}


@pytest.mark.parametrize("name", sorted(DEEP_BODIES))
def test_deeply_nested_body_renders_and_exports(tmp_path: Path, name: str) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(DEEP_BODIES[name]))
    template = make_template(tmp_path / "t")
    result = render_submission(submission, make_library(), template, today=TODAY)
    assert result.errors == []
    assert "deep" in to_html(result.document)  # nothing was silently dropped
    assert DocxExporter().build(result.document)[:2] == b"PK"


TOO_DEEP_BODIES = {
    "block quotes": "Intro.\n\n" + "> " * 1000 + "deep",
    "nested lists": "Intro.\n\n" + "\n".join("  " * i + "- deep" for i in range(100)),
    "quotes and lists": "Intro.\n\n" + "> - " * 30 + "deep",
}


@pytest.mark.parametrize("name", sorted(TOO_DEEP_BODIES))
def test_too_deeply_nested_body_is_refused_not_dropped(tmp_path: Path, name: str) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(TOO_DEEP_BODIES[name]))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert "free text block 3, line " in message and "nested more than 20 deep" in message


def test_placeholder_with_deep_parentheses_is_refused_with_its_line(tmp_path: Path) -> None:
    submission = make_submission()
    body = "First line.\n\n{{ " + "(" * 1000 + "x" + ")" * 1000 + " }}"
    submission.sections[0].blocks.append(TextBlock(body))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert "free text block 3, line 3 of its text" in message
    assert "only plain placeholders" in message


def test_huge_body_with_many_placeholders_is_refused_by_size(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock("{{ a }}" * 200_000 + "x" * 1_600_000))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert len(result.errors) == 1
    assert f"at most {MAX_BODY_CHARS:,}" in str(result.errors[0])


def test_body_with_too_many_placeholders_is_refused(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock("{{a}}" * 200_000))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert len(result.errors) == 1
    assert f"200,000 placeholders; a paragraph may hold at most {MAX_PLACEHOLDERS:,}" in str(
        result.errors[0]
    )
