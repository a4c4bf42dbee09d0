"""Build the binary calls for input under ``tests/data/calls/``: a .docx and a PDF.

Usage: ``python tools/make_call_fixtures.py [FOLDER]`` (needs LibreOffice for the PDF).

``hyphens.pdf`` is LibreOffice's PDF of a call set on a narrow page, so that its lines break
at the hyphen of "Secretary-General" and "multi-stakeholder" and at a soft hyphen inside
"consultation" (LibreOffice prints that one as a hyphen at the line end).

``call.docx`` is written the way a secretariat writes a call in Word: headings, background
text with numbers that are not limits, questions numbered with Word's own numbering (the
numbers are not in the text) with lettered sub-questions at the second level, and a table of
questions with a word-limit column. ``call.pdf`` is LibreOffice's PDF of a second document,
whose questions are numbered in the text as in a printed call.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent

_ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
_NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(word: WordDocument, text: str, level: int) -> Paragraph:
    paragraph = word.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        )
    )
    return paragraph


def build_docx(path: Path) -> None:
    word = docx.Document()
    numbering = word.part.numbering_part.element
    numbering.insert(0, parse_xml(_ABSTRACT))
    numbering.append(parse_xml(_NUM))
    word.core_properties.author = "Example Secretariat"
    word.add_heading("Call for inputs: Internet governance after the twenty-year review", 0)
    word.add_heading("Background", 1)
    word.add_paragraph(
        "The Secretariat invites written inputs from all stakeholders. The questions below "
        "follow up on paragraph 72 of the Tunis Agenda and on the 2025 review. Inputs of up "
        "to 10 pages are welcome in any of the six official languages."
    )
    word.add_heading("Questions", 1)
    _numbered(
        word,
        "What should the Internet Governance Forum achieve by 2030? (max. 2,000 characters "
        "with spaces)",
        0,
    )
    _numbered(word, "How should national and regional initiatives be supported?", 0)
    _numbered(word, "What support do small delegations need? (150 words)", 1)
    _numbered(word, "Who should provide that support? (100 words)", 1)
    _numbered(
        word,
        "Taking into account the experience of the past twenty years and the commitments made "
        "in the outcome document, describe the role your organisation could play in the "
        "follow-up and the resources it could bring. No more than 300 words.",
        0,
    )
    word.add_heading("Questions for technical organisations", 1)
    word.add_paragraph("Please answer the questions in the table below if they apply to you.")
    table = word.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("No.", "Question", "Word limit"), strict=True):
        cell.text = text
    rows = (
        ("T1", "How do you take part in standards development?", "250"),
        ("T2", "What would help operators from developing regions contribute?", "400"),
    )
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    word.add_heading("Submission", 1)
    word.add_paragraph("Send your input by 15 May 2026, 23:59 Geneva time, to the Secretariat.")
    word.save(str(path))


def build_pdf_source(path: Path) -> None:
    word = docx.Document()
    word.add_heading("Regional consultation on digital public goods", 0)
    word.add_paragraph(
        "This consultation collects views from the region ahead of the 2026 meeting. It "
        "refers to the Secretary-General's roadmap and to resolution 78/213."
    )
    word.add_heading("Questions", 1)
    questions = (
        "Q1. Which digital public goods matter most in your country, and why? (250 words maximum)",
        "Q2. What stands in the way of their adoption by public administrations? Please limit "
        "your response to 300 words.",
        "Q3. How could regional organisations help? (up to 1 500 characters)",
        "Q4. Any other comments? (2,000 character limit)",
    )
    for question in questions:
        word.add_paragraph(question)
    word.add_paragraph("Thank you for taking part.")
    word.save(str(path))


def build_hyphens_source(path: Path) -> None:
    from docx.shared import Cm

    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(9), Cm(20)
    section.left_margin = section.right_margin = Cm(1)
    word.add_paragraph("Call for inputs on the follow-up")
    word.add_paragraph(
        "The report of the UN Secretary-General on the consultation with all stakeholders "
        "was discussed at length."
    )
    word.add_paragraph("Views sent to the report and consul\u00adtation are made public.")
    word.add_paragraph(
        "1. How can inputs from the multi-stakeholder community on follow-up processes be used?"
    )
    word.save(str(path))


def _pdf(source: Path, folder: Path, scratch: str) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{scratch}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "data" / "calls"
    folder.mkdir(parents=True, exist_ok=True)
    build_docx(folder / "call.docx")
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "call.docx"
        build_pdf_source(source)
        _pdf(source, folder, scratch)
        hyphens = Path(scratch) / "hyphens.docx"
        build_hyphens_source(hyphens)
        _pdf(hyphens, folder, scratch)
    print(f"Wrote call.docx, call.pdf and hyphens.pdf in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
