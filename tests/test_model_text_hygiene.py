"""Control characters: one rule on save, on read and in every export; binary stays refused.

Valid UTF-8 text may carry characters XML 1.0 forbids (U+0000, a vertical tab pasted from
Word, a form feed). They are removed (a vertical tab or form feed becomes a break so the words
on either side stay apart), the paragraph is never lost, and no export prints U+FFFD.
"""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from cli_helpers import run_cli
from clock_helpers import TODAY
from render_helpers import make_template
from tccm_drafter.checks.preflight import check_submission
from tccm_drafter.errors import InputError
from tccm_drafter.model import Library, Paragraph, ParagraphBlock, Section, Status, Submission
from tccm_drafter.model.blocks import has_update
from tccm_drafter.model.text_hygiene import (
    clean_paragraph,
    clean_text,
    count_forbidden,
    terminal_safe,
)
from tccm_drafter.render.export import write_document
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.sharing.usage import updates_available
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_loading import load_library
from tccm_drafter.storage.paragraph_file import dump_paragraph

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
DIRTY_BODY = "Stable\x00 funding\x0bfor the\x0cIGF.\x01\x1f Words\ufffe stay\uffff apart."


def _dirty() -> Paragraph:
    return Paragraph(
        "dirty",
        "A \x00title\x0bwith\x0ccontrols",
        DIRTY_BODY,
        status=Status.APPROVED,
        topics=["igf\x00"],
        short="Short\x0bvariant\x07.",
    )


def test_the_rule() -> None:
    assert clean_text(CONTROLS) == "\n\n"
    assert clean_text(CONTROLS, one_line=True) == "  "
    assert clean_text("a\x0bb\x0cc") == "a\nb\nc"
    assert clean_text("tab\tline\nreturn\r kept") == "tab\tline\nreturn\r kept"
    assert clean_text("\u0085 and \x7f are allowed in XML") == "\u0085 and \x7f are allowed in XML"
    cleaned, count = clean_paragraph(_dirty())
    assert count == 13
    assert cleaned.title == "A title with controls"
    assert cleaned.body == "Stable funding\nfor the\nIGF. Words stay apart."
    assert cleaned.topics == ["igf"] and cleaned.short == "Short\nvariant."
    assert clean_paragraph(cleaned) == (cleaned, 0)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("tab\tline\nreturn\r kept \x7f", 0),
        (CONTROLS, len(CONTROLS)),  # every control but tab, line feed and return
        ("a\x00b\x0bc\x0cd\x1f", 4),
        ("réseau\x07 \ufffe\uffff \x0b", 4),  # not ASCII: the same count
        ("réseau ouvert", 0),
    ],
)
def test_forbidden_characters_are_counted_in_ascii_and_other_text(text: str, count: int) -> None:
    assert count_forbidden(text) == count
    # As many as the rule removes or replaces (a break replaces one, the others go).
    breaks = text.count("\x0b") + text.count("\x0c")
    assert len(text) - len(clean_text(text)) + breaks == count


def test_save_cleans_with_a_warning_and_the_file_reads_back(tmp_path: Path) -> None:
    folder = LibraryFolder(tmp_path)
    warnings: list[str] = []
    path = folder.save(_dirty(), warnings=warnings)
    assert len(warnings) == 1 and "removed 13 control characters" in warnings[0]
    assert str(path) in warnings[0]
    data = path.read_bytes()
    assert not any(chr(b) in CONTROLS for b in data)
    result = LibraryFolder(tmp_path).load()
    assert result.errors == [] and result.warnings == []
    assert result.paragraphs == [clean_paragraph(_dirty())[0]]


def test_a_file_with_controls_loads_with_a_warning(tmp_path: Path) -> None:
    # Written by another program: raw controls in the body and escaped ones in the TOML.
    (tmp_path / "dirty.md").write_bytes(dump_paragraph(_dirty()).encode("utf-8"))
    assert b"\x00" in (tmp_path / "dirty.md").read_bytes()
    warnings: list[InputError] = []
    library, errors = load_library([LibraryFolder(tmp_path)], warnings)
    assert errors == []
    assert "dirty.md" in str(warnings[0]) and "removed" in str(warnings[0])
    loaded = library.get("dirty")
    assert loaded is not None and loaded.body == "Stable funding\nfor the\nIGF. Words stay apart."


def test_the_cli_warns_and_lists_the_paragraph(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_cli("library", "list", home=home)
    (home / "data" / "library" / "dirty.md").write_bytes(dump_paragraph(_dirty()).encode())
    result = run_cli("library", "list", home=home)
    assert result.returncode == 0
    assert "dirty\t" in result.stdout
    assert "warning:" in result.stderr and "dirty.md" in result.stderr


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("+++\nid = 'x'\n+++\n".encode("utf-16"), "not a text file"),
        ("+++\nid = 'x'\n+++\n".encode("utf-16-le"), "not a text file"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"+++\nid = 'x'\ntitle = 'caf\xe9'\n+++\n", "not UTF-8"),
    ],
)
def test_binary_and_utf16_stay_refused(tmp_path: Path, data: bytes, words: str) -> None:
    (tmp_path / "x.md").write_bytes(data)
    result = LibraryFolder(tmp_path).load()
    assert result.paragraphs == [] and words in str(result.errors[0])


def _export_all(tmp_path: Path, library: Library) -> dict[str, str]:
    template = make_template(tmp_path / "template")
    submission = Submission(
        title="Controls\x00 in\x0bthe title",
        sections=[
            Section("A\x0cB", "Why\x00?", blocks=[ParagraphBlock("dirty", version=1)]),
        ],
    )
    texts: dict[str, str] = {}
    document = render_submission(submission, library, template, today=TODAY).document
    for fmt in ("md", "txt", "docx"):
        out = tmp_path / f"out.{fmt}"
        write_document(document, fmt, out)
        if fmt == "docx":
            word = docx.Document(str(out))
            texts[fmt] = "\n".join(p.text for p in word.paragraphs)
            with zipfile.ZipFile(out) as archive:
                texts["docx-xml"] = archive.read("word/document.xml").decode("utf-8")
        else:
            texts[fmt] = out.read_text(encoding="utf-8")
    return texts


def test_every_export_is_clean(tmp_path: Path) -> None:
    # A paragraph held in memory with controls (as an older copy of the app would have it).
    library = Library.of([_dirty()])
    for fmt, text in _export_all(tmp_path, library).items():
        assert "\ufffd" not in text, fmt
        assert not any(c in CONTROLS for c in text), fmt
        assert "Stable funding" in text, fmt
        assert "forthe" not in text and "theIGF" not in text, fmt  # words stay apart


def test_terminal_safe() -> None:
    assert terminal_safe("\x1b[2Jclear\x9b31m\r\x07ok\n\ttab") == "[2Jclear31mok\n\ttab"


def test_a_paragraph_cleaned_on_load_is_not_an_update(tmp_path: Path) -> None:
    # The submission took the paragraph as the file holds it (an older copy of the app did not
    # clean), so its recorded hash is the uncleaned text's; the cleaned paragraph is the same
    # revision, not "changed in the library (version 1 -> 1)".

    (tmp_path / "dirty.md").write_bytes(dump_paragraph(_dirty()).encode("utf-8"))
    library, _ = load_library([LibraryFolder(tmp_path)], [])
    loaded = library.get("dirty")
    assert loaded is not None and loaded.body != _dirty().body
    block = ParagraphBlock("dirty", version=1, base_hash=_dirty().content_hash())
    submission = Submission(title="T", sections=[Section("A", "Why?", blocks=[block])])
    assert not has_update(block, loaded)
    assert updates_available(submission, library) == []
    template = make_template(tmp_path / "template")
    findings = check_submission(submission, library, template, today=date(2026, 3, 1))
    assert not [f for f in findings if f.code == "update-available"]
    # A real edit of the wording is still an update, named without a false version change.
    edited = dataclasses.replace(loaded, body="Other words.", hash_before_cleaning="")
    changed = Library.of([edited])
    assert has_update(block, edited)
    [found] = [
        f
        for f in check_submission(submission, changed, template, today=date(2026, 3, 1))
        if f.code == "update-available"
    ]
    assert "version 1 -> 1" not in found.message
    assert "edited and it is still version 1" in found.message
