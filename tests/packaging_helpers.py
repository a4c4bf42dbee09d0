"""Run a copy of the app's --self-test and read the Word file it wrote. (No tests here.)"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import docx

from tccm_drafter.gui.app import EXAMPLE
from tccm_drafter.storage.paths import examples_dir
from tccm_drafter.storage.submission_file import load_submission


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH or virtual environment leaking in: the copy must stand on its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env["HOME"] = str(home)
    return env


def run_self_test(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    out = tmp_path / "self-test.docx"
    result = subprocess.run(
        [*command, "--self-test", str(out)],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path),
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
    check_export(out)
    return result


def check_export(out: Path) -> None:
    """The Word file holds the example submission: its title and every section's heading."""
    example = load_submission(examples_dir() / EXAMPLE)
    document = docx.Document(str(out))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    assert ("Title", example.title) in paragraphs
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert len(headings) == len(example.sections)
    for heading, section in zip(headings, example.sections, strict=True):
        assert section.title in heading
    assert sum(1 for style, text in paragraphs if style == "Normal" and text) >= len(headings)
