"""What a commit of a shared repository holds, checked like a bundle before anything is used.

Every entry of the commit's tree is checked, whole, before a single paragraph is read:
names must be UTF-8, must not be ``.``, ``..``, ``.git`` or hold a slash, a backslash, a
colon or a control character, must not be a name Windows reserves (``CON``, ``NUL``,
``COM1``…) or end in a dot or a space, and two names of one folder must not differ only in
capitals; no symbolic links and no submodules (gitlinks); at most
``limits.SHARED_MAX_FILES`` files and ``limits.SHARED_MAX_DEPTH`` folders deep. A paragraph
file is ``<id>.md`` (in any folder; the README and other project files beside them are left
alone), its id portable and found once. One problem refuses the whole repository with one
line naming the file.

Nothing is ever checked out: the paragraphs are read from git's objects in memory and the
app writes the library's files itself, so no hook, filter or ``.gitattributes`` of the
repository can run or change a byte.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dulwich.objects import Blob, Tree

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.counted import counted
from tccm_drafter.storage import limits
from tccm_drafter.storage.ids import is_reserved_name, portable_id_problem
from tccm_drafter.storage.paragraph_file import parse_paragraph
from tccm_drafter.storage.textfile import decode_text

if TYPE_CHECKING:
    from dulwich.repo import Repo

#: Markdown files of a repository that are about the project, not paragraphs.
PROJECT_FILES = frozenset(
    (
        *("readme.md", "contributing.md", "changelog.md", "license.md", "code_of_conduct.md"),
        *("security.md", "governance.md", "maintainers.md"),
    )
)

T = TypeVar("T")
_GITLINK = 0o160000
_BAD_CHARACTERS = set('/\\:*?"<>|')


@dataclass(frozen=True)
class Entry:
    path: str
    blob: bytes


@dataclass
class TreeIndex:
    """The paragraph files of one commit: id -> where and which blob."""

    commit: bytes | None
    paragraphs: dict[str, Entry] = field(default_factory=dict)


def refused(where: str, path: str, message: str) -> InputError:
    """One line: which repository, which file, what is wrong; nothing was changed."""
    return InputError(f"{where}: shared library refused, nothing was changed: '{path}': {message}")


def _name(where: str, folder: str, raw: bytes) -> str:
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        shown = raw.decode("utf-8", "backslashreplace")
        raise refused(where, f"{folder}{shown}", "a file name that is not UTF-8") from None
    path = folder + name
    if name in ("", ".", "..") or name.casefold() == ".git":
        raise refused(where, path, "a file name git and the app must not follow")
    if any(ord(c) < 32 or c == "\x7f" or c in _BAD_CHARACTERS for c in name):
        raise refused(where, path, "a file name with a character Windows does not allow")
    if name.endswith((".", " ")):
        raise refused(where, path, "a file name ending in a dot or a space (Windows drops it)")
    if is_reserved_name(name):
        raise refused(where, path, "a file name Windows reserves for a device")
    return name


def git_object(repo: Repo, sha: bytes, kind: type[T]) -> T | None:
    """The object ``sha`` of the repository if it is there and of that kind, else None."""
    from dulwich.objects import ObjectID

    try:
        found = repo.object_store[ObjectID(sha)]
    except (KeyError, ValueError, AssertionError):
        return None
    return found if isinstance(found, kind) else None


def commit_tree(repo: Repo, commit: bytes) -> bytes | None:
    """The root tree of a commit (None: not a commit of this repository)."""
    from dulwich.objects import Commit

    found = git_object(repo, commit, Commit)
    return bytes(found.tree) if found is not None else None


def index_tree(repo: Repo, commit: bytes | None, where: str, *, check: bool = True) -> TreeIndex:
    """Check the whole tree of ``commit`` (see the module's rules) and list its paragraphs.

    ``repo`` is a dulwich ``Repo``; ``where`` names the repository in messages. ``check``
    False only lists a commit checked before (the one the library was made from).
    """
    if not check:
        return _listed(repo, commit)
    index = TreeIndex(commit)
    if commit is None:
        return index
    root = commit_tree(repo, commit)
    if root is None:
        raise refused(where, commit.decode("ascii", "replace"), "not a commit")
    files = 0
    pending: list[tuple[bytes, str, int]] = [(root, "", 0)]
    while pending:
        tree_id, folder, depth = pending.pop()
        tree = git_object(repo, tree_id, Tree)
        if tree is None:
            raise refused(where, folder or "/", "a folder git cannot read")
        entries = list(tree.iteritems())
        seen: dict[str, str] = {}
        for raw, mode, sha in entries:
            name = _name(where, folder, raw)
            path = folder + name
            other = seen.setdefault(name.casefold(), name)
            if other != name:
                raise refused(
                    where,
                    path,
                    f"differs from '{folder}{other}' only in capitals (the same "
                    "file on Windows and macOS)",
                )
            if stat.S_ISDIR(mode):
                if depth + 1 > limits.SHARED_MAX_DEPTH:
                    raise refused(where, path, f"folders more than {limits.SHARED_MAX_DEPTH} deep")
                pending.append((sha, path + "/", depth + 1))
                continue
            if mode == _GITLINK:
                raise refused(where, path, "a submodule (the app never follows one)")
            if stat.S_ISLNK(mode):
                raise refused(where, path, "a symbolic link (the app never follows one)")
            if not stat.S_ISREG(mode):
                raise refused(where, path, "not an ordinary file")
            files += 1
            if files > limits.SHARED_MAX_FILES:
                raise refused(where, path, f"more than {limits.SHARED_MAX_FILES:,} files")
            if _is_paragraph(name):
                _add_paragraph(index, where, path, name, sha)
    return index


def _listed(repo: Repo, commit: bytes | None) -> TreeIndex:
    index = TreeIndex(commit)
    pending = [(commit_tree(repo, commit), "")] if commit is not None else []
    while pending:
        tree_id, folder = pending.pop()
        tree = git_object(repo, tree_id, Tree) if tree_id is not None else None
        for raw, mode, sha in tree.iteritems() if tree is not None else ():
            name = raw.decode("utf-8", "replace")
            if stat.S_ISDIR(mode):
                pending.append((sha, f"{folder}{name}/"))
            elif stat.S_ISREG(mode) and _is_paragraph(name):
                index.paragraphs.setdefault(name[: -len(".md")], Entry(folder + name, sha))
    return index


def _is_paragraph(name: str) -> bool:
    return name.endswith(".md") and not name.startswith(".") and name.lower() not in PROJECT_FILES


def _add_paragraph(index: TreeIndex, where: str, path: str, name: str, sha: bytes) -> None:
    paragraph_id = name[: -len(".md")]
    problem = portable_id_problem(paragraph_id)
    if problem is not None:
        raise refused(where, path, problem)
    known = index.paragraphs.get(paragraph_id)
    if known is not None:
        raise refused(where, path, f"the paragraph id is already used by '{known.path}'")
    index.paragraphs[paragraph_id] = Entry(path, sha)


def read_blob(repo: Repo, entry: Entry, where: str) -> bytes:
    """A paragraph file's bytes (at most a paragraph file's limit)."""
    blob = git_object(repo, entry.blob, Blob)
    if blob is None:
        raise refused(where, entry.path, "the file is missing from the repository")
    data = bytes(blob.as_raw_string())
    if len(data) > limits.PARAGRAPH.max_bytes:
        raise refused(
            where,
            entry.path,
            f"{counted(len(data), 'byte')} is more than the limit of "
            f"{limits.describe_bytes(limits.PARAGRAPH.max_bytes)} for a paragraph file",
        )
    return data


def read_paragraph(repo: Repo, paragraph_id: str, entry: Entry, where: str) -> Paragraph:
    """Parse a paragraph file of the repository; a malformed one refuses the repository."""
    return read_paragraph_file(repo, paragraph_id, entry, where)[0]


def read_paragraph_file(
    repo: Repo, paragraph_id: str, entry: Entry, where: str
) -> tuple[Paragraph, bytes]:
    """The paragraph and the file's bytes, read exactly as a library folder reads a file."""
    data = read_blob(repo, entry, where)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise refused(where, entry.path, "not UTF-8 text") from None
    try:
        paragraph = parse_paragraph(decode_text(data, Path(entry.path)), Path(entry.path))
    except InputError as error:
        detail = error.message if error.line is None else f"line {error.line}: {error.message}"
        raise refused(where, entry.path, detail) from None
    if paragraph.id != paragraph_id:
        raise refused(
            where,
            entry.path,
            f"the file's paragraph id is '{paragraph.id}'; the file must be "
            f"named after it ('{paragraph.id}.md')",
        )
    return paragraph, data


def blob_id(data: bytes) -> bytes:
    """The id git gives a file with these bytes (to compare a library file with a commit)."""
    import hashlib

    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest().encode()
