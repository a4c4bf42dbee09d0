"""Talking to a git server with dulwich (pure Python): addresses, fetch and push.

No ``git`` program is run, ever: dulwich speaks git's protocols itself (smart HTTP(S), git://
and SSH, where it runs the system's ``ssh`` client, which uses the SSH agent and the user's
keys). Nothing here reads the user's git configuration, so no ``insteadOf`` rule, credential
helper, hook or filter of theirs (or of the repository's) takes part.

Addresses are checked before use: only ``https``, ``http``, ``ssh``, ``git`` and the short
SSH form ``user@host:path`` (a path from the user's home on the server, or from ``/``). A
password written into an address is taken out of it at once (:func:`split_address`);
:func:`shown` is the only form any message or file ever holds. SSH's command and refusals:
:mod:`git_ssh`.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from tccm_drafter.errors import InputError
from tccm_drafter.sharing.git_pack_guard import GuardedPackWriter, PackLimits, PackRefused
from tccm_drafter.sharing.git_ssh import no_program, refusal, ssh_command, ssh_program
from tccm_drafter.storage import limits

if TYPE_CHECKING:
    from dulwich.client import GitClient
    from dulwich.pack import UnpackedObject

#: Seconds without an answer before a fetch or push gives up (the server or network is gone).
TIMEOUT_SECONDS = 30.0
_SCHEMES = ("https", "http", "ssh", "git")
_SCP_FORM = re.compile(r"(?P<user>[A-Za-z0-9._-]+@)?(?P<host>[A-Za-z0-9.-]{2,}):(?P<path>[^\\].*)")
PACK_LIMITS = PackLimits(
    max_pack_bytes=limits.SHARED_MAX_PACK_BYTES,
    max_objects=limits.SHARED_MAX_OBJECTS,
    max_object_bytes=limits.SHARED_MAX_OBJECT_BYTES,
    max_unpacked_bytes=limits.SHARED_MAX_UNPACKED_BYTES,
)


class RemoteError(InputError):
    """The server could not be used; ``kind`` is ``offline``, ``auth`` (a user name and a
    password are wanted), ``ssh`` (SSH refused: an unknown or changed host key, keys the server
    does not take, no ``ssh`` program), ``missing`` (no such repository or branch), ``refused``
    (a push the server turned down) or ``unsafe``."""

    def __init__(self, message: str, *, kind: str, address: str = "") -> None:
        super().__init__(f"{address}: {message}" if address else message)
        self.kind = kind


@dataclass(frozen=True)
class Credentials:
    """A user name and a password or token for an HTTPS server (never shown, never saved in
    a file: the keyring keeps the secret)."""

    username: str
    secret: str = field(repr=False)


def split_address(text: str) -> tuple[str, Credentials | None, str]:
    """``(address, credentials, user)`` from what the user typed.

    The address comes back without any password; a password in it becomes ``credentials``
    (for the keyring). ``user`` is the user name in it, if any. Raises InputError for an
    address the app does not use (local paths, ``file://``, ``ext::`` and other schemes).
    """
    text = text.strip()
    if not text:
        raise InputError("enter the repository's address", field="address")
    if any(ord(c) < 32 or c == "\x7f" for c in text) or " " in text:
        raise InputError(
            "a repository address has no spaces or control characters", field="address"
        )
    scp = _SCP_FORM.fullmatch(text)
    if "://" not in text and scp is not None:
        _check_host(scp.group("host"), text)
        return text, None, (scp.group("user") or "").rstrip("@")
    parts = urlsplit(text)
    if parts.scheme not in _SCHEMES or not parts.hostname:
        raise InputError(
            f"use an https://, ssh:// or git:// address, or user@host:path (got {shown(text)!r})",
            field="address",
        )
    _check_host(parts.hostname, text)
    user = unquote(parts.username or "")
    secret = unquote(parts.password or "")
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    netloc = f"{quote(user, safe='')}@{host}" if user and parts.scheme == "ssh" else host
    clean = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    credentials = Credentials(user, secret) if user and secret else None
    return clean, credentials, user


def _check_host(host: str, text: str) -> None:
    """A server name starting with ``-`` would reach ``ssh`` as an option."""
    if host.startswith("-"):
        raise InputError(
            f"a server's name cannot start with '-' (got {shown(text)!r})", field="address"
        )


def shown(address: str) -> str:
    """The address as messages show it: never a password."""
    try:
        parts = urlsplit(address)
        if parts.password is not None:
            host = parts.hostname or ""
            if parts.port:
                host += f":{parts.port}"
            user = f"{parts.username}@" if parts.username else ""
            return urlunsplit((parts.scheme, user + host, parts.path, "", ""))
    except ValueError:
        return "(an address that cannot be read)"
    return address


def keyring_service(address: str) -> str:
    """The keyring entry's service name for an address: its scheme, host and path."""
    return f"tccm-drafter git {shown(address)}"


def _client(address: str, credentials: Credentials | None, operation: str) -> tuple[GitClient, str]:
    from dulwich.client import (
        default_urllib3_manager,
        get_transport_and_path,
        get_transport_and_path_from_url,
    )

    ssh = ssh_command(os.environ)
    if "://" not in address:  # user@host:path
        return get_transport_and_path(address, operation=operation, ssh_command=ssh)
    scheme = urlsplit(address).scheme
    if scheme in ("http", "https"):
        return get_transport_and_path_from_url(
            address,
            operation=operation,
            username=credentials.username if credentials else None,
            password=credentials.secret if credentials else None,
            pool_manager=default_urllib3_manager(  # type: ignore[arg-type]
                config=None, timeout=TIMEOUT_SECONDS
            ),
        )
    return get_transport_and_path_from_url(address, operation=operation, ssh_command=ssh)


def _failure(address: str, error: BaseException) -> RemoteError:
    """What went wrong, in one line, from dulwich's and the network's exceptions."""
    from dulwich.client import HTTPProxyUnauthorized, HTTPUnauthorized
    from dulwich.errors import GitProtocolError, HangupException, NotGitRepository

    where = shown(address)
    if isinstance(error, RemoteError):
        return error
    if isinstance(error, HTTPUnauthorized | HTTPProxyUnauthorized):
        return RemoteError(
            "the server asks for a user name and a password or token (or refused the ones given)",
            kind="auth",
            address=where,
        )
    if isinstance(error, PackRefused):
        return RemoteError(
            f"shared library refused, nothing was changed: {error.reason}",
            kind="unsafe",
            address=where,
        )
    if isinstance(error, NotGitRepository):
        return RemoteError("no git repository at this address", kind="missing", address=where)
    if isinstance(error, FileNotFoundError) and error.filename == ssh_program(os.environ):
        return RemoteError(no_program(str(error.filename)), kind="ssh", address=where)
    detail = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
    if isinstance(error, HangupException):
        said = "\n".join(line.strip() for line in str(error).splitlines() if line.strip())
        if (meaning := refusal(said)) is not None:
            return RemoteError(meaning, kind="ssh", address=where)
        if "does not appear to be a git repository" in said:
            return RemoteError("no git repository at this address", kind="missing", address=where)
        last = said.splitlines()[-1] if error.stderr_lines and said else ""
        detail = (  # the last line the other side wrote (ssh's or the server's), else ours
            "".join(c for c in last if c.isprintable())[:200]
            or "the connection was closed before the transfer finished"
        )
    elif isinstance(error, GitProtocolError) and "not found" in detail.lower():
        return RemoteError("no git repository at this address", kind="missing", address=where)
    return RemoteError(
        f"could not reach the server ({shown(detail)}); you are working offline",
        kind="offline",
        address=where,
    )


def _network_errors() -> tuple[type[BaseException], ...]:
    import urllib3.exceptions
    from dulwich.client import HTTPProxyUnauthorized, HTTPUnauthorized
    from dulwich.errors import GitProtocolError, NotGitRepository

    return (
        OSError,
        urllib3.exceptions.HTTPError,
        GitProtocolError,
        NotGitRepository,
        HTTPUnauthorized,
        HTTPProxyUnauthorized,
        PackRefused,
        ValueError,
        KeyError,
    )


def fetch_branch(
    repo_path: str,
    address: str,
    branch: str,
    credentials: Credentials | None,
    known: Sequence[bytes] = (),
) -> bytes:
    """Fetch ``branch`` into the local bare repository at ``repo_path``; returns its commit.

    ``known`` are commits fetched before (the server then sends only what is new). The pack
    is checked as it arrives (:mod:`git_pack_guard`) and kept only when whole: a connection
    lost half-way, or a pack over a limit, leaves the repository as it was.
    """
    from dulwich.objects import ObjectID
    from dulwich.refs import Ref
    from dulwich.repo import Repo

    wanted = Ref(f"refs/heads/{branch}".encode())
    found: dict[str, bytes] = {}

    def determine_wants(refs: Mapping[Ref, ObjectID], depth: int | None = None) -> list[ObjectID]:
        if wanted not in refs:
            raise RemoteError(
                f"the repository has no branch '{branch}'", kind="missing", address=shown(address)
            )
        head = ObjectID(refs[wanted])
        found["head"] = head
        return [] if head in repo.object_store else [head]

    try:
        client, path = _client(address, credentials, "pull")
        with (
            Repo(repo_path) as repo,
            tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024, dir=repo_path) as spool,
        ):
            guard = GuardedPackWriter(spool, PACK_LIMITS)
            haves = [ObjectID(k) for k in known if k and ObjectID(k) in repo.object_store]
            client.fetch_pack(path, determine_wants, repo.get_graph_walker(heads=haves), guard)
            guard.finish()
            if spool.tell():
                spool.seek(0)
                repo.object_store.add_thin_pack(spool.read, None)
            head = found["head"]
            if ObjectID(head) not in repo.object_store:
                raise RemoteError(
                    "the server did not send the branch's latest commit",
                    kind="offline",
                    address=shown(address),
                )
            repo.refs[Ref(b"refs/tccm/upstream")] = ObjectID(head)  # for anyone looking with git
            return head
    except _network_errors() as error:
        raise _failure(address, error) from None


@dataclass
class PushOutcome:
    """``accepted``: the branch now holds the commit. Otherwise ``reason`` (the server's
    words, or ``not a fast-forward``) and ``moved``: the branch changed since the fetch."""

    accepted: bool
    reason: str = ""
    moved: bool = False


def push_commit(
    repo_path: str,
    address: str,
    commit: bytes,
    branch: str,
    expected: bytes | None,
    credentials: Credentials | None,
) -> PushOutcome:
    """Push ``commit`` to ``branch`` only if the server's branch is still ``expected`` (None:
    the branch must not exist yet): a push never replaces someone else's newer work."""
    from dulwich.objects import ObjectID
    from dulwich.refs import Ref
    from dulwich.repo import Repo

    ref = Ref(f"refs/heads/{branch}".encode())
    seen: dict[str, bytes | None] = {}
    said: list[bytes] = []  # what the server's hooks wrote (git shows it as "remote: …")

    def update_refs(refs: dict[Ref, ObjectID]) -> dict[Ref, ObjectID]:
        seen["current"] = refs.get(ref)
        if refs.get(ref) != expected:
            return {}  # moved on the server since we fetched: send nothing
        return {ref: ObjectID(commit)}

    try:
        client, path = _client(address, credentials, "push")
        with Repo(repo_path) as repo:

            def generate(
                have: AbstractSet[ObjectID],
                want: AbstractSet[ObjectID],
                *,
                ofs_delta: bool = False,
                progress: Callable[[bytes], None] | None = None,
            ) -> tuple[int, Iterator[UnpackedObject]]:
                return repo.generate_pack_data(set(have), set(want), ofs_delta=ofs_delta)

            result = client.send_pack(
                path.encode(), update_refs, generate_pack_data=generate, progress=said.append
            )
    except _network_errors() as error:
        failure = _failure(address, error)
        if "declined" in failure.message or "rejected" in failure.message:
            return PushOutcome(False, failure.message)
        raise failure from None
    if seen.get("current") != expected:
        return PushOutcome(False, "not a fast-forward", moved=True)
    status = (result.ref_status or {}).get(ref)
    if status is not None:
        return PushOutcome(False, _with_server_words(str(status), said))
    return PushOutcome(True)


def _with_server_words(status: str, said: list[bytes]) -> str:
    """The refusal and the server's own explanation, on one line of plain text."""
    text = b"".join(said).decode("utf-8", "replace")
    words = " ".join(
        "".join(c for c in line if c.isprintable()).strip()
        for line in text.replace("\r", "\n").splitlines()
    ).strip()
    return f"{status}: {words[:300]}" if words else status
