"""Shared libraries over SSH against a real OpenSSH server on 127.0.0.1.

Two members, each with an app home of their own, log in with the key an SSH agent holds (the
agent the test starts, as a desktop session's would be) through the system's ``ssh`` client,
which trusts only the host key the test wrote into a known_hosts file of its own
(``GIT_SSH_COMMAND``). They subscribe, share back and sync; an unknown or changed host key and
an agent without the right key are refused in one line, with nothing written or sent. The app
starts ``ssh`` and never ``git``; only the server side runs git-upload-pack/git-receive-pack.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_helpers import one_error_line, run_cli
from git_server import git, make_server_repo, server_commit, server_file
from shared_helpers import (
    NOW,
    Member,
    files_for,
    no_git_program,
    position,
    share,
    sync_plan,
    two_members,
    workspace,
)
from ssh_server import SshAgent, SshServer, client_command, make_key, require_sshd
from tccm_drafter.app.shared_libraries import SyncLibrary, subscribe
from tccm_drafter.app.shared_propose import PUSHED, pending_changes
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.git_remote import RemoteError, split_address
from tccm_drafter.sharing.git_ssh import SSH_COMMAND, ssh_command
from tccm_drafter.sharing.merge import Kind
from tccm_drafter.storage.settings import load_settings


@dataclass
class Site:
    """The coalition's SSH server with its repository, and the member's agent and trust."""

    server: SshServer
    bare: Path
    agent: SshAgent
    key: Path  # the key the server knows, loaded into ``agent``
    known_hosts: Path  # the one file of trusted host keys the app's ssh reads

    @property
    def url(self) -> str:
        return self.server.url(self.bare)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    require_sshd()
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(
        root,
        "positions.git",
        {
            **files_for(position("igf-mandate", "The IGF has a permanent mandate.")),
            **files_for(position("igf-funding", "The IGF needs stable funding.")),
            "README.md": b"# Coalition positions\n",
        },
    )
    keys = tmp_path / "keys"
    keys.mkdir()
    key = make_key(keys, "member_key")
    with SshServer(keys) as server, SshAgent() as agent:
        server.authorize(key)
        agent.add(key)
        known_hosts = tmp_path / "known_hosts"
        known_hosts.write_text(server.known_hosts_line())
        monkeypatch.setenv("SSH_AUTH_SOCK", str(agent.socket))
        monkeypatch.setenv("GIT_SSH_COMMAND", client_command(known_hosts))
        yield Site(server, bare, agent, key, known_hosts)


@pytest.fixture
def members(tmp_path: Path) -> Iterator[tuple[Member, Member]]:
    with two_members(tmp_path) as pair:
        yield pair


def join(member: Member, address: str, *, writable: bool = True) -> None:
    paths = member.paths
    subscribe(paths, load_settings(paths), address, member.store, now=NOW, writable=writable)


def fingerprint(key: Path) -> str:
    done = subprocess.run(
        ["ssh-keygen", "-l", "-f", f"{key}.pub"], capture_output=True, text=True, check=True
    )
    return done.stdout.split()[1]  # SHA256:…


def nothing_subscribed(member: Member) -> bool:
    shared = member.paths.data_dir / "shared"
    empty = not shared.exists() or not any(shared.iterdir())
    return empty and "positions" not in member.settings_text()


def test_two_members_subscribe_share_and_sync_over_ssh(
    site: Site, members: tuple[Member, Member], tmp_path: Path
) -> None:
    kari, amal = members
    trusted = site.known_hosts.read_text()
    with no_git_program(tmp_path, "ssh") as started:
        join(kari, site.url)
        join(amal, site.url)
    assert "ssh" in started  # the system's ssh client carried it, no git program
    sub = kari.subscription()
    assert sub.address == site.url and sub.username == site.server.user
    assert sorted(p.name for p in sub.library_dir.glob("*.md")) == [
        "igf-funding.md",
        "igf-mandate.md",
    ]
    # The login was the agent's key (sshd's log names the key it accepted).
    assert f"Accepted publickey for {site.server.user}" in site.server.log.read_text()
    assert fingerprint(site.key) in site.server.log.read_text()
    # Share back: kari's change is pushed over SSH, authored by kari's organisation.
    kari.edit("igf-funding", "The IGF needs stable, diverse funding.")
    with no_git_program(tmp_path, "ssh"):
        shared = share(kari)
    assert shared.outcome == PUSHED and shared.ids == ["igf-funding"]
    assert b"stable, diverse funding" in server_file(site.bare, "positions/igf-funding.md")
    assert git("log", "-1", "--format=%an|%s", "main", cwd=site.bare) == (
        "Example IXP|Update igf-funding from Example IXP"
    )
    # A colleague with plain git changes another paragraph on the server.
    server_commit(
        site.bare,
        files_for(position("igf-mandate", "The IGF's permanent mandate is welcome.")),
        "Mandate wording",
    )
    # amal syncs: kari's pushed change and the colleague's, both updates by history.
    with no_git_program(tmp_path, "ssh"):
        preview = sync_plan(amal)
    assert preview.offline is None
    items = {i.paragraph_id: i.kind for i in preview.sync.plan.items}
    assert items == {"igf-funding": Kind.UPDATE, "igf-mandate": Kind.UPDATE}
    SyncLibrary(preview, {}, NOW).apply(workspace(amal))
    assert amal.paragraph("igf-funding").body == "The IGF needs stable, diverse funding."
    assert amal.paragraph("igf-mandate").body == "The IGF's permanent mandate is welcome."
    assert pending_changes(amal.subscription()) == []
    # Nothing was added to any known_hosts file along the way.
    assert site.known_hosts.read_text() == trusted


def test_the_short_form_user_at_host_path(
    site: Site, members: tuple[Member, Member], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``user@host:/path`` (scp's form) has no place for a port: the user's SSH configuration
    gives it, here ``-o Port=`` in GIT_SSH_COMMAND."""
    kari, _ = members
    port = f"Port={site.server.port}"
    monkeypatch.setenv("GIT_SSH_COMMAND", client_command(site.known_hosts, "-o", port))
    address = f"{site.server.user}@127.0.0.1:{site.bare}"
    with no_git_program(tmp_path, "ssh"):
        join(kari, address)
    sub = kari.subscription()
    assert sub.address == address and sub.username == site.server.user
    assert kari.paragraph("igf-mandate").body == "The IGF has a permanent mandate."
    kari.edit("igf-mandate", "The IGF's mandate is permanent.")
    with no_git_program(tmp_path, "ssh"):
        assert share(kari).outcome == PUSHED
    assert b"mandate is permanent" in server_file(site.bare, "positions/igf-mandate.md")


def test_an_unknown_host_key_is_refused_in_one_line(
    site: Site, members: tuple[Member, Member], tmp_path: Path
) -> None:
    kari, _ = members
    site.known_hosts.write_text("")  # this computer has never met the server
    with no_git_program(tmp_path, "ssh"), pytest.raises(RemoteError) as caught:
        join(kari, site.url)
    error = caught.value
    assert error.kind == "ssh"  # not "auth": no password dialog for an SSH address
    message = str(error)
    assert "\n" not in message and message.startswith(site.url + ": ")
    assert "does not know the server's SSH host key" in message
    assert "nothing was sent or changed" in message
    assert site.known_hosts.read_text() == ""  # trusted nothing, added nothing
    assert nothing_subscribed(kari)
    assert "Accepted publickey" not in site.server.log.read_text()  # it never logged in


def test_a_changed_host_key_stops_a_sync_and_changes_nothing(
    site: Site, members: tuple[Member, Member], tmp_path: Path
) -> None:
    kari, _ = members
    with no_git_program(tmp_path, "ssh"):
        join(kari, site.url)
    server_commit(
        site.bare, files_for(position("igf-funding", "Changed on the server.")), "Funding"
    )
    # The known key is now another server's: someone may be in the middle.
    other = make_key(tmp_path, "other_host_key")
    site.known_hosts.write_text(site.server.known_hosts_line(other))
    before = kari.library_file("igf-funding").read_bytes()
    state = kari.subscription()
    with no_git_program(tmp_path, "ssh"), pytest.raises(RemoteError) as caught:
        sync_plan(kari)  # not "offline": a sync on start must not quietly carry on
    assert caught.value.kind == "ssh"
    message = str(caught.value)
    assert "\n" not in message and message.startswith(site.url + ": ")
    assert "host key is not the one this computer knows" in message
    assert kari.library_file("igf-funding").read_bytes() == before
    assert kari.subscription().upstream == state.upstream
    assert site.known_hosts.read_text() == site.server.known_hosts_line(other)


def test_a_server_that_is_gone_means_working_offline(
    site: Site, members: tuple[Member, Member], tmp_path: Path
) -> None:
    kari, _ = members
    with no_git_program(tmp_path, "ssh"):
        join(kari, site.url)
    site.server.stop()
    with no_git_program(tmp_path, "ssh"):
        preview = sync_plan(kari)  # the plan from the last fetch, and why nothing new came
    assert preview.offline is not None and preview.offline.kind == "offline"
    message = str(preview.offline)
    assert "\n" not in message and message.startswith(site.url + ": could not reach the server")
    assert "Connection refused" in message and message.endswith("you are working offline")
    assert preview.sync.plan.items == []


def test_an_agent_without_the_key_is_refused_and_nothing_is_half_done(
    site: Site,
    members: tuple[Member, Member],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kari, amal = members
    with no_git_program(tmp_path, "ssh"):
        join(kari, site.url)
    kari.edit("igf-funding", "Funding from many sources.")
    state = kari.subscription()
    main_before = git("rev-parse", "main", cwd=site.bare)
    with SshAgent() as stranger:  # holds a key the server does not know
        stranger.add(make_key(tmp_path, "unknown_key"))
        monkeypatch.setenv("SSH_AUTH_SOCK", str(stranger.socket))
        with no_git_program(tmp_path, "ssh"), pytest.raises(RemoteError) as subscribing:
            join(amal, site.url)
        with no_git_program(tmp_path, "ssh"), pytest.raises(RemoteError) as sharing:
            share(kari)
    for caught in (subscribing, sharing):
        message = str(caught.value)
        assert caught.value.kind == "ssh"
        assert "\n" not in message and message.startswith(site.url + ": ")
        assert "refused your keys (permission denied)" in message
    # amal has nothing; kari's change is still here, unshared, and the server is as it was.
    assert nothing_subscribed(amal)
    assert git("rev-parse", "main", cwd=site.bare) == main_before
    assert [c.paragraph_id for c in pending_changes(kari.subscription())] == ["igf-funding"]
    assert kari.subscription().base == state.base
    assert kari.paragraph("igf-funding").body == "Funding from many sources."


def test_no_repository_at_the_path(
    site: Site, members: tuple[Member, Member], tmp_path: Path
) -> None:
    kari, _ = members
    with no_git_program(tmp_path, "ssh"), pytest.raises(RemoteError) as caught:
        join(kari, site.server.url(site.bare.with_name("elsewhere.git")))
    assert caught.value.kind == "missing"
    assert str(caught.value).endswith(": no git repository at this address")
    assert nothing_subscribed(kari)


def test_command_line_over_ssh_and_its_one_line_refusal(site: Site, tmp_path: Path) -> None:
    """The CLI in a process of its own, with ssh and no git on its PATH."""
    only_ssh = tmp_path / "bin"
    only_ssh.mkdir()
    (only_ssh / "ssh").symlink_to(shutil.which("ssh") or "ssh")
    env = {
        "PATH": str(only_ssh),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(sys.path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "SSH_AUTH_SOCK": os.environ["SSH_AUTH_SOCK"],
        "GIT_SSH_COMMAND": os.environ["GIT_SSH_COMMAND"],
    }

    def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, home=home, env=env)

    done = cli(tmp_path / "kari", "library", "subscribe", site.url, "--writable")
    assert done.returncode == 0, done.stderr
    assert f"Subscribed to 'positions' ({site.url}, branch main)" in done.stdout
    site.known_hosts.write_text("")
    done = cli(tmp_path / "amal", "library", "subscribe", site.url)
    assert done.returncode != 0
    line = one_error_line(done.stderr)
    assert site.url in line and "does not know the server's SSH host key" in line
    assert site.known_hosts.read_text() == ""


# --- addresses and the ssh command (no server) ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "user"),
    [
        ("git@git.example.org:coalition/positions.git", "git"),  # from the user's home
        ("git@git.example.org:/srv/git/positions.git", "git"),  # from the root
        ("git.example.org:positions.git", ""),
        ("ssh://kari@git.example.org:2222/srv/git/positions.git", "kari"),
    ],
)
def test_ssh_addresses_are_taken_as_typed(typed: str, user: str) -> None:
    assert split_address(typed) == (typed, None, user)


@pytest.mark.parametrize(
    "typed",
    ["-oProxyCommand:x", "git@-oProxyCommand:x", "ssh://-oProxyCommand=touch/x"],
)
def test_a_server_name_that_ssh_would_take_as_an_option_is_refused(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        split_address(typed)
    assert caught.value.field == "address"
    assert "cannot start with '-'" in caught.value.message


def test_git_ssh_command_is_used_in_batch_mode() -> None:
    assert ssh_command({}) == SSH_COMMAND == "ssh -o BatchMode=yes -o ConnectTimeout=30"
    assert ssh_command({"GIT_SSH_COMMAND": "  "}) == SSH_COMMAND
    assert ssh_command({"GIT_SSH_COMMAND": "ssh -i ~/.ssh/coalition"}) == (
        "ssh -i ~/.ssh/coalition -o BatchMode=yes -o ConnectTimeout=30"
    )


def test_no_ssh_program_is_one_line(
    members: tuple[Member, Member], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari, _ = members
    monkeypatch.setenv("GIT_SSH_COMMAND", "no-such-ssh -F /dev/null")
    with no_git_program(tmp_path), pytest.raises(RemoteError) as caught:
        join(kari, "ssh://kari@127.0.0.1:1/srv/positions.git")
    assert caught.value.kind == "ssh"
    assert str(caught.value) == (
        "ssh://kari@127.0.0.1:1/srv/positions.git: no 'no-such-ssh' program was found to reach "
        "the SSH server: install the OpenSSH client, or use the repository's https:// address"
    )
    assert nothing_subscribed(kari)
