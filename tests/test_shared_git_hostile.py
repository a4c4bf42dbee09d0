"""A shared repository is untrusted input: hostile trees and objects are refused whole, with
one line naming the file, before anything is written; a server that dies mid-fetch leaves
nothing half-applied; git daemon (git://) works too; and the command line, run with no git
on its PATH, subscribes, syncs and shares."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dulwich.objects import Blob, Commit, Tree
from dulwich.repo import Repo

from cli_helpers import run_cli
from git_server import (
    GitHttpServer,
    git_daemon,
    make_server_repo,
    server_commit,
    server_file,
)
from shared_helpers import NOW, Member, files_for, memory_keyring, no_git_program, position
from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.shared_libraries import fetch_and_plan, subscribe
from tccm_drafter.app.shared_propose import PUSHED, propose
from tccm_drafter.errors import InputError
from tccm_drafter.model import Organisation
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.settings import load_settings

PASSWORD = "s3cret-token"
GOOD = dump_paragraph(position("igf-mandate", "The IGF has a permanent mandate.")).encode()


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Member]:
    with memory_keyring():
        yield Member(tmp_path / "kari", Organisation(name="Example IXP", email="ixp@example.org"))


def hostile_commit(bare: Path, entries: list[tuple[bytes, int, bytes | list]]) -> None:  # type: ignore[type-arg]
    """Write a commit whose tree holds exactly ``entries`` into the server's repository, as
    an attacker with write access (or a malicious server) can; git's own commands would
    refuse to build most of these trees."""
    with Repo(str(bare)) as repo:
        objects: list[Blob | Tree | Commit] = []

        def tree_of(items: list[tuple[bytes, int, bytes | list]]) -> bytes:  # type: ignore[type-arg]
            tree = Tree()
            for name, mode, content in items:
                if isinstance(content, list):
                    tree.add(name, mode, tree_of(content))
                elif mode == 0o160000:
                    tree.add(name, mode, content)  # a gitlink names a commit elsewhere
                else:
                    blob = Blob.from_string(content)
                    objects.append(blob)
                    tree.add(name, mode, blob.id)
            objects.append(tree)
            return tree.id

        commit = Commit()
        commit.tree = tree_of(entries)
        commit.parents = [repo.refs[b"refs/heads/main"]]
        commit.author = commit.committer = b"Intruder <x@example.invalid>"
        commit.author_time = commit.commit_time = 1_800_000_000
        commit.author_timezone = commit.commit_timezone = 0
        commit.message = b"hostile"
        objects.append(commit)
        repo.object_store.add_objects([(o, None) for o in objects])
        repo.refs[b"refs/heads/main"] = commit.id


FILE, FOLDER, LINK, GITLINK = 0o100644, 0o040000, 0o120000, 0o160000
HOSTILE = {
    "dot-dot": ([(b"..", FOLDER, [(b"igf-x.md", FILE, GOOD)])], "'..'"),
    "git-folder": ([(b".git", FOLDER, [(b"config", FILE, b"[core]\n")])], "'.git'"),
    "reserved": ([(b"CON.md", FILE, GOOD)], "'CON.md': a file name Windows reserves"),
    "reserved-folder": ([(b"aux", FOLDER, [(b"igf-x.md", FILE, GOOD)])], "'aux'"),
    "trailing-dot": ([(b"notes.", FILE, b"x")], "'notes.': a file name ending in a dot"),
    "trailing-space": ([(b"igf ", FOLDER, [(b"a.md", FILE, GOOD)])], "'igf ': a file name ending"),
    "slash": ([(b"a\\b.md", FILE, GOOD)], "a character Windows does not allow"),
    "not-utf8": ([(b"igf-\xff.md", FILE, GOOD)], "'igf-\\xff.md': a file name that is not UTF-8"),
    "symlink": ([(b"igf-mandate.md", LINK, b"/etc/passwd")], "'igf-mandate.md': a symbolic link"),
    "submodule": ([(b"vendor", GITLINK, b"1" * 40)], "'vendor': a submodule"),
    "case-clash": (
        [(b"Positions", FOLDER, [(b"a.md", FILE, GOOD)]), (b"positions", FOLDER, [])],
        "only in capitals",
    ),
    "malformed": ([(b"igf-bad.md", FILE, b"no front matter at all\n")], "'igf-bad.md'"),
    "id-mismatch": ([(b"igf-other.md", FILE, GOOD)], "must be named after it"),
    "not-utf8-text": ([(b"igf-mandate.md", FILE, b"+++\n\xff\xfe\n+++\n")], "not UTF-8 text"),
    "too-deep": (
        [
            (
                b"a",
                FOLDER,
                [
                    (
                        b"b",
                        FOLDER,
                        [
                            (
                                b"c",
                                FOLDER,
                                [
                                    (
                                        b"d",
                                        FOLDER,
                                        [
                                            (
                                                b"e",
                                                FOLDER,
                                                [
                                                    (
                                                        b"f",
                                                        FOLDER,
                                                        [
                                                            (
                                                                b"g",
                                                                FOLDER,
                                                                [
                                                                    (
                                                                        b"h",
                                                                        FOLDER,
                                                                        [
                                                                            (
                                                                                b"i",
                                                                                FOLDER,
                                                                                [
                                                                                    (
                                                                                        b"igf-mandate.md",
                                                                                        FILE,
                                                                                        GOOD,
                                                                                    )
                                                                                ],
                                                                            )
                                                                        ],
                                                                    )
                                                                ],
                                                            )
                                                        ],
                                                    )
                                                ],
                                            )
                                        ],
                                    )
                                ],
                            )
                        ],
                    )
                ],
            )
        ],
        "folders more than 8 deep",
    ),
    # 17 MB of zeros: tiny on the wire, over the limit for one object once unpacked.
    "huge-blob": ([(b"igf-mandate.md", FILE, bytes(17 * 1024 * 1024))], "more than the limit"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_repository_is_refused_whole(case: str, member: Member, tmp_path: Path) -> None:
    entries, expected = HOSTILE[case]
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("wsis-x", "Fine.")))
    hostile_commit(bare, [(b"wsis-x.md", FILE, GOOD.replace(b"igf-mandate", b"wsis-x")), *entries])
    paths = member.paths
    with GitHttpServer(root) as http, no_git_program(tmp_path), pytest.raises(InputError) as caught:
        subscribe(
            paths,
            load_settings(paths),
            http.url("positions.git", user="kari", password=PASSWORD),
            member.store,
            now=NOW,
        )
    message = str(caught.value)
    assert "refused" in message and expected in message, message
    assert "\n" not in message and PASSWORD not in message
    assert not any((paths.data_dir / "shared").iterdir())  # nothing kept
    assert "positions" not in member.settings_text()


def test_hostile_commit_after_subscribing_changes_nothing(member: Member, tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    with GitHttpServer(root) as http:
        paths = member.paths
        subscribe(
            paths,
            load_settings(paths),
            http.url("positions.git", user="kari", password=PASSWORD),
            member.store,
            now=NOW,
        )
        sub = member.subscription()
        before = sorted((p.name, p.read_bytes()) for p in sub.library_dir.iterdir())
        hostile_commit(bare, [(b"igf-mandate.md", LINK, b"../../../.ssh/id_rsa")])
        with no_git_program(tmp_path), pytest.raises(InputError, match="a symbolic link"):
            fetch_and_plan(
                sub,
                open_libraries(paths, load_settings(paths)),
                member.store.get(sub.address, "kari"),
            )
    assert sorted((p.name, p.read_bytes()) for p in sub.library_dir.iterdir()) == before
    assert member.subscription().base == sub.base


def test_server_killed_mid_fetch_leaves_nothing_half_applied(
    member: Member, tmp_path: Path
) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    healthy = GitHttpServer(root).start()
    port = healthy.port
    paths = member.paths
    subscribe(
        paths,
        load_settings(paths),
        healthy.url("positions.git", user="kari", password=PASSWORD),
        member.store,
        now=NOW,
    )
    healthy.stop()
    sub = member.subscription()
    many = [position(f"igf-{n:03}", f"Position {n} " + "words " * 200) for n in range(200)]
    server_commit(bare, files_for(*many), "Two hundred positions")
    library_before = sorted(p.name for p in sub.library_dir.iterdir())
    packs_before = sorted(p.name for p in (sub.repo_dir / "objects" / "pack").iterdir())
    refs_before = sub.upstream
    dying = GitHttpServer(root, die_after=20_000, port=port).start()
    try:
        with no_git_program(tmp_path):
            preview = fetch_and_plan(
                sub,
                open_libraries(paths, load_settings(paths)),
                member.store.get(sub.address, "kari"),
            )
        assert dying.process is not None and dying.process.wait(10) == 1  # it did die mid-way
    finally:
        dying.stop()
    assert preview.offline is not None and preview.offline.kind == "offline"
    assert preview.sync.plan.items == []  # from the last complete fetch: nothing new
    assert sorted(p.name for p in sub.library_dir.iterdir()) == library_before
    assert sorted(p.name for p in (sub.repo_dir / "objects" / "pack").iterdir()) == packs_before
    assert member.subscription().upstream == refs_before
    with GitHttpServer(root, port=port), no_git_program(tmp_path):
        again = fetch_and_plan(
            sub, open_libraries(paths, load_settings(paths)), member.store.get(sub.address, "kari")
        )
    assert len(again.sync.plan.items) == 200


def test_git_daemon_subscribe_and_share(member: Member, tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    with git_daemon(root) as base:
        paths = member.paths
        with no_git_program(tmp_path):
            subscribe(
                paths,
                load_settings(paths),
                f"{base}/positions.git",
                member.store,
                now=NOW,
                writable=True,
            )
            member.edit("igf-mandate", "Finer.")
            result = propose(member.subscription(), member.organisation, None, now=NOW)
    assert result.outcome == PUSHED
    assert b"Finer." in server_file(bare, "positions/igf-mandate.md")


def cli(home: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, home=home, env=env)


def test_command_line_without_git_on_its_path(tmp_path: Path) -> None:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(root, "positions.git", files_for(position("igf-mandate", "Fine.")))
    no_git = tmp_path / "bin"
    no_git.mkdir()
    env = {
        "PATH": str(no_git),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(sys.path),
        "TCCM_DRAFTER_GIT_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    home = tmp_path / "kari"
    with GitHttpServer(root) as http:
        url = http.url("positions.git")
        done = cli(home, "library", "subscribe", url, "--writable", "--username", "kari", env=env)
        assert done.returncode == 0, done.stderr
        assert "Subscribed to 'positions'" in done.stdout and "1 paragraph, writable" in done.stdout
        assert PASSWORD not in done.stdout + done.stderr
        profile = home / "config" / "profiles"
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "example-ixp.toml").write_text(
            'format = 1\nname = "Example IXP"\nemail = "ixp@example.org"\n'
        )
        library = home / "data" / "shared" / "positions" / "library" / "igf-mandate.md"
        library.write_text(library.read_text().replace("Fine.", "Finer."))
        done = cli(home, "library", "propose", env=env)
        assert done.returncode == 0, done.stderr
        assert "Shared igf-mandate on 'main'" in done.stdout
        server_commit(bare, files_for(position("igf-funding", "New.")), "A new position")
        done = cli(home, "library", "sync", "--dry-run", env=env)
        assert done.returncode == 0, done.stderr
        assert "NEW        igf-funding" in done.stdout and "Dry run" in done.stdout
        done = cli(home, "library", "sync", "positions", env=env)
        assert done.returncode == 0 and "1 paragraph written" in done.stdout, done.stderr
        done = cli(home, "library", "show", "igf-funding", env=env)
        assert done.returncode == 0 and "New." in done.stdout
    # Offline: it says so, and when it last synced.
    done = cli(home, "library", "sync", env=env)
    assert done.returncode == 0
    assert "you are working offline" in done.stderr and "last synced" in done.stderr
    done = cli(home, "library", "shared", env=env)
    assert f"positions\t{url}\tmain\twritable\tlast synced" in done.stdout
