"""Word exports mark their blocks, and the marks survive LibreOffice editing and saving."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from render_helpers import make_template
from review_helpers import TODAY, W, WordEdit, export_docx, review_library, review_submission
from tccm_drafter.model.review_marks import bookmark_name, fingerprint, parse_bookmark_name
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.sharing.review import ReviewKind, accept_all, plan_review
from tccm_drafter.sharing.review_apply import apply_review
from tccm_drafter.storage.review_docx import read_reviewed_docx


def _bookmarks(data: bytes) -> list[tuple[str, list[str]]]:
    """(name, texts of the paragraphs it covers) for each bookmark of the body."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    found: list[tuple[str, list[str]]] = []
    open_names: dict[str, str] = {}
    for p in body.iter(f"{{{W}}}p"):
        for element in p.iter(f"{{{W}}}bookmarkStart", f"{{{W}}}bookmarkEnd"):
            if element.tag.endswith("Start"):
                open_names[element.get(f"{{{W}}}id")] = element.get(f"{{{W}}}name")
                found.append((element.get(f"{{{W}}}name"), []))
        text = "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
        for name in set(open_names.values()):
            next(entry for entry in found if entry[0] == name)[1].append(text)
        for element in p.iter(f"{{{W}}}bookmarkEnd"):
            open_names.pop(element.get(f"{{{W}}}id"), None)
    return found


def test_every_block_is_bookmarked_with_its_place_and_text(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    data = export_docx(review_submission(), review_library(), template)
    marks = _bookmarks(data)
    assert [(parse_bookmark_name(n).section, parse_bookmark_name(n).block) for n, _ in marks] == [
        (0, 0),
        (0, 1),
        (0, 2),
        (1, 0),
        (1, 1),
        (2, 0),
    ]
    internet = marks[3][1]
    assert internet == ["One open Internet serves everyone.", "Fragmentation would harm users."]
    assert marks[3][0] == bookmark_name(
        1, 0, fingerprint(["One open Internet serves everyone.", "Fragmentation would harm users."])
    )
    assert all(len(name) <= 40 and name[0].isalpha() for name, _ in marks)
    reviewed = read_reviewed_docx(_save(tmp_path / "a.docx", data))
    assert reviewed.export is not None
    assert [m.paragraph_id for m in reviewed.export.marks] == [
        "igf-mandate",
        "igf-funding",
        None,
        "open-internet",
        "equal-footing",
        "no-duplication",
    ]
    assert reviewed.export.title == "Response to the review"


def test_an_export_used_as_reference_document_carries_one_map(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    first = _save(
        tmp_path / "first.docx", export_docx(review_submission(), review_library(), template)
    )
    doc = render_submission(review_submission(), review_library(), template, today=TODAY).document
    for review_marks, expected in ((True, 1), (False, 0)):
        data = DocxExporter(first, review_marks=review_marks).build(doc)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            maps = [
                name
                for name in archive.namelist()
                if re.fullmatch(r"customXml/item\d+\.xml", name)
                and b"tccm-drafter" in archive.read(name)
            ]
        assert len(maps) == expected


def _save(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


_SOFFICE = shutil.which("soffice")


def _libreoffice_round_trip(source: Path, out_dir: Path) -> Path:
    assert _SOFFICE is not None
    out_dir.mkdir()
    subprocess.run(
        [
            _SOFFICE,
            f"-env:UserInstallation=file://{out_dir.parent}/lo-profile",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / source.name


@pytest.mark.skipif(_SOFFICE is None, reason="needs LibreOffice (soffice)")
def test_marks_and_review_survive_libreoffice(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t")
    submission, library = review_submission(), review_library()
    # Tracked changes and comments made before LibreOffice opens and saves the file.
    edit = WordEdit(export_docx(submission, library, template))
    edit.replace_words("stable funding", "stable", "predictable")
    edit.comment("funding from many", "many sources", "Name them?", author="Head of policy")
    edit.delete_paragraph("equal footing")
    edit.insert_paragraph_after("We thank the co-facilitators", "A point typed by legal.")
    saved = _libreoffice_round_trip(edit.save(tmp_path / "reviewed.docx"), tmp_path / "lo")

    reviewed = read_reviewed_docx(saved)
    assert reviewed.export is not None and len(reviewed.export.marks) == 6
    assert len(reviewed.found) == 6
    plan = plan_review(submission, library, template, reviewed, today=TODAY)
    kinds = {item.title: item.kind for item in plan.items}
    assert kinds["section 1, block 2 (paragraph 'igf-funding')"] is ReviewKind.CHANGED
    assert kinds["section 2, block 2 (paragraph 'equal-footing')"] is ReviewKind.DELETED
    assert kinds["new text after section 1, block 3"] is ReviewKind.ADDED
    assert [k for k in kinds.values() if k is ReviewKind.UNCHANGED] == [ReviewKind.UNCHANGED] * 4
    funding = plan.items[1]
    assert funding.reviewed == "The Forum needs predictable funding from many sources."
    assert [(c.author, c.text, c.anchor) for c in funding.comments] == [
        ("Head of policy", "Name them?", "many sources")
    ]

    # An edit made to LibreOffice's own file, as a second reviewer would.
    second = WordEdit(saved.read_bytes(), author="Second reviewer")
    second.replace_words("open Internet", "open", "single, open")
    again = read_reviewed_docx(second.save(tmp_path / "2.docx"))
    plan = plan_review(submission, library, template, again, today=TODAY)
    internet = plan.items[3]
    assert internet.kind is ReviewKind.CHANGED
    assert internet.proposed.startswith("One single, open Internet serves everyone.")
    outcome = apply_review(submission, library, plan, accept_all(plan), today=TODAY)
    block = outcome.submission.sections[1].blocks[0]
    assert getattr(block, "local_text", "").endswith("Fragmentation would harm users.")
