"""Exports are prepared and refused the same way for every front end and every output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from clock_helpers import NOW, TODAY
from render_helpers import make_library, make_submission, make_template
from tccm_drafter.app.exporting import (
    choose_format,
    export_text,
    prepare_export,
    reference_document,
    write_export,
)
from tccm_drafter.errors import InputError
from tccm_drafter.model import ParagraphBlock, TextBlock
from tccm_drafter.storage.paths import builtin_templates_dir
from tccm_drafter.storage.submission_file import save_submission


def test_format_from_the_option_or_the_file_name() -> None:
    assert choose_format(None, Path("a.docx")) == "docx"
    assert choose_format(None, Path("a.TXT")) == "txt"
    assert choose_format(None, None) == "md"
    assert choose_format("txt", Path("a.docx")) == "txt"
    with pytest.raises(InputError, match="unknown export format 'pdf'"):
        choose_format("pdf", None)


def test_a_broken_block_refuses_standard_output_as_it_refuses_a_file(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock("{% for x in y %}loop{% endfor %}"))
    template = make_template(tmp_path / "t")
    for output in (None, tmp_path / "out.md", tmp_path / "out.docx"):
        plan = prepare_export(submission, make_library(), None, output=output, template=template)
        with pytest.raises(InputError, match="section 1"):
            if output is None:
                export_text(plan, today=TODAY)
            else:
                write_export(plan, now=NOW)
        assert output is None or not output.exists()


def test_a_missing_paragraph_is_refused_before_anything_renders(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[1].blocks.append(ParagraphBlock("gone"))
    path = tmp_path / "s.tccm"
    save_submission(submission, path)
    with pytest.raises(InputError) as caught:
        prepare_export(
            submission,
            make_library(),
            None,
            submission_path=path,
            template=make_template(tmp_path / "t"),
        )
    assert caught.value.path == path and caught.value.line is not None
    assert "'gone'" in str(caught.value)


def test_a_relative_reference_document_is_found_next_to_the_submission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copy(builtin_templates_dir() / "reference.docx", folder / "letterhead.docx")
    submission = make_submission()
    submission.reference_docx = "letterhead.docx"
    path = folder / "s.tccm"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # whatever folder the app or the shell runs in
    assert reference_document(submission, path, None) == folder / "letterhead.docx"
    with pytest.raises(InputError, match="not found"):
        reference_document(submission, None, None)


def test_the_command_line_refuses_standard_output_with_exit_2(tmp_path: Path) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock("{{ org.name | upper }}"))
    submission.template = "consultation-response"
    submission.sections[0].blocks = [
        b for b in submission.sections[0].blocks if not isinstance(b, ParagraphBlock)
    ]
    submission.sections[1].blocks = []
    path = tmp_path / "broken.tccm"
    save_submission(submission, path)
    env = dict(os.environ, TCCM_DRAFTER_HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8")
    for extra in ([], ["-o", str(tmp_path / "out.txt")]):
        done = subprocess.run(
            [sys.executable, "-m", "tccm_drafter", "export", str(path), *extra],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 2, done.stdout
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and "section 1" in done.stderr
    assert not (tmp_path / "out.txt").exists()


def test_a_word_export_uses_the_templates_reference_document(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    make_template(folder)
    shutil.copy(builtin_templates_dir() / "reference.docx", folder / "reference.docx")
    with (folder / "template.toml").open("a", encoding="utf-8") as handle:
        handle.write('reference_docx = "reference.docx"\n')
    from tccm_drafter.render.templates import load_template

    template = load_template(folder)
    out = tmp_path / "out.docx"
    plan = prepare_export(make_submission(), make_library(), None, output=out, template=template)
    assert plan.reference_docx == template.reference_docx
    write_export(plan, now=NOW)
    assert docx.Document(str(out)).paragraphs
