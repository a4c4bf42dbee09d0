"""Singular and plural right in every message: no "paragraph(s)" outside Qt's counted texts
(``self.tr(text, "", n)``, ``%n``: the translations give their plural forms), and no number
printed straight before a plural noun ("1 warnings"): ``model.counted`` or Qt's ``%n`` say it."""

from __future__ import annotations

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clock_helpers import TODAY
from tccm_drafter.model.counted import counted, plural
from tccm_drafter.model.deadline import format_day

SOURCE = Path(__file__).resolve().parent.parent / "src" / "tccm_drafter"
#: Nouns a count goes with in our messages; a number printed straight before one of them
#: would say "1 paragraphs".
NOUNS = (
    "blocks bytes changes characters comments conflicts days entries errors files findings hours "
    "items notes organisations pages paragraphs problems revisions rows sections signatories "
    "submissions updates warnings words"
).split()
_NOUN_AFTER = re.compile(r"^ (?:\w+ )?(" + "|".join(NOUNS) + r")\b")
#: "{0} words" ("{0} / {1} words" is right for any number: the noun goes with the limit).
_NUMBERED_NOUN = re.compile(r"(?<!/ )\{\d*(?::[^}]*)?\} (?:\w+ )?(" + "|".join(NOUNS) + r")\b")
_ENDING = re.compile(r"\w\((?:s|es)\)")


def _always_plural(value: ast.FormattedValue) -> bool:
    """A limit (a constant such as MAX_ITEMS, or ``limits.max_members``) or a fraction
    ("about 2.4 pages"): these never say one."""
    spec = ast.unparse(value.format_spec) if value.format_spec is not None else ""
    if spec.rstrip("'\"").endswith(("f", "%")):
        return True
    names = [n.id for n in ast.walk(value.value) if isinstance(n, ast.Name)]
    names += [n.attr for n in ast.walk(value.value) if isinstance(n, ast.Attribute)]
    return any(name.isupper() or name.lower().startswith("max") for name in names)


def _counted_by_qt(tree: ast.AST) -> set[int]:
    """The texts Qt counts: ``tr(text, "", n)``, ``translate(context, text, "", n)``,
    ``ntr(context, text, n)`` and a module's own ``_tr(text, n)`` (tools/translations.py);
    their "(s)" is settled by the translations (gui/plurals.py)."""
    texts: set[int] = set()
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = {"tr": 0, "translate": 1, "ntr": 1, "_tr": 0}.get(name)
        enough = {"tr": 3, "translate": 4, "ntr": 3, "_tr": 2}.get(name, 99)
        if position is not None and len(call.args) >= enough:
            texts.add(id(call.args[position]))
    return texts


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    counted_by_qt = _counted_by_qt(tree)
    found: list[str] = []
    where = path.relative_to(SOURCE.parent)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            qt_counts = id(node) in counted_by_qt or "%n" in text
            if _ENDING.search(text) and not qt_counts:
                found.append(f"{where}:{node.lineno}: '(s)' outside a counted text: {text!r}")
            if _NUMBERED_NOUN.search(text):
                found.append(f"{where}:{node.lineno}: a number before a plural: {text!r}")
        elif isinstance(node, ast.JoinedStr):
            parts = node.values
            for lead, before, after in zip([None, *parts], parts, parts[1:], strict=False):
                over = isinstance(lead, ast.Constant) and str(lead.value).endswith("/ ")
                if (
                    isinstance(before, ast.FormattedValue)
                    and not over  # "{a} / {b} words": the noun goes with the limit
                    and not _always_plural(before)
                    and isinstance(after, ast.Constant)
                    and isinstance(after.value, str)
                    and _NOUN_AFTER.match(after.value)
                ):
                    shown = ast.unparse(before.value)
                    found.append(
                        f"{where}:{node.lineno}: {{{shown}}} before a plural: {after.value!r}"
                    )
    return found


def test_no_message_counts_with_a_fixed_plural() -> None:
    problems = [p for path in sorted(SOURCE.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = SOURCE / "_plural_scan_sample.py"
    assert not sample.exists()
    code = (
        'a = f"Wrote {len(x)} paragraph(s)"\n'
        'b = f"{n} warnings"\n'
        'c = "Imported {0} paragraphs"\n'
        'd = "%n section(s) will be added"\n'
        "e = f\"{counted(n, 'warning')} and {n} more\"\n"
        'f = f"at most {MAX_ITEMS:,} items, about {pages:.1f} pages, {a} / {b} words"\n'
        'g = "{0} / {1} words"\n'
        'h = self.tr("{0} word(s)", "", n).format(f"{n:,}")\n'
        'i = self.tr("{0} word(s)").format(n)\n'
    )
    target = tmp_path / "tccm_drafter" / "sample.py"
    target.parent.mkdir()
    target.write_text(code, encoding="utf-8")
    original = globals()["SOURCE"]
    globals()["SOURCE"] = target.parent
    try:
        found = _problems(target)
    finally:
        globals()["SOURCE"] = original
    assert sorted(line.split(":")[1] for line in found) == ["1", "2", "3", "9"]


@pytest.mark.parametrize(
    ("number", "text"),
    [(0, "0 paragraphs"), (1, "1 paragraph"), (2, "2 paragraphs"), (1480, "1,480 paragraphs")],
)
def test_counted(number: int, text: str) -> None:
    assert counted(number, "paragraph") == text


def test_irregular_plural() -> None:
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
    assert plural(1, "signatory", "signatories") == "signatory"


def test_the_window_counts_in_words(qtbot: QtBot) -> None:
    """A counted text of the desktop app, through Qt and the English plurals."""
    from tccm_drafter.gui.dialogs import SignatoriesDialog
    from tccm_drafter.gui.plurals import ensure_plurals

    ensure_plurals()
    for days, words in ((1, "1 day left"), (3, "3 days left")):
        dialog = SignatoriesDialog([], TODAY + timedelta(days=days), today=TODAY)
        qtbot.addWidget(dialog)
        assert f"Endorsements close on {format_day(TODAY + timedelta(days=days))} ({words})." in (
            dialog.summary.text()
        )
