"""Letterheads made by Word (tests/data/docx/SOURCES.md) as reference documents: Strict files
refused in one line, headers carried forward from earlier sections kept, page numbers added
where a letterhead shows none (unless turned off), and each renders in LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tccm_drafter.cli import main
from tccm_drafter.storage.paths import examples_dir

DATA = Path(__file__).parent / "data" / "docx"
LETTERHEADS = [
    "sdk-letterhead-envelope.dotx",
    "sdk-memo.dotx",
    "sdk-business-report.dotx",
    "python-docx-header-footer.docx",
]


def _export(tmp_path: Path, reference: str, *extra: str) -> tuple[int, str, Path]:
    submission = tmp_path / "response.tccm"
    if not submission.exists():
        shutil.copy(examples_dir() / "wsis20-response.tccm", submission)
    out = tmp_path / (Path(reference).stem + ".docx")
    err = io.StringIO()
    status = main(
        [
            "--home",
            str(tmp_path / "home"),
            "export",
            str(submission),
            "-o",
            str(out),
            "--reference-docx",
            str(DATA / reference),
            *extra,
        ],
        out=io.StringIO(),
        err=err,
    )
    return status, err.getvalue(), out


def _stories(path: Path) -> tuple[str, dict[str, str]]:
    """The final section's properties and the text of each header and footer part."""
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode()
        parts = {
            name: archive.read(name).decode()
            for name in archive.namelist()
            if re.fullmatch(r"word/(header|footer)\d*\.xml", name)
        }
    section = document[document.rindex("<w:sectPr") :]
    return section, parts


def test_a_strict_open_xml_file_is_refused_in_one_line(tmp_path: Path) -> None:
    status, err, out = _export(tmp_path, "sdk-strict-footer.docx")
    assert status == 2 and not out.exists()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "Strict Open XML" in err and "save it as “Word Document (.docx)”" in err


@pytest.mark.parametrize("name", ["sdk-letterhead-envelope.dotx", "python-docx-header-footer.docx"])
def test_headers_of_an_earlier_section_are_carried_forward(tmp_path: Path, name: str) -> None:
    # In both files the last section names no header or footer: Word shows the first's.
    with zipfile.ZipFile(DATA / name) as archive:
        source = archive.read("word/document.xml").decode()
    last = source[source.rindex("<w:sectPr") :]
    assert "headerReference" not in last and "headerReference" in source
    status, err, out = _export(tmp_path, name)
    assert status == 0, err
    section, parts = _stories(out)
    assert "<w:headerReference" in section and "<w:footerReference" in section
    ids = re.findall(r'<w:headerReference [^>]*r:id="(\w+)"', section)
    with zipfile.ZipFile(out) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    for rel_id in ids:
        target = re.search(rf'Id="{rel_id}"[^>]*Target="([^"]+)"', rels) or re.search(
            rf'Target="([^"]+)"[^>]*Id="{rel_id}"', rels
        )
        assert target is not None and f"word/{target.group(1)}" in parts


def test_page_numbers_are_added_where_the_letterhead_has_none(tmp_path: Path) -> None:
    status, err, out = _export(tmp_path, "sdk-memo.dotx")
    assert status == 0
    assert "it shows no page numbers, so the export adds them" in err
    assert "removed" not in err and "custom XML" not in err
    _, parts = _stories(out)
    assert sum("PAGE" in text for text in parts.values()) == 1
    assert any(re.search(r"Page </w:t>.*PAGE.*of.*NUMPAGES", t) for t in parts.values())
    # A letterhead with its own page numbers is left alone.
    status, err, out = _export(tmp_path, "sdk-business-report.dotx")
    assert status == 0 and "adds them" not in err
    # Turned off: nothing added.
    status, err, out = _export(tmp_path, "sdk-letterhead-envelope.dotx", "--no-page-numbers")
    assert status == 0 and "adds them" not in err
    _, parts = _stories(out)
    assert not any("NUMPAGES" in text for text in parts.values())


def test_a_template_can_turn_page_numbers_off(tmp_path: Path) -> None:
    from render_helpers import make_template
    from tccm_drafter.render.templates import load_template

    folder = make_template(tmp_path / "plain").folder
    toml = folder / "template.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "page_numbers = false\n", "utf-8")
    assert load_template(folder).page_numbers is False
    status, err, out = _export(tmp_path, "sdk-memo.dotx", "--template", str(folder))
    assert status == 0, err
    _, parts = _stories(out)
    assert not any("NUMPAGES" in text for text in parts.values())


_TOOLS = all(shutil.which(tool) for tool in ("soffice", "pdftotext"))


@pytest.mark.skipif(not _TOOLS, reason="needs LibreOffice and pdftotext")
def test_each_letterhead_renders(tmp_path: Path) -> None:
    outs = []
    for name in LETTERHEADS:
        status, err, out = _export(tmp_path, name)
        assert status == 0, err
        outs.append(out)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, outs),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for out in outs:
        pdf = tmp_path / "pdf" / (out.stem + ".pdf")
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "WSIS" in text, out.name
        if out.stem == "sdk-business-report":  # its own footer: the page number alone
            assert re.search(r"^\s*2\s*$", text, re.MULTILINE), out.name
        else:
            assert re.search(r"Page 1 of \d", text), out.name
