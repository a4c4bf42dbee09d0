"""What the secretariat receives and what reviewers get: the Word copy for sending carries no
data of ours, the copy for review carries the marks the review import reads back; the plain
text keeps each answer's notes with it and can leave out the count lines."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from cli_helpers import one_error_line, run_cli
from clock_helpers import NOW, TODAY
from review_helpers import WordEdit
from tccm_drafter.app.exporting import export_text, prepare_export, write_export
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Note, ParagraphBlock
from tccm_drafter.model.review_marks import MAP_NAMESPACE
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template
from tccm_drafter.render.text_export import answer_text, to_plain_text
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.review_docx import read_reviewed_docx
from tccm_drafter.storage.submission_file import load_submission

EXAMPLE = examples_dir() / "wsis20-response.tccm"
TEAM_NOTE = "Legal asked us to soften this before it goes out."


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    return Library.of(loaded.paragraphs, "starter")


def _export(tmp_path: Path, library: Library, *, for_review: bool) -> Path:
    submission = load_submission(EXAMPLE)
    first = submission.sections[0].blocks[0]
    first.notes = [Note(TEAM_NOTE, author="Drafting team")]
    out = tmp_path / ("review.docx" if for_review else "send.docx")
    plan = prepare_export(submission, library, None, fmt="docx", output=out, for_review=for_review)
    write_export(plan, now=NOW)
    return out


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _paragraph_ids(library: Library) -> list[str]:
    submission = load_submission(EXAMPLE)
    ids = [
        block.paragraph_id
        for section in submission.sections
        for block in section.blocks
        if isinstance(block, ParagraphBlock)
    ]
    assert ids and all(i in library for i in ids)
    return ids


def test_the_copy_for_sending_carries_no_data_of_ours(tmp_path: Path, library: Library) -> None:
    sent = _export(tmp_path, library, for_review=False)
    parts = _parts(sent)
    assert not [name for name in parts if name.startswith("customXml/")]
    assert not [name for name in parts if "comments" in name]
    everything = b"\n".join(parts.values())
    assert MAP_NAMESPACE.encode() not in everything
    assert b"tccm_" not in everything  # no block bookmarks, no fingerprints
    for paragraph_id in _paragraph_ids(library):
        assert paragraph_id.encode() not in everything, paragraph_id
    assert TEAM_NOTE.encode() not in everything
    word = docx.Document(str(sent))
    props = word.core_properties
    assert props.keywords == "" and props.comments == ""
    assert props.title == load_submission(EXAMPLE).title
    # The text is all there.
    assert any("Example Registry welcomes the outcome" in p.text for p in word.paragraphs)
    with pytest.raises(InputError) as refused:
        read_reviewed_docx(sent)
    message = str(refused.value)
    assert "\n" not in message
    assert "has no review marks" in message and "copy for review" in message


def test_the_copy_for_review_keeps_the_marks_and_nothing_more(
    tmp_path: Path, library: Library
) -> None:
    review = _export(tmp_path, library, for_review=True)
    parts = _parts(review)
    maps = [name for name, data in parts.items() if MAP_NAMESPACE.encode() in data]
    assert maps == ["customXml/item1.xml", "customXml/itemProps1.xml"]
    names = re.findall(rb'w:bookmarkStart [^>]*w:name="(tccm_[^"]+)"', parts["word/document.xml"])
    submission = load_submission(EXAMPLE)
    assert len(names) == sum(len(s.blocks) for s in submission.sections)
    assert TEAM_NOTE.encode() not in b"\n".join(parts.values())
    assert docx.Document(str(review)).core_properties.keywords == ""
    reviewed = read_reviewed_docx(review)
    assert reviewed.export is not None
    assert {m.paragraph_id for m in reviewed.export.marks} >= set(_paragraph_ids(library))


def test_command_line_default_is_the_copy_for_sending(tmp_path: Path) -> None:
    home = tmp_path / "home"
    submission = tmp_path / "response.tccm"
    shutil.copy(EXAMPLE, submission)
    sent = run_cli("export", submission, "--format", "docx", home=home)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == (
        f"Wrote {tmp_path / 'response.docx'}, the copy for sending "
        "(no review marks; --for-review for reviewers)"
    )
    review = run_cli("export", submission, "--for-review", "--format", "docx", home=home)
    assert review.returncode == 0, review.stderr
    review_copy = tmp_path / "response-for-review.docx"
    assert str(review_copy) in review.stdout and "copy for review" in review.stdout
    assert "customXml/item1.xml" in _parts(review_copy)
    assert not any(n.startswith("customXml/") for n in _parts(tmp_path / "response.docx"))

    # The copy for sending, given to the review import: one line saying what to send instead.
    refused = run_cli("review", "import", submission, tmp_path / "response.docx", home=home)
    assert refused.returncode == 2
    line = one_error_line(refused.stderr)
    assert "has no review marks" in line and "--for-review" in line

    # The copy for review, edited as Word does, comes back.
    edit = WordEdit(review_copy.read_bytes(), author="Legal team")
    edit.replace_words("Permanence is a beginning", "beginning", "start")
    reviewed = edit.save(tmp_path / "reviewed.docx")
    taken = run_cli("review", "import", submission, reviewed, "--accept-all", home=home)
    assert taken.returncode == 0, taken.stderr
    assert "1 item taken" in taken.stdout
    edited = [
        block.local_text
        for section in load_submission(submission).sections
        for block in section.blocks
        if isinstance(block, ParagraphBlock)
        and "Permanence is a start, not an end." in (block.local_text or "")
    ]
    assert len(edited) == 1

    wrong = run_cli("export", submission, "--for-review", "--format", "md", home=home)
    assert wrong.returncode == 2
    assert "copy for review is a Word document" in one_error_line(wrong.stderr)


def _footnoted_document(library: Library) -> tuple[str, str, str]:
    """The example with a second footnote in section 3: (plain text, answer 2, answer 3)."""
    submission = load_submission(EXAMPLE)
    block = submission.sections[2].blocks[0]
    assert isinstance(block, ParagraphBlock)
    paragraph = library.get(block.paragraph_id)
    assert paragraph is not None
    block.local_text = paragraph.body.strip() + "[^src]\n\n[^src]: Tunis Agenda, paragraph 72."
    template = find_template(submission.template, None)
    doc = render_submission(submission, library, template, today=TODAY).document
    return to_plain_text(doc), answer_text(doc, 1), answer_text(doc, 2)


def test_each_answer_keeps_its_notes_in_the_plain_text(library: Library) -> None:
    text, second, third = _footnoted_document(library)
    # Each answer is what Copy Section gives, its notes numbered from 1 under it.
    assert second in text and third in text
    assert second.endswith(
        "Notes\n[1] UN General Assembly resolution 80/173 of 17 December 2025, the outcome of "
        "the WSIS+20 review."
    )
    assert third.endswith("Notes\n[1] Tunis Agenda, paragraph 72.")
    assert "[1]" in third.split("Notes")[0] and "[2]" not in third
    # ... and the count line follows the notes, before the next section's heading.
    after = text.split(second, 1)[1]
    assert re.match(r"\n\n\[Words: \d+ / 400 · Characters: [\d,]+\]\n\n3\. Role", after)
    assert text.rstrip().endswith("https://registry.example")


def test_plain_text_without_count_lines(tmp_path: Path, library: Library) -> None:
    submission = load_submission(EXAMPLE)
    plan = prepare_export(submission, library, None, fmt="txt", counts=False)
    text, _ = export_text(plan, today=TODAY)
    assert "[Words" not in text and "Characters:" not in text
    assert "Notes\n[1] UN General Assembly resolution 80/173" in text
    with_counts, _ = export_text(prepare_export(submission, library, None, fmt="txt"), today=TODAY)
    assert with_counts.count("[Words: ") == len(submission.sections)
    # Without the count lines, the text is the same less those lines.
    kept = "\n\n".join(c for c in with_counts.split("\n\n") if not c.startswith("[Words: "))
    assert kept == text


def test_command_line_no_counts(tmp_path: Path) -> None:
    result = run_cli("export", EXAMPLE, "--format", "txt", "--no-counts", home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    assert "[Words" not in result.stdout and "Notes\n[1] UN General" in result.stdout
