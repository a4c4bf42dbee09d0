"""SSH for shared libraries: the command that dulwich runs, and what ssh's refusals mean.

The app runs the system's ``ssh`` client (OpenSSH on Linux, macOS and Windows 10 and later),
which logs in with the user's SSH agent or key files and checks the server against the user's
``known_hosts``. It always runs in batch mode: it never waits for a passphrase or a "yes"
typed in a terminal the app does not have, it fails at once and says why on its standard
error, which :func:`refusal` turns into one line for the user.

``GIT_SSH_COMMAND``, when the user set it for git, is used the same way git uses it: the
command (an ``ssh`` or a program taking ssh's options) and its options, split into words as a
shell would (no shell is run).
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Mapping

#: Batch mode, and a server that takes the connection but never answers is given up after
#: 30 s (as HTTPS is), not waited for.
_BATCH = "-o BatchMode=yes -o ConnectTimeout=30"
#: Without GIT_SSH_COMMAND: the ssh on the PATH, in batch mode.
SSH_COMMAND = f"ssh {_BATCH}"

#: What ssh writes on its standard error when it refuses (checked in this order), and the line
#: the user gets. A changed key is named before the refusal ssh prints after it.
_REFUSALS = (
    (
        re.compile(r"REMOTE HOST IDENTIFICATION HAS CHANGED"),
        "the server's SSH host key is not the one this computer knows for it, so nothing was "
        "sent or changed: ask the server's administrator whether the key changed before you "
        "trust the new one",
    ),
    (
        re.compile(r"^Host key verification failed", re.MULTILINE),
        "this computer does not know the server's SSH host key, so nothing was sent or "
        "changed: check the key with the server's administrator and add it to your "
        "known_hosts (for example by connecting once with ssh), then try again",
    ),
    (
        re.compile(r"Permission denied \((publickey|password|keyboard|hostbased|gssapi)"),
        "the SSH server refused your keys (permission denied): load the key this server knows "
        "into your SSH agent (ssh-add) or name it in your SSH configuration, then try again",
    ),
)


def ssh_command(environ: Mapping[str, str]) -> str:
    """The command line dulwich runs: ``GIT_SSH_COMMAND`` when set, else ``ssh``; either way
    in batch mode (an option the user wrote themselves comes first and wins)."""
    chosen = environ.get("GIT_SSH_COMMAND", "").strip()
    return f"{chosen} {_BATCH}" if chosen else SSH_COMMAND


def ssh_program(environ: Mapping[str, str]) -> str:
    """The program :func:`ssh_command` starts: its first word."""
    try:
        words = shlex.split(ssh_command(environ), posix=os.name != "nt")
    except ValueError:
        return ""
    return words[0] if words else ""


def refusal(said: str) -> str | None:
    """The line for the user when ssh's standard error (``said``) is one of its refusals."""
    return next((meaning for words, meaning in _REFUSALS if words.search(said)), None)


def no_program(program: str) -> str:
    return (
        f"no '{program}' program was found to reach the SSH server: install the OpenSSH "
        "client, or use the repository's https:// address"
    )
