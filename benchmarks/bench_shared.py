"""A 10,000-paragraph shared library on a real git server on 127.0.0.1 (git http-backend with
basic authentication): first subscribe <= 10 s; sync with 100 paragraphs changed upstream
<= 2 s (fetch, checks, plan with history, all 100 written, the library's state saved)."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import Result
from benchmarks.synth import make_library
from tccm_drafter.app.libraries import open_libraries
from tccm_drafter.app.shared_libraries import apply_sync, fetch_and_plan, subscribe
from tccm_drafter.app.shared_propose import propose
from tccm_drafter.model import Organisation
from tccm_drafter.model.paragraph import revised
from tccm_drafter.sharing.git_remote import Credentials
from tccm_drafter.sharing.git_store import find_subscription
from tccm_drafter.sharing.merge import Kind
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import dump_paragraph
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.settings import load_settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from git_server import GitHttpServer, make_server_repo, server_commit

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


class _Store:
    """Credentials for this run only (the benchmark machine has no desktop keyring)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], Credentials] = {}

    def get(self, address: str, username: str) -> Credentials | None:
        return self.kept.get((address, username))

    def save(self, address: str, credentials: Credentials) -> None:
        self.kept[(address, credentials.username)] = credentials

    def forget(self, address: str, username: str) -> None:
        self.kept.pop((address, username), None)


def run(work: Path) -> list[Result]:
    paragraphs = make_library(10_000)
    root = work / "server"
    root.mkdir()
    files = {f"positions/{p.id}.md": dump_paragraph(p).encode("utf-8") for p in paragraphs}
    bare = make_server_repo(root, "positions.git", files)
    store = _Store()
    paths = AppPaths.resolve(work / "member")
    paths.ensure()
    with GitHttpServer(root) as http:
        address = http.url("positions.git", user="kari", password="s3cret-token")
        started, cpu = time.perf_counter(), time.process_time()
        done = subscribe(paths, load_settings(paths), address, store, now=NOW, writable=True)
        subscribed = (time.perf_counter() - started) * 1000
        subscribe_cpu = time.process_time() - cpu
        assert done.written == 10_000, done.written

        changed = [revised(p, replace(p, body=p.body + " Updated.")) for p in paragraphs[::100]]
        server_commit(
            bare,
            {f"positions/{p.id}.md": dump_paragraph(p).encode("utf-8") for p in changed},
            "One hundred updates",
        )
        subscription = find_subscription(paths, None)
        credentials = store.get(subscription.address, "kari")
        libraries = open_libraries(paths, load_settings(paths))
        started = time.perf_counter()
        preview = fetch_and_plan(subscription, libraries, credentials)
        planned = (time.perf_counter() - started) * 1000
        result, _ = apply_sync(preview, {}, set(), NOW)
        synced = (time.perf_counter() - started) * 1000
        counts = preview.sync.plan.counts()
        assert counts[Kind.UPDATE] == 100 and len(result.written) == 100, counts

        subscription = find_subscription(paths, None)
        folder = LibraryFolder(subscription.library_dir, subscription.name)
        loaded = {p.id: p for p in folder.load().paragraphs}
        for p in paragraphs[50::100]:
            mine = loaded[p.id]
            folder.save(revised(mine, replace(mine, body=mine.body + " Ours.")))
        started = time.perf_counter()
        shared = propose(subscription, Organisation(name="Example IXP"), credentials, now=NOW)
        proposed = (time.perf_counter() - started) * 1000
        assert shared.outcome == "pushed" and len(shared.changes) == 100, shared.outcome
    return [
        Result(
            "subscribe to a 10,000-paragraph shared library (fetch, check, write)",
            subscribed,
            10_000.0,
            f"{subscribe_cpu:.1f} s of it on the app's own processor time",
        ),
        Result(
            "sync it with 100 paragraphs changed upstream (fetch + check + plan + write)",
            synced,
            2000.0,
            f"of which fetch, checks and plan {planned:.0f} ms",
        ),
        Result("share 100 changed paragraphs back (compare, commit, push)", proposed, None),
    ]
