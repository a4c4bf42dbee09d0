"""Small builders shared by the render, check and export tests (real files, real parts)."""

from __future__ import annotations

from pathlib import Path

from tccm_drafter.model import (
    Consultation,
    Library,
    Organisation,
    ParagraphBlock,
    Rules,
    Section,
    Submission,
    TextBlock,
)
from tccm_drafter.model.paragraph import Paragraph, Source, Status
from tccm_drafter.render.templates import Template, load_template

SIMPLE_TEMPLATE = """\
{.title}
{{ submission.title }}

{.meta}
{{ org.name }} · {{ date }}

{% for section in sections %}
## {{ section.number }}. {{ section.title }}

{% if section.question %}
{.question}
{{ section.question }}
{% endif %}

{{ section.body }}
{% endfor %}
{{ references }}
"""


def make_template(folder: Path, source: str = SIMPLE_TEMPLATE, **options: str) -> Template:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["format = 1", 'title = "Test template"', 'description = "Made by a test."']
    lines += [f'{key} = "{value}"' for key, value in options.items()]
    (folder / "template.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "document.md.j2").write_text(source, encoding="utf-8")
    return load_template(folder)


def make_library() -> Library:
    return Library.of(
        [
            Paragraph(
                "igf-support",
                "Supporting the IGF",
                "{{ org.name }} supports *the IGF* as the place for dialogue[^1].\n\n"
                "- stable funding;\n- [intersessional work](https://example.org/igf).\n\n"
                "[^1]: Tunis Agenda for the Information Society, paragraph 72.",
                topics=["igf"],
                status=Status.APPROVED,
                version=2,
                sources=[Source("Tunis Agenda, paragraph 72")],
                short="{{ org.name }} supports the IGF.",
            ),
            Paragraph(
                "open-internet",
                "An open Internet",
                "One open, global **Internet**.",
                topics=["open-internet"],
                status=Status.APPROVED,
            ),
            Paragraph(
                "old-position",
                "Renew the mandate",
                "Renew the IGF mandate.",
                status=Status.RETIRED,
                superseded_by="igf-support",
            ),
            Paragraph(
                "arabic",
                "Arabic",
                "يرحب {{ org.name }} بالولاية الدائمة.",
                language="ar",
                status=Status.APPROVED,
            ),
        ]
    )


def make_submission(*, numbered: bool = True, footnotes: bool = True) -> Submission:
    return Submission(
        title="Response to the review",
        organisation=Organisation(name="Example Registry", country="NO"),
        consultation=Consultation(
            title="WSIS+20 follow-up",
            language="en-GB",
            rules=Rules(word_limit=250, numbered_paragraphs=numbered, footnotes_allowed=footnotes),
        ),
        sections=[
            Section(
                "The IGF",
                "How should the IGF evolve?",
                blocks=[
                    ParagraphBlock("igf-support", version=2),
                    TextBlock("We add that {{ consultation.title }} matters."),
                ],
            ),
            Section(
                "The Internet",
                "What Internet do you want?",
                blocks=[
                    ParagraphBlock("open-internet", version=1),
                    ParagraphBlock("arabic", version=1),
                ],
            ),
        ],
    )
