"""template.toml read like every other format (errors at their line), and template files read
as regular files of the template's own folder only, bounded in size."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from render_helpers import SIMPLE_TEMPLATE, make_library, make_submission
from tccm_drafter.errors import InputError, NewerFormatError, RenderError
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import find_template, list_templates, load_template
from tccm_drafter.storage import limits
from tccm_drafter.storage.template_file import TemplateFile, load_template_file

TODAY = date(2026, 11, 22)


def folder_with(tmp_path: Path, description: str, source: str = SIMPLE_TEMPLATE) -> Path:
    folder = tmp_path / "user" / "mine"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text(description, encoding="utf-8")
    (folder / "document.md.j2").write_text(source, encoding="utf-8")
    return folder


def test_a_good_description_is_read(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path,
        'format = 1\ntitle = "Mine"\ndescription = "Ours."\nnumbering_restart = "section"\n'
        'footnote_fallback = "inline"\nreference_docx = "letterhead.docx"\n',
    )
    (folder / "letterhead.docx").write_bytes(b"PK")
    assert load_template_file(folder) == TemplateFile(
        "Mine", "Ours.", "section", "inline", folder / "letterhead.docx"
    )


BAD = {
    "syntax": ('format = 1\ntitle = "Mine\n', 2, "TOML syntax error"),
    "choice": (
        'format = 1\n\nnumbering_restart = "never"\n',
        3,
        "'numbering_restart' must be one of document, section",
    ),
    "type": ('format = 1\ntitle = "x"\ndescription = 3\n', 3, "'description' must be text"),
    "format type": ('format = "one"\n', 1, "'format' must be a whole number"),
    "reference path": (
        'format = 1\nreference_docx = "../other/ref.docx"\n',
        2,
        "must be the name of a file in the template folder",
    ),
    "reference missing": (
        'format = 1\nreference_docx = "nowhere.docx"\n',
        2,
        "reference document: file not found",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_description_errors_name_file_and_line(tmp_path: Path, name: str) -> None:
    text, line, expected = BAD[name]
    folder = folder_with(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_template(folder)
    assert str(caught.value).startswith(f"{folder / 'template.toml'}:{line}: ")
    assert expected in str(caught.value)
    _, problems = list_templates(tmp_path / "user")
    assert [str(p) for p in problems] == [str(caught.value)]


def test_newer_format_is_refused_with_its_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, 'title = "Mine"\nformat = 7\n')
    with pytest.raises(NewerFormatError) as caught:
        load_template(folder)
    assert str(caught.value).startswith(f"{folder / 'template.toml'}:2: ")
    assert "please update" in str(caught.value)


def test_symlink_outside_the_folder_is_refused_clearly(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    outside = tmp_path / "elsewhere.j2"
    outside.write_text(SIMPLE_TEMPLATE, encoding="utf-8")
    (folder / "document.md.j2").unlink()
    (folder / "document.md.j2").symlink_to(outside)
    with pytest.raises(InputError) as caught:
        find_template("mine", tmp_path / "user")
    message = str(caught.value)
    assert message.startswith(str(folder / "document.md.j2") + ": template 'mine': ")
    assert "symbolic link to a file outside the template folder" in message
    assert str(outside) in message


def test_symlinked_description_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    outside = tmp_path / "other.toml"
    outside.write_text("format = 1\n", encoding="utf-8")
    (folder / "template.toml").unlink()
    (folder / "template.toml").symlink_to(outside)
    with pytest.raises(InputError, match="outside the template folder"):
        load_template(folder)


def test_symlink_inside_the_folder_is_followed(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    (folder / "document.md.j2").rename(folder / "real.j2")
    (folder / "document.md.j2").symlink_to(folder / "real.j2")
    template = load_template(folder)
    assert render_submission(make_submission(), make_library(), template, today=TODAY).document


def test_dangling_symlink_is_named(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    (folder / "document.md.j2").unlink()
    (folder / "document.md.j2").symlink_to(folder / "gone.j2")
    with pytest.raises(InputError, match="points at nothing"):
        load_template(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    (folder / "document.md.j2").unlink()
    os.mkfifo(folder / "document.md.j2")
    with pytest.raises(InputError, match="not an ordinary file"):
        load_template(folder)


@pytest.mark.skipif(sys.platform != "linux", reason="/dev/zero")
def test_a_device_behind_a_symlink_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    (folder / "template.toml").unlink()
    (folder / "template.toml").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="outside the template folder"):
        load_template(folder)


def test_an_oversized_template_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n", "x" * (limits.TEMPLATE.max_bytes + 1))
    with pytest.raises(InputError, match="larger than 1 MB, the limit for a template file"):
        load_template(folder)


def test_a_template_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n")
    (folder / "document.md.j2").write_bytes(b"line one\nline \xff two\n")
    with pytest.raises(InputError) as caught:
        load_template(folder)
    assert str(caught.value).startswith(f"{folder / 'document.md.j2'}:2: ")


def test_include_of_a_link_outside_fails_with_one_clear_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "format = 1\n", "{% include 'part.j2' %}\n" + SIMPLE_TEMPLATE)
    (folder / "part.j2").write_text("part\n", encoding="utf-8")
    template = load_template(folder)
    (folder / "part.j2").unlink()
    secret = tmp_path / "secret.txt"
    secret.write_text("do not show\n", encoding="utf-8")
    (folder / "part.j2").symlink_to(secret)
    with pytest.raises(RenderError) as caught:
        render_submission(make_submission(), make_library(), template, today=TODAY)
    assert "template 'mine': part.j2 is a symbolic link" in str(caught.value)
    assert "do not show" not in str(caught.value)
