"""A real SSH server on 127.0.0.1 for the shared-library tests, and an SSH agent.

``SshServer``: OpenSSH's ``sshd`` in the foreground on a free port, as the user running the
tests, with a configuration, host key and authorised keys of its own in a temporary folder
(nothing of the machine's ``/etc/ssh`` or the user's ``~/.ssh`` is read or written). Logins are
by key only. The server side runs ``git-upload-pack`` / ``git-receive-pack`` like any git
host reached over SSH.

``SshAgent``: an ``ssh-agent`` the test starts, holding the keys it is given: what the app
logs in with, exactly as with the agent of a member's desktop session.

``client_command`` is the ``GIT_SSH_COMMAND`` a test sets for the app: the system's ``ssh``,
reading no configuration file, trusting only the host keys in the file it is given.

Only ``sshd``, ``ssh-keygen``, ``ssh-agent`` and ``ssh-add`` are run here; the app runs only
the ``ssh`` client. Where ``sshd`` is not installed, :func:`require_sshd` skips the test.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from git_server import free_port

#: sshd is often outside a normal user's PATH.
_SBIN = os.pathsep.join(["/usr/sbin", "/usr/local/sbin", "/sbin"])
#: Where sshd running as root insists on a privilege-separation folder (its service makes it).
_PRIVSEP_DIR = Path("/run/sshd")


def _program(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=_SBIN)


def require_sshd() -> str:
    """The sshd program, or skip: the SSH tests need OpenSSH's server and client."""
    missing = [p for p in ("sshd", "ssh", "ssh-keygen", "ssh-agent", "ssh-add") if not _program(p)]
    if missing:
        pytest.skip(f"OpenSSH is not installed ({', '.join(missing)}): apt install openssh-server")
    sshd = _program("sshd")
    assert sshd is not None
    return os.path.abspath(sshd)  # sshd re-executes itself, which needs an absolute path


def make_key(folder: Path, name: str) -> Path:
    """A new ed25519 key pair without passphrase (``name`` and ``name.pub``)."""
    key = folder / name
    subprocess.run(
        [
            _program("ssh-keygen") or "ssh-keygen",
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            name,
            "-f",
            str(key),
        ],
        check=True,
        capture_output=True,
    )
    return key


def public_key(key: Path) -> str:
    """``type base64`` of a key pair's public half (without its comment)."""
    kind, data, *_ = key.with_name(key.name + ".pub").read_text().split()
    return f"{kind} {data}"


class SshServer:
    """``sshd -D -e -f CONFIG`` on 127.0.0.1, logins by key for the current user."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sshd = require_sshd()
        self.user = getpass.getuser()
        self.port = 0
        self.host_key = make_key(folder, "host_key")
        self.authorized = folder / "authorized_keys"
        self.authorized.write_text("")
        self.log = folder / "sshd.log"
        self.process: subprocess.Popen[bytes] | None = None

    def authorize(self, key: Path) -> None:
        with self.authorized.open("a") as out:
            out.write(public_key(key) + "\n")

    def known_hosts_line(self, key: Path | None = None) -> str:
        """The line of a known_hosts file that trusts this server's host key (or ``key``)."""
        return f"[127.0.0.1]:{self.port} {public_key(key or self.host_key)}\n"

    def url(self, repository: Path) -> str:
        return f"ssh://{self.user}@127.0.0.1:{self.port}{repository}"

    def start(self) -> SshServer:
        if os.geteuid() == 0 and not _PRIVSEP_DIR.is_dir():
            _PRIVSEP_DIR.mkdir(mode=0o755)  # as the openssh-server service would at boot
        self.port = free_port()
        config = self.folder / "sshd_config"
        config.write_text(
            f"ListenAddress 127.0.0.1:{self.port}\n"
            f"HostKey {self.host_key}\n"
            f"AuthorizedKeysFile {self.authorized}\n"
            "PidFile none\n"
            "PubkeyAuthentication yes\n"
            "PasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\n"
            "UsePAM no\n"
            # tmp folders are group- or world-writable; CI runs as root.
            "StrictModes no\n"
            "PermitRootLogin prohibit-password\n"
            # git's protocol version, as GitHub's and GitLab's SSH servers accept it.
            "AcceptEnv GIT_PROTOCOL\n"
            "LogLevel VERBOSE\n"
        )
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [self.sshd, "-D", "-e", "-f", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        for _ in range(200):  # until it listens, or it has stopped (its log says why)
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd stopped: {self.log.read_text(errors='replace')}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 0.2),
            ):
                return self
            time.sleep(0.05)
        raise RuntimeError(f"sshd does not listen: {self.log.read_text(errors='replace')}")

    def stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait(10)

    def __enter__(self) -> SshServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class SshAgent:
    """``ssh-agent -D`` on a socket of its own, holding the keys given to :meth:`add`."""

    def __init__(self) -> None:
        # A socket's path is limited to about 100 bytes: a short folder, not pytest's tmp_path.
        self.folder = Path(tempfile.mkdtemp(prefix="agent-"))
        self.socket = self.folder / "agent.sock"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> SshAgent:
        self.process = subprocess.Popen(
            [_program("ssh-agent") or "ssh-agent", "-D", "-a", str(self.socket)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):  # until it takes connections (the file exists before that)
            with (
                contextlib.suppress(OSError),
                socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe,
            ):
                probe.connect(str(self.socket))
                return self
            time.sleep(0.05)
        raise RuntimeError("ssh-agent did not start")

    def add(self, key: Path) -> None:
        env = dict(os.environ, SSH_AUTH_SOCK=str(self.socket))
        subprocess.run(
            [_program("ssh-add") or "ssh-add", "-q", str(key)],
            env=env,
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> SshAgent:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def client_command(known_hosts: Path, *options: str) -> str:
    """A ``GIT_SSH_COMMAND``: ssh reading no configuration file (neither the user's nor the
    system's), trusting only the keys in ``known_hosts``, adding nothing to any file."""
    words = [
        "ssh",
        "-F",
        os.devnull,
        "-o",
        f"UserKnownHostsFile={known_hosts}",
        "-o",
        f"GlobalKnownHostsFile={os.devnull}",
        *options,
    ]
    return shlex.join(words)
