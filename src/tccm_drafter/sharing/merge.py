"""Per-paragraph merge of a bundle into a library folder: preview first, then apply, then undo.

Every paragraph carries the content hash of its wording and the hashes of the revisions it was
derived from (``base_hash`` and ``history``). Comparing "mine" (the library's copy) with
"theirs" (the bundle's):

- same content hash                                 -> IDENTICAL   (nothing to do)
- my hash is among theirs' ancestors                -> UPDATE      (they changed it, I did not)
- their hash is among my ancestors                  -> MINE_NEWER  (I changed it, they did not)
- anything else                                     -> CONFLICT    (both changed since the
                                                                    version they share)
- no paragraph with that id here                    -> NEW

Nothing is written by :func:`plan_import`. :func:`apply_import` writes only what the decisions
say, all or nothing (the folder's journal), remembers the bytes of every file it replaced, and
:func:`undo_import` puts them back unless a file changed after the import.

What a bundle says about itself is a claim, not proof. Its ``base_hash`` and ``history`` decide
the label above (UPDATE means "the bundle *says* it was made from your text"), so an update is
shown and applied only with the user's consent: the desktop app's preview, or
``--take-updates`` on the command line. A bundle paragraph whose id belongs to a paragraph in
another library never shadows it: the plan marks it (``clash_with``) and the import skips it or
adds it under a new id.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.counted import counted
from tccm_drafter.model.paragraph import HISTORY_LIMIT
from tccm_drafter.sharing.bundle import Bundle
from tccm_drafter.storage import journal, limits
from tccm_drafter.storage.folder_lock import folder_lock
from tccm_drafter.storage.library_folder import LibraryFolder, SavedFile
from tccm_drafter.storage.library_paths import relative_inside, same_folder, writable_path
from tccm_drafter.storage.limits import ID_MAX_LENGTH
from tccm_drafter.storage.textfile import FileMissingError, read_bytes


class Kind(StrEnum):
    NEW = "new"
    UPDATE = "update"
    CONFLICT = "conflict"
    IDENTICAL = "identical"
    MINE_NEWER = "mine-newer"


class Decision(StrEnum):
    TAKE_THEIRS = "take-theirs"
    KEEP_MINE = "keep-mine"
    KEEP_BOTH = "keep-both"


@dataclass
class PlanItem:
    kind: Kind
    theirs: Paragraph
    mine: Paragraph | None = None
    #: The other library that already has a paragraph with this id (it is never shadowed).
    clash_with: str | None = None

    @property
    def paragraph_id(self) -> str:
        return self.theirs.id

    @property
    def default(self) -> Decision | None:
        """What happens without a choice; None for a conflict, which needs one."""
        if self.clash_with is not None:
            return Decision.KEEP_MINE  # skipped: "take" or "keep both" adds it under a new id
        if self.kind in (Kind.NEW, Kind.UPDATE):
            return Decision.TAKE_THEIRS
        if self.kind is Kind.CONFLICT:
            return None
        return Decision.KEEP_MINE


@dataclass
class ImportPlan:
    bundle: Bundle
    items: list[PlanItem] = field(default_factory=list)
    #: A shared library's sync: a paragraph taken is written as the repository has it (no
    #: ``imported_from``, no history added), so the library's copy stays the repository's.
    mirror: bool = False

    def of_kind(self, kind: Kind) -> list[PlanItem]:
        return [item for item in self.items if item.kind is kind]

    def counts(self) -> dict[Kind, int]:
        return {kind: len(self.of_kind(kind)) for kind in Kind}

    def clashes(self) -> list[PlanItem]:
        """Paragraphs whose id is already used in another library."""
        return [item for item in self.items if item.clash_with is not None]


def classify(mine: Paragraph | None, theirs: Paragraph) -> Kind:
    if mine is None:
        return Kind.NEW
    my_hash, their_hash = mine.content_hash(), theirs.content_hash()
    if my_hash == their_hash:
        return Kind.IDENTICAL
    if theirs.derives_from(my_hash):
        return Kind.UPDATE
    if mine.derives_from(their_hash):
        return Kind.MINE_NEWER
    return Kind.CONFLICT


def plan_import(
    mine: dict[str, Paragraph], bundle: Bundle, elsewhere: Mapping[str, str] | None = None
) -> ImportPlan:
    """Compare each bundle paragraph with ``mine`` (the target library's paragraphs by id).

    ``elsewhere`` maps the ids of paragraphs in the other libraries to their library's name.
    """
    plan = ImportPlan(bundle)
    others = elsewhere or {}
    for theirs in bundle.paragraphs:
        current = mine.get(theirs.id)
        clash = others.get(theirs.id) if current is None else None
        plan.items.append(PlanItem(classify(current, theirs), theirs, current, clash))
    return plan


@dataclass
class ImportResult:
    """What an import wrote, with what was there before, so it can be undone."""

    bundle_name: str
    #: path -> previous bytes (None: the file did not exist)
    previous: dict[str, bytes | None] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # paragraph ids written
    kept_both: list[tuple[str, str]] = field(default_factory=list)  # (id, new id)
    #: The library folder written to.
    folder: str = ""
    #: path -> SHA-256 of the bytes the import wrote: undo refuses when a file changed since.
    after: dict[str, str] = field(default_factory=dict)
    #: (id, other library) of bundle paragraphs not imported because the id is taken there.
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {
                "bundle": self.bundle_name,
                "folder": self.folder,
                "written": self.written,
                "previous": {
                    path: None if data is None else data.decode("utf-8")
                    for path, data in self.previous.items()
                },
                "after": self.after,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> ImportResult:
        data = json.loads(text)
        previous = {
            str(path): None if value is None else str(value).encode("utf-8")
            for path, value in data["previous"].items()
        }
        folder = data.get("folder") or (str(Path(next(iter(previous))).parent) if previous else "")
        return cls(
            str(data["bundle"]),
            previous,
            [str(item) for item in data["written"]],
            folder=str(folder),
            after={str(k): str(v) for k, v in data.get("after", {}).items()},
        )


class ChangedSinceImportError(InputError):
    """Undo refused: a file the import wrote was changed afterwards.

    ``changed`` lists the files; undo with ``force=True`` to throw those changes away.
    """

    def __init__(self, message: str, *, path: Path, changed: list[Path]) -> None:
        super().__init__(message, path=path)
        self.changed = changed


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30] or "copy"


def _free_id(base: str, organisation: str, taken: set[str]) -> str:
    base = base[: ID_MAX_LENGTH - 34]  # room for "-<organisation slug>" within the id limit
    candidate = f"{base}-{_slug(organisation)}" if organisation else f"{base}-2"
    number = 2
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def apply_import(
    plan: ImportPlan, decisions: dict[str, Decision], folder: LibraryFolder, taken_ids: set[str]
) -> ImportResult:
    """Write what the plan and decisions say into ``folder``, all or nothing.

    ``taken_ids`` are the ids of every library (the target's and the others'): a new
    paragraph whose id is taken elsewhere is never written under that id. Raises
    :class:`InputError` when a conflict has no decision; a paragraph changed on disk since the
    plan (``DiskChangedError``) or a failed write leaves the library exactly as it was.
    """
    undecided = [
        item.paragraph_id
        for item in plan.of_kind(Kind.CONFLICT)
        if item.paragraph_id not in decisions
    ]
    if undecided:
        raise InputError(
            f"{counted(len(undecided), 'conflict')} "
            + ("needs" if len(undecided) == 1 else "need")
            + f" a decision: {', '.join(undecided)}"
        )
    source = plan.bundle.path.name
    result = ImportResult(source, folder=str(folder.path))
    taken = set(taken_ids)
    to_save: list[Paragraph] = []
    for item in plan.items:
        decision = decisions.get(item.paragraph_id, item.default)
        clash = item.clash_with or (
            "another library" if item.mine is None and item.paragraph_id in taken_ids else None
        )
        if clash is not None and decision is not Decision.KEEP_MINE:
            decision = Decision.KEEP_BOTH
        if decision is None or decision is Decision.KEEP_MINE:
            if clash is not None:
                result.skipped.append((item.paragraph_id, clash))
            continue
        theirs = item.theirs if plan.mirror else replace(item.theirs, imported_from=source)
        if decision is Decision.KEEP_BOTH and (item.mine is not None or clash is not None):
            new_id = _free_id(theirs.id, plan.bundle.organisation, taken)
            suffix = f" ({plan.bundle.organisation})" if plan.bundle.organisation else " (2)"
            theirs = replace(theirs, id=new_id, title=theirs.title + suffix)
            result.kept_both.append((item.paragraph_id, new_id))
        elif item.mine is not None and not plan.mirror:
            # Taking theirs over my changes: my wording becomes one of its ancestors, so the
            # next bundle from them is an ordinary update.
            my_hash = item.mine.content_hash()
            if not theirs.derives_from(my_hash):
                theirs = replace(theirs, history=[*theirs.history, my_hash][-HISTORY_LIMIT:])
            theirs = replace(theirs, version=max(theirs.version, item.mine.version + 1))
        taken.add(theirs.id)
        to_save.append(theirs)
    result.written = [p.id for p in to_save]
    if not to_save:
        return result  # nothing changes, not even the record of the last import

    def record(saved: list[SavedFile]) -> bytes:
        for item in saved:
            result.previous[str(item.path)] = item.previous
            result.after[str(item.path)] = hashlib.sha256(item.written).hexdigest()
        return result.to_json().encode("utf-8")

    folder.save_many(to_save, record)
    return result


def read_import_record(folder: LibraryFolder) -> ImportResult:
    """The undo record of the last import into ``folder`` (InputError when there is none).

    The record is untrusted (a shared folder may hold a planted one): it is refused unless
    it claims this very folder and names only paragraph files of it (see
    :func:`checked_targets`).
    """
    path = folder.path / journal.IMPORT_RECORD
    try:
        result = ImportResult.from_json(read_bytes(path, limits.RECORD).decode("utf-8"))
    except FileMissingError:
        raise InputError("there is no import to undo", path=folder.path) from None
    except (ValueError, KeyError, TypeError, AttributeError, StopIteration, RecursionError):
        raise InputError("the undo record is damaged; nothing was undone", path=path) from None
    checked_targets(result, folder.path, path)
    return result


def checked_targets(result: ImportResult, root: Path, named_by: Path) -> dict[str, Path]:
    """Each file the record would change, as a path under ``root`` a writer may use.

    Refused with one InputError naming ``named_by`` (nothing is changed) when the record
    claims another folder, names a file that is not a paragraph file of ``root`` (outside it,
    hidden, reached through a linked folder), or a file it did not write itself.
    """
    if not same_folder(result.folder, root):
        raise InputError(
            f"the undo record was made for another folder ({result.folder[:200]!r}), not "
            "this library; nothing was undone",
            path=named_by,
        )
    targets: dict[str, Path] = {}
    for key in result.previous:
        relative = relative_inside(Path(result.folder), Path(key))
        if key not in result.after:
            raise InputError(
                f"the undo record names '{key[:200]}', a file the import did not write; "
                "nothing was undone",
                path=named_by,
            )
        targets[key] = writable_path(root, relative or key[:200], named_by=named_by)
    return targets


def undo_import(
    result: ImportResult, folder: Path, *, force: bool = False, what: str = "import"
) -> None:
    """Put back every file an import into ``folder`` replaced and remove the ones it added,
    all or nothing.

    Refuses (:class:`ChangedSinceImportError`, nothing changed) when a file was changed after
    the import, unless ``force``: undoing would throw that later edit away. A result that
    names another folder or files outside ``folder`` is refused (InputError) before anything
    is read or locked there.
    """
    if not result.previous:
        return
    root = Path(folder)
    record = root / journal.IMPORT_RECORD
    checked_targets(result, root, record)
    changes: list[journal.Change] = []
    changed: list[Path] = []
    with folder_lock(root):
        journal.recover(root)
        targets = checked_targets(result, root, record)  # again, under the lock
        for key, previous in result.previous.items():
            path = targets[key]
            expected = result.after.get(key)
            try:
                now: str | None = hashlib.sha256(read_bytes(path, limits.PARAGRAPH)).hexdigest()
            except FileMissingError:
                now = None
            except InputError:
                now = "unreadable"
            if now != expected:
                changed.append(path)
            if previous is not None:
                changes.append(journal.Change(path, previous))
            else:
                changes.append(journal.Change(path, None, None if force else expected))
        if os.path.lexists(record):  # undone: nothing left to undo
            changes.append(journal.Change(record, None))
        if changed and not force:
            names = ", ".join(p.name for p in changed[:5]) + (" …" if len(changed) > 5 else "")
            raise ChangedSinceImportError(
                f"{counted(len(changed), 'paragraph file')} changed after the {what} ({names}); "
                "undoing it would throw those changes away, so nothing was undone",
                path=root,
                changed=changed,
            )
        try:
            journal.switch(root, changes)
        except OSError as exc:
            raise InputError(
                f"could not undo the import ({exc.strerror or exc}); the files on disk are "
                "unchanged",
                path=root,
            ) from None
        except journal.CommittedError as exc:
            raise InputError(
                f"could not finish undoing the import ({exc}); it completes the next time "
                "this library is opened or saved to",
                path=root,
            ) from None
