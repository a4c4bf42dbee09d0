"""A library holding entries as columns (as a load through the library index gives it): the
same answers as a library of paragraphs, through put, remove, clashes and copies; positions,
masks, the order by title and the listing's segments agree with the entries."""

from __future__ import annotations

from collections.abc import Sequence

from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.entry_columns import Entry, EntryColumns, title_order


class Held:
    """A paragraph source over paragraphs in memory, searched by the library's own rule."""

    def __init__(self, paragraphs: list[Paragraph], start: int = 0) -> None:
        self.paragraphs = {start + i: p for i, p in enumerate(paragraphs)}
        self.fetched: list[int] = []

    def fetch(self, positions: Sequence[int]) -> dict[int, Paragraph]:
        self.fetched += positions
        return {p: self.paragraphs[p] for p in positions if p in self.paragraphs}

    def search(self, terms: list[tuple[str, ...]]) -> list[int]:
        memory = Library.of(self.paragraphs.values())
        query = " ".join("-".join(term) for term in terms)
        found = set(memory.search_ids(query))
        return [p for p, paragraph in self.paragraphs.items() if paragraph.id in found]


def _paragraphs() -> list[Paragraph]:
    return [
        Paragraph("b-forum", "the Forum", "Stable funding for the forum.", ["igf"]),
        Paragraph("a-mandate", "A mandate", "A permanent mandate.", ["igf", "wsis20"]),
        Paragraph(
            "c-old",
            "Zebra",
            "Retired text.",
            ["gdc"],
            status=Status.RETIRED,
            superseded_by="a-mandate",
        ),
        Paragraph(
            "d-fr",
            "Le forum",
            "Le forum et son financement.",
            ["igf"],
            language="fr",
            translation_of="b-forum",
            translated_from_hash="0" * 16,
        ),
        Paragraph("e-draft", "éclair", "Draft about funding.", status=Status.APPROVED),
    ]


def _columned(paragraphs: list[Paragraph]) -> tuple[Library, Held]:
    library = Library()
    start, kept = library.add_columns(EntryColumns.of(map(Entry.of, paragraphs)), "shared")
    source = Held([paragraphs[i] for i in kept], start)
    library.source = source
    return library, source


def _same(a: Library, b: Library) -> None:
    assert list(a.entries()) == list(b.entries())
    assert a.ids() == b.ids() and len(a) == len(b)
    for pid in b.ids():
        assert a.entry(pid) == b.entry(pid)
        assert a.get(pid) == b.get(pid)
        assert a.origin(pid) == b.origin(pid)
        assert a.is_stale(pid) == b.is_stale(pid)
        assert a.latest_id(pid) == b.latest_id(pid)
        assert a.translations_of(pid) == b.translations_of(pid)
    assert a.topics() == b.topics() and a.languages() == b.languages()
    assert a.library_names() == b.library_names()
    for query in ("", "fund", "forum", "zzz", "b-for", "reseau"):
        for status in (None, "approved", "retired"):
            assert a.search_ids(query, status=status) == b.search_ids(query, status=status)
    assert a.search_ids(topic="igf") == b.search_ids(topic="igf")
    assert a.search_ids(language="fr") == b.search_ids(language="fr")
    assert [a.order()[p] for p in a.ordered_by_title()] == [
        b.order()[p] for p in b.ordered_by_title()
    ]


def test_a_library_of_columns_answers_as_one_of_paragraphs() -> None:
    paragraphs = _paragraphs()
    columned, _source = _columned(paragraphs)
    _same(columned, Library.of(paragraphs, "shared"))
    assert columned.is_stale("d-fr")
    assert [columned.order()[p] for p in columned.ordered_by_title()] == [
        "a-mandate", "d-fr", "b-forum", "c-old", "e-draft",
    ]  # fmt: skip  # case folded, as the old list sorted ("éclair" after "zebra")


def test_put_remove_and_copies_keep_both_kinds_alike() -> None:
    paragraphs = _paragraphs()
    columned, source = _columned(paragraphs)
    memory = Library.of(paragraphs, "shared")
    snapshot = columned.copy()
    for library in (columned, memory):
        library.put(Paragraph("b-forum", "Another title", "Rewritten.", ["new-topic"]))
        library.remove("a-mandate")
        library.put(Paragraph("f-new", "New", "A new paragraph on funding."), "personal")
        library.put(Paragraph("a-mandate", "Back again", "Mandate text."))
    _same(columned, memory)
    assert columned.topics() == memory.topics() and "new-topic" in columned.topics()
    _same(snapshot, Library.of(paragraphs, "shared"))  # the copy did not change
    source.fetched.clear()
    assert columned.get("b-forum") == memory.get("b-forum")
    assert source.fetched == []  # an edited paragraph is held, never read from the source


def test_an_id_in_two_libraries_is_a_clash_and_the_first_is_kept() -> None:
    library = Library.of([Paragraph("b-forum", "Mine", "My own text.")], "personal")
    _start, kept = library.add_columns(EntryColumns.of(map(Entry.of, _paragraphs())), "shared")
    assert kept == [1, 2, 3, 4]
    assert [c.paragraph_id for c in library.clashes] == ["b-forum"]
    assert library.origin("b-forum") == "personal" and library.origin("c-old") == "shared"


def test_a_mask_is_one_byte_per_position() -> None:
    columned, _source = _columned(_paragraphs())
    assert columned.match("") is None
    mask = columned.match("fund")
    assert mask is not None and len(mask) == len(columned)
    assert [columned.order()[p] for p, hit in enumerate(mask) if hit] == ["b-forum", "e-draft"]
    columned.remove("b-forum")
    mask = columned.match("fund")
    assert mask is not None
    assert [columned.order()[p] for p, hit in enumerate(mask) if hit] == ["e-draft"]


def test_segments_list_every_entry_in_library_order() -> None:
    paragraphs = _paragraphs()
    columned, _source = _columned(paragraphs)
    columned.put(Paragraph("z-last", "Last", "Text."), "personal")
    for library in (columned, Library.of(paragraphs, "shared")):
        listed = [
            (part.columns.entry(k), part.origins[k], position)
            for part in library.segments()
            for k, position in enumerate(part.positions)
        ]
        assert [entry for entry, _o, _p in listed] == list(library.entries())
        assert [origin for _e, origin, _p in listed] == [library.origin(i) for i in library.ids()]
        assert [library.order()[p] for _e, _o, p in listed] == library.ids()


def test_title_order_sorts_case_folded_titles_then_ids() -> None:
    titles = ["b", "A", "a", "É", "e"]
    ids = ["x5", "x4", "x3", "x2", "x1"]
    order = title_order(titles, ids)
    assert [(titles[i].casefold(), ids[i]) for i in order] == sorted(
        (t.casefold(), pid) for t, pid in zip(titles, ids, strict=True)
    )
