"""The interface translations (resources/translations/*.ts): complete, every text the code asks
for is in them in its context, counted texts have the language's number of forms, and no
translation loses a placeholder or a menu's keyboard access."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "es", "ar")
#: Plural forms Qt uses for a counted text (Qt's numerus rules).
FORMS = {"fr": 2, "es": 2, "ar": 6}
#: Forms that stand for exactly one number (Arabic: 0, 1, 2), where the word says the number
#: ("ملاحظتان", two notes) and "%n" may be left out.
SINGLE_NUMBER_FORMS = {"fr": set(), "es": set(), "ar": {0, 1, 2}}
PLACEHOLDER = re.compile(r"\{\d+\}|%n")


@functools.cache
def tools() -> ModuleType:
    """tools/translations.py (registered under its own name: it defines a dataclass)."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ROOT / "resources" / "translations" / f"tccm_drafter_{language}.ts").getroot()
    assert root.get("language") == language
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_and_current(language: str) -> None:
    problems = []
    for context, message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        texts = translations_of(message)
        if state in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {message.findtext('source')!r} ({state or 'empty'})")
    assert not problems, f"{len(problems)} entries to translate or remove: {problems[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_counted_texts_have_the_languages_forms(language: str) -> None:
    for context, message in messages(language):
        if message.get("numerus") == "yes":
            forms = translations_of(message)
            assert len(forms) == FORMS[language], (context, message.findtext("source"), forms)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_loses_a_placeholder(language: str) -> None:
    problems = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        counted = message.get("numerus") == "yes"
        for number, text in enumerate(translations_of(message)):
            found = Counter(PLACEHOLDER.findall(text))
            if counted and number in SINGLE_NUMBER_FORMS[language]:
                found["%n"] = wanted["%n"]
            if found != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
            if source.count("&") != text.count("&") and "&&" not in source:
                problems.append(f"{context}: mnemonic of {source!r} -> {text!r}")
    assert not problems, problems


def test_every_text_the_code_asks_for_is_in_each_file() -> None:
    """The code's texts (tools/translations.py reads them from gui/, helpers included) are in
    every file, in the context the code asks in; run `make translations-update` after changing
    them, then translate the new entries."""
    asked = tools().code_messages()
    assert len(asked) > 500
    for language in LANGUAGES:
        have = {
            (context, message.findtext("source")): message.get("numerus") == "yes"
            for context, message in messages(language)
        }
        missing = [m for m in asked if (m.context, m.source) not in have]
        assert not missing, f"{language}: not in the .ts file: {missing[:5]}"
        wrong = [m for m in asked if have[(m.context, m.source)] != m.numerus]
        assert not wrong, f"{language}: counted in the code but not in the file: {wrong[:5]}"


def test_the_scan_finds_texts_behind_helpers() -> None:
    """Texts lupdate alone would miss: ntr(), a module's _tr(), the menus' tables."""
    found = {(m.context, m.source, m.numerus) for m in tools().gui_messages()}
    assert ("DeadlineLabel", "%n day(s) left", True) in found
    assert ("ReviewDetails", "Changed by reviewer", False) in found
    assert ("Menus", "&File", False) in found
    assert ("Menus", "Insert Free &Text", False) in found
    assert ("Menus", "Start a new submission", False) in found
    assert ("NewFromCall", "New submission with %n section(s) from {0}", True) in found
    assert ("Status", "in review", False) in found
