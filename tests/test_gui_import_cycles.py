"""No module of the package imports itself round a loop, not even for the type checker.

The window's helpers see the window through the `gui/host.py` protocol, never as `MainWindow`:
an import of the window from a module the window imports is a cycle, even under
`if TYPE_CHECKING:` (mypy then checks the whole loop as one unit, and a change to any module in
it re-checks all of them). Every import counts here: those at the top, those under
`if TYPE_CHECKING:` and those inside functions (the front ends import lazily to start fast).
The edges are the ones mypy draws: `from pkg import sub` needs `pkg` as well as `pkg.sub`, and
`import a.b.c` needs `a.b` and `a`. A cycle is printed module by module.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tccm_drafter"
NAME = "tccm_drafter"

#: Import edges (importer, imported) left in a cycle on purpose, each with its reason. Empty:
#: add one only with a comment saying why the loop cannot be broken.
ALLOWED_EDGES: frozenset[tuple[str, str]] = frozenset()


def module_names(package: Path, name: str) -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = [name, *path.relative_to(package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The module of the package an imported name means: the deepest one that exists."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in known:
            return candidate
        parts.pop()
    return None


def imports_of(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules this one imports, wherever the import statement stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                names += [".".join(parts[:end]) for end in range(1, len(parts) + 1)]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                if not is_package:
                    anchor = anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from mod import name` needs mod; `from pkg import sub`, pkg.sub and pkg.
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        for name in names:
            target = _resolve(name, known) if name.split(".")[0] == NAME else None
            if target is not None and target != module:
                found.add(target)
    return found


def import_graph(package: Path, name: str) -> dict[str, set[str]]:
    known = module_names(package, name)
    return {module: imports_of(module, path, known) for module, path in known.items()}


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components, iteratively (the package has hundreds of modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return components


def _shortest_loop(graph: dict[str, set[str]], start: str, members: set[str]) -> list[str]:
    """The shortest way from ``start`` back to itself inside one component."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node] & members):
            if child == start:
                loop = [node]
                while loop[-1] != start:
                    loop.append(came_from[loop[-1]])
                return [*reversed(loop), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    return [start]


def cycles(graph: dict[str, set[str]], within: str = NAME) -> list[str]:
    """One line per loop among the modules under ``within``: each module and the next it
    imports, back to the first (the allowed edges left out)."""
    inside = {
        module: {
            target
            for target in targets
            if (target == within or target.startswith(within + "."))
            and (module, target) not in ALLOWED_EDGES
        }
        for module, targets in graph.items()
        if module == within or module.startswith(within + ".")
    }
    found = []
    for component in _strongly_connected(inside):
        loop = _shortest_loop(inside, component[0], set(component))
        found.append(" -> ".join(loop) + f" (in a knot of {len(component)}: {component})")
    return found


def test_no_gui_module_imports_itself_round_a_loop() -> None:
    found = cycles(import_graph(PACKAGE, NAME), f"{NAME}.gui")
    assert not found, "import cycles in gui/:\n" + "\n".join(found)


def test_no_module_of_the_package_imports_itself_round_a_loop() -> None:
    found = cycles(import_graph(PACKAGE, NAME))
    assert not found, "import cycles:\n" + "\n".join(found)


def _write(package: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_walk_sees_type_checking_and_function_imports(tmp_path: Path) -> None:
    package = tmp_path / "tccm_drafter"
    _write(
        package,
        {
            "__init__.py": "",
            "gui/__init__.py": "",
            "gui/window.py": "from tccm_drafter.gui.helper import Helper\n",
            "gui/helper.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from tccm_drafter.gui.window import Window\n",
            "gui/lazy.py": "def later() -> None:\n    from .late import soon\n",
            "gui/late.py": "from tccm_drafter.gui.lazy import later\n",
            "gui/alone.py": "import tccm_drafter.gui.window\n",
        },
    )
    graph = import_graph(package, NAME)
    assert graph["tccm_drafter.gui.helper"] == {"tccm_drafter.gui.window"}
    assert graph["tccm_drafter.gui.lazy"] == {"tccm_drafter.gui.late"}
    assert graph["tccm_drafter.gui.alone"] == {
        "tccm_drafter",
        "tccm_drafter.gui",
        "tccm_drafter.gui.window",
    }
    assert sorted(cycles(graph, "tccm_drafter.gui")) == [
        "tccm_drafter.gui.helper -> tccm_drafter.gui.window -> tccm_drafter.gui.helper"
        " (in a knot of 2: ['tccm_drafter.gui.helper', 'tccm_drafter.gui.window'])",
        "tccm_drafter.gui.late -> tccm_drafter.gui.lazy -> tccm_drafter.gui.late"
        " (in a knot of 2: ['tccm_drafter.gui.late', 'tccm_drafter.gui.lazy'])",
    ]


def test_a_package_that_imports_its_importer_is_a_loop(tmp_path: Path) -> None:
    """`from tccm_drafter.cli import calls` in a module the package's __init__ imports."""
    package = tmp_path / "tccm_drafter"
    _write(
        package,
        {
            "__init__.py": "",
            "cli/__init__.py": "from tccm_drafter.cli.main import main\n",
            "cli/main.py": "from tccm_drafter.cli import calls\n",
            "cli/calls.py": "",
        },
    )
    graph = import_graph(package, NAME)
    assert graph["tccm_drafter.cli.main"] == {"tccm_drafter.cli", "tccm_drafter.cli.calls"}
    assert cycles(graph) == [
        "tccm_drafter.cli -> tccm_drafter.cli.main -> tccm_drafter.cli"
        " (in a knot of 2: ['tccm_drafter.cli', 'tccm_drafter.cli.main'])"
    ]
