"""Untrusted paragraphs and templates: placeholders only in paragraphs, a bounded sandbox for
templates. Every payload must fail with a clear message and reach nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from render_helpers import SIMPLE_TEMPLATE, make_library, make_submission, make_template
from tccm_drafter.errors import InputError, RenderError
from tccm_drafter.model import TextBlock
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.placeholders import fill, split_placeholders
from tccm_drafter.render.templates import find_template, list_templates

TODAY = date(2026, 11, 22)

PARAGRAPH_PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ org.__class__ }}",
    "{{ org._secret }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ range(10**9) | list }}",
    "{{ 'x' * 100000000 }}",
    "{{ org.name | upper }}",
    "{{ org.name() }}",
    "{% for i in range(10) %}x{% endfor %}",
    "{% if org.name %}x{% endif %}",
    "{{ org['name'] }}",
    "{% include '/etc/passwd' %}",
    "{{ config }}{{ self }}{{ self.__init__.__globals__ }}",
]


@pytest.mark.parametrize("payload", PARAGRAPH_PAYLOADS)
def test_paragraph_payloads_are_refused(payload: str) -> None:
    with pytest.raises(InputError) as caught:
        split_placeholders("Text before. " + payload)
    message = str(caught.value)
    assert "allowed" in message or "syntax" in message
    assert "Traceback" not in message


def test_plain_placeholders_are_allowed() -> None:
    text, missing = fill(
        "{{ org.name }} and {{org.country}} and {{ nothing.here }}",
        {"org": {"name": "A", "country": "NO"}},
    )
    assert text.startswith("A and NO and ")
    assert missing == ["nothing.here"]


@pytest.mark.parametrize("payload", PARAGRAPH_PAYLOADS[:6])
def test_payload_in_a_submission_block_is_reported_not_run(tmp_path: Path, payload: str) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(payload))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert result.errors
    assert "section 1 ('The IGF'), free text block 3, line 1 of its text" in str(result.errors[0])
    # shown as inert literal text in the preview
    assert any(payload in str(block) for block in result.document.blocks)


TEMPLATE_PAYLOADS = {
    "class": "{{ ''.__class__.__mro__ }}",
    "globals": "{{ sections.__init__.__globals__ }}",
    "subclasses": "{{ ().__class__.__base__.__subclasses__() }}",
    "cycler": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "joiner": "{{ joiner().__init__.__globals__ }}",
    "lipsum": "{{ lipsum.__globals__ }}",
    "huge range": "{% for i in range(10**8) %}{% endfor %}",
    "string multiplication": "{{ 'x' * 100000000 }}",
    "power": "{{ 9 ** 999999 }}",
    "format width": "{{ '%999999999s' | format('x') }}",
    "center": "{{ 'x' | center(999999999) }}",
    "mutation": "{% set l = [] %}{{ l.append(1) }}",
    "include outside": "{% include '../../../etc/passwd' %}",
    "import absolute": "{% import '/etc/passwd' as x %}",
}


@pytest.mark.parametrize("name", sorted(TEMPLATE_PAYLOADS))
def test_template_payloads_raise_a_clear_error(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "hostile"
    try:
        template = make_template(folder, TEMPLATE_PAYLOADS[name] + "\n" + SIMPLE_TEMPLATE)
    except InputError as error:  # refused while compiling (unknown filter...)
        assert "hostile" in str(error)
        return
    with pytest.raises(RenderError) as caught:
        render_submission(make_submission(), make_library(), template, today=TODAY)
    assert "template 'hostile'" in str(caught.value)


def test_endless_template_is_stopped_and_app_keeps_working(tmp_path: Path) -> None:
    loops = "{% for a in range(9000) %}{% for b in range(9000) %}{% endfor %}{% endfor %}"
    template = make_template(tmp_path / "slow", loops + SIMPLE_TEMPLATE)
    with pytest.raises(RenderError, match="longer than"):
        render_submission(make_submission(), make_library(), template, today=TODAY)
    good = make_template(tmp_path / "good")
    assert render_submission(make_submission(), make_library(), good, today=TODAY).document


def test_huge_output_is_stopped(tmp_path: Path) -> None:
    # Big pieces, so the output cap (5 M characters) comes long before the time cap (3 s) even
    # on a slow, busy machine: this test is about the size, not the clock.
    piece = "x" * 50_000
    flood = "{% for a in range(9000) %}" + piece + "{% endfor %}"
    template = make_template(tmp_path / "flood", flood)
    with pytest.raises(RenderError, match="million characters"):
        render_submission(make_submission(), make_library(), template, today=TODAY)


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "user" / "broken"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text('format = 1\ntitle = "Broken"\n', encoding="utf-8")
    (folder / "document.md.j2").write_text("a\nb\n{% for x in %}\n", encoding="utf-8")
    templates, problems = list_templates(tmp_path / "user")
    assert "broken" not in [t.name for t in templates]
    assert len(problems) == 1
    assert str(problems[0]).startswith(str(folder / "document.md.j2") + ":3: template 'broken'")
    with pytest.raises(InputError, match=":3: "):
        find_template("broken", tmp_path / "user")


def test_bad_template_description_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "user" / "odd"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text(
        'format = 1\nnumbering_restart = "never"\n', encoding="utf-8"
    )
    (folder / "document.md.j2").write_text("x\n", encoding="utf-8")
    _, problems = list_templates(tmp_path / "user")
    assert "numbering_restart" in str(problems[0]) and "template.toml" in str(problems[0])
