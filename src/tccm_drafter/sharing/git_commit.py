"""Sharing back: the paragraphs changed in a shared library's folder become one commit.

A paragraph counts as changed here when its file's text differs from its text in ``base``,
the commit the library was last made equal to (compared as the app writes paragraphs, so
spacing alone is no change); a paragraph only this library has is new. The commit is made
in the local bare repository from git's objects, with the organisation as its author, the
time the front end passes in, and a message naming every paragraph. No working tree, no
``git`` program, no hook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.sharing.git_sync import canonical
from tccm_drafter.sharing.git_tree import (
    TreeIndex,
    blob_id,
    commit_tree,
    git_object,
    read_paragraph,
)
from tccm_drafter.storage import limits
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.library_walk import is_paragraph_file_name, walk_library
from tccm_drafter.storage.paragraph_file import parse_paragraph
from tccm_drafter.storage.textfile import decode_text, read_bytes

if TYPE_CHECKING:
    from dulwich.objects import ObjectID, ShaFile
    from dulwich.repo import Repo

_FILE_MODE = 0o100644
_TREE_MODE = 0o040000


@dataclass(frozen=True)
class LocalChange:
    paragraph: Paragraph
    data: bytes
    new: bool

    @property
    def paragraph_id(self) -> str:
        return self.paragraph.id


def local_changes(
    repo: Repo, base: TreeIndex, folder: LibraryFolder, where: str
) -> list[LocalChange]:
    """The library's paragraphs whose text differs from ``base`` (new ones included).

    A file whose bytes are the base's is unchanged without being parsed, so a large library
    with a few changes costs a read and a hash per file.
    """
    changes: list[LocalChange] = []
    for here, names in walk_library(folder.path):
        for name in names:
            if not is_paragraph_file_name(name):
                continue
            path = here / name
            data = read_bytes(path, limits.PARAGRAPH)
            entry = base.paragraphs.get(name[: -len(".md")])
            if entry is not None and blob_id(data) == entry.blob:
                continue
            paragraph = parse_paragraph(decode_text(data, path), path)
            entry = base.paragraphs.get(paragraph.id)
            if entry is not None and canonical(
                read_paragraph(repo, paragraph.id, entry, where)
            ) == canonical(paragraph):
                continue
            changes.append(LocalChange(paragraph, data, entry is None))
    return sorted(changes, key=lambda c: c.paragraph_id)


def author_line(name: str, email: str) -> bytes:
    """``Name <email>`` with nothing in either that would break the line."""
    clean_name = re.sub(r"[<>\x00-\x1f\x7f]", "", name).strip() or "TCCM Drafter user"
    clean_email = re.sub(r"[<>\s\x00-\x1f\x7f]", "", email)
    return f"{clean_name} <{clean_email}>".encode()


def commit_message(changes: list[LocalChange], organisation: str) -> str:
    """A first line naming the paragraphs, then one line per paragraph."""
    ids = [c.paragraph_id for c in changes]
    listed = ", ".join(ids[:4]) + (f" and {len(ids) - 4} more" if len(ids) > 4 else "")
    verb = "Add or update" if any(c.new for c in changes) else "Update"
    who = f" from {organisation}" if organisation else ""
    lines = [f"{verb} {listed}{who}", ""]
    for change in changes:
        state = "new" if change.new else f"version {change.paragraph.version}"
        lines.append(f"- {change.paragraph_id}: {change.paragraph.title} ({state})")
    return "\n".join(lines) + "\n"


def make_commit(
    repo: Repo,
    parent: bytes,
    parent_index: TreeIndex,
    changes: list[LocalChange],
    *,
    author: bytes,
    message: str,
    now: datetime,
) -> bytes:
    """A commit on ``parent`` whose tree is the parent's with the changed files in place."""
    from dulwich.objects import Blob, Commit, ObjectID

    root_tree = commit_tree(repo, parent)
    if root_tree is None:
        raise InputError("the shared library's local copy lacks its latest commit")
    new_objects: list[ShaFile] = []
    files: dict[tuple[str, ...], ObjectID] = {}
    for change in changes:
        known = parent_index.paragraphs.get(change.paragraph_id)
        path = known.path if known is not None else f"{change.paragraph_id}.md"
        blob = Blob.from_string(change.data)
        new_objects.append(blob)
        files[tuple(path.split("/"))] = blob.id
    root = _edit_tree(repo, root_tree, files, new_objects)
    commit = Commit()
    commit.tree = root
    commit.parents = [ObjectID(parent)]
    commit.author = commit.committer = author
    offset = now.utcoffset()
    if offset is None:
        raise ValueError("now must be an aware datetime")
    commit.author_time = commit.commit_time = int(now.timestamp())
    commit.author_timezone = commit.commit_timezone = int(offset.total_seconds())
    commit.encoding = b"UTF-8"
    commit.message = message.encode("utf-8")
    new_objects.append(commit)
    repo.object_store.add_objects([(obj, None) for obj in new_objects])
    return bytes(commit.id)


def _edit_tree(
    repo: Repo,
    tree_id: bytes | None,
    files: dict[tuple[str, ...], ObjectID],
    new: list[ShaFile],
) -> ObjectID:
    from dulwich.objects import Tree

    tree = Tree()
    old = git_object(repo, tree_id, Tree) if tree_id is not None else None
    if old is not None:
        for raw, mode, sha in old.iteritems():
            tree.add(raw, mode, sha)
    below: dict[str, dict[tuple[str, ...], ObjectID]] = {}
    for parts, sha in files.items():
        if len(parts) == 1:
            tree.add(parts[0].encode("utf-8"), _FILE_MODE, sha)
        else:
            below.setdefault(parts[0], {})[parts[1:]] = sha
    for folder, inner in below.items():
        key = folder.encode("utf-8")
        existing = tree[key][1] if key in tree else None
        tree.add(key, _TREE_MODE, _edit_tree(repo, existing, inner, new))
    new.append(tree)
    return tree.id
