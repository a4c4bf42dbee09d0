"""`pip install .` must carry the built-in templates and the starter content."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_carries_templates_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("tccm_drafter-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())

    for template in ("consultation-response", "position-paper", "joint-statement"):
        assert f"tccm_drafter/templates/{template}/template.toml" in names
        assert f"tccm_drafter/templates/{template}/document.md.j2" in names
    assert "tccm_drafter/templates/reference.docx" in names
    starter = [n for n in names if n.startswith("tccm_drafter/resources/library/")]
    assert len(starter) >= 20
    assert "tccm_drafter/resources/examples/wsis20-response.tccm" in names
    assert "tccm_drafter/py.typed" in names
    # Nothing from the development tree leaks into the wheel.
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_installed_wheel_finds_its_templates(tmp_path: Path) -> None:
    """Install the wheel into a fresh folder and ask the installed package where things are."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next((tmp_path / "dist").glob("*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "from tccm_drafter.storage.paths import builtin_templates_dir, starter_library_dir;"
        "print(builtin_templates_dir()); print(len(list(starter_library_dir().glob('*.md'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    templates, count = result.stdout.split()
    assert Path(templates).is_relative_to(target)
    assert int(count) >= 20
