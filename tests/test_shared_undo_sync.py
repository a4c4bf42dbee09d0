"""`tccm-drafter library undo-sync`: the command line undoes a sync as the window's Undo does,
against a real git server on 127.0.0.1 (files and the commit the sync started from)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import run_cli
from git_server import GitHttpServer, make_server_repo, server_commit
from shared_helpers import files_for, position
from tccm_drafter.sharing.git_store import load_subscription

PASSWORD = "s3cret-token"


def cli(home: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, home=home, env=env)


def environment() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "TCCM_DRAFTER_GIT_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }


def test_undo_sync_puts_back_the_files_and_where_the_sync_started(tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    env = environment()
    home = tmp_path / "kari"
    shared = home / "data" / "shared" / "positions"
    mandate = shared / "library" / "igf-mandate.md"
    funding = shared / "library" / "igf-funding.md"
    with GitHttpServer(root) as http:
        url = http.url("positions.git")
        done = cli(home, "library", "subscribe", url, "--username", "kari", env=env)
        assert done.returncode == 0, done.stderr
        done = cli(home, "library", "undo-sync", env=env)  # a subscribe is not a sync
        assert done.returncode != 0
        assert "there is no sync of 'positions' to undo" in done.stderr
        assert "Traceback" not in done.stderr
        before = load_subscription(shared).base
        original = mandate.read_bytes()

        changes = {
            **files_for(position("igf-mandate", "Finer.", version=2)),
            **files_for(position("igf-funding", "New.")),
        }
        server_commit(bare, changes, "Two changes")
        done = cli(home, "library", "sync", env=env)
        assert done.returncode == 0 and "2 paragraphs written" in done.stdout, done.stderr
        assert "Finer." in mandate.read_text() and funding.exists()
        assert load_subscription(shared).base != before

        # A paragraph edited after the sync is not thrown away without --force.
        synced = mandate.read_text()
        mandate.write_text(synced.replace("Finer.", "Finer still."))
        done = cli(home, "library", "undo-sync", "positions", env=env)
        assert done.returncode != 0
        assert "1 paragraph file changed after the sync (igf-mandate.md)" in done.stderr
        assert "--force" in done.stderr
        assert funding.exists() and "Finer still." in mandate.read_text()

        mandate.write_text(synced)
        done = cli(home, "library", "undo-sync", "positions", env=env)
        assert done.returncode == 0, done.stderr
        assert "Undid the last sync of 'positions' (2 paragraphs" in done.stdout
        assert mandate.read_bytes() == original and not funding.exists()
        assert load_subscription(shared).base == before

        done = cli(home, "library", "undo-sync", env=env)  # once only
        assert done.returncode != 0 and "no sync of 'positions' to undo" in done.stderr
        # The server's changes are news again: the next sync brings the same two.
        done = cli(home, "library", "sync", "--dry-run", env=env)
        assert done.returncode == 0, done.stderr
        assert "NEW        igf-funding" in done.stdout
        assert "igf-mandate" in done.stdout


def test_a_sync_that_wrote_nothing_leaves_nothing_to_undo(tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    env = environment()
    home = tmp_path / "kari"
    with GitHttpServer(root) as http:
        url = http.url("positions.git")
        done = cli(home, "library", "subscribe", url, "--username", "kari", env=env)
        assert done.returncode == 0, done.stderr
        server_commit(bare, files_for(position("igf-funding", "New.")), "One")
        assert cli(home, "library", "sync", env=env).returncode == 0
        server_commit(bare, {"README.md": b"# Positions\n"}, "Not a paragraph")
        done = cli(home, "library", "sync", env=env)
        assert done.returncode == 0 and "0 paragraphs written" in done.stdout, done.stdout
        # The earlier sync's record is still in the folder, but it is not this sync's.
        done = cli(home, "library", "undo-sync", env=env)
        assert done.returncode != 0 and "no sync of 'positions' to undo" in done.stderr
        assert (home / "data" / "shared" / "positions" / "library" / "igf-funding.md").exists()


def test_after_sharing_the_last_sync_is_no_longer_undone(tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(
        root,
        "positions.git",
        files_for(position("igf-mandate", "Fine."), position("igf-funding", "Stable.")),
    )
    env = environment()
    home = tmp_path / "kari"
    profiles = home / "config" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "example-ixp.toml").write_text(
        'format = 1\nname = "Example IXP"\nemail = "ixp@example.org"\n', encoding="utf-8"
    )
    with GitHttpServer(root) as http:
        url = http.url("positions.git")
        done = cli(home, "library", "subscribe", url, "--writable", "--username", "kari", env=env)
        assert done.returncode == 0, done.stderr
        server_commit(bare, files_for(position("igf-mandate", "Finer.", version=2)), "One")
        done = cli(home, "library", "sync", env=env)
        assert done.returncode == 0 and "1 paragraph written" in done.stdout, done.stderr
        funding = home / "data" / "shared" / "positions" / "library" / "igf-funding.md"
        funding.write_text(funding.read_text().replace("Stable.", "Stable and shared."))
        # The server moves on meanwhile: the share goes on top of it, the sync's start stays.
        server_commit(bare, {"README.md": b"# Positions\n"}, "Another member")
        done = cli(home, "library", "propose", env=env)
        assert done.returncode == 0, done.stderr
        assert "Shared igf-funding on 'main' (on top of the server's newer changes)" in done.stdout
        done = cli(home, "library", "undo-sync", env=env)
        assert done.returncode != 0 and "no sync of 'positions' to undo" in done.stderr
