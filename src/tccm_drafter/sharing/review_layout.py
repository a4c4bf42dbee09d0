"""Which block each paragraph of a reviewed file belongs to, and what happened to it.

Works on :class:`~tccm_drafter.storage.review_docx.ReviewedDocument`: follows tracked moves
(text moved out of a block still belongs to it at its new place), finds blocks the reviewer
moved (tracked, or simply out of their exported order), names paragraph-level changes (new,
deleted, split, joined) and groups paragraphs typed outside every block.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tccm_drafter.model.review_marks import paragraph_key, parse_bookmark_name
from tccm_drafter.storage.review_docx import ReviewComment, ReviewedDocument, ViewParagraph

_QUOTE = 60


@dataclass(frozen=True)
class Place:
    """Where something stands in the reviewed file, told by the blocks around it."""

    preceding: tuple[str, ...] = ()  # block marks before it, nearest first
    following: tuple[str, ...] = ()  # block marks after it, nearest first
    #: A heading stands between the nearest block before and this (a new section starts).
    heading_before: bool = False

    def describe(self) -> str:
        for names, word in ((self.preceding, "after"), (self.following, "before")):
            if names:
                mark = parse_bookmark_name(names[0])
                if mark is not None:
                    return f"{word} {mark.where}"
        return "in the document"


@dataclass
class LooseRun:
    """Consecutive paragraphs outside every block: new text, or edited template text."""

    paragraphs: list[ViewParagraph]
    originals: list[ViewParagraph]
    added: bool
    place: Place
    comments: list[ReviewComment] = field(default_factory=list)


class Layout:
    def __init__(self, reviewed: ReviewedDocument, export_order: list[str]) -> None:
        self._doc = reviewed
        paragraphs = reviewed.paragraphs
        moved_from = {p.move_from: p.mark for p in paragraphs if p.move_from and p.mark}
        self._owner: list[str | None] = []
        tracked_moves: set[str] = set()
        for p in paragraphs:
            owner = p.mark
            if p.move_to and moved_from.get(p.move_to) and moved_from[p.move_to] != p.mark:
                owner = moved_from[p.move_to]
            if p.move_to and owner and p.final_text.strip():
                tracked_moves.add(owner)
            self._owner.append(owner)
        self.final = reviewed.final_view()
        self.original = reviewed.original_view()
        self._final_owner = [self._view_owner(v, final=True) for v in self.final]
        self._original_owner = [self._view_owner(v, final=False) for v in self.original]
        order = list(dict.fromkeys(o for o in self._final_owner if o))
        self.moved = tracked_moves | _out_of_order(order, export_order)
        self.places = {name: self._place_of_block(name) for name in order}
        self.details: dict[str, list[str]] = {}
        self._describe_paragraphs()

    # ------------------------------------------------------------------ per block

    def final_of(self, name: str) -> list[ViewParagraph]:
        return [v for v, o in zip(self.final, self._final_owner, strict=True) if o == name]

    def original_of(self, name: str) -> list[ViewParagraph]:
        return [v for v, o in zip(self.original, self._original_owner, strict=True) if o == name]

    def comments_of(self, name: str) -> list[ReviewComment]:
        return [c for c, index in self._comment_places() if self._owner[index] == name]

    def stray_comments(self) -> list[tuple[ReviewComment, list[str]]]:
        """Comments on text of no block, with the blocks nearest to them (after, then before)."""
        out: list[tuple[ReviewComment, list[str]]] = []
        for comment, index in self._comment_places():
            if self._owner[index] is not None:
                continue
            after = [o for o in self._owner[index:] if o]
            before = [o for o in reversed(self._owner[:index]) if o]
            out.append((comment, list(dict.fromkeys(after + before))))
        return out

    def placed_comments(self) -> set[str]:
        """Ids of the comments anchored somewhere in the body."""
        return {c.id for c, _ in self._comment_places()}

    def _comment_places(self) -> list[tuple[ReviewComment, int]]:
        return [
            (self._doc.comments[key], p.index)
            for p in self._doc.paragraphs
            for key in p.comments
            if key in self._doc.comments
        ]

    # ------------------------------------------------------------------ outside blocks

    def loose_runs(self, template_text: frozenset[str] | None) -> list[LooseRun]:
        runs: list[LooseRun] = []
        current: LooseRun | None = None
        for position, (view, owner) in enumerate(zip(self.final, self._final_owner, strict=True)):
            kind = None if owner else self._loose_kind(view, template_text)
            if kind is None:
                current = None
                continue
            if current is None or current.added != (kind == "added"):
                current = LooseRun([], [], kind == "added", self._place_at(position))
                runs.append(current)
            current.paragraphs.append(view)
            current.originals.extend(
                v for v in self.original if set(v.parts) & set(view.parts) and v.text.strip()
            )
            current.comments.extend(c for c, index in self._comment_places() if index in view.parts)
        return runs

    def _loose_kind(self, view: ViewParagraph, template_text: frozenset[str] | None) -> str | None:
        own = [i for i in view.parts if self._owner[i] is None]
        before = "".join(self._doc.paragraphs[i].original_text for i in own)
        if not before.strip() and not view.heading:
            return "added"
        if " ".join(before.split()) != " ".join(view.text.split()):
            return "outside"
        if template_text is not None and paragraph_key(view.text) not in template_text:
            return "outside" if view.heading else "added"
        return None

    # ------------------------------------------------------------------ helpers

    def _view_owner(self, view: ViewParagraph, *, final: bool) -> str | None:
        owners = self._owner if final else [p.mark for p in self._doc.paragraphs]
        for index in view.parts:
            p = self._doc.paragraphs[index]
            if (p.final_text if final else p.original_text).strip():
                return owners[index]
        return next((owners[i] for i in view.parts if owners[i]), None)

    def _place_at(self, position: int) -> Place:
        owners = self._final_owner
        before = [o for o in reversed(owners[:position]) if o]
        after = [o for o in owners[position + 1 :] if o]
        heading = False
        for index in range(position - 1, -1, -1):
            if owners[index]:
                break
            heading = heading or self.final[index].heading
        return Place(
            tuple(dict.fromkeys(before)), tuple(dict.fromkeys(after)), heading or not before
        )

    def _place_of_block(self, name: str) -> Place:
        first = self._final_owner.index(name)
        place = self._place_at(first)
        return Place(
            tuple(n for n in place.preceding if n != name),
            tuple(n for n in place.following if n != name),
            place.heading_before,
        )

    def _describe_paragraphs(self) -> None:
        paragraphs = self._doc.paragraphs
        for view, owner in zip(self.final, self._final_owner, strict=True):
            if owner is None:
                continue
            notes = self.details.setdefault(owner, [])
            before = "".join(paragraphs[i].original_text for i in view.parts)
            if not before.strip() and not any(paragraphs[i].move_to for i in view.parts):
                notes.append(f"new paragraph “{_quote(view.text)}”")
            sources = {
                self._original_index(i)
                for i in view.parts
                if paragraphs[i].original_text.strip() and paragraphs[i].final_text.strip()
            }
            if len(sources) > 1:
                notes.append(f"paragraphs joined into “{_quote(view.text)}”")
        for view, owner in zip(self.original, self._original_owner, strict=True):
            if owner is None:
                continue
            notes = self.details.setdefault(owner, [])
            kept = [
                i
                for i in view.parts
                if paragraphs[i].final_text.strip() and paragraphs[i].original_text.strip()
            ]
            targets = {self._final_index(i) for i in kept}
            if any(paragraphs[i].move_from for i in view.parts) and owner in self.moved:
                continue
            if not kept and not any(paragraphs[i].final_text.strip() for i in view.parts):
                notes.append(f"paragraph deleted “{_quote(view.text)}”")
            elif len(targets) > 1:
                notes.append(f"paragraph split in {len(targets)} “{_quote(view.text)}”")
        for name in self.moved:
            self.details.setdefault(name, []).append("moved")

    def _original_index(self, physical: int) -> int:
        return (
            next(n for n, v in enumerate(self.original) if physical in v.parts)
            if any(physical in v.parts for v in self.original)
            else -1
        )

    def _final_index(self, physical: int) -> int:
        return next((n for n, v in enumerate(self.final) if physical in v.parts), -1)


def layout(reviewed: ReviewedDocument) -> Layout:
    if reviewed.export is not None and reviewed.export.marks:
        order = [m.name for m in reviewed.export.marks]
    else:
        order = [
            m.name for m in sorted(reviewed.found.values(), key=lambda m: (m.section, m.block))
        ]
    return Layout(reviewed, order)


def _out_of_order(order: list[str], export_order: list[str]) -> set[str]:
    """Blocks not in the longest run that kept the exported order (those were moved)."""
    rank = {name: n for n, name in enumerate(export_order)}
    sequence = [name for name in order if name in rank]
    best: list[list[str]] = []  # best[i]: longest increasing chain ending at sequence[i]
    for i, name in enumerate(sequence):
        chain: list[str] = []
        for j in range(i):
            if rank[sequence[j]] < rank[name] and len(best[j]) > len(chain):
                chain = best[j]
        best.append([*chain, name])
    longest: list[str] = []
    for chain in best:
        if len(chain) > len(longest):
            longest = chain
    keep = set(longest)
    return {name for name in sequence if name not in keep}


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1].rstrip() + "…"
