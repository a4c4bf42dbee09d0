"""What every command needs: the user's folders, the clock read once, the libraries opened
once (their problems printed the way every command prints them), and output streams that
never pass on a control character from a file someone else wrote."""

from __future__ import annotations

import argparse
import io
from pathlib import Path
from typing import TextIO, cast

from tccm_drafter.app.clock import Clock
from tccm_drafter.app.libraries import Libraries, open_libraries
from tccm_drafter.app.paths import AppPaths
from tccm_drafter.app.preferences import Settings, load_settings
from tccm_drafter.model import Library
from tccm_drafter.model.text_hygiene import terminal_safe

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


class Context:
    """The user's folders and libraries, and the moment the command runs."""

    def __init__(self, args: argparse.Namespace, clock: Clock, err: TextIO) -> None:
        #: The moment the command runs: the clock is read once, here, for the whole command.
        self.now = clock.now()
        self.paths = AppPaths.resolve(getattr(args, "home", None))
        self.extra_libraries = [Path(p) for p in getattr(args, "library", None) or []]
        self._err = err
        self._libraries: Libraries | None = None
        #: Library files that could not be read; they make the exit status at least 1.
        self.library_problems = 0

    def settings(self) -> Settings:
        return load_settings(self.paths)

    def libraries(self) -> Libraries:
        if self._libraries is None:
            self.paths.ensure()
            libraries = open_libraries(
                self.paths, self.settings(), self.extra_libraries, parallel=True
            )
            err = self._err
            for problem in libraries.errors:
                print(f"tccm-drafter: error: {problem}", file=err)
            for line in libraries.notices():
                print(f"tccm-drafter: warning: {line}", file=err)
            self.library_problems = len(libraries.errors)
            self._libraries = libraries
        return self._libraries

    def library(self) -> Library:
        return self.libraries().library


class TerminalSafe(io.TextIOBase):
    """A text stream that passes everything through ``text_hygiene.terminal_safe``."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self._inner = inner

    @classmethod
    def wrap(cls, stream: TextIO) -> TextIO:
        return cast(TextIO, cls(stream))

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()
