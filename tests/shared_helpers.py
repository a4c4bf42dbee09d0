"""Members of a coalition for the shared-library tests: each an app home of its own, working
through the application layer (or the command line) against a real git server.

``no_git_program`` is how the tests see that the app side never runs ``git``: while it is on,
an audit hook fails on any process started whose program is called git, and ``PATH`` holds no
folder with a git in it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backend

from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.shared_libraries import SyncPreview, fetch_and_plan
from tccm_drafter.app.shared_propose import Proposal, propose
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.model import Organisation, Paragraph, Status, Submission
from tccm_drafter.sharing.git_credentials import KeyringStore
from tccm_drafter.sharing.git_store import Subscription, find_subscription
from tccm_drafter.storage.paragraph_file import dump_paragraph, parse_paragraph
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import load_settings

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def position(pid: str, body: str, version: int = 1) -> Paragraph:
    return Paragraph(
        pid, pid.replace("-", " ").capitalize(), body, status=Status.APPROVED, version=version
    )


def files_for(*paragraphs: Paragraph, folder: str = "positions/") -> dict[str, bytes]:
    return {f"{folder}{p.id}.md": dump_paragraph(p).encode("utf-8") for p in paragraphs}


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps secrets in this process (the test machine has no desktop
    keyring); the app's code talks to it through the ``keyring`` package as to any other."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextlib.contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


class _GitWatch:
    """Records every program this process starts while ``on``."""

    def __init__(self) -> None:
        self.on = False
        self.started: list[str] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.on or event not in ("subprocess.Popen", "os.exec", "os.posix_spawn"):
            return
        program = args[0] if event != "subprocess.Popen" else (args[0] or args[1])
        if isinstance(program, list | tuple):
            program = program[0] if program else ""
        self.started.append(os.path.basename(os.fsdecode(program)))  # type: ignore[arg-type]


_WATCH = _GitWatch()
sys.addaudithook(_WATCH)


@contextlib.contextmanager
def no_git_program(tmp: Path, *others: str) -> Iterator[list[str]]:
    """Run the app side with no git on PATH; yields the programs it started (checked after).
    ``others`` are programs the app may run that stay on PATH (``ssh``, as on a computer with
    an SSH client and no git)."""
    bin_dir = tmp / "bin-without-git"
    bin_dir.mkdir(exist_ok=True)
    for name in others:
        found = shutil.which(name)
        assert found is not None, name
        link = bin_dir / name
        if not link.exists():
            link.symlink_to(found)
    saved = os.environ.get("PATH", "")
    os.environ["PATH"] = str(bin_dir)
    assert shutil.which("git") is None
    _WATCH.on, _WATCH.started = True, []
    try:
        yield _WATCH.started
    finally:
        _WATCH.on = False
        os.environ["PATH"] = saved
    assert not [p for p in _WATCH.started if p.startswith("git")], _WATCH.started


@dataclass
class Member:
    """One member organisation: its own app home."""

    home: Path
    organisation: Organisation
    store: KeyringStore = field(default_factory=KeyringStore)

    @property
    def paths(self) -> AppPaths:
        paths = AppPaths.resolve(self.home)
        paths.ensure()
        return paths

    def settings_text(self) -> str:
        file = self.paths.settings_file
        return file.read_text(encoding="utf-8") if file.exists() else ""

    def subscription(self, name: str | None = None) -> Subscription:
        return find_subscription(self.paths, name)

    def library_file(self, pid: str, name: str | None = None) -> Path:
        return self.subscription(name).library_dir / f"{pid}.md"

    def paragraph(self, pid: str, name: str | None = None) -> Paragraph:
        path = self.library_file(pid, name)
        return parse_paragraph(path.read_text(encoding="utf-8"), path)

    def edit(self, pid: str, body: str, name: str | None = None) -> None:
        """Change a paragraph's wording in the shared library's folder, as a save does."""
        from tccm_drafter.model.paragraph import revised
        from tccm_drafter.storage.library_folder import LibraryFolder

        subscription = self.subscription(name)
        folder = LibraryFolder(subscription.library_dir, subscription.name, writable=True)
        loaded = {p.id: p for p in folder.load().paragraphs}
        before = loaded.get(pid) or position(pid, body)
        after = revised(before, replace(before, body=body))
        folder.save(after, check_disk=pid in loaded)

    def settings(self) -> object:
        return load_settings(self.paths)


@contextlib.contextmanager
def two_members(tmp: Path) -> Iterator[tuple[Member, Member]]:
    """Two member organisations, each with an app home, and a keyring in this process."""
    with memory_keyring():
        yield (
            Member(tmp / "kari", Organisation(name="Example IXP", email="ixp@example.org")),
            Member(tmp / "amal", Organisation(name="Registry Two", email="r2@example.net")),
        )


def share(member: Member) -> Proposal:
    """Share back the member's changes, as Library › Share My Changes… does."""
    sub = member.subscription()
    return propose(sub, member.organisation, member.store.get(sub.address, sub.username), now=NOW)


def sync_plan(member: Member) -> SyncPreview:
    """Fetch and compare, as Library › Sync Shared Libraries does before its preview."""
    sub = member.subscription()
    libraries = open_libraries(member.paths, load_settings(member.paths))
    return fetch_and_plan(sub, libraries, member.store.get(sub.address, sub.username))


def workspace(member: Member) -> Workspace:
    return Workspace(Submission(), open_libraries(member.paths, load_settings(member.paths)))
