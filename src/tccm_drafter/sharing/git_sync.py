"""What a sync brings in: the bundle import's plan, with each paragraph's ancestor taken from
the repository's history.

The library was last made equal to the commit ``base`` (see :mod:`git_store`). The branch
now points at ``upstream``. For every paragraph whose file differs between the two:

- not in the library                                   -> NEW
- the library's text is upstream's                     -> IDENTICAL
- the library's text is base's, or any text the file
  had between base and upstream (a proposal of mine
  the secretariat merged and then edited)              -> UPDATE (they changed it, I did not)
- the library's copy was revised from their text (its
  own history, which this app wrote, says so)          -> MINE_NEWER (kept; shared next time)
- anything else                                        -> CONFLICT (both changed it)

This is proof, not a claim: the ancestor is what the repository held, so an update is an
update (a paragraph's own history only ever vouches for the library's copy, never for theirs).
Paragraphs only this library changed never appear (nothing came in for them; they
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
    git_object,
    index_tree,
    read_blob,
    read_paragraph_file,
)
from tccm_drafter.sharing.merge import ImportPlan, Kind, PlanItem, classify
from tccm_drafter.storage import limits
from tccm_drafter.storage.library_folder import LibraryFolder
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
    #: The repository's bytes of each paragraph that came in.
    raw: dict[str, bytes] = field(default_factory=dict)

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
    from dulwich.objects import Commit, ObjectID, Tree
    from dulwich.walk import Walker

    found: dict[str, set[bytes]] = {pid: set() for pid in entries}
    if not entries:
        return found
    walker = Walker(
        repo.object_store,
        [ObjectID(upstream)],
        exclude=[ObjectID(base)] if base else None,
        max_entries=MAX_HISTORY_COMMITS,
    )
    trees: dict[bytes, dict[bytes, bytes]] = {}  # each folder read once, however many paths

    def listing(tree_id: bytes) -> dict[bytes, bytes]:
        if tree_id not in trees:
            tree = git_object(repo, tree_id, Tree)
            trees[tree_id] = {n: sha for n, _, sha in tree.iteritems()} if tree else {}
        return trees[tree_id]

    for walked in walker:
        commit: Commit = walked.commit
        for pid, entry in entries.items():
            here: bytes | None = commit.tree
            for part in entry.path.encode("utf-8").split(b"/"):
                here = listing(here).get(part) if here is not None else None
            if here is not None:
                found[pid].add(here)
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
) -> SyncPlan:
    """Compare the branch at ``upstream`` with the library folder, through ``base``.

    Checks the whole upstream tree and every paragraph that changed (a hostile repository is
    refused before anything else happens); reads only the library's files of the paragraphs
    that changed, and writes nothing.
    """
    new_index = index_tree(repo, upstream, where)
    old_index = index_tree(repo, base, where, check=False)
    changed = {
        pid: entry
        for pid, entry in new_index.paragraphs.items()
        if (old := old_index.paragraphs.get(pid)) is None or old.blob != entry.blob
    }
    read = {pid: read_paragraph_file(repo, pid, e, where) for pid, e in sorted(changed.items())}
    theirs = {pid: paragraph for pid, (paragraph, _) in read.items()}
    mine = {p.id: p for p in folder.load_files(list(theirs)).paragraphs}
    others = elsewhere or {}
    bundle = Bundle(Path(source), organisation, "", list(theirs.values()))
    plan = ImportPlan(bundle, mirror=True)
    kinds: dict[str, Kind] = {}
    for pid, paragraph in theirs.items():
        current = mine.get(pid)
        ancestor = old_index.paragraphs.get(pid)
        earlier = {ancestor.blob} if ancestor is not None else set()
        kinds[pid] = _kind(repo, current, paragraph, folder, ancestor, earlier, where)
    doubtful = {pid: changed[pid] for pid, kind in kinds.items() if kind is Kind.CONFLICT}
    if doubtful and base:  # an earlier text of theirs may be mine (a merged proposal)
        history = history_blobs(repo, upstream, base, doubtful)
        for pid, blobs in history.items():
            ancestor = old_index.paragraphs.get(pid)
            kinds[pid] = _kind(repo, mine.get(pid), theirs[pid], folder, ancestor, blobs, where)
    for pid, paragraph in theirs.items():
        clash = others.get(pid) if pid not in mine else None
        plan.items.append(PlanItem(kinds[pid], paragraph, mine.get(pid), clash))
    removed = sorted(set(old_index.paragraphs) - set(new_index.paragraphs))
    raw = {pid: data for pid, (_, data) in read.items()}
    return SyncPlan(plan, upstream, base, folder, removed, new_index, raw)


def _kind(
    repo: Repo,
    mine: Paragraph | None,
    theirs: Paragraph,
    folder: LibraryFolder,
    ancestor: Entry | None,
    earlier: set[bytes],
    where: str,
) -> Kind:
    if mine is None:
        return Kind.NEW
    if canonical(mine) == canonical(theirs):
        return Kind.IDENTICAL
    if ancestor is None:  # added on both sides: only the paragraphs' own history can tell
        return classify(mine, theirs)
    data = _mine_bytes(folder, mine.id)
    if data is not None and blob_id(data) in earlier:
        return Kind.UPDATE
    if any(_same_text(repo, blob, mine, where) for blob in earlier):
        return Kind.UPDATE
    if mine.derives_from(theirs.content_hash()):
        # The library's own copy says it was made from their text (this app wrote that
        # history: a proposal of mine merged upstream, edited again here since).
        return Kind.MINE_NEWER
    return Kind.CONFLICT
