"""The interface translations: update the .ts files from the code, compile them to .qm.

    python tools/translations.py update           lupdate over src/tccm_drafter/gui -> .ts
    python tools/translations.py compile [DIR]    lrelease: every .ts -> DIR/*.qm
                                                  (default: resources/translations)

(`make translations-update`, `make translations`.) lupdate reads ``self.tr()``,
``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()`` by itself. It cannot see a text that
reaches Qt through a helper of ours, so ``gui_messages()`` finds those in the source and
``update`` hands them to lupdate in a generated file (build/translations/helpers.py), each with
a comment naming where it is used:

- ``ntr("Context", "%n thing(s)", n)`` (gui/i18n.py): a counted text;
- a module's own helper, ``def _tr(text, n=-1): return QCoreApplication.translate("Ctx", text,
  None, n)``, called as ``_tr("Text")`` or ``_tr("%n text(s)", n)``;
- ``QCoreApplication.translate("Ctx", words[key])`` where ``words`` is a dict of texts;
- the menus' tables in gui/menus.py (``(key, text, shortcut, icon, tip)`` and ``(key, text)``),
  which ``_tr(text)`` translates with the context "Menus".

The translations themselves are in resources/translations/tccm_drafter_<language>.ts; see the
README there. ``tests/test_gui_translation_files.py`` checks both that every text the code
asks for is in each file and that each file is complete.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "src" / "tccm_drafter" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
GENERATED = ROOT / "build" / "translations" / "helpers.py"
LANGUAGES = ("fr", "es", "ar")
MENUS_CONTEXT = "Menus"


@dataclass(frozen=True)
class Message:
    """A text the code asks Qt to translate: its context, whether it is counted, and where."""

    context: str
    source: str
    numerus: bool
    where: str


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"tccm_drafter_{language}.ts"


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _translate_call(node: ast.AST) -> ast.Call | None:
    """A ``….translate("Context", …)`` call with a literal context."""
    if (
        isinstance(node, ast.Call)
        and _name(node.func) == "translate"
        and node.args
        and _text(node.args[0]) is not None
    ):
        return node
    return None


Helper = tuple[str, int, int]  # context, position of the text, of the count (or -1)


def _params(function: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in function.args.args]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def _helpers(tree: ast.Module) -> dict[str, Helper]:
    """Functions (at any depth) that translate one of their parameters in a fixed context,
    directly or through another such function: name -> (context, text position, count
    position or -1)."""
    functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
    found: dict[str, Helper] = {}
    changed = True
    while changed:
        changed = False
        for function in functions:
            params = _params(function)
            if function.name in found or not params:
                continue
            for node in ast.walk(function):
                helper = _helper_call(node, found)
                if helper is None:
                    continue
                call, (context, text_at, count_at) = helper
                text = _name(call.args[text_at]) if text_at < len(call.args) else ""
                if text not in params:
                    continue
                count = _name(call.args[count_at]) if 0 <= count_at < len(call.args) else ""
                found[function.name] = (
                    context,
                    params.index(text),
                    params.index(count) if count in params else -1,
                )
                changed = True
                break
    return found


def _helper_call(node: ast.AST, helpers: dict[str, Helper]) -> tuple[ast.Call, Helper] | None:
    call = _translate_call(node)
    if call is not None:
        return call, (_text(call.args[0]) or "", 1, 3)
    if isinstance(node, ast.Call) and _name(node.func) in helpers:
        return node, helpers[_name(node.func)]
    return None


def _module_messages(path: Path) -> Iterator[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    relative = path.relative_to(ROOT).as_posix()
    helpers = _helpers(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        where = f"{relative}:{node.lineno}"
        called = _name(node.func)
        if called == "ntr" and len(node.args) >= 2:
            context, source = _text(node.args[0]), _text(node.args[1])
            if context is not None and source is not None:
                yield Message(context, source, True, where)
        elif called in helpers:
            context, text_at, count_at = helpers[called]
            source = _text(node.args[text_at]) if text_at < len(node.args) else None
            if source is not None:
                counted = 0 <= count_at < len(node.args) or (count_at >= 0 and bool(node.keywords))
                yield Message(context, source, counted, where)
        elif (call := _translate_call(node)) is not None and len(call.args) >= 2:
            yield from _looked_up(tree, call, relative)


def _looked_up(tree: ast.Module, call: ast.Call, where: str) -> Iterator[Message]:
    """``translate("Ctx", words[key])``: every text of the dict ``words``."""
    looked = call.args[1]
    if not (isinstance(looked, ast.Subscript) and isinstance(looked.value, ast.Name)):
        return
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == looked.value.id for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            for value in node.value.values:
                text = _text(value)
                if text is not None:
                    context = _text(call.args[0]) or ""
                    yield Message(context, text, False, f"{where}:{value.lineno}")


def _menu_messages(path: Path) -> Iterator[Message]:
    """The texts and tips of the menus' tables (module-level lists of tuples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    relative = path.relative_to(ROOT).as_posix()
    for statement in tree.body:
        value = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign) else None
        if not isinstance(value, ast.List):
            continue
        for entry in value.elts:
            if not isinstance(entry, ast.Tuple) or len(entry.elts) not in (2, 5):
                continue
            positions = (1,) if len(entry.elts) == 2 else (1, 4)
            for position in positions:
                text = _text(entry.elts[position])
                if text:
                    where = f"{relative}:{entry.elts[position].lineno}"
                    yield Message(MENUS_CONTEXT, text, False, where)


def _class_tr_calls(path: Path, *, in_fstrings: bool) -> Iterator[Message]:
    """``self.tr("Text")`` and ``self.tr("%n text(s)", "", n)`` in a class: context = class.
    lupdate reads these itself, except inside f-strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    relative = path.relative_to(ROOT).as_posix()
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        roots: list[ast.AST] = [cls]
        if in_fstrings:
            roots = [node for node in ast.walk(cls) if isinstance(node, ast.JoinedStr)]
        for root in roots:
            for node in ast.walk(root):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and _name(node.func.value) == "self"
                    and node.args
                    and _innermost_class(cls, node) is cls
                ):
                    source = _text(node.args[0])
                    if source is not None:
                        where = f"{relative}:{node.lineno}"
                        yield Message(cls.name, source, len(node.args) >= 3, where)


def _innermost_class(outer: ast.ClassDef, target: ast.AST) -> ast.ClassDef | None:
    for node in ast.walk(outer):
        if (
            isinstance(node, ast.ClassDef)
            and node is not outer
            and any(child is target for child in ast.walk(node))
        ):
            return _innermost_class(node, target)
    return outer


def gui_messages() -> list[Message]:
    """Every text that reaches a translator in a way lupdate does not see: through one of
    our helpers (see the module doc), or ``self.tr()`` inside an f-string."""
    found: list[Message] = []
    for path in sorted(GUI.rglob("*.py")):
        found += _module_messages(path)
        found += _class_tr_calls(path, in_fstrings=True)
    found += _menu_messages(GUI / "menus.py")
    return found


def code_messages() -> list[Message]:
    """Every text the code under gui/ asks a translator for, as far as the source shows:
    ``gui_messages()``, ``self.tr()`` in classes, ``translate()`` and ``QT_TRANSLATE_NOOP()``
    with literal texts (what lupdate reads). For the tests."""
    found = gui_messages()
    for path in sorted(GUI.rglob("*.py")):
        found += _class_tr_calls(path, in_fstrings=False)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            call = _translate_call(node) if isinstance(node, ast.Call) else None
            if (
                call is None
                and isinstance(node, ast.Call)
                and _name(node.func) in ("QT_TRANSLATE_NOOP",)
            ):
                call = node
            if call is None or len(call.args) < 2:
                continue
            context, source = _text(call.args[0]), _text(call.args[1])
            if context is not None and source is not None:
                counted = _name(call.func) == "translate" and len(call.args) >= 4
                if (
                    counted
                    and _text(call.args[3]) is None
                    and isinstance(call.args[3], ast.Constant)
                ):
                    counted = False  # translate(ctx, text, None, None): not counted
                found.append(Message(context, source, counted, f"{relative}:{node.lineno}"))
    return found


def write_helper_sources(messages: list[Message], path: Path = GENERATED) -> Path:
    """A Python file lupdate reads: one marker per text, its uses as translator comments."""
    uses: dict[tuple[str, str, bool], list[str]] = {}
    for message in messages:
        uses.setdefault((message.context, message.source, message.numerus), []).append(
            message.where
        )
    lines = [
        "# Generated by tools/translations.py for pyside6-lupdate: texts that reach a",
        "# translator through a helper. Not imported by anything; do not edit.",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
    ]
    for (context, source, numerus), where in sorted(uses.items()):
        lines.append(f"#: Used in {', '.join(sorted(set(where)))}")
        if numerus:
            lines.append(f"QCoreApplication.translate({context!r}, {source!r}, '', 0)")
        else:
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {source!r})")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def qt_tool(name: str) -> Path:
    """PySide6's lupdate or lrelease (the executables ship inside the PySide6 package)."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (make test does)")
    return Path(found)


def update() -> None:
    helpers = write_helper_sources(gui_messages())
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "en",
                "-target-language",
                language,
                str(GUI),
                str(helpers),
                "-ts",
                str(ts_file(language)),
            ],
            check=True,
        )
        _drop_stray_comments(ts_file(language))


def _drop_stray_comments(path: Path) -> None:
    """lupdate takes any ``#:`` comment above a text as a note to translators; in this code
    those document attributes. Keep only the notes this tool wrote ("Used in ...")."""
    text = path.read_text(encoding="utf-8")
    kept = re.sub(r"\n *<extracomment>(?!Used in )[^<]*</extracomment>", "", text)
    path.write_text(kept, encoding="utf-8")


def compile_all(out: Path = TRANSLATIONS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = out / source.with_suffix(".qm").name
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)], check=True
        )
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        compile_all(Path(argv[1]) if len(argv) > 1 else TRANSLATIONS)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
