"""A subscription to a shared library on this computer: its folder, its state file, and the
commits the app makes in its local repository.

``<data>/shared/<slug>/`` holds ``repo.git`` (a bare git repository: git's objects, never a
checkout), ``library/`` (the paragraph files the app writes itself, one ``<id>.md`` each,
a library folder like any other) and ``subscription.toml``::

    format = 1
    name = "coalition"
    address = "https://git.example.org/tccm/positions.git"   # never a password
    branch = "main"
    username = "kari"            # the keyring holds the password or token
    writable = true
    base = "3f2a…"               # the commit the library was last made equal to
    upstream = "9c1d…"           # the branch as last fetched
    last_synced = 2026-12-07T09:30:00Z
    before_sync = "77ab…"        # base before the last sync that wrote files (its undo)

``base`` is what makes "they changed it" different from "I changed it": a library file that
differs from its copy in ``base`` was changed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_write_text
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.textfile import FileMissingError, parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml

STATE_FILE = "subscription.toml"
FORMAT = 1
_HEX = re.compile(r"[0-9a-f]{40}")


def shared_root(paths: AppPaths) -> Path:
    """Where subscriptions live: the app's data folder."""
    return paths.data_dir / "shared"


@dataclass(frozen=True)
class Subscription:
    name: str
    address: str
    branch: str
    folder: Path
    writable: bool = False
    username: str = ""
    base: str = ""
    upstream: str = ""
    last_synced: datetime | None = None
    #: ``base`` before the last sync that wrote paragraphs: what undoing that sync puts back
    #: ("" when there is none, or ``base`` has moved since).
    before_sync: str = ""

    @property
    def library_dir(self) -> Path:
        return self.folder / "library"

    @property
    def repo_dir(self) -> Path:
        return self.folder / "repo.git"

    @property
    def state_file(self) -> Path:
        return self.folder / STATE_FILE

    def with_state(
        self,
        *,
        base: str | None = None,
        upstream: str | None = None,
        last_synced: datetime | None = None,
        address: str | None = None,
        before_sync: str | None = None,
    ) -> Subscription:
        """A copy with the state given (what is not given stays; a ``base`` that moves
        forgets ``before_sync`` unless one is given: the last sync can no longer be undone)."""
        new_base = self.base if base is None else base
        if before_sync is None:
            before_sync = self.before_sync if new_base == self.base else ""
        return replace(
            self,
            base=new_base,
            before_sync=before_sync,
            upstream=self.upstream if upstream is None else upstream,
            last_synced=last_synced or self.last_synced,
            address=address or self.address,
        )


def slug_for(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "shared"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def save_subscription(subscription: Subscription) -> None:
    document: dict[str, Any] = {
        "format": FORMAT,
        "name": subscription.name,
        "address": subscription.address,
        "branch": subscription.branch,
        "username": subscription.username,
        "writable": subscription.writable,
        "base": subscription.base,
        "upstream": subscription.upstream,
    }
    if subscription.before_sync:
        document["before_sync"] = subscription.before_sync
    if subscription.last_synced is not None:
        document["last_synced"] = subscription.last_synced
    subscription.folder.mkdir(parents=True, exist_ok=True)
    try:
        atomic_write_text(subscription.state_file, dumps_toml(document))
    except OSError as exc:
        raise InputError(
            f"could not save the shared library's state ({exc.strerror or exc})",
            path=subscription.state_file,
        ) from None


def load_subscription(folder: Path) -> Subscription:
    path = folder / STATE_FILE
    text, _ = read_text(path, limits.SUBSCRIPTION)
    data = parse_toml(text, path)

    def text_of(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str) or (required and not value):
            raise InputError(f"'{key}' must be text", path=path, field=key)
        return value

    fmt = data.get("format")
    if not isinstance(fmt, int) or fmt > FORMAT:
        raise InputError("made by a newer TCCM Drafter; please update", path=path, field="format")
    commits = {key: text_of(key, False) for key in ("base", "upstream", "before_sync")}
    for key, value in commits.items():
        if value and not _HEX.fullmatch(value):
            raise InputError(f"'{key}' is not a commit id", path=path, field=key)
    synced = data.get("last_synced")
    if synced is not None and not isinstance(synced, datetime):
        raise InputError("'last_synced' must be a date and time", path=path, field="last_synced")
    writable = data.get("writable", False)
    return Subscription(
        name=text_of("name"),
        address=text_of("address"),
        branch=text_of("branch"),
        folder=folder,
        writable=bool(writable),
        username=text_of("username", False),
        base=commits["base"],
        upstream=commits["upstream"],
        last_synced=synced,
        before_sync=commits["before_sync"],
    )


def list_subscriptions(paths: AppPaths) -> tuple[list[Subscription], list[InputError]]:
    """Every subscription on this computer (by name), and the state files that cannot be read."""
    found: list[Subscription] = []
    errors: list[InputError] = []
    root = shared_root(paths)
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return [], []
    for folder in folders:
        try:
            found.append(load_subscription(folder))
        except FileMissingError:
            continue  # a subscription whose first clone did not finish
        except InputError as error:
            errors.append(error)
    return sorted(found, key=lambda s: s.name), errors


def find_subscription(paths: AppPaths, name: str | None) -> Subscription:
    """The subscription called ``name`` (the only one when None)."""
    found, errors = list_subscriptions(paths)
    if errors and not found:
        raise errors[0]
    if name is None:
        if len(found) == 1:
            return found[0]
        if not found:
            raise InputError("there is no shared library yet; subscribe to one first")
        names = ", ".join(s.name for s in found)
        raise InputError(f"name the shared library: {names}", field="name")
    for subscription in found:
        if subscription.name == name:
            return subscription
    names = ", ".join(s.name for s in found) or "none"
    raise InputError(f"no shared library called '{name}' (subscribed: {names})", field="name")
