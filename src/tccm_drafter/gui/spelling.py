"""Spelling as you type: the window's checker (:class:`Speller`) and the red wavy underline
(:class:`SpellHighlighter`), which attaches to any ``QTextDocument``.

The speller answers from what it already knows (``app/spelling.py``) and sends the words it
has not seen to the Hunspell process (``app/spell_service.py``) from a thread of its own; when
the answers come back, every attached highlighter paints again. Nothing here changes text:
the underline is a format of the layout, not of the document.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from tccm_drafter.app.paths import AppPaths, dictionaries_dir
from tccm_drafter.app.preferences import load_personal_words, save_personal_words
from tccm_drafter.app.spell_service import SpellService
from tccm_drafter.app.spelling import Spelling, Token, dictionary_for, with_word
from tccm_drafter.errors import InputError

#: How long the context menu waits for a word's suggestions.
SUGGEST_TIMEOUT_SECONDS = 5.0
_UNDERLINE = QColor(220, 30, 30)


class _Relay(QObject):
    """Lives on the GUI thread; the checking thread emits through it."""

    checked = Signal(int, object)  # generation, {word: correct}
    failed = Signal(int, str)


class Speller(QObject):
    """The spelling of the open submission's language, shared by every text widget."""

    #: New answers, a word added or ignored, on/off or another language: paint again.
    changed = Signal()
    #: The checker could not start or stopped (one line for the status bar).
    failed = Signal(str)

    def __init__(
        self,
        paths: AppPaths,
        *,
        enabled: bool = True,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._folder = folder or dictionaries_dir()
        self._enabled = enabled
        #: Why the user's own dictionary could not be read ("" = it could).
        self.problem = ""
        try:
            self._personal = load_personal_words(paths)
        except InputError as error:
            self._personal = []
            self.problem = str(error)
        self.spelling = Spelling("", self._personal)
        self._service: SpellService | None = None
        #: The checker failed for this language: not started again until something changes.
        self._broken = False
        self._generation = 0
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._jobs: queue.Queue[tuple[str, object] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        #: Set once the window closes: the checking thread then emits nothing more.
        self._closed = False
        self._emit_lock = threading.Lock()
        # No Qt parent: the relay lives as long as this Python object (which the checking
        # thread holds), so the thread never emits through a relay Qt has already deleted.
        self._relay = _Relay()
        self._relay.checked.connect(self._checked)
        self._relay.failed.connect(self._failed)

    # -- state ------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def active(self) -> bool:
        """Underlining now: switched on, and the language has a dictionary."""
        return self._enabled and self.spelling.checks

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self._restart()

    def set_language(self, language: str) -> None:
        """Check in this language (the submission's); another dictionary starts afresh."""
        if language == self.spelling.language:
            return
        if dictionary_for(language) == self.spelling.dictionary:
            self.spelling.language = language  # same dictionary: keep what is known
            return
        self.spelling = Spelling(language, self._personal)
        self._restart()

    def _restart(self) -> None:
        self._stop_service()
        self._broken = False
        self.spelling = Spelling(self.spelling.language, self._personal)
        self.changed.emit()

    def _service_for_now(self) -> SpellService | None:
        """The checker of the current language, started on first use (on the GUI thread)."""
        if self._service is None and self.active and not self._broken:
            assert self.spelling.dictionary is not None
            self._service = SpellService(self._folder, self.spelling.dictionary)
            self._service.start()
        return self._service

    # -- checking ---------------------------------------------------------------------------
    def request(self, words: list[str]) -> None:
        """Have these words checked (the answers come back through ``changed``)."""
        if self._service_for_now() is None:
            return
        with self._lock:
            new = [word for word in words if word not in self._pending]
            if not new:
                return
            self._pending.update(new)
        self._ensure_thread()
        self._jobs.put(("check", self._generation))

    def suggestions(self, word: str) -> list[str]:
        """Corrections for a misspelt word (waits for the checker: a fraction of a second)."""
        known = self.spelling.suggestions(word)
        service = self._service_for_now()
        if known is not None or service is None:
            return known or []
        done = threading.Event()
        box: list[list[str]] = []
        self._ensure_thread()
        self._jobs.put(("suggest", (service, word, box, done)))
        if done.wait(SUGGEST_TIMEOUT_SECONDS) and box:
            self.spelling.learn_suggestions(word, box[0])
            return box[0]
        return []

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to the user's own dictionary (saved at once) and accept it everywhere."""
        self._personal = with_word(self._personal, word)
        self.spelling.add_personal(word)
        try:
            save_personal_words(self._paths, self._personal)
        except (InputError, OSError) as error:
            self.failed.emit(str(error))
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Accept a word until the app closes."""
        self.spelling.ignore(word)
        self.changed.emit()

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="tccm-spelling", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            kind, payload = job
            if kind == "check":
                self._check(payload)
            elif kind == "suggest" and isinstance(payload, tuple):
                service, word, box, done = payload
                with contextlib.suppress(InputError):
                    box.append(service.suggest(word))
                done.set()

    def _check(self, generation: object) -> None:
        with self._lock:
            words, self._pending = list(self._pending), set()
            service = self._service
        if not words or service is None or not isinstance(generation, int):
            return
        try:
            verdicts: dict[str, bool] | None = service.check(words)
            message = ""
        except InputError as error:
            verdicts, message = None, str(error)
        with self._emit_lock:
            if self._closed:  # the window went away meanwhile
                return
            with contextlib.suppress(RuntimeError):
                if verdicts is None:
                    self._relay.failed.emit(generation, message)
                else:
                    self._relay.checked.emit(generation, verdicts)

    def _checked(self, generation: int, verdicts: object) -> None:
        if generation == self._generation and isinstance(verdicts, dict):
            self.spelling.learn(verdicts)
            self.changed.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._stop_service()
            self._broken = True
            self.failed.emit(message)

    def _stop_service(self) -> None:
        self._generation += 1
        with self._lock:
            self._pending = set()
            service, self._service = self._service, None
        if service is not None:
            threading.Thread(target=service.close, daemon=True).start()

    def close(self) -> None:
        """Stop the checker (the window closes)."""
        with self._emit_lock:
            self._closed = True
        self._stop_service()
        if self._thread is not None:
            self._jobs.put(None)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of a document with a red wavy line.

    The word the user is typing (the one ending at ``typing_at``, a position in the document)
    is left alone until the cursor leaves it, as word processors do.
    """

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self._speller = speller
        self.typing_at: int | None = None
        self.misspelt_format = QTextCharFormat()
        self.misspelt_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelt_format.setUnderlineColor(_UNDERLINE)
        speller.changed.connect(self.rehighlight, Qt.ConnectionType.QueuedConnection)

    @property
    def speller(self) -> Speller:
        return self._speller

    def highlightBlock(self, text: str) -> None:
        speller = self._speller
        if not speller.active:
            return
        start = self.currentBlock().position()
        misspelt, unchecked = speller.spelling.review(text)
        for token in misspelt:
            if self.typing_at is not None and start + token.end == self.typing_at:
                continue
            self.setFormat(token.start, token.end - token.start, self.misspelt_format)
        if unchecked:
            speller.request(unchecked)

    def misspelt_at(self, block: QTextBlock, column: int) -> Token | None:
        """The misspelt word at ``column`` of ``block`` (a click on it or just after it)."""
        if not self._speller.active:
            return None
        for token in self._speller.spelling.misspelt(block.text()):
            if token.start <= column <= token.end:
                return token
        return None
