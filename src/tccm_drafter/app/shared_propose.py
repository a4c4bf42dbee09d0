"""Sharing back the paragraphs changed in a writable shared library.

The changes become one commit, authored by the organisation (its profile), whose message
names the paragraphs. It goes straight to the branch when the server allows it. When the
branch moved on the server since the last sync and none of the changed paragraphs were
changed there, the commit is made on the server's latest instead (a merge, paragraph by
paragraph). When the server refuses (a protected branch, no right to push there), the same
commit goes to a proposal branch of its own and the outcome says how to ask for it to be
merged. When the server changed one of the same paragraphs, nothing is pushed: sync first,
and settle it in the sync's preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote, urlsplit

from tccm_drafter.app.shared_libraries import open_repo
from tccm_drafter.errors import InputError
from tccm_drafter.model import Organisation
from tccm_drafter.sharing.git_commit import (
    LocalChange,
    author_line,
    commit_message,
    local_changes,
    make_commit,
)
from tccm_drafter.sharing.git_remote import (
    Credentials,
    RemoteError,
    fetch_branch,
    push_commit,
    shown,
)
from tccm_drafter.sharing.git_store import Subscription, save_subscription
from tccm_drafter.sharing.git_tree import TreeIndex, index_tree
from tccm_drafter.storage.library_folder import LibraryFolder

#: Outcomes: what happened to the changes.
PUSHED, MERGED, PROPOSED, NOTHING, SYNC_FIRST = "pushed", "merged", "proposed", "nothing", "sync"


@dataclass
class Proposal:
    outcome: str
    changes: list[LocalChange] = field(default_factory=list)
    #: The branch the commit went to (the library's, or a proposal branch).
    branch: str = ""
    commit: str = ""
    #: Why the server did not take it on the library's branch (its own words).
    reason: str = ""
    #: Where to open the merge request, when the server's website is known.
    merge_request_url: str = ""
    #: SYNC_FIRST: the paragraphs the server changed too.
    overlapping: list[str] = field(default_factory=list)
    subscription: Subscription | None = None

    @property
    def ids(self) -> list[str]:
        return [c.paragraph_id for c in self.changes]


def pending_changes(subscription: Subscription) -> list[LocalChange]:
    """The paragraphs a proposal would share now (nothing is fetched or written)."""
    folder = LibraryFolder(subscription.library_dir, subscription.name, writable=False)
    with open_repo(subscription) as repo:
        where = shown(subscription.address)
        base = index_tree(repo, subscription.base.encode() or None, where, check=False)
        return local_changes(repo, base, folder, where)


def proposal_branch(organisation: Organisation, now: datetime) -> str:
    who = re.sub(r"[^a-z0-9]+", "-", (organisation.short_name or organisation.name).lower())
    return f"proposals/{who.strip('-')[:30] or 'member'}-{now.strftime('%Y%m%d-%H%M%S')}"


def merge_request_url(address: str, target: str, source: str) -> str:
    """The page that opens a merge (pull) request on GitHub, GitLab or Gitea/Forgejo-style
    servers when the host is known; "" otherwise."""
    if "://" in address:
        parts = urlsplit(address)
        host, path = parts.hostname or "", parts.path
    else:  # user@host:path
        host, _, path = address.partition("@")[2].partition(":")
    path = "/" + path.strip("/").removesuffix(".git")
    if host == "github.com":
        return f"https://github.com{path}/compare/{quote(target)}...{quote(source)}?expand=1"
    if host == "gitlab.com" or host.startswith("gitlab."):
        query = (
            f"merge_request%5Bsource_branch%5D={quote(source, safe='')}"
            f"&merge_request%5Btarget_branch%5D={quote(target, safe='')}"
        )
        return f"https://{host}{path}/-/merge_requests/new?{query}"
    if host == "codeberg.org" or host.startswith(("gitea.", "forgejo.")):
        return f"https://{host}{path}/compare/{quote(target)}...{quote(source)}"
    return ""


def propose(
    subscription: Subscription,
    organisation: Organisation,
    credentials: Credentials | None,
    *,
    now: datetime,
) -> Proposal:
    """Commit the library's changes and push them (see the module's rules for where)."""
    if not subscription.writable:
        raise InputError(
            f"the shared library '{subscription.name}' is read-only here; subscribe to it as "
            "writable to share changes",
            field="name",
        )
    changes = pending_changes(subscription)
    if not changes:
        return Proposal(NOTHING, subscription=subscription)
    repo_dir = str(subscription.repo_dir)
    where = shown(subscription.address)
    author = author_line(organisation.name, organisation.email)
    message = commit_message(changes, organisation.short_name or organisation.name)
    base = subscription.base.encode()
    for _attempt in range(2):
        upstream = fetch_branch(
            repo_dir,
            subscription.address,
            subscription.branch,
            credentials,
            known=[subscription.upstream.encode(), base],
        )
        with open_repo(subscription) as repo:
            base_index = index_tree(repo, base, where, check=False)
            upstream_index = base_index if upstream == base else index_tree(repo, upstream, where)
            overlapping = _changed_there(base_index, upstream_index, changes)
            if overlapping:
                return Proposal(
                    SYNC_FIRST, changes, overlapping=overlapping, subscription=subscription
                )
            commit = make_commit(
                repo, upstream, upstream_index, changes, author=author, message=message, now=now
            )
        outcome = push_commit(
            repo_dir, subscription.address, commit, subscription.branch, upstream, credentials
        )
        if outcome.accepted:
            # The library now equals the commit only when nothing else came in meanwhile; else
            # the next sync brings the server's other changes (and finds ours identical).
            done = subscription.with_state(
                base=commit.decode() if upstream == base else subscription.base,
                upstream=commit.decode(),
                before_sync="",  # what was shared builds on the last sync: no undoing it now
            )
            save_subscription(done)
            kind = PUSHED if upstream == base else MERGED
            return Proposal(kind, changes, subscription.branch, commit.decode(), subscription=done)
        if not outcome.moved:
            return _to_proposal_branch(
                subscription, organisation, credentials, commit, changes, outcome.reason, now
            )
    raise RemoteError(
        "the branch keeps changing on the server; try again in a moment",
        kind="refused",
        address=where,
    )


def _changed_there(base: TreeIndex, upstream: TreeIndex, changes: list[LocalChange]) -> list[str]:
    """The changed paragraphs whose file the server changed too since ``base``."""
    found = []
    for change in changes:
        before = base.paragraphs.get(change.paragraph_id)
        after = upstream.paragraphs.get(change.paragraph_id)
        if (before.blob if before else None) != (after.blob if after else None):
            found.append(change.paragraph_id)
    return found


def _to_proposal_branch(
    subscription: Subscription,
    organisation: Organisation,
    credentials: Credentials | None,
    commit: bytes,
    changes: list[LocalChange],
    reason: str,
    now: datetime,
) -> Proposal:
    branch = proposal_branch(organisation, now)
    outcome = push_commit(
        str(subscription.repo_dir), subscription.address, commit, branch, None, credentials
    )
    if not outcome.accepted:
        raise RemoteError(
            f"the server refused the changes ({reason}) and a proposal branch too "
            f"({outcome.reason}); your changes are kept here",
            kind="refused",
            address=shown(subscription.address),
        )
    done = subscription.with_state()
    return Proposal(
        PROPOSED,
        changes,
        branch,
        commit.decode(),
        reason=reason,
        merge_request_url=merge_request_url(subscription.address, subscription.branch, branch),
        subscription=done,
    )
