"""Shared libraries over git against a real server on 127.0.0.1: two members, each with an app
home of their own, subscribe, edit, share back and sync; conflicts are settled by choice and
undone; a protected branch sends changes to a proposal branch; and the app never runs git."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from git_server import (
    GitHttpServer,
    git,
    make_server_repo,
    protect_branch,
    server_commit,
    server_file,
)
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
from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.shared_libraries import SyncLibrary, last_synced_words, subscribe
from tccm_drafter.app.shared_propose import MERGED, PROPOSED, PUSHED, SYNC_FIRST
from tccm_drafter.sharing.git_remote import Credentials, RemoteError
from tccm_drafter.sharing.merge import Decision, Kind
from tccm_drafter.storage.settings import load_settings

PASSWORD = "s3cret-token"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[GitHttpServer, Path]]:
    root = tmp_path / "server"
    root.mkdir()
    bare = make_server_repo(
        root,
        "positions.git",
        {
            **files_for(position("igf-mandate", "The IGF has a permanent mandate.")),
            **files_for(position("igf-funding", "The IGF needs stable funding.")),
            **files_for(position("wsis-review", "The WSIS review is open to all."), folder=""),
            "README.md": b"# Coalition positions\n",
        },
    )
    with GitHttpServer(root, {"kari": PASSWORD, "amal": "amal-token"}) as http:
        yield http, bare


@pytest.fixture
def members(tmp_path: Path) -> Iterator[tuple[Member, Member]]:
    with two_members(tmp_path) as pair:
        yield pair


def join(member: Member, http: GitHttpServer, user: str, password: str, **kw: object) -> None:
    paths = member.paths
    subscribe(
        paths,
        load_settings(paths),
        http.url("positions.git", user=user, password=password),
        member.store,
        now=NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_subscribe_copies_the_paragraphs_and_keeps_no_password_in_a_file(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, _ = server
    kari, _ = members
    with no_git_program(tmp_path):
        join(kari, http, "kari", PASSWORD, writable=True)
    sub = kari.subscription()
    assert sorted(p.name for p in sub.library_dir.glob("*.md")) == [
        "igf-funding.md",
        "igf-mandate.md",
        "wsis-review.md",
    ]  # README.md is the project's, not a paragraph
    assert kari.paragraph("igf-funding").body == "The IGF needs stable funding."
    # The library is one of the member's libraries, writable as chosen.
    libraries = open_libraries(kari.paths, load_settings(kari.paths))
    assert libraries.library.origin("igf-funding") == "positions"
    assert libraries.folder_named("positions").writable  # type: ignore[union-attr]
    # The password is in the keyring, nowhere in the app's files, and the address has none.
    assert sub.address == f"http://127.0.0.1:{http.port}/positions.git"
    assert kari.store.get(sub.address, "kari") == Credentials("kari", PASSWORD)
    for file in kari.home.rglob("*"):
        if file.is_file() and "repo.git" not in file.parts:
            assert PASSWORD.encode() not in file.read_bytes(), file
    assert last_synced_words(sub, NOW).startswith("last synced just now")


def test_two_members_edit_share_and_sync(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, bare = server
    kari, amal = members
    with no_git_program(tmp_path):
        join(kari, http, "kari", PASSWORD, writable=True)
        join(amal, http, "amal", "amal-token", writable=True)
        kari.edit("igf-funding", "The IGF needs stable, diverse funding.")
        first = share(kari)
        amal.edit("wsis-review", "The WSIS review is open to every stakeholder.")
        second = share(amal)  # the branch moved since amal's sync: merged on top of it
    assert first.outcome == PUSHED and first.ids == ["igf-funding"]  # type: ignore[attr-defined]
    assert second.outcome == MERGED and second.ids == ["wsis-review"]  # type: ignore[attr-defined]
    # On the server: both changes, each commit by its organisation, naming the paragraph.
    assert b"stable, diverse funding" in server_file(bare, "positions/igf-funding.md")
    assert b"every stakeholder" in server_file(bare, "wsis-review.md")
    log = git("log", "--format=%an <%ae>|%s", "main", cwd=bare).splitlines()
    assert log[0] == "Registry Two <r2@example.net>|Update wsis-review from Registry Two"
    assert log[1] == "Example IXP <ixp@example.org>|Update igf-funding from Example IXP"
    with no_git_program(tmp_path):
        preview = sync_plan(kari)
    items = {i.paragraph_id: i.kind for i in preview.sync.plan.items}  # type: ignore[attr-defined]
    assert items == {"wsis-review": Kind.UPDATE}  # proved by history: kari had not changed it
    ws = workspace(kari)
    ws_edit = SyncLibrary(preview, {}, NOW)  # type: ignore[arg-type]
    ws_edit.apply(ws)
    assert kari.paragraph("wsis-review").body == "The WSIS review is open to every stakeholder."
    assert ws.library.get("wsis-review").body.endswith("every stakeholder.")  # type: ignore[union-attr]
    # amal's own change comes back identical, and kari's change is an update for amal.
    with no_git_program(tmp_path):
        amal_items = {i.paragraph_id: i.kind for i in sync_plan(amal).sync.plan.items}  # type: ignore[attr-defined]
    assert amal_items == {"igf-funding": Kind.UPDATE, "wsis-review": Kind.IDENTICAL}
    # Nothing left to share for kari.
    with no_git_program(tmp_path):
        assert share(kari).outcome == "nothing"  # type: ignore[attr-defined]


def test_conflict_is_settled_by_choice_and_undone(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, _ = server
    kari, amal = members
    with no_git_program(tmp_path):
        join(kari, http, "kari", PASSWORD, writable=True)
        join(amal, http, "amal", "amal-token", writable=True)
        kari.edit("igf-mandate", "The IGF's permanent mandate is welcome.")
        assert share(kari).outcome == PUSHED  # type: ignore[attr-defined]
        amal.edit("igf-mandate", "The IGF's mandate should stay permanent.")
        refused = share(amal)
    # The server changed the same paragraph: nothing is pushed over kari's change.
    assert refused.outcome == SYNC_FIRST and refused.overlapping == ["igf-mandate"]  # type: ignore[attr-defined]
    before = amal.library_file("igf-mandate").read_bytes()
    base_before = amal.subscription().base
    with no_git_program(tmp_path):
        preview = sync_plan(amal)
    (item,) = preview.sync.plan.items  # type: ignore[attr-defined]
    assert item.kind is Kind.CONFLICT and item.default is None
    assert item.mine.body.startswith("The IGF's mandate should") and "welcome" in item.theirs.body
    ws = workspace(amal)
    edit = SyncLibrary(preview, {"igf-mandate": Decision.KEEP_BOTH}, NOW)  # type: ignore[arg-type]
    edit.apply(ws)
    kept = amal.paragraph("igf-mandate-positions")
    assert "welcome" in kept.body and kept.title.endswith("(positions)")
    assert amal.library_file("igf-mandate").read_bytes() == before
    assert amal.subscription().base != base_before
    edit.revert(ws)  # one undo puts files and the sync's starting point back
    assert not amal.library_file("igf-mandate-positions").exists()
    assert amal.library_file("igf-mandate").read_bytes() == before
    assert amal.subscription().base == base_before
    with no_git_program(tmp_path):
        preview = sync_plan(amal)
    SyncLibrary(preview, {"igf-mandate": Decision.TAKE_THEIRS}, NOW).apply(ws)  # type: ignore[arg-type]
    assert "welcome" in amal.paragraph("igf-mandate").body
    with no_git_program(tmp_path):
        assert share(amal).outcome == "nothing"  # type: ignore[attr-defined]


def test_keep_mine_is_shared_over_theirs_after_the_sync(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, bare = server
    kari, amal = members
    with no_git_program(tmp_path):
        join(kari, http, "kari", PASSWORD, writable=True)
        join(amal, http, "amal", "amal-token", writable=True)
        kari.edit("igf-funding", "Funding from many sources.")
        share(kari)
        amal.edit("igf-funding", "Funding from the UN regular budget.")
        preview = sync_plan(amal)
        SyncLibrary(preview, {"igf-funding": Decision.KEEP_MINE}, NOW).apply(workspace(amal))  # type: ignore[arg-type]
        assert share(amal).outcome == PUSHED  # type: ignore[attr-defined]
    assert b"UN regular budget" in server_file(bare, "positions/igf-funding.md")


def test_a_refused_push_goes_to_a_proposal_branch(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, bare = server
    kari, _ = members
    with no_git_program(tmp_path):
        join(kari, http, "kari", PASSWORD, writable=True)
    protect_branch(bare)  # the server's pre-receive hook refuses pushes to main
    main_before = git("rev-parse", "main", cwd=bare)
    kari.edit("igf-funding", "The IGF needs funding it can plan on.")
    with no_git_program(tmp_path):
        result = share(kari)
    assert result.outcome == PROPOSED  # type: ignore[attr-defined]
    assert "main is protected" in result.reason  # type: ignore[attr-defined]
    branch = result.branch  # type: ignore[attr-defined]
    assert branch.startswith("proposals/example-ixp-20261207-")
    assert git("rev-parse", "main", cwd=bare) == main_before
    assert b"plan on" in server_file(bare, "positions/igf-funding.md", branch)
    # Still a change of this library until the secretariat merges it; once merged, the next
    # sync finds it identical and there is nothing left to share.
    git("update-ref", "refs/heads/main", branch, cwd=bare)
    with no_git_program(tmp_path):
        items = {i.paragraph_id: i.kind for i in sync_plan(kari).sync.plan.items}  # type: ignore[attr-defined]
    assert items == {"igf-funding": Kind.IDENTICAL}


def test_read_only_subscription_refuses_to_share(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member]
) -> None:
    http, _ = server
    kari, _ = members
    join(kari, http, "kari", PASSWORD)
    with pytest.raises(Exception, match="read-only"):
        share(kari)
    assert (
        not open_libraries(kari.paths, load_settings(kari.paths)).folder_named("positions").writable
    )  # type: ignore[union-attr]


def test_a_wrong_password_is_refused_and_nothing_is_kept(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member]
) -> None:
    http, _ = server
    kari, _ = members
    with pytest.raises(RemoteError) as caught:
        join(kari, http, "kari", "wrong")
    assert caught.value.kind == "auth" and "wrong" not in str(caught.value)
    assert not (kari.paths.data_dir / "shared").exists() or not any(
        (kari.paths.data_dir / "shared").iterdir()
    )
    assert "positions" not in kari.settings_text()


def test_offline_sync_uses_the_last_fetch_and_says_when(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, bare = server
    kari, _ = members
    join(kari, http, "kari", PASSWORD)
    server_commit(
        bare,
        files_for(position("igf-funding", "Changed while kari was away.")),
        "Funding wording",
    )
    http.stop()  # the network is gone
    with no_git_program(tmp_path):
        preview = sync_plan(kari)
    assert preview.offline is not None and preview.offline.kind == "offline"  # type: ignore[attr-defined]
    assert "127.0.0.1" in str(preview.offline)  # type: ignore[attr-defined]
    assert preview.sync.plan.items == []  # type: ignore[attr-defined]
    later = NOW.replace(day=9)
    assert last_synced_words(kari.subscription(), later) == (
        "last synced 2 days ago (2026-12-07 09:30 UTC)"
    )


def test_a_push_never_replaces_newer_work_on_the_server(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    from tccm_drafter.sharing.git_remote import push_commit

    http, bare = server
    kari, _ = members
    join(kari, http, "kari", PASSWORD, writable=True)
    sub = kari.subscription()
    newer = server_commit(
        bare, files_for(position("igf-funding", "A colleague's newer text.")), "Newer"
    )
    with no_git_program(tmp_path):
        outcome = push_commit(
            str(sub.repo_dir),
            sub.address,
            sub.base.encode(),  # an older commit than the server's
            "main",
            sub.base.encode(),  # what kari last saw; the server has moved on
            Credentials("kari", PASSWORD),
        )
    assert not outcome.accepted and outcome.moved
    assert git("rev-parse", "main", cwd=bare) == newer


@pytest.mark.parametrize(
    ("typed", "address", "user", "secret"),
    [
        (
            "https://kari:t%40ken@git.example.org/c/p.git",
            "https://git.example.org/c/p.git",
            "kari",
            "t@ken",
        ),
        (
            "https://kari@git.example.org:8443/c/p.git",
            "https://git.example.org:8443/c/p.git",
            "kari",
            None,
        ),
        (
            "git@git.example.org:coalition/positions.git",
            "git@git.example.org:coalition/positions.git",
            "git",
            None,
        ),
        ("ssh://git@git.example.org/c/p.git", "ssh://git@git.example.org/c/p.git", "git", None),
        ("git://127.0.0.1:9418/p.git", "git://127.0.0.1:9418/p.git", "", None),
    ],
)
def test_addresses_lose_their_password_at_once(
    typed: str, address: str, user: str, secret: str | None
) -> None:
    from tccm_drafter.sharing.git_remote import shown, split_address

    clean, credentials, found_user = split_address(typed)
    assert (clean, found_user) == (address, user)
    assert (credentials.secret if credentials else None) == secret
    assert "t@ken" not in shown(typed) and "t%40ken" not in shown(typed)


@pytest.mark.parametrize(
    "typed", ["file:///etc", "/home/kari/positions", "ext::sh -c touch% /tmp/x", "ftp://x/y", ""]
)
def test_addresses_the_app_does_not_use_are_refused(typed: str) -> None:
    from tccm_drafter.errors import InputError
    from tccm_drafter.sharing.git_remote import split_address

    with pytest.raises(InputError) as caught:
        split_address(typed)
    assert caught.value.field == "address"


def test_editing_again_after_a_proposal_was_merged_is_newer_here(
    server: tuple[GitHttpServer, Path], members: tuple[Member, Member], tmp_path: Path
) -> None:
    http, bare = server
    kari, _ = members
    join(kari, http, "kari", PASSWORD, writable=True)
    protect_branch(bare)
    kari.edit("igf-funding", "Funding the IGF can plan on.")
    with no_git_program(tmp_path):
        proposal = share(kari)
    assert proposal.outcome == PROPOSED  # type: ignore[attr-defined]
    kari.edit("igf-funding", "Funding the IGF can plan on, year after year.")
    git("update-ref", "refs/heads/main", proposal.branch, cwd=bare)  # type: ignore[attr-defined]
    with no_git_program(tmp_path):
        preview = sync_plan(kari)
    (item,) = preview.sync.plan.items  # type: ignore[attr-defined]
    assert item.kind is Kind.MINE_NEWER and item.default is Decision.KEEP_MINE
    SyncLibrary(preview, {}, NOW).apply(workspace(kari))  # type: ignore[arg-type]
    assert kari.paragraph("igf-funding").body.endswith("year after year.")
    (bare / "hooks" / "pre-receive").unlink()  # the secretariat lets members push again
    with no_git_program(tmp_path):
        again = share(kari)
    assert again.outcome == PUSHED and again.ids == ["igf-funding"]  # type: ignore[attr-defined]
    assert b"year after year" in server_file(bare, "positions/igf-funding.md")
