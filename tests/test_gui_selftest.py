"""--self-test: the smoke test a built app runs in CI, here run from the source tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from packaging_helpers import clean_env, run_self_test

SRC = Path(__file__).resolve().parent.parent / "src"


def test_self_test_opens_the_example_and_exports_word(tmp_path: Path) -> None:
    result = run_self_test([sys.executable, "-m", "tccm_drafter.gui.launch"], tmp_path)
    # Start-up moments for the package benchmark: shown before rendered.
    moments = dict(line.split() for line in result.stdout.splitlines()[1:])
    assert float(moments["window-shown-at"]) <= float(moments["preview-rendered-at"])


def test_self_test_needs_an_output_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tccm_drafter.gui.launch", "--self-test"],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path),
        timeout=120,
    )
    assert result.returncode == 2
    assert "usage: tccm-drafter --self-test OUT.docx" in result.stderr


def test_self_test_fails_when_the_export_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tccm_drafter.gui.launch", "--self-test", str(blocked / "x.docx")],
        capture_output=True,
        text=True,
        env=clean_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 1
    assert "self-test FAILED: the export failed" in result.stderr
