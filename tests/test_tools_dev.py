"""tools/dev.py, `make run` and `make test` without make (Windows): the Makefile's steps."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev", ROOT / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_a_command_it_prints_its_usage() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "dev.py")], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "python tools/dev.py run" in result.stderr
    assert "python tools/dev.py test" in result.stderr


def test_it_checks_the_same_folders_as_make_test() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest: $(STAMP)\n", 1)[1].split("\n\n", 1)[0]
    checked = re.search(r"ruff check (.+)", test_recipe)
    assert checked is not None
    assert checked.group(1).split() == dev().LINT_PATHS
    assert "$(BIN)/mypy" in test_recipe and "pytest" in test_recipe


def test_the_environment_is_the_one_make_uses() -> None:
    module = dev()
    assert module.VENV == ROOT / ".venv"
    assert module.BIN.name == ("Scripts" if sys.platform == "win32" else "bin")
