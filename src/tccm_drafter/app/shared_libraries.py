"""Shared libraries over git: subscribe, sync (the bundle import's plan, decisions and undo)
and the last sync in words. Sharing back is :mod:`tccm_drafter.app.shared_propose`.

Both front ends call these; the time comes from them (``now``), the network from dulwich
(:mod:`tccm_drafter.sharing.git_remote`), never from a ``git`` program.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from tccm_drafter.app.edits import Edit, Location
from tccm_drafter.app.libraries import Libraries, open_libraries
from tccm_drafter.app.subscriptions import subscriptions
from tccm_drafter.app.workspace import Workspace
from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted
from tccm_drafter.sharing.git_credentials import CredentialStore, KeyringStore
from tccm_drafter.sharing.git_remote import (
    Credentials,
    RemoteError,
    fetch_branch,
    shown,
    split_address,
)
from tccm_drafter.sharing.git_store import (
    Subscription,
    find_subscription,
    save_subscription,
    shared_root,
    slug_for,
)
from tccm_drafter.sharing.git_sync import SyncPlan, plan_sync
from tccm_drafter.sharing.merge import (
    Decision,
    ImportResult,
    apply_import,
    read_import_record,
    undo_import,
)
from tccm_drafter.storage.atomic import write_new_folder
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import LibrarySetting, Settings, save_settings

if TYPE_CHECKING:
    from dulwich.repo import Repo


def open_repo(subscription: Subscription) -> Repo:
    from dulwich.errors import NotGitRepository
    from dulwich.repo import Repo

    try:
        return Repo(str(subscription.repo_dir))
    except (NotGitRepository, OSError):
        raise InputError(
            "the shared library's local copy is damaged; remove the library and subscribe again",
            path=subscription.repo_dir,
        ) from None


def credentials_for(
    store: CredentialStore, subscription: Subscription, given: Credentials | None = None
) -> Credentials | None:
    """What to log in with: ``given`` (typed just now), else the keyring's."""
    if given is not None:
        return given
    return store.get(subscription.address, subscription.username)


def default_name(address: str) -> str:
    tail = address.rstrip("/").replace(":", "/").rsplit("/", 1)[-1]
    return tail.removesuffix(".git") or "shared"


def _elsewhere(libraries: Libraries, own: str) -> dict[str, str]:
    library = libraries.library
    return {p.id: o for p in library if (o := library.origin(p.id)) not in (None, own)}


@dataclass
class Subscribed:
    subscription: Subscription
    written: int
    #: (paragraph id, library) not taken: the id is a paragraph of that other library.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    keyring_note: str = ""


def subscribe(
    paths: AppPaths,
    settings: Settings,
    address_text: str,
    store: CredentialStore,
    *,
    now: datetime,
    name: str | None = None,
    branch: str = "main",
    writable: bool = False,
    credentials: Credentials | None = None,
) -> Subscribed:
    """Fetch the branch into the data folder, check all of it, write the paragraphs into a new
    library folder and add it to the settings. Any failure leaves nothing behind."""
    address, in_address, user = split_address(address_text)
    credentials = credentials or in_address
    libraries = open_libraries(paths, settings)
    name = (name or default_name(address)).strip()
    taken_names = {f.name for f in libraries.folders}
    if not name or name in taken_names:
        raise InputError(
            f"a library called '{name}' is already in use; choose another name", field="name"
        )
    if not branch.strip() or any(c in branch for c in " ~^:?*[\\") or ".." in branch:
        raise InputError(f"'{branch}' is not a branch name", field="branch")
    if credentials is None and user:
        credentials = store.get(address, user)
    root = shared_root(paths)
    root.mkdir(parents=True, exist_ok=True)
    folder = root / slug_for(name, {p.name for p in root.iterdir()})
    subscription = Subscription(
        name, address, branch, folder, writable, credentials.username if credentials else user
    )
    try:
        return _first_sync(subscription, libraries, settings, paths, store, credentials, now)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _first_sync(
    subscription: Subscription,
    libraries: Libraries,
    settings: Settings,
    paths: AppPaths,
    store: CredentialStore,
    credentials: Credentials | None,
    now: datetime,
) -> Subscribed:
    from dulwich.repo import Repo

    subscription.folder.mkdir(parents=True)
    Repo.init_bare(str(subscription.repo_dir), mkdir=True).close()
    upstream = fetch_branch(
        str(subscription.repo_dir), subscription.address, subscription.branch, credentials
    )
    sync = _plan(subscription, libraries, None, upstream)
    # A new, empty folder: the files are written as the repository has them (no journal or
    # undo needed: until the state file below exists the subscription does not count).
    skipped = [(i.paragraph_id, i.clash_with) for i in sync.plan.items if i.clash_with]
    write_new_folder(
        subscription.library_dir,
        [
            (f"{i.paragraph_id}.md", sync.raw[i.paragraph_id])
            for i in sync.plan.items
            if not i.clash_with
        ],
    )
    subscribed = subscription.with_state(
        base=upstream.decode(), upstream=upstream.decode(), last_synced=now
    )
    save_subscription(subscribed)
    note = ""
    if credentials is not None:
        try:
            store.save(subscribed.address, credentials)
        except InputError as error:
            note = error.message
    settings.libraries.append(
        LibrarySetting(subscribed.name, subscribed.library_dir, subscribed.writable)
    )
    save_settings(paths, settings)
    written = len(sync.plan.items) - len(skipped)
    return Subscribed(subscribed, written, [(i, str(c)) for i, c in skipped], note)


@dataclass
class SyncPreview:
    """What a sync would do; ``offline`` says why nothing new could be fetched (the plan is
    then made from what was fetched before)."""

    subscription: Subscription
    sync: SyncPlan
    offline: RemoteError | None = None


def fetch_and_plan(
    subscription: Subscription,
    libraries: Libraries,
    credentials: Credentials | None,
    *,
    fetch: bool = True,
) -> SyncPreview:
    """Fetch the branch (when ``fetch``), then compare it with the library; writes nothing but
    git's objects and the state file's ``upstream``. Offline, the plan uses the last fetch;
    a refused repository, a login the server turns down or a missing branch raise."""
    offline: RemoteError | None = None
    upstream = subscription.upstream.encode()
    if fetch:
        try:
            upstream = fetch_branch(
                str(subscription.repo_dir),
                subscription.address,
                subscription.branch,
                credentials,
                known=[subscription.upstream.encode(), subscription.base.encode()],
            )
        except RemoteError as error:
            if error.kind != "offline":
                raise
            offline = error
    if not upstream:
        raise offline or InputError(
            "the shared library was never fetched", path=subscription.folder
        )
    sync = _plan(subscription, libraries, subscription.base.encode() or None, upstream)
    if upstream.decode() != subscription.upstream:
        subscription = subscription.with_state(upstream=upstream.decode())
        save_subscription(subscription)
    return SyncPreview(subscription, sync, offline)


def _folder(subscription: Subscription) -> LibraryFolder:
    """The subscription's library folder, as the app writes it."""
    return LibraryFolder(subscription.library_dir, subscription.name, writable=True)


def _plan(
    subscription: Subscription, libraries: Libraries, base: bytes | None, upstream: bytes
) -> SyncPlan:
    """What a sync from ``base`` (None: nothing yet) to ``upstream`` would write."""
    with open_repo(subscription) as repo:
        return plan_sync(
            repo,
            base,
            upstream,
            _folder(subscription),
            source=subscription.name,
            organisation=subscription.name,
            elsewhere=_elsewhere(libraries, subscription.name),
            where=shown(subscription.address),
        )


def apply_sync(
    preview: SyncPreview, decisions: Mapping[str, Decision], taken: set[str], now: datetime
) -> tuple[ImportResult, Subscription]:
    """Write what the plan and the decisions say (all or nothing), then move ``base``."""
    result = apply_import(preview.sync.plan, dict(decisions), preview.sync.folder, taken)
    synced = preview.subscription.with_state(
        base=preview.sync.upstream.decode(),
        last_synced=now,
        before_sync=preview.subscription.base if result.written else "",
    )
    save_subscription(synced)
    return result, synced


def undo_last_sync(
    subscription: Subscription, *, force: bool = False
) -> tuple[ImportResult, Subscription]:
    """Put back every paragraph file the last sync wrote, and the commit it started from
    (the command line's undo; the window undoes a sync through its history).

    Refused (InputError, nothing changed) when no sync wrote anything since the base last
    moved; ``ChangedSinceImportError`` unless ``force`` when a file changed after the sync.
    """
    if not subscription.before_sync:
        raise InputError(
            f"there is no sync of '{subscription.name}' to undo (the last one changed no "
            "paragraph, or your changes were shared since)",
            path=subscription.state_file,
        )
    folder = _folder(subscription)
    result = read_import_record(folder)
    # The starting point first: stopped between the two, the files still equal the server's
    # and the next sync finds them identical (the other order would make them look like
    # changes of ours to share back).
    undone = subscription.with_state(base=subscription.before_sync, before_sync="")
    save_subscription(undone)
    try:
        undo_import(result, folder.path, force=force, what="sync")
    except BaseException:
        save_subscription(subscription)
        raise
    return result, undone


@dataclass
class SyncLibrary(Edit):
    """A sync as one step of the undo history: undo puts every file and ``base`` back."""

    preview: SyncPreview
    decisions: dict[str, Decision]
    now: datetime
    result: ImportResult | None = None
    label: str = "Sync Shared Library"

    def apply(self, ws: Workspace) -> Location:
        taken = {p.id for p in ws.library}
        self.result, _ = apply_sync(self.preview, self.decisions, taken, self.now)
        ws.set_libraries(ws.libraries.load())
        return None

    def revert(self, ws: Workspace) -> Location:
        if self.result is not None:
            undo_import(self.result, self.preview.sync.folder.path)
            self.result = None
        save_subscription(self.preview.subscription)  # base as before the sync
        # A redo checks the files against what they hold now (as they were for the plan).
        before = self.preview.sync.folder
        again = LibraryFolder(before.path, before.name, writable=True)
        again.load()
        self.preview.sync.folder = again
        ws.set_libraries(ws.libraries.load())
        return None


def last_synced_words(subscription: Subscription, now: datetime) -> str:
    """ "last synced 3 hours ago (2026-12-07 09:30 UTC)", or "never synced"."""
    when = subscription.last_synced
    if when is None:
        return "never synced"
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 90:
        ago = "just now"
    elif seconds < 90 * 60:
        ago = f"{counted(seconds // 60, 'minute')} ago"
    elif seconds < 36 * 3600:
        ago = f"{counted(seconds // 3600, 'hour')} ago"
    else:
        ago = f"{counted(seconds // 86400, 'day')} ago"
    return f"last synced {ago} ({when.strftime('%Y-%m-%d %H:%M %Z').strip()})"


#: What the front ends use of the git layer, through this door.
__all__ = [
    "CredentialStore",
    "Credentials",
    "KeyringStore",
    "RemoteError",
    "Subscription",
    "SyncLibrary",
    "apply_sync",
    "find_subscription",
    "last_synced_words",
    "shown",
    "subscriptions",
]
