"""``tccm-drafter library subscribe|sync|propose|shared``: shared libraries over git.

The command-line face of :mod:`tccm_drafter.app.shared_libraries` and
:mod:`tccm_drafter.app.shared_propose`. Passwords and tokens come from the system keyring, or
once from ``TCCM_DRAFTER_GIT_PASSWORD`` or a prompt (kept in the keyring when there is one),
never from an option that would land in the shell's history.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted

if TYPE_CHECKING:
    from tccm_drafter.app.paths import AppPaths
    from tccm_drafter.app.shared_libraries import Credentials, CredentialStore

ACTIONS = ("subscribe", "sync", "propose", "shared")
PASSWORD_ENV = "TCCM_DRAFTER_GIT_PASSWORD"
EXIT_OK, EXIT_PENDING = 0, 1


def register(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the shared-library actions to ``tccm-drafter library``."""
    subscribe = actions.add_parser(
        "subscribe", help="use a coalition's shared library from a git server", parents=[common]
    )
    subscribe.add_argument("address", metavar="URL", help="https://…, ssh://… or user@host:path")
    subscribe.add_argument("--name", help="the library's name here (default: from the URL)")
    subscribe.add_argument("--branch", default="main", help="the branch to follow (main)")
    subscribe.add_argument(
        "--writable", action="store_true", help="change paragraphs here and share them back"
    )
    subscribe.add_argument("--username", help="user name on the server (HTTPS)")
    sync = actions.add_parser(
        "sync", help="bring in what changed in a shared library", parents=[common]
    )
    sync.add_argument("name", nargs="?", help="the shared library (needed when there are several)")
    sync.add_argument("--dry-run", action="store_true", help="show what would change")
    sync.add_argument(
        "--on-conflict",
        choices=("keep-mine", "take-theirs", "keep-both"),
        help="how to settle paragraphs both sides changed",
    )
    sync.add_argument(
        "--offline", action="store_true", help="do not contact the server; use the last fetch"
    )
    propose = actions.add_parser(
        "propose", help="share your changes to a writable shared library", parents=[common]
    )
    propose.add_argument("name", nargs="?", help="the shared library")
    actions.add_parser("shared", help="list shared libraries and their last sync", parents=[common])


def _store() -> CredentialStore:
    from tccm_drafter.app.shared_libraries import KeyringStore

    return KeyringStore()


def _typed_credentials(username: str | None) -> Credentials | None:
    from tccm_drafter.app.shared_libraries import Credentials

    secret = os.environ.get(PASSWORD_ENV, "")
    if username and not secret and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(f"Password or token for {username}: ")
    return Credentials(username, secret) if username and secret else None


def _from_environment(username: str) -> Credentials | None:
    """A password given for this run only (``TCCM_DRAFTER_GIT_PASSWORD``), else the keyring's."""
    from tccm_drafter.app.shared_libraries import Credentials

    secret = os.environ.get(PASSWORD_ENV, "")
    return Credentials(username, secret) if username and secret else None


def run(
    args: argparse.Namespace, paths: AppPaths, *, now: datetime, out: TextIO, err: TextIO
) -> int:
    paths.ensure()
    if args.library_command == "subscribe":
        return _subscribe(args, paths, now, out, err)
    if args.library_command == "sync":
        return _sync(args, paths, now, out, err)
    if args.library_command == "propose":
        return _propose(args, paths, now, out)
    return _list(paths, now, out, err)


def _subscribe(
    args: argparse.Namespace, paths: AppPaths, now: datetime, out: TextIO, err: TextIO
) -> int:
    from tccm_drafter.app.preferences import load_settings
    from tccm_drafter.app.shared_libraries import shown, subscribe

    done = subscribe(
        paths,
        load_settings(paths),
        args.address,
        _store(),
        now=now,
        name=args.name,
        branch=args.branch,
        writable=args.writable,
        credentials=_typed_credentials(args.username),
    )
    sub = done.subscription
    mode = "writable" if sub.writable else "read-only"
    print(
        f"Subscribed to '{sub.name}' ({shown(sub.address)}, branch {sub.branch}): "
        f"{counted(done.written, 'paragraph')}, {mode}.",
        file=out,
    )
    for paragraph_id, library in done.skipped:
        print(f"  not taken: '{paragraph_id}' is a paragraph of the library '{library}'", file=out)
    if done.keyring_note:
        print(f"tccm-drafter: warning: {done.keyring_note}", file=err)
    print(f"Bring in later changes with: tccm-drafter library sync {sub.name}", file=out)
    return EXIT_OK


def _sync(
    args: argparse.Namespace, paths: AppPaths, now: datetime, out: TextIO, err: TextIO
) -> int:
    from tccm_drafter.app.imports import Decision, Kind
    from tccm_drafter.app.libraries import open_libraries
    from tccm_drafter.app.preferences import load_settings
    from tccm_drafter.app.shared_libraries import (
        apply_sync,
        credentials_for,
        fetch_and_plan,
        find_subscription,
        last_synced_words,
        shown,
    )
    from tccm_drafter.cli.bundles import describe_plan

    subscription = find_subscription(paths, args.name)
    libraries = open_libraries(paths, load_settings(paths))
    credentials = credentials_for(_store(), subscription, _from_environment(subscription.username))
    preview = fetch_and_plan(subscription, libraries, credentials, fetch=not args.offline)
    if preview.offline is not None:
        print(
            f"tccm-drafter: warning: {preview.offline}; {last_synced_words(subscription, now)}",
            file=err,
        )
    plan = preview.sync.plan
    lines = describe_plan(plan)
    name = subscription.name
    lines[0] = lines[0].replace(f"{name} from {name}", f"{name} ({shown(subscription.address)})")
    for line in lines:
        print(line, file=out)
    for removed in preview.sync.removed:
        print(f"  REMOVED    {removed}  (no longer in the repository; kept here)", file=out)
    conflicts = plan.of_kind(Kind.CONFLICT)
    if args.dry_run:
        print("Dry run: nothing was changed.", file=out)
        return EXIT_PENDING if conflicts and args.on_conflict is None else EXIT_OK
    if conflicts and args.on_conflict is None:
        print(
            f"tccm-drafter: {counted(len(conflicts), 'conflict')}: both sides changed "
            f"{', '.join(i.paragraph_id for i in conflicts)}. Nothing was changed; run again "
            "with --on-conflict keep-mine|take-theirs|keep-both, or sync in the desktop app "
            "to compare the texts.",
            file=err,
        )
        return EXIT_PENDING
    decisions = {i.paragraph_id: Decision(args.on_conflict) for i in conflicts}
    taken = {p.id for p in libraries.library}
    result, synced = apply_sync(preview, decisions, taken, now)
    for old, new in result.kept_both:
        print(f"  kept both: theirs of '{old}' saved as '{new}'", file=out)
    print(
        f"Synced '{synced.name}': {counted(len(result.written), 'paragraph')} written; "
        f"{last_synced_words(synced, now)}.",
        file=out,
    )
    return EXIT_OK


def _propose(args: argparse.Namespace, paths: AppPaths, now: datetime, out: TextIO) -> int:
    from tccm_drafter.app.new_submission import default_organisation
    from tccm_drafter.app.preferences import load_settings
    from tccm_drafter.app.shared_libraries import credentials_for, find_subscription
    from tccm_drafter.app.shared_propose import (
        MERGED,
        NOTHING,
        PROPOSED,
        PUSHED,
        SYNC_FIRST,
        propose,
    )

    subscription = find_subscription(paths, args.name)
    organisation = default_organisation(paths, load_settings(paths))
    if not organisation.name:
        raise InputError(
            "set up your organisation's profile first: its name is the author of your changes"
        )
    credentials = credentials_for(_store(), subscription, _from_environment(subscription.username))
    result = propose(subscription, organisation, credentials, now=now)
    listed = ", ".join(result.ids)
    if result.outcome == NOTHING:
        print(f"Nothing to share: '{subscription.name}' has no changes of yours.", file=out)
        return EXIT_OK
    if result.outcome == SYNC_FIRST:
        print(
            f"Not shared: the server also changed {', '.join(result.overlapping)} since your "
            f"last sync. Run: tccm-drafter library sync {subscription.name}, settle it, then "
            "propose again.",
            file=out,
        )
        return EXIT_PENDING
    if result.outcome in (PUSHED, MERGED):
        how = "" if result.outcome == PUSHED else " (on top of the server's newer changes)"
        print(f"Shared {listed} on '{result.branch}'{how}.", file=out)
        return EXIT_OK
    assert result.outcome == PROPOSED
    print(
        f"The server did not take the changes on '{subscription.branch}' ({result.reason}). "
        f"They are on the branch '{result.branch}': open a merge request from "
        f"'{result.branch}' into '{subscription.branch}'"
        + (
            f": {result.merge_request_url}"
            if result.merge_request_url
            else " on the server's website"
        )
        + f". Paragraphs: {listed}.",
        file=out,
    )
    return EXIT_OK


def _list(paths: AppPaths, now: datetime, out: TextIO, err: TextIO) -> int:
    from tccm_drafter.app.shared_libraries import last_synced_words, shown, subscriptions

    found, errors = subscriptions(paths)
    for sub in found:
        mode = "writable" if sub.writable else "read-only"
        synced = last_synced_words(sub, now)
        print(f"{sub.name}\t{shown(sub.address)}\t{sub.branch}\t{mode}\t{synced}", file=out)
    for error in errors:
        print(f"tccm-drafter: error: {error}", file=err)
    if not found and not errors:
        print("No shared libraries. Subscribe with: tccm-drafter library subscribe URL", file=out)
    return EXIT_PENDING if errors else EXIT_OK
