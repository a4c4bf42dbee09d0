"""Make the .docx and .pdf of each real call in ``tests/data/calls/corpus/`` from its .txt.

Usage: ``python tools/make_call_corpus.py [NAME ...]`` (needs LibreOffice's ``soffice``).

The .txt files are the calls' published web text (see tests/data/calls/SOURCES.md). Only the
web text exists for them, so the Word and PDF versions are made here the way a reader would
make them: the text is put back into the HTML structure the page had (a stored copy writes an
HTML list item as an indented "1." or "•" line, a paragraph as a line of its own), LibreOffice
opens that HTML and saves it as .docx, and LibreOffice saves that .docx as PDF. Numbered and
bulleted list items therefore become Word's own list numbering in the .docx (the numbers are
not in the text) and printed numbers in the PDF. Lines named in ``HEADINGS`` were headings on
the page and become HTML headings.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "calls" / "corpus"

#: Lines that the page showed as headings (the first line of each call is its title).
HEADINGS: dict[str, set[str]] = {
    "hlpdc-2018-contributions": {
        "What are the key questions for written contributions?",
        "Who can submit and what is the deadline?",
    },
    "cwg-internet-2020-connectivity": {
        "Topic of Discussion",
        "Useful Information and Instructions:",
        "Information on the Online Open Consultation",
        "Information on the Virtual meeting - Physical Open Consultation",
    },
    "cwg-internet-2024-multilingual": {
        "Topic of Discussion",
        "Useful Information and Instructions:",
        "Information on the Online Open Consultation",
    },
    "cwg-internet-2016-access": {
        "Topic of discussion",
        "Useful information and instructions",
        "Information on the Online Open Consultations",
        "Information on the Physical Open Consultations",
    },
    "techenvoy-2023-ai-papers": {
        "Key Issues on Global AI Governance",
        "Current Efforts in Global AI Governance",
        "Models in Global AI Governance",
    },
    "ohchr-2023-standard-setting": {"Objectives", "Guiding questions"},
    "cwg-internet-2019-sustainable": {
        "Topic of Discussion",
        "Useful Information and Instructions:",
        "Information on the Online Open Consultation",
    },
    "cwg-internet-2021-covid": {
        "Topic of Discussion",
        "Useful Information and Instructions:",
        "Information on the Online Open Consultation",
        "Information on the Virtual meeting - Physical Open Consultation",
    },
    "ohchr-2023-civic-space": {"Key questions and types of input/comments sought"},
    "igf-2020-workshops": {"Four Thematic Tracks in the IGF 2020 Programme", "IGF 2020 Workshops"},
    "ohchr-2020-covid-questionnaire": {
        "Background",
        "Who should respond to the questionnaire/call for contributions?",
        "What can be sent?",
    },
    "sotf-2023-written-inputs": {
        "Virtual Consultation, 13 December 2023",
        "Written Inputs for the zero-draft of the Pact for the Future",
    },
}
_ITEM = re.compile(r"^(?P<indent> +)(?:(?P<number>\d+)\.|(?P<bullet>[•\-]))\s+(?P<text>.*)$")


def to_html(name: str, text: str) -> str:
    """The page's HTML: indented list lines as nested lists, other lines as paragraphs."""
    headings = HEADINGS.get(name, set())
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (indent, "ol" | "ul") of the open lists

    def close_to(indent: int) -> None:
        while stack and stack[-1][0] > indent:
            out.append(f"</li></{stack.pop()[1]}>")

    first = True
    for line in text.splitlines():
        if not line.strip():
            continue
        found = _ITEM.match(line)
        if found:
            indent = len(found.group("indent"))
            kind = "ol" if found.group("number") else "ul"
            close_to(indent)
            if stack and stack[-1][0] == indent:
                out.append("</li>")
            else:
                out.append(f"<{kind}>")
                stack.append((indent, kind))
            out.append(f"<li>{html.escape(found.group('text').strip())}")
            continue
        if stack and line.startswith(" ") and not line.strip()[:1].isdigit():
            # A paragraph inside the open list item ("    b) ..." under "1. a) ...").
            out.append(f"<p>{html.escape(line.strip())}</p>")
            continue
        close_to(-1)
        plain = html.escape(line.strip())
        if first:
            out.append(f"<h1>{plain}</h1>")
        elif line.strip() in headings:
            out.append(f"<h2>{plain}</h2>")
        else:
            out.append(f"<p>{plain}</p>")
        first = False
    close_to(-1)
    body = "\n".join(out)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f"{html.escape(name)}</title></head><body>\n{body}\n</body></html>\n"
    )


def convert(source: Path, target_format: str, folder: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed")
    subprocess.run(
        [soffice, "--headless", "--convert-to", target_format, "--outdir", str(folder), source],
        check=True,
        capture_output=True,
        timeout=180,
    )
    made = folder / f"{source.stem}.{target_format.split(':')[0]}"
    if not made.is_file():
        raise SystemExit(f"LibreOffice made no {made.name}")
    return made


def build(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        page = folder / f"{name}.html"
        page.write_text(to_html(name, text), encoding="utf-8")
        made = convert(page, "docx:MS Word 2007 XML", folder)
        shutil.copyfile(made, CORPUS / f"{name}.docx")
        pdf = convert(CORPUS / f"{name}.docx", "pdf", folder)
        shutil.copyfile(pdf, CORPUS / f"{name}.pdf")
    print(f"{name}: .docx and .pdf written")


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in CORPUS.glob("*.txt"))
    for name in names:
        build(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
