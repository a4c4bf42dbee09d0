"""Every label an Edit can carry, found in the source: what the Undo menu may show.

A label is the default of an ``Edit`` subclass's ``label`` field, or a string given for a
parameter or field named ``label`` (positionally or by keyword) anywhere in app/ and gui/, or
assigned to a variable that is passed so (``label = "A" if one else "B"``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tccm_drafter"
FOLDERS = ("app", "gui")


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for folder in FOLDERS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _strings(node: ast.expr) -> list[str]:
    """The literal texts an expression can be: a string, or either side of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _label_positions(trees: list[ast.Module]) -> dict[str, int]:
    """Callables with a ``label`` parameter or field -> its position (without self)."""
    found: dict[str, int] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                names = [n for n in names if n not in ("self", "cls")]
                if "label" in names:
                    found[node.name] = names.index("label")
            elif isinstance(node, ast.ClassDef):
                fields = [
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                ]
                if "label" in fields:
                    found[node.name] = fields.index("label")
    return found


def _called(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _assigned(function: ast.AST, name: str) -> list[str]:
    texts: list[str] = []
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            texts += _strings(node.value)
    return texts


def edit_labels() -> dict[str, str]:
    """Every label -> where it was found ("app/edits.py:42")."""
    modules = list(_modules())
    positions = _label_positions([tree for _, tree in modules])
    labels: dict[str, str] = {}
    for path, tree in modules:
        where = path.relative_to(PACKAGE).as_posix()
        for function in ast.walk(tree):
            if isinstance(function, ast.ClassDef):
                for item in function.body:
                    if (
                        isinstance(item, ast.AnnAssign)
                        and isinstance(item.target, ast.Name)
                        and item.target.id == "label"
                        and item.value is not None
                    ):
                        for text in _strings(item.value):
                            labels.setdefault(text, f"{where}:{item.lineno}")
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or _called(call) not in positions:
                    continue
                given = [k.value for k in call.keywords if k.arg == "label"]
                index = positions[_called(call)]
                if index < len(call.args):
                    given.append(call.args[index])
                for value in given:
                    texts = _strings(value)
                    if isinstance(value, ast.Name):
                        texts = _assigned(function, value.id)
                    for text in texts:
                        labels.setdefault(text, f"{where}:{call.lineno}")
    labels.pop("", None)
    return labels
