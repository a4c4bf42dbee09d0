"""The command line: `tccm-drafter COMMAND`, over app/ only (tests/test_one_door.py).

Every command takes ``--home DIR`` and ``--library DIR`` (repeatable). Bad input gets one line
on stderr naming the file and line or field, exit status 2, and nothing written. Without a
command (or with a ``.tccm`` file) it opens the desktop app.
"""

from __future__ import annotations

from tccm_drafter.cli.main import main

__all__ = ["main"]
