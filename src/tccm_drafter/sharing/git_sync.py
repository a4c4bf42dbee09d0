"""What a sync brings in: the bundle import's plan, with each paragraph's ancestor taken from
the repository's history.

The library was last made equal to the commit ``base`` (see :mod:`git_store`). The branch
now points at ``upstream``. For every paragraph whose file differs between the two:

- not in the library                                   -> NEW
- the library's text is upstream's                     -> IDENTICAL
- the library's text is base's, or any text the file
  had between base and upstream (a proposal of mine
  the secretariat merged and then edited)              -> UPDATE (they changed it, I did not)
- anything else                                        -> CONFLICT (both changed it)

This is proof, not a claim: the ancestor is what the repository held, so an update is an
update. Paragraphs only this library changed never appear (nothing came in for them; they
are what a proposal shares). Texts are compared as the app writes them
(``dump_paragraph``), so a file a colleague wrote by hand with other spacing is not a change.

The result is an ordinary :class:`~tccm_drafter.sharing.merge.ImportPlan` (``mirror``: a
paragraph taken is written as the repository has it), so the preview, the decisions, the
all-or-nothing write and the undo are the bundle import's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.sharing.bundle import Bundle
from tccm_drafter.sharing.git_tree import (
    Entry,
    TreeIndex,
    blob_id,
    index_tree,
    read_blob,
    read_paragraph,
)
from tccm_drafter.sharing.merge import ImportPlan, Kind, PlanItem, classify
from tccm_drafter.storage import limits
from tccm_drafter.storage.library_folder import LibraryFolder, LoadResult
from tccm_drafter.storage.paragraph_file import dump_paragraph, parse_paragraph
from tccm_drafter.storage.textfile import decode_text, read_bytes

if TYPE_CHECKING:
    from dulwich.repo import Repo

#: Commits between base and upstream looked at for earlier texts of a changed paragraph.
MAX_HISTORY_COMMITS = 2_000


@dataclass
class SyncPlan:
    """A sync's plan and what it was made from."""

    plan: ImportPlan
    upstream: bytes
    base: bytes | None
    #: The library folder as loaded for the plan (writes check against this load).
    folder: LibraryFolder
    #: Ids the repository no longer has; the library keeps them.
    removed: list[str] = field(default_factory=list)
    index: TreeIndex | None = None

    def changes(self) -> int:
        counts = self.plan.counts()
        return len(self.plan.items) - counts[Kind.IDENTICAL]


def canonical(paragraph: Paragraph) -> str:
    """A paragraph's text as the app writes it: equal texts are the same paragraph."""
    return dump_paragraph(paragraph)


def history_blobs(
    repo: Repo, upstream: bytes, base: bytes | None, entries: Mapping[str, Entry]
) -> dict[str, set[bytes]]:
    """Every blob each paragraph's file held in the commits after ``base`` up to ``upstream``."""
    from dulwich.object_store import tree_lookup_path
    from dulwich.objects import ObjectID
    from dulwich.walk import Walker

    found: dict[str, set[bytes]] = {pid: set() for pid in entries}
    if not entries:
        return found
    store = repo.object_store
    walker = Walker(
        store,
        [ObjectID(upstream)],
        exclude=[ObjectID(base)] if base else None,
        max_entries=MAX_HISTORY_COMMITS,
    )
    for walked in walker:
        tree = walked.commit.tree
        for pid, entry in entries.items():
            try:
                _, sha = tree_lookup_path(store.__getitem__, tree, entry.path.encode("utf-8"))
            except (KeyError, NotADirectoryError, ValueError):
                continue
            found[pid].add(sha)
    return found


def _mine_bytes(folder: LibraryFolder, paragraph_id: str) -> bytes | None:
    try:
        return read_bytes(folder.path_for(paragraph_id), limits.PARAGRAPH)
    except InputError:
        return None


def _same_text(repo: Repo, entry_blob: bytes, mine: Paragraph, where: str) -> bool:
    """Whether an old blob of the file says what the library's copy says."""
    try:
        data = read_blob(repo, Entry("", entry_blob), where)
        old = parse_paragraph(decode_text(data, Path("old")), Path("old"))
    except InputError:
        return False
    return canonical(old) == canonical(mine)


def plan_sync(
    repo: Repo,
    base: bytes | None,
    upstream: bytes,
    folder: LibraryFolder,
    *,
    source: str,
    organisation: str,
    elsewhere: Mapping[str, str] | None = None,
    where: str = "",
    loaded: LoadResult | None = None,
) -> SyncPlan:
    """Compare the branch at ``upstream`` with the library folder, through ``base``.

    Checks the whole upstream tree and every paragraph that changed (a hostile repository is
    refused before anything else happens); reads and writes nothing else.
    """
    new_index = index_tree(repo, upstream, where)
    old_index = index_tree(repo, base, where) if base else TreeIndex(None)
    changed = {
        pid: entry
        for pid, entry in new_index.paragraphs.items()
        if (old := old_index.paragraphs.get(pid)) is None or old.blob != entry.blob
    }
    theirs = {
        pid: read_paragraph(repo, pid, entry, where) for pid, entry in sorted(changed.items())
    }
    load = loaded if loaded is not None else folder.load()
    mine = {p.id: p for p in load.paragraphs}
    history = history_blobs(repo, upstream, base, changed) if base else {}
    others = elsewhere or {}
    bundle = Bundle(Path(source), organisation, "", list(theirs.values()))
    plan = ImportPlan(bundle, mirror=True)
    for pid, paragraph in theirs.items():
        current = mine.get(pid)
        if current is None:
            plan.items.append(PlanItem(Kind.NEW, paragraph, None, others.get(pid)))
            continue
        plan.items.append(
            PlanItem(
                _kind(repo, pid, current, paragraph, folder, old_index, history, where),
                paragraph,
                current,
            )
        )
    removed = sorted(set(old_index.paragraphs) - set(new_index.paragraphs))
    return SyncPlan(plan, upstream, base, folder, removed, new_index)


def _kind(
    repo: Repo,
    pid: str,
    mine: Paragraph,
    theirs: Paragraph,
    folder: LibraryFolder,
    old_index: TreeIndex,
    history: Mapping[str, set[bytes]],
    where: str,
) -> Kind:
    if canonical(mine) == canonical(theirs):
        return Kind.IDENTICAL
    ancestor = old_index.paragraphs.get(pid)
    if ancestor is None:  # added on both sides: only the paragraphs' own history can tell
        return classify(mine, theirs)
    earlier = {ancestor.blob, *history.get(pid, set())}
    data = _mine_bytes(folder, pid)
    if data is not None and blob_id(data) in earlier:
        return Kind.UPDATE
    if any(_same_text(repo, blob, mine, where) for blob in earlier):
        return Kind.UPDATE
    return Kind.CONFLICT
