"""Which of a reviewed file's block bookmarks to follow, when a name comes more than once.

Each exported block has one bookmark. A reviewed file may hold more than one of the same name:
LibreOffice writes a second start (with its own id) for a bookmark that spans a list, and can
write a copy of a bookmark elsewhere (an empty one, or one around other text); Word keeps a
bookmark at the old place of text moved away. Following every one of them would give a
block's name to another block's paragraphs (one library paragraph taken into another's
text). So the starts of one name are grouped into places (starts with no other block's start
between them are one place), and one place is followed: the one whose text has the block's
fingerprint (the bookmark name carries it), else the one holding the most text. Starts of the
other places are copies and are not followed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.model.review_marks import fingerprint, parse_bookmark_name, same_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class _Place:
    name: str
    ids: list[str] = field(default_factory=list)
    paragraphs: dict[int, str] = field(default_factory=dict)
    open: set[str] = field(default_factory=set)

    @property
    def size(self) -> int:
        return sum(len(text.strip()) for text in self.paragraphs.values())


def followed_bookmarks(body: etree._Element) -> set[str]:
    """Ids of the block bookmark starts to follow (see the module doc); others are copies."""
    places: list[_Place] = []
    open_places: list[_Place] = []
    paragraph = -1
    for element in body.iter(_w("bookmarkStart"), _w("bookmarkEnd"), _w("p"), _w("t")):
        tag = element.tag
        if tag == _w("p"):
            paragraph += 1
        elif tag == _w("t"):
            if any(a.tag in (_w("del"), _w("moveFrom")) for a in element.iterancestors()):
                continue
            for place in open_places:
                place.paragraphs[paragraph] = place.paragraphs.get(paragraph, "") + (
                    element.text or ""
                )
        elif tag == _w("bookmarkStart"):
            name = element.get(_w("name"), "")
            if parse_bookmark_name(name) is None:
                continue
            key = element.get(_w("id"), "")
            current = open_places[-1] if open_places else None
            if current is not None and current.name == name:
                current.ids.append(key)
                current.open.add(key)
                continue
            # A new block's start ends any other still open (its end may have been lost).
            open_places = []
            last = next((p for p in reversed(places) if p.name == name), None)
            place = _Place(name, [key], {}, {key})
            if last is not None and places and places[-1] is last:
                place = last  # the same place, its end seen already: one place
                place.ids.append(key)
                place.open.add(key)
            else:
                places.append(place)
            open_places = [place]
        else:
            key = element.get(_w("id"), "")
            for place in open_places:
                place.open.discard(key)
            open_places = [p for p in open_places if p.open]
    return {key for place in _chosen(places) for key in place.ids}


def _chosen(places: list[_Place]) -> list[_Place]:
    by_name: dict[str, list[_Place]] = {}
    for place in places:
        by_name.setdefault(place.name, []).append(place)
    chosen: list[_Place] = []
    for name, candidates in by_name.items():
        if len(candidates) == 1:
            chosen.append(candidates[0])
            continue
        mark = parse_bookmark_name(name)
        exact = [
            p
            for p in candidates
            if mark is not None and same_text(mark.text_hash, fingerprint(p.paragraphs.values()))
        ]
        chosen.append(exact[0] if exact else max(candidates, key=lambda p: p.size))
    return chosen


__all__ = ["followed_bookmarks"]
