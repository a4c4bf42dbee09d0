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
say, remembers the bytes of every file it replaced, and :func:`undo_import` puts them back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from tccm_drafter.errors import InputError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.paragraph import HISTORY_LIMIT
from tccm_drafter.sharing.bundle import Bundle
from tccm_drafter.storage.atomic import atomic_write_many
from tccm_drafter.storage.library_folder import LibraryFolder


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

    @property
    def paragraph_id(self) -> str:
        return self.theirs.id

    @property
    def default(self) -> Decision | None:
        """What happens without a choice; None for a conflict, which needs one."""
        if self.kind in (Kind.NEW, Kind.UPDATE):
            return Decision.TAKE_THEIRS
        if self.kind is Kind.CONFLICT:
            return None
        return Decision.KEEP_MINE


@dataclass
class ImportPlan:
    bundle: Bundle
    items: list[PlanItem] = field(default_factory=list)

    def of_kind(self, kind: Kind) -> list[PlanItem]:
        return [item for item in self.items if item.kind is kind]

    def counts(self) -> dict[Kind, int]:
        return {kind: len(self.of_kind(kind)) for kind in Kind}


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


def plan_import(mine: dict[str, Paragraph], bundle: Bundle) -> ImportPlan:
    """Compare each bundle paragraph with ``mine`` (the target library's paragraphs by id)."""
    plan = ImportPlan(bundle)
    for theirs in bundle.paragraphs:
        current = mine.get(theirs.id)
        plan.items.append(PlanItem(classify(current, theirs), theirs, current))
    return plan


@dataclass
class ImportResult:
    """What an import wrote, with what was there before, so it can be undone."""

    bundle_name: str
    #: path -> previous bytes (None: the file did not exist)
    previous: dict[str, bytes | None] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # paragraph ids written
    kept_both: list[tuple[str, str]] = field(default_factory=list)  # (id, new id)

    def to_json(self) -> str:
        return json.dumps(
            {
                "bundle": self.bundle_name,
                "written": self.written,
                "previous": {
                    path: None if data is None else data.decode("utf-8")
                    for path, data in self.previous.items()
                },
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> ImportResult:
        data = json.loads(text)
        return cls(
            data["bundle"],
            {
                path: None if value is None else value.encode("utf-8")
                for path, value in data["previous"].items()
            },
            list(data["written"]),
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30] or "copy"


def _free_id(base: str, organisation: str, taken: set[str]) -> str:
    candidate = f"{base}-{_slug(organisation)}" if organisation else f"{base}-2"
    number = 2
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def apply_import(
    plan: ImportPlan, decisions: dict[str, Decision], folder: LibraryFolder, taken_ids: set[str]
) -> ImportResult:
    """Write what the plan and decisions say into ``folder``.

    Raises :class:`InputError` when a conflict has no decision (before anything is written);
    when a write fails, what was already written is undone and the error is raised.
    """
    undecided = [
        item.paragraph_id
        for item in plan.of_kind(Kind.CONFLICT)
        if item.paragraph_id not in decisions
    ]
    if undecided:
        raise InputError(f"{len(undecided)} conflict(s) need a decision: {', '.join(undecided)}")
    source = plan.bundle.path.name
    result = ImportResult(source)
    taken = set(taken_ids)
    to_save: list[Paragraph] = []
    for item in plan.items:
        decision = decisions.get(item.paragraph_id, item.default)
        if decision is None or decision is Decision.KEEP_MINE:
            continue
        theirs = replace(item.theirs, imported_from=source)
        if decision is Decision.KEEP_BOTH and item.mine is not None:
            new_id = _free_id(theirs.id, plan.bundle.organisation, taken)
            suffix = f" ({plan.bundle.organisation})" if plan.bundle.organisation else " (2)"
            theirs = replace(theirs, id=new_id, title=theirs.title + suffix)
            result.kept_both.append((item.paragraph_id, new_id))
        elif item.mine is not None:
            # Taking theirs over my changes: my wording becomes one of its ancestors, so the
            # next bundle from them is an ordinary update.
            my_hash = item.mine.content_hash()
            if not theirs.derives_from(my_hash):
                theirs = replace(theirs, history=[*theirs.history, my_hash][-HISTORY_LIMIT:])
            theirs = replace(theirs, version=max(theirs.version, item.mine.version + 1))
        taken.add(theirs.id)
        to_save.append(theirs)
    for paragraph in to_save:
        target = folder.path_for(paragraph.id)
        result.previous.setdefault(str(target), target.read_bytes() if target.exists() else None)
    try:
        folder.save_many(to_save)
    except (InputError, OSError):
        undo_import(result)
        raise
    result.written = [p.id for p in to_save]
    return result


def undo_import(result: ImportResult) -> None:
    """Put back every file an import replaced and remove the ones it added."""
    restore: list[tuple[Path, bytes]] = []
    for key, data in result.previous.items():
        path = Path(key)
        if data is None:
            path.unlink(missing_ok=True)
        else:
            restore.append((path, data))
    atomic_write_many(restore)
