"""The library's search rule (model/search_text.py) and a library held as entries."""

from __future__ import annotations

from tccm_drafter.model import Library, Paragraph, Status
from tccm_drafter.model.library import Entry
from tccm_drafter.model.search_text import index_text, search_text


def _library() -> Library:
    return Library.of(
        [
            Paragraph("igf-funding", "Funding the IGF", "Stable funding for the Forum."),
            Paragraph("reseau", "Le réseau", "Un réseau ouvert.", language="fr"),
            Paragraph("igf-zh", "论坛", "互联网治理论坛的资金", language="zh-Hans"),
            Paragraph("old", "Old", "Refunded text.", status=Status.RETIRED),
        ]
    )


def test_each_word_typed_begins_a_word_of_the_paragraph() -> None:
    library = _library()
    assert library.search_ids("fund") == ["igf-funding"]  # "Refunded" does not begin with it
    assert library.search_ids("FUNDING forum") == ["igf-funding"]
    assert library.search_ids("igf-fund") == ["igf-funding"]  # ids split at the hyphen
    assert library.search_ids("reseau") == ["reseau"]  # accents do not count
    assert library.search_ids("论坛") == ["igf-zh"]  # CJK: characters in order, anywhere
    assert library.search_ids("资金") == ["igf-zh"]
    assert library.search_ids("funding zzz") == []
    assert library.search_ids("fund", status="retired") == []


def test_entries_stand_for_paragraphs() -> None:
    library = _library()
    entry = library.entry("igf-funding")
    paragraph = library.get("igf-funding")
    assert isinstance(entry, Entry) and paragraph is not None
    assert entry == Entry.of(paragraph)
    assert entry.content_hash == paragraph.content_hash()
    part = library.subset(["igf-funding"])
    assert len(part) == 1 and part.get("igf-funding") == paragraph


def test_a_full_text_index_is_given_the_same_words_as_the_search() -> None:
    texts = [
        ["igf-funding", "Funding the IGF", "Stable *funding*, for the Forum_2025!\n\tSee [x](y)."],
        ["reseau", "Le réseau", "Un réseau ouvert. ÉTÉ"],
        ["igf-zh", "论坛", "互联网治理论坛的资金 and IGF"],
        ["ar", "الإنترنت", "حَوْكَمَة الإنترنت"],
        ["", ""],
    ]
    for parts in texts:
        words = index_text(parts)
        # The index finds its words itself (runs of letters and digits): the same ones.
        assert words.split() == search_text(parts).split()
        assert all(ch.isalnum() or ch == " " for ch in words)
