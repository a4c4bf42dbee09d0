"""Reading a reviewed Word file: both views of tracked changes, comments, refusals."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from render_helpers import make_template
from review_helpers import WordEdit, export_docx, review_library, review_submission
from tccm_drafter.errors import InputError
from tccm_drafter.storage.review_docx import read_reviewed_docx
from tccm_drafter.storage.review_markdown import MarkdownWriter, Segment


def _reviewed(tmp_path: Path) -> WordEdit:
    template = make_template(tmp_path / "t")
    return WordEdit(export_docx(review_submission(), review_library(), template))


def test_final_and_original_views_of_tracked_changes(tmp_path: Path) -> None:
    edit = _reviewed(tmp_path)
    edit.replace_words("stable funding", "stable", "predictable")
    edit.split_paragraph("One open Internet", "serves everyone")
    edit.delete_paragraph("equal footing")
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    final = [p.text for p in reviewed.final_view()]
    original = [p.text for p in reviewed.original_view()]
    assert "The Forum needs predictable funding from many sources." in final
    assert "The Forum needs stable funding from many sources." in original
    assert [t for t in final if t.startswith(("One open", "serves"))] == [
        "One open Internet ",
        "serves everyone.",
    ]
    assert "One open Internet serves everyone." in original
    assert not any("equal footing" in t for t in final)
    assert any("equal footing" in t for t in original)
    split = [p for p in reviewed.paragraphs if p.mark_inserted]
    assert [p.final_text for p in split] == ["One open Internet "]


def test_comments_with_author_date_anchor_and_resolved(tmp_path: Path) -> None:
    edit = _reviewed(tmp_path)
    edit.comment("equal footing", "equal footing", "Define it.", author="Legal")
    edit.comment("Fragmentation", "harm", "Which harm?", author="Policy", resolved=True)
    reviewed = read_reviewed_docx(edit.save(tmp_path / "r.docx"))
    found = sorted(
        (c.author, c.text, c.anchor, c.resolved, c.date.isoformat() if c.date else "")
        for c in reviewed.comments.values()
    )
    assert found == [
        ("Legal", "Define it.", "equal footing", False, "2026-03-02T10:15:00+00:00"),
        ("Policy", "Which harm?", "harm", True, "2026-03-02T10:15:00+00:00"),
    ]
    anchored = {key: p.mark for p in reviewed.paragraphs for key in p.comments}
    assert len(set(anchored.values())) == 2 and None not in anchored.values()


def test_runs_back_to_markdown() -> None:
    writer = MarkdownWriter()
    text = writer.block(
        [
            (
                [
                    Segment("We "),
                    Segment("strongly ", bold=True),
                    Segment("support", bold=True, italic=True),
                    Segment(" the "),
                    Segment("IGF", link="https://example.org/igf"),
                    Segment(footnote=(Segment(" Tunis Agenda, para. 72."),)),
                    Segment(" * not a list"),
                ],
                "",
            ),
            ([Segment("first")], "- "),
            ([Segment("second")], "- "),
            ([Segment("1. not a number")], ""),
        ]
    )
    assert text == (
        "We **strongly** ***support*** the [IGF](https://example.org/igf)[^1] \\* not a list"
        "\n\n- first\n- second\n\n1\\. not a number\n\n[^1]: Tunis Agenda, para. 72."
    )


def test_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        read_reviewed_docx(tmp_path)
    text = tmp_path / "notes.docx"
    text.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip file"):
        read_reviewed_docx(text)
    # A Word file that never came from TCCM Drafter: nothing to match.
    edit = _reviewed(tmp_path)
    for mark in list(edit.doc.iter()):
        if isinstance(mark.tag, str) and mark.tag.endswith(("}bookmarkStart", "}bookmarkEnd")):
            mark.getparent().remove(mark)
    edit.parts = {k: v for k, v in edit.parts.items() if not k.startswith("customXml/")}
    with pytest.raises(InputError, match="has no review marks"):
        read_reviewed_docx(edit.save(tmp_path / "plain.docx"))


def test_a_part_too_large_once_unpacked_is_refused_before_inflating(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (65 * 1024 * 1024))
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(data.getvalue())
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(InputError, match=r"word/document\.xml.*more than the limit"):
        read_reviewed_docx(bomb)


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    edit = _reviewed(tmp_path)
    document = edit.build()
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode()
    head, rest = xml.split("?>", 1)
    parts["word/document.xml"] = (
        (head + '?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' + rest)
        .replace("We thank", "&secret; We thank", 1)
        .encode()
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path = tmp_path / "entity.docx"
    path.write_bytes(out.getvalue())
    reviewed = read_reviewed_docx(path)
    assert not any("root:" in p.final_text for p in reviewed.paragraphs)
