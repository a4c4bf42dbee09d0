"""A real git server on 127.0.0.1 for the tests and the benchmarks.

``GitHttpServer``: ``git http-backend`` (git's own smart-HTTP program, run as CGI) behind a
small Python HTTP server in a process of its own, with basic authentication: a fetch needs
the reader's or the writer's password, a push the writer's. ``die_after`` makes the process
kill itself after sending that many bytes of a fetch's pack, the way a server or a network
disappears mid-transfer. ``GitDaemon``: ``git daemon --enable=receive-pack`` (the git://
protocol, no authentication).

Only the server side uses the ``git`` program; the app never does. ``make_server_repo`` and
``server_commit`` prepare and change repositories the way a member with plain git would.

Run as a script, it is the HTTP server: ``python git_server.py ROOT USERS PORT [DIE_AFTER]``
(port 0: any free one), and prints the port it listens on.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

GIT = shutil.which("git") or "git"
#: Author and committer for the server-side helpers (no global git configuration needed).
_IDENTITY = {
    "GIT_AUTHOR_NAME": "Secretariat",
    "GIT_AUTHOR_EMAIL": "secretariat@example.org",
    "GIT_COMMITTER_NAME": "Secretariat",
    "GIT_COMMITTER_EMAIL": "secretariat@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "HOME": "/nonexistent",
}


def git(*args: str | Path, cwd: Path | None = None, check: bool = True) -> str:
    """Run the server side's git (never the app's)."""
    env = dict(os.environ, **_IDENTITY)
    done = subprocess.run(
        [GIT, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"git {' '.join(map(str, args))}: {done.stderr}")
    return done.stdout.strip()


def make_server_repo(root: Path, name: str, files: dict[str, bytes], branch: str = "main") -> Path:
    """A bare repository ``root/name`` whose ``branch`` holds ``files`` in one commit."""
    bare = root / name
    git("init", "--quiet", "--bare", f"--initial-branch={branch}", bare)
    git("config", "http.receivepack", "true", cwd=bare)
    if files:
        server_commit(bare, files, "Initial positions", branch=branch)
    return bare


def server_commit(
    bare: Path,
    files: dict[str, bytes | None],
    message: str,
    branch: str = "main",
    *,
    symlinks: dict[str, str] | None = None,
    gitlinks: dict[str, str] | None = None,
) -> str:
    """Commit ``files`` (None: remove) on ``branch`` of a bare repository with plain git, as a
    colleague with a terminal would; returns the new commit id."""
    work = bare.parent / f".work-{bare.name}-{time.monotonic_ns()}"
    git("init", "--quiet", f"--initial-branch={branch}", work)
    try:
        heads = git("ls-remote", "--heads", bare, branch)
        if heads:
            git("fetch", "--quiet", bare, branch, cwd=work)
            git("reset", "--quiet", "--hard", "FETCH_HEAD", cwd=work)
        for name, data in files.items():
            target = work / name
            if data is None:
                target.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for name, points_to in (symlinks or {}).items():
            (work / name).symlink_to(points_to)
        git("add", "--all", cwd=work)
        for name, commit in (gitlinks or {}).items():
            git("update-index", "--add", "--cacheinfo", f"160000,{commit},{name}", cwd=work)
        git("commit", "--quiet", "--allow-empty", "-m", message, cwd=work)
        git("push", "--quiet", bare, f"HEAD:refs/heads/{branch}", cwd=work)
        return git("rev-parse", "HEAD", cwd=work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def server_file(bare: Path, path: str, ref: str = "main") -> bytes:
    env = dict(os.environ, **_IDENTITY)
    return subprocess.run(
        [GIT, "show", f"{ref}:{path}"], cwd=bare, env=env, capture_output=True, check=True
    ).stdout


def protect_branch(bare: Path, branch: str = "main") -> None:
    """A pre-receive hook on the server that refuses every push to ``branch``, as a protected
    branch on GitHub, GitLab or Gitea does."""
    hook = bare / "hooks" / "pre-receive"
    hook.write_text(
        "#!/bin/sh\n"
        "while read old new ref; do\n"
        f'  if [ "$ref" = "refs/heads/{branch}" ]; then\n'
        f'    echo "{branch} is protected: open a merge request" >&2\n'
        "    exit 1\n"
        "  fi\n"
        "done\n"
        "exit 0\n"
    )
    hook.chmod(0o755)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class GitHttpServer:
    """``git http-backend`` behind basic authentication, in a process of its own."""

    def __init__(
        self,
        root: Path,
        users: dict[str, str] | None = None,
        *,
        readers: dict[str, str] | None = None,
        die_after: int | None = None,
        port: int = 0,
    ) -> None:
        self.root = root
        self.users = users if users is not None else {"kari": "s3cret-token"}
        self.readers = readers or {}
        self.die_after = die_after
        self.process: subprocess.Popen[str] | None = None
        self.port = port

    def start(self) -> GitHttpServer:
        accounts = [f"w:{u}:{p}" for u, p in self.users.items()]
        accounts += [f"r:{u}:{p}" for u, p in self.readers.items()]
        command = [sys.executable, __file__, str(self.root), ",".join(accounts), str(self.port)]
        if self.die_after is not None:
            command.append(str(self.die_after))
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        return self

    def url(self, name: str, *, user: str | None = None, password: str | None = None) -> str:
        credentials = f"{user}:{password}@" if user and password else f"{user}@" if user else ""
        return f"http://{credentials}127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait(10)
            if self.process.stdout is not None:
                self.process.stdout.close()

    def __enter__(self) -> GitHttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def git_daemon(root: Path) -> Iterator[str]:
    """``git daemon`` serving every repository under ``root`` for fetch and push; yields the
    base address (``git://127.0.0.1:PORT``)."""
    port = free_port()
    process = subprocess.Popen(
        [
            GIT,
            "daemon",
            "--export-all",
            "--enable=receive-pack",
            "--reuseaddr",
            "--listen=127.0.0.1",
            f"--port={port}",
            f"--base-path={root}",
            str(root),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the children it forks go with it
    )
    try:
        for _ in range(200):  # wait until it listens
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            time.sleep(0.05)
        yield f"git://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


# --- the HTTP server process ------------------------------------------------------------


class _Accounts(dict[tuple[str, str], str]):
    def get_kind(self, user: str) -> str | None:
        return next((kind for (name, _), kind in self.items() if name == user), None)


class _Handler(BaseHTTPRequestHandler):
    root: Path
    accounts: _Accounts
    die_after: int | None = None

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def _account(self) -> str | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return None
        return user if (user, password) in self.accounts else None

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        user = self._account()
        parts = urlsplit(self.path)
        pushing = "git-receive-pack" in parts.path or "service=git-receive-pack" in parts.query
        if user is None or (pushing and self.accounts.get_kind(user) != "w"):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="positions"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self._body()
        env = {
            "PATH": os.environ.get("PATH", ""),
            "GIT_PROJECT_ROOT": str(self.root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "REQUEST_METHOD": self.command,
            "PATH_INFO": parts.path,
            "QUERY_STRING": parts.query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "REMOTE_USER": user,
            "REMOTE_ADDR": "127.0.0.1",
            "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
            "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
            "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": "/nonexistent",
        }
        done = subprocess.run(
            [GIT, "http-backend"], input=body, env=env, capture_output=True, check=False
        )
        head, _, payload = done.stdout.partition(b"\r\n\r\n")
        status, headers = 200, []
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        fetching = "git-upload-pack" in parts.path and self.command == "POST"
        if fetching and self.die_after is not None and len(payload) > self.die_after:
            self.wfile.write(payload[: self.die_after])
            self.wfile.flush()
            os._exit(1)  # the server is gone mid-transfer
        self.wfile.write(payload)


def _serve_forever(root: str, accounts: str, port: int, die_after: str | None) -> None:
    table = _Accounts()
    for entry in filter(None, accounts.split(",")):
        kind, user, password = entry.split(":", 2)
        table[(user, password)] = kind
    _Handler.root = Path(root)
    _Handler.accounts = table
    _Handler.die_after = int(die_after) if die_after else None
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    _serve_forever(
        sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None
    )
