"""`pip install .` must carry every module, the built-in templates, the starter content and the
user guide; an installed wheel must import every module of the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel built from a clean copy of this checkout, and what the build printed.

    (A copy: setuptools reuses build/ in the source folder, where files from an older build
    would hide a module or data file the current configuration leaves out.)
    """
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("src", "templates", "resources", "docs"):
        shutil.copytree(
            ROOT / name,
            source / name,
            # No compiled translations either: building the wheel must compile them.
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.qm"),
        )
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return next(out.glob("tccm_drafter-*.whl")), result.stdout + result.stderr


def source_modules() -> list[str]:
    """Every module of src/, as a dotted name (a new module is covered without listing it)."""
    names = []
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


@pytest.mark.slow
def test_wheel_carries_templates_and_resources(built: tuple[Path, str]) -> None:
    wheel, log = built
    names = set(zipfile.ZipFile(wheel).namelist())

    for template in ("consultation-response", "position-paper", "joint-statement"):
        assert f"tccm_drafter/templates/{template}/template.toml" in names
        assert f"tccm_drafter/templates/{template}/document.md.j2" in names
    assert "tccm_drafter/templates/reference.docx" in names
    starter = [n for n in names if n.startswith("tccm_drafter/resources/library/")]
    assert len(starter) >= 20
    assert "tccm_drafter/resources/examples/wsis20-response.tccm" in names
    assert "tccm_drafter/resources/THIRD-PARTY-NOTICES.md" in names
    assert "tccm_drafter/py.typed" in names
    # The interface translations, compiled by the build; their sources stay in the repository.
    for language in ("fr", "es", "ar"):
        assert f"tccm_drafter/resources/translations/tccm_drafter_{language}.qm" in names
    assert not any(n.endswith(".ts") for n in names)
    # Every module of the source tree, and nothing from the development tree.
    for module in source_modules():
        path = module.replace(".", "/")
        assert f"{path}.py" in names or f"{path}/__init__.py" in names, module
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)
    # setuptools warns when a folder with data is not a listed package.
    assert "absent from the `packages` configuration" not in log


@pytest.mark.slow
def test_wheel_carries_the_user_guide_and_its_pictures(built: tuple[Path, str]) -> None:
    from markdown_it import MarkdownIt

    names = set(zipfile.ZipFile(built[0]).namelist())
    assert "tccm_drafter/docs/user-guide.md" in names
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    pictures = [
        child.attrGet("src")
        for token in MarkdownIt("commonmark").enable("table").parse(guide)
        for child in token.children or []
        if child.type == "image"
    ]
    assert pictures
    for picture in pictures:
        assert f"tccm_drafter/docs/{picture}" in names
    # Only the guide and its pictures: no developer documents.
    assert "tccm_drafter/docs/DEVELOPING.md" not in names


@pytest.mark.slow
def test_installed_wheel_imports_every_module(built: tuple[Path, str], tmp_path: Path) -> None:
    """Install the wheel into a fresh virtual environment and import every module from it.

    The dependencies (PySide6 alone is 100+ MB) are borrowed from this environment through a
    .pth line, which adds the folder without running this environment's editable-install hook,
    so the app itself can only come from the wheel.
    """
    venv, wheel = tmp_path / "venv", str(built[0])
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    probe = (
        "import importlib, importlib.util, sys\n"
        "for name in sys.argv[1:]:\n"
        "    if name.endswith('__main__'):\n"  # importing it would run the program
        "        spec = importlib.util.find_spec(name)\n"
        "        print(name, spec.origin if spec else None)\n"
        "    else:\n"
        "        print(name, importlib.import_module(name).__file__)\n"
    )
    modules = source_modules()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(python), "-c", probe, *modules],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert sorted(imported) == sorted(modules)
    for name, origin in imported.items():
        assert Path(origin).is_relative_to(site), f"{name} came from {origin}"

    probe = (
        "from tccm_drafter.storage.paths import builtin_templates_dir, starter_library_dir;"
        "print(builtin_templates_dir()); print(len(list(starter_library_dir().glob('*.md'))))"
    )
    result = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    templates, count = result.stdout.split()
    assert Path(templates).is_relative_to(site)
    assert int(count) >= 20

    # The installed app finds its translations and Qt loads them.
    probe = (
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from tccm_drafter.gui.language import app_translation\n"
        "app = QCoreApplication([])\n"
        "translator = QTranslator()\n"
        "assert translator.load(str(app_translation('fr'))), app_translation('fr')\n"
        "QCoreApplication.installTranslator(translator)\n"
        "print(app_translation('fr'))\n"
        "print(QCoreApplication.translate('Menus', '&File'))\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    found, menu = result.stdout.splitlines()
    assert Path(found).is_relative_to(site)
    assert menu == "&Fichier"
