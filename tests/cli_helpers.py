"""Run the command line as a user does: a real process with its own home folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def run_cli(
    *args: str | Path,
    home: Path,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Exit status, stdout and stderr of ``tccm-drafter ARGS`` with ``--home HOME`` (in
    ``env`` when given: a PATH without git, a password for one run, an SSH agent).

    ``timeout`` only stops a test that would otherwise hang forever (a FIFO read): it fails
    the test, it never decides whether something was fast enough.
    """
    return subprocess.run(
        [sys.executable, "-m", "tccm_drafter", *map(str, args), "--home", str(home)],
        capture_output=True,
        text=True,
        env=dict(os.environ if env is None else env, PYTHONIOENCODING="utf-8"),
        timeout=timeout,
    )


def one_error_line(stderr: str) -> str:
    """The single line the CLI printed for unusable input (no traceback)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]
