"""app/ is the only door: the command line and the desktop app call app/ (and use the model's
types), never storage/, render/, sharing/ or checks/ directly, so a rule lives in one place
below them and both front ends give the same result and the same refusal.

Every import is checked, those inside functions included (the front ends import lazily to
start fast).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tccm_drafter"
FRONT_ENDS = ("cli", "gui")
#: What a front end may import from the package besides itself.
ALLOWED = ("tccm_drafter.app", "tccm_drafter.model", "tccm_drafter.errors")
#: `tccm-drafter` without a command (or with a .tccm file) opens the desktop app: the command
#: line may start it through its launcher, and nothing else of it.
BETWEEN_FRONT_ENDS = {("cli", "tccm_drafter.gui.launch")}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "tccm_drafter":  # from tccm_drafter import app, APP_NAME...
                found += [(node.lineno, f"tccm_drafter.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def reaches_below(module: str, front_end: str) -> bool:
    if not module.startswith("tccm_drafter."):
        return False
    own = f"tccm_drafter.{front_end}"
    if module == own or module.startswith(own + "."):
        return False
    if module in ("tccm_drafter.APP_NAME", "tccm_drafter.__version__"):
        return False
    if (front_end, module) in BETWEEN_FRONT_ENDS:
        return False
    return not any(module == ok or module.startswith(ok + ".") for ok in ALLOWED)


def test_the_front_ends_call_app_and_nothing_lower() -> None:
    offending = []
    for front_end in FRONT_ENDS:
        for path in sorted((PACKAGE / front_end).rglob("*.py")):
            for line, module in imported_modules(path):
                if reaches_below(module, front_end):
                    offending.append(f"{path.relative_to(PACKAGE)}:{line}: {module}")
    assert offending == []


def test_nothing_below_imports_a_front_end() -> None:
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in FRONT_ENDS or relative.name == "__main__.py":
            continue
        for line, module in imported_modules(path):
            if any(module.startswith(f"tccm_drafter.{front}") for front in FRONT_ENDS):
                offending.append(f"{relative}:{line}: {module}")
    assert offending == []


def test_the_walk_sees_imports_inside_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from tccm_drafter.app import drafting\n"
        "def later():\n    from tccm_drafter.storage.paths import AppPaths\n",
        encoding="utf-8",
    )
    modules = [module for _line, module in imported_modules(sample)]
    assert modules == ["tccm_drafter.app", "tccm_drafter.storage.paths"]
    assert reaches_below("tccm_drafter.storage.paths", "gui")
    assert not reaches_below("tccm_drafter.app.drafting", "gui")
    assert not reaches_below("tccm_drafter.gui.editor", "gui")
