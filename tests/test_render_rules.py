"""What templates print of the call's rules: cover fields, confirmed signatories only, at the
start or the end, country names in the document's language; and the page estimate."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt

from render_helpers import make_library, make_submission, make_template
from tccm_drafter.model import Signatory, SignatoryStatus, Submission, TextBlock
from tccm_drafter.model.deadline import Deadline
from tccm_drafter.render.document import Paragraph, Role, plain_text
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.page_estimate import PageModel, estimate_pages
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template

TODAY = date(2026, 11, 22)


def _joint() -> Submission:
    submission = make_submission()
    submission.template = "joint-statement"
    submission.signatories = [
        Signatory("Example IXP", "Amina", "KE"),  # no status in the file: confirmed
        Signatory("Example NOG", country="IN", status=SignatoryStatus.INVITED),
        Signatory("Example Root Ops", country="NL", status=SignatoryStatus.DECLINED),
        Signatory("Example Research Network", country="BR", status=SignatoryStatus.WITHDRAWN),
        Signatory("Example RIR", country="UY", status=SignatoryStatus.CONFIRMED),
    ]
    return submission


def _texts(submission: Submission, role: Role | None = None) -> list[str]:
    template = find_template(submission.template, None)
    document = render_submission(submission, make_library(), template, today=TODAY).document
    return [
        plain_text(node.inlines)
        for node in document.blocks
        if isinstance(node, Paragraph) and (role is None or node.role is role)
    ]


def test_only_confirmed_signatories_are_printed() -> None:
    assert _texts(_joint(), Role.SIGNATORY) == [
        "Example IXP (Kenya), Amina",
        "Example RIR (Uruguay)",
    ]


@pytest.mark.parametrize("place", ["start", "end"])
def test_signatories_where_the_call_wants_them(place: str) -> None:
    submission = _joint()
    submission.consultation.rules.signatories_at = place
    texts = _texts(submission)
    first_signatory = texts.index("Example IXP (Kenya), Amina")
    first_answer = next(i for i, t in enumerate(texts) if "supports the IGF" in t)
    assert (first_signatory < first_answer) == (place == "start")


def test_country_names_in_the_document_language() -> None:
    submission = _joint()
    submission.consultation.language = "fr"
    assert _texts(submission, Role.SIGNATORY) == [
        "Example IXP (Kenya), Amina",
        "Example RIR (Uruguay)",
    ]
    submission.signatories[0].country = "NO"
    assert _texts(submission, Role.SIGNATORY)[0] == "Example IXP (Norvège), Amina"


@pytest.mark.parametrize("template", ["consultation-response", "position-paper", "joint-statement"])
def test_required_cover_fields_are_printed(template: str) -> None:
    submission = make_submission()
    submission.template = template
    submission.consultation.rules.required_fields = [
        "country_name",
        "region",
        "capacity",
        "ecosoc_status",
    ]
    org = submission.organisation
    org.region, org.capacity, org.ecosoc_status = "WEOG", "individual", "special"
    meta = _texts(submission, Role.META)
    assert [line for line in meta if ": " in line] == [
        "Country: Norway",
        "Region: WEOG",
        "Capacity: In a personal capacity",
        "ECOSOC consultative status: Special consultative status",
    ]
    submission.consultation.language = "fr"
    assert [line for line in _texts(submission, Role.META) if "\u00a0: " in line][-4:] == [
        "Pays\u00a0: Norvège",
        "Région\u00a0: WEOG",
        "Qualité\u00a0: À titre personnel",
        "Statut consultatif auprès de l’ECOSOC\u00a0: Statut consultatif spécial",
    ]
    submission.consultation.rules.required_fields = []
    assert not [line for line in _texts(submission, Role.META) if "Région" in line]


def test_deadline_time_and_country_name_placeholders(tmp_path: Path) -> None:
    submission = make_submission()
    submission.consultation.set_deadline(Deadline(date(2026, 12, 15), time(23, 59), "UTC-11"))
    submission.sections[0].blocks = [
        TextBlock("Due {{ consultation.deadline }}, {{ consultation.deadline_time }}."),
        TextBlock("From {{ org.country_name }}."),
    ]
    template = make_template(tmp_path / "t")
    markdown = to_markdown(
        render_submission(submission, make_library(), template, today=TODAY).document
    )
    assert "Due 15 December 2026, 23:59 UTC-11." in markdown
    assert "From Norway." in markdown


def _word(path: Path, *, font: float | None, line: float | None, after: float | None) -> Path:
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = word.styles["Normal"]
    if font is not None:
        normal.font.size = Pt(font)
    if line is not None:
        normal.paragraph_format.line_spacing = line
    if after is not None:
        normal.paragraph_format.space_after = Pt(after)
    word.save(str(path))
    return path


def test_page_model_reads_page_margins_and_body_text(tmp_path: Path) -> None:
    model = PageModel.from_reference_docx(_word(tmp_path / "r.docx", font=12, line=1.5, after=6))
    assert model.text_width == pytest.approx(Cm(16).pt, abs=0.1)
    assert model.text_height == pytest.approx(Cm(25.7).pt, abs=0.1)
    assert (model.font_size, model.line_spacing, model.space_after) == (12, 1.5, 6)
    assert model.chars_per_line == 75
    builtin = PageModel.from_reference_docx(None)
    assert 500 <= builtin.words_per_page <= 650
    assert model.words_per_page < builtin.words_per_page


def test_more_text_and_larger_type_take_more_pages(tmp_path: Path) -> None:
    submission = make_submission()
    template = find_template("consultation-response", None)
    small = PageModel.from_reference_docx(_word(tmp_path / "s.docx", font=10, line=1, after=0))
    large = PageModel.from_reference_docx(_word(tmp_path / "l.docx", font=14, line=1.5, after=8))

    def pages(words: int, model: PageModel) -> float:
        submission.sections[1].blocks = [TextBlock(" ".join(["word"] * words))]
        doc = render_submission(submission, make_library(), template, today=TODAY).document
        return estimate_pages(doc, model)

    assert pages(100, small) <= 1.0 < pages(2000, small) < pages(4000, small)
    assert pages(2000, small) < pages(2000, large)
