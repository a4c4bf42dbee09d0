"""No raw HTML from any file reaches the preview: hostile markup planted in every field a file
can fill comes out as text, and the HTML holds only the preview writer's own tags."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.model import Library, Signatory, Submission, TextBlock
from tccm_drafter.model.paragraph import Paragraph, Status
from tccm_drafter.render.html_preview import to_html
from tccm_drafter.render.links import is_safe_link
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template

TODAY = date(2026, 11, 22)

PAYLOADS = [
    '<img src="/etc/passwd">',
    "<IMG SRC=/dev/zero>",
    "<script>alert(1)</script>",
    '<a href="file:///etc/passwd">open</a>',
    "<a href=file:///etc/passwd>open</a>",
    '<iframe src="http://attacker.example/"></iframe>',
    "<style>body { background: url(file:///etc/passwd) }</style>",
    '<object data="file:///etc/passwd"></object>',
    "<svg onload=alert(1)>",
    '" onmouseover="alert(1)" x="',
    "' onload='alert(1)' x='",
    "&lt;img src=/etc/passwd&gt;",
    "&#60;img src=/etc/passwd&#62;",
    "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    "[open](file:///etc/passwd)",
    "![picture](file:///etc/passwd)",
    "<file:///etc/passwd>",
    "<smb://host/share>",
]
HOSTILE = " ".join(PAYLOADS)

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "body",
    "p",
    "h2",
    "h3",
    "h4",
    "b",
    "i",
    "code",
    "a",
    "sup",
    "span",
    "br",
    "hr",
    "ol",
    "ul",
    "li",
}
ALLOWED_ATTRIBUTES = {
    "meta": {"charset"},
    "body": {"style"},
    "p": {"style", "dir", "align", "lang"},
    "h2": {"dir", "align"},
    "h3": {"dir", "align"},
    "h4": {"dir", "align"},
    "a": {"href", "style"},
    "span": {"style", "title"},
    "ol": {"start", "dir"},
    "ul": {"dir"},
}
#: The writer's own declarations: a property and a plain value (colours, sizes, keywords).
OUR_STYLE = re.compile(r"(?:\s*[a-z-]+:[#0-9A-Za-z .%-]+;)+")


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(html: str) -> str:
    """Assert the HTML holds only the writer's own tags and attributes; return its text."""
    parser = Collector()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()), (tag, name, value)
            if name == "href":
                assert value is not None and is_safe_link(value), value
            if name == "style":
                assert value is not None and OUR_STYLE.fullmatch(value), value
                assert "url" not in value and "expression" not in value
            if name in ("dir", "align"):
                assert value in ("rtl", "right", "ltr", "left")
            if name == "title":
                assert value == "No value for this placeholder"
    return "".join(parser.text)


def hostile_submission() -> tuple[Submission, Library]:
    submission = make_submission()
    submission.title = "Title " + HOSTILE
    submission.addressee = "Addressee " + HOSTILE
    submission.organisation.name = "Org " + HOSTILE
    submission.organisation.website = "https://x.example/" + HOSTILE
    submission.organisation.email = HOSTILE
    submission.organisation.contact_person = HOSTILE
    submission.organisation.stakeholder_group = HOSTILE
    submission.organisation.country = HOSTILE
    submission.organisation.signatory = HOSTILE
    submission.consultation.title = "Consultation " + HOSTILE
    submission.consultation.organiser = HOSTILE
    submission.consultation.reference = HOSTILE
    submission.signatories = [Signatory(HOSTILE, HOSTILE, HOSTILE)]
    for section in submission.sections:
        section.title = "Section " + HOSTILE
        section.question = "Question " + HOSTILE
    submission.sections[0].blocks.append(TextBlock("Free text " + HOSTILE))
    library = make_library()
    library.put(
        Paragraph(
            "open-internet",
            "Paragraph title " + HOSTILE,
            "Body " + HOSTILE + "\n\n- item " + HOSTILE + "\n\n" + "[^1]\n\n[^1]: Note " + HOSTILE,
            language='fr" onmouseover="alert(1)',
            status=Status.APPROVED,
        )
    )
    return submission, library


@pytest.mark.parametrize("template", ["consultation-response", "joint-statement", "position-paper"])
def test_hostile_fields_never_become_markup(tmp_path: Path, template: str) -> None:
    submission, library = hostile_submission()
    result = render_submission(submission, library, find_template(template, None), today=TODAY)
    text = check_html(to_html(result.document))
    assert "<script>alert(1)</script>" in text  # shown as the characters typed
    assert '<img src="/etc/passwd">' in text


def test_a_templates_own_output_never_becomes_markup(tmp_path: Path) -> None:
    source = "\n\n".join(
        [
            *PAYLOADS,
            "{{ '<img src=/etc/passwd>' }}",
            "{.note}\n<script>alert(2)</script>",
            "{{ sections[0].body }}",
        ]
    )
    template = make_template(tmp_path / "hostile", source + "\n")
    submission, library = hostile_submission()
    result = render_submission(submission, library, template, today=TODAY)
    assert result.errors == []
    text = check_html(to_html(result.document))
    assert "<script>alert(2)</script>" in text


def test_the_checker_catches_raw_markup() -> None:
    """The test above could not pass with markup leaking through: the checker refuses it."""
    with pytest.raises(AssertionError):
        check_html('<p><img src="/etc/passwd"></p>')
    with pytest.raises(AssertionError):
        check_html('<p><a href="file:///etc/passwd">x</a></p>')
    with pytest.raises(AssertionError):
        check_html('<p style="background:url(file:///x)">x</p>')
