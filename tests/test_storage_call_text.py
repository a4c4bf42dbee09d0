"""Paragraphs of a call's text: web text in a .txt, text wrapped by hand, and a PDF's pages
laid out line by line (as pypdf's layout mode gives them for the corpus PDFs)."""

from __future__ import annotations

from tccm_drafter.storage.call_text import text_paragraphs


def _read(text: str, *, layout: bool = False) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in text_paragraphs(text, layout=layout)]


def test_web_text_has_one_paragraph_per_line() -> None:
    """unesco-2018-internet-universality.txt: the line after the last question is not part
    of it (the lines are longer than anyone wraps by hand)."""
    long = "x" * 110
    assert _read(
        f"Consultation questions:\n"
        f"  3. What sources would you recommend, from your experience? {long}\n"
        "The consultation document is available at this link.\n"
    ) == [
        ("", "Consultation questions:"),
        ("3.", f"What sources would you recommend, from your experience? {long}"),
        ("", "The consultation document is available at this link."),
    ]


def test_wrapped_text_joins_its_lines() -> None:
    text = (
        "In resolution 80/101 the General Assembly asked for views on how digital\n"
        "cooperation should develop. Answers may be in English, French or Spanish and\n"
        "Arabic.\n"
        "Questions\n"
        "1. What progress has your stakeholder group seen in digital cooperation since\n"
        "   the 2015 review?\n"
    )
    assert _read(text) == [
        (
            "",
            "In resolution 80/101 the General Assembly asked for views on how digital "
            "cooperation should develop. Answers may be in English, French or Spanish and "
            "Arabic.",
        ),
        ("", "Questions"),
        (
            "1.",
            "What progress has your stakeholder group seen in digital cooperation since the "
            "2015 review?",
        ),
    ]


def test_pdf_layout_title_lost_bullets_and_hanging_indent() -> None:
    """igf-2016-retreat.pdf: the bullets came out as spaces; a bullet's second line hangs one
    column further in. ohchr-2018-privacy-digital-age.pdf: a title over three lines."""
    page = (
        "Call for inputs to a report on the right to\n"
        "privacy in the digital age - Deadline: 9\n"
        "Avril 2018\n"
        "\n"
        "All stakeholders are invited to send written inputs commenting on issues that will be "
        "discussed (agenda),\n"
        "with reference to the following background documentation.\n"
        "\n"
        "1) What are some ways to:\n"
        "\n"
        "       Improve the overall preparatory process of the IGF,\n"
        "       Improve the nomination process and make-up of the Multistakeholder Advisory "
        "Group (MAG)\n"
        "        and the appointment process for the IGF-MAG Chair,\n"
        "       Strengthen the IGF support structures?\n"
        "\n"
        "2) What measures can be taken to engage those stakeholders who are currently "
        "unengaged, with a view to\n"
        "expand and diversify physical and virtual participation?\n"
    )
    assert _read(page, layout=True) == [
        (
            "",
            "Call for inputs to a report on the right to privacy in the digital age - "
            "Deadline: 9 Avril 2018",
        ),
        (
            "",
            "All stakeholders are invited to send written inputs commenting on issues that will "
            "be discussed (agenda), with reference to the following background documentation.",
        ),
        ("1)", "What are some ways to:"),
        ("•", "Improve the overall preparatory process of the IGF,"),
        (
            "•",
            "Improve the nomination process and make-up of the Multistakeholder Advisory Group "
            "(MAG) and the appointment process for the IGF-MAG Chair,",
        ),
        ("•", "Strengthen the IGF support structures?"),
        (
            "2)",
            "What measures can be taken to engage those stakeholders who are currently "
            "unengaged, with a view to expand and diversify physical and virtual participation?",
        ),
    ]


def test_a_question_ending_a_full_line_goes_on_and_a_title_after_a_sentence_starts() -> None:
    """cwg-internet-2020-connectivity.pdf and techenvoy-2023-ai-papers.pdf."""
    width = "a" * 60
    page = (
        "Title\n\n"
        f"2. Are there particular challenges facing land-locked countries {width}?\n"
        "What can be done to overcome these challenges?\n"
        "\n"
        f"The papers will have to be on three main crucial themes, {width} namely:\n"
        "Key Issues on Global AI Governance\n"
        f"Researchers and experts are encouraged to engage in studies that need {width}\n"
        f"attention and that the Advisory Body should prioritize, as {width} possible.\n"
        "Current Efforts in Global AI Governance\n"
    )
    assert [text[:30] for _, text in _read(page, layout=True)] == [
        "Title",
        "Are there particular challenge",
        "The papers will have to be on ",
        "Key Issues on Global AI Govern",
        "Researchers and experts are en",
        "Current Efforts in Global AI G",
    ]


def test_line_end_hyphens() -> None:
    page = (
        "Title\n\n"
        "The report of the UN Secretary-\n"
        "General on the multi-\n"
        "stakeholder consul-\n"
        "tation, the follow-\n"
        "up and a new consul-\n"
        "tancy. Every follow-up matters.\n"
    )
    [_, (_, text)] = _read(page, layout=True)
    assert text == (
        "The report of the UN Secretary-General on the multi-stakeholder consultation, "
        "the follow-up and a new consultancy. Every follow-up matters."
    )
