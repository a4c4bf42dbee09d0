"""Spelling as you type: what the window pays for a 300-word paragraph (target: far under a
16 ms frame once the dictionary is loaded), and what the checker's own process pays to load
each dictionary, check the paragraph's words and find suggestions."""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchmarks.common import Result, best_of
from tccm_drafter.app.spell_engine import SpellEngine
from tccm_drafter.app.spell_service import SpellService
from tccm_drafter.app.spelling import Spelling, dictionary_for, words
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import dictionaries_dir, starter_library_dir

#: One misspelt word per language, for the suggestions row.
_MISSPELT = {
    "en_GB": "governence",
    "fr": "gouvernanse",
    "es_ES": "gobernansa",
    "ru_RU": "управлнию",
    "ar": "الإنترنتت",
}


def _paragraphs() -> dict[str, str]:
    """About 300 words of starter-library text per dictionary (paragraphs joined)."""
    result = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    texts: dict[str, list[str]] = {}
    for paragraph in result.paragraphs:
        name = dictionary_for(paragraph.language)
        if name is not None:
            texts.setdefault(name, []).append(paragraph.body)
    joined: dict[str, str] = {}
    for name, bodies in texts.items():
        text = " ".join(bodies)
        cut = words(text)[299].end if len(words(text)) >= 300 else len(text)
        joined[name] = text[:cut]
    return joined


def _worker_rss_mb(service: SpellService) -> float | None:
    process = getattr(service, "_process", None)
    status = Path(f"/proc/{process.pid}/status") if process is not None else None
    if status is None or not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def _highlight_ms(text: str, spelling: Spelling) -> float:
    """The GUI thread's work for one paint of the paragraph: a real QSyntaxHighlighter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    underline = QTextCharFormat()
    underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)

    class Highlighter(QSyntaxHighlighter):
        def highlightBlock(self, block_text: str) -> None:
            misspelt, _unchecked = spelling.review(block_text)
            for token in misspelt:
                self.setFormat(token.start, token.end - token.start, underline)

    document = QTextDocument()
    document.setPlainText(text)
    highlighter = Highlighter(document)
    return best_of(highlighter.rehighlight, repeat=21)


def run(work: Path) -> list[Result]:
    results: list[Result] = []
    texts = _paragraphs()
    for name, text in sorted(texts.items()):
        count = len(words(text))
        engine = SpellEngine(dictionaries_dir(), name)
        tokens = [t.text for t in words(text)]
        check_all = best_of(lambda e=engine, ts=tokens: [e.check(t) for t in ts], repeat=7)
        spelling = Spelling(name.split("_")[0].lower())
        spelling.learn({t: engine.check(t) for t in tokens})
        # A few words the dictionary does not know, so the paint underlines something.
        spelling.learn({t: False for t in tokens[::50]})
        paint = _highlight_ms(text, spelling)
        suggest = best_of(lambda e=engine, n=name: e.suggest(_MISSPELT[n]), repeat=3)

        service = SpellService(dictionaries_dir(), name)
        start = time.perf_counter()
        service.start()
        service.check(tokens[:1])
        load = (time.perf_counter() - start) * 1000
        round_trip = best_of(lambda s=service, ts=tokens: s.check(ts), repeat=7)
        rss = _worker_rss_mb(service)
        service.close()
        results += [
            Result(f"{name}: paint a {count}-word paragraph (window)", paint, 16.0),
            # In the checker's process, each word once (the window then knows it).
            Result(f"{name}: check its {count} words, none known yet (checker)", check_all),
            Result(f"{name}: the same through the pipe", round_trip),
            Result(f"{name}: start the checker and load the dictionary", load),
            Result(f"{name}: suggestions for one misspelt word", suggest),
        ]
        if rss is not None:
            results.append(Result(f"{name}: checker process memory", rss, unit="MB"))
    return results
