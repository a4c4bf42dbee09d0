"""The formatted-text editor's core, without Qt: a block's Markdown read into paragraphs of
runs, edited, and written back. Every starter-library body and the examples' own text round
trip byte for byte; after random edits (typing, deleting, splitting and joining paragraphs,
bold, italic, links, lists, footnotes, fields, line breaks) the Markdown written is what the
renderer (render/markdown_parse.py) prints exactly as the editor showed it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rich_helpers import corpus, printed_by_renderer, shown, shown_markdown
from tccm_drafter.app.rich_emphasis import normalise
from tccm_drafter.app.rich_read import parse
from tccm_drafter.app.rich_source import BlockSource, Held, held
from tccm_drafter.app.rich_text import (
    PLAIN,
    Break,
    Field,
    Kind,
    Layout,
    NoteRef,
    Paragraph,
    Style,
    Text,
    length,
    restyle,
    splice,
    style_at,
)

CORPUS = corpus()
#: Constructs the starter library does not use, written by hand.
HARD = [
    "A [link](https://example.org/a_b) and *italic **bold** mix* and `code *x*`.",
    "1. first\n2. second\n   - nested *one*\n   - nested two\n3. third\n",
    "## A heading\n\nText with a line break\\\nand more.\n",
    "Escapes: \\*not italic\\*, 5 \\* 3, a\\_b, \\[^1] and \\{{ org.name }}.\n",
    "Text[^a] and more[^b].\n\n[^a]: Note A with a [link](https://x.example).\n[^b]: Note B.\n",
    "- one\n\n- two, loose\n\n  - deeper\n",
    'Intra**word**bold and *it*alic, (**bracketed**), **"quoted"**.\n',
]


def test_the_corpus_is_the_starter_library_and_the_examples() -> None:
    assert len(CORPUS) > 100
    assert any("{{ org.name }}" in text for _, text in CORPUS)
    assert any("[^1]" in text for _, text in CORPUS)
    assert any("\n- " in text for _, text in CORPUS)


@pytest.mark.parametrize("text", [text for _, text in CORPUS] + HARD)
def test_load_and_save_without_an_edit_gives_the_same_bytes(text: str) -> None:
    source = BlockSource.of(text)
    assert source.write(held(source)) == text
    assert shown_markdown(text) == printed_by_renderer(text)


def test_what_the_editor_cannot_show_is_kept_as_markdown() -> None:
    text = "Before.\n\n> A quote\n> on two lines\n\n```\ncode\n```\n\nAfter."
    rich = parse(text)
    kinds = [p.layout.kind for p in rich.paragraphs]
    assert kinds == [Kind.PLAIN, Kind.MARKDOWN, Kind.MARKDOWN, Kind.PLAIN]
    source = BlockSource(rich)
    views = held(source)
    views[3].content = Paragraph((Text("After, changed."),))
    source.touch(views[3].number)
    assert source.write(views) == text.replace("After.", "After, changed.")


# -- random edits ----------------------------------------------------------------------------


@dataclass
class Doc:
    """A block open in the editor: its paragraphs and the source writing them back."""

    source: BlockSource
    items: list[Held]

    @classmethod
    def of(cls, markdown: str) -> Doc:
        source = BlockSource.of(markdown)
        return cls(source, held(source))

    def size(self, index: int) -> int:
        return sum(length(run) for run in self.items[index].content.runs)

    def change(self, index: int, paragraph: Paragraph) -> None:
        self.items[index].content = paragraph
        self.source.touch(self.items[index].number)

    def shown(self) -> list[tuple[str, int, tuple[object, ...]]]:
        return shown([item.content for item in self.items], self.source.notes)


WORDS = st.text(
    alphabet=st.sampled_from(list("abcXYZ éßح 09.,;:!?'\"()-_*[]{}#&<>`\\~+=|\u00a0")),
    min_size=1,
    max_size=10,
)
TARGETS = st.sampled_from(["https://example.org", "https://x.example/a(b)", "mailto:a@b.example"])
FIELDS = st.sampled_from(["org.name", "consultation.title", "org.country_name"])
Edit = Callable[[Doc], None]


def _where(doc: Doc, index: int, at: int) -> tuple[int, int]:
    number = index % len(doc.items)
    return number, at % (doc.size(number) + 1)


def _range(doc: Doc, index: int, a: int, b: int) -> tuple[int, int, int]:
    number, start = _where(doc, index, a)
    _, end = _where(doc, number, b)
    return number, min(start, end), max(start, end)


@st.composite
def edits(draw: st.DrawFn) -> Edit:
    index, a, b = (draw(st.integers(0, 10_000)) for _ in range(3))
    kind = draw(
        st.sampled_from(
            [
                *("type", "type", "delete", "bold", "italic", "link", "list", "split", "join"),
                *("note", "edit note", "field", "break", "new"),
            ]
        )
    )
    text, target, name = draw(WORDS), draw(TARGETS), draw(FIELDS)
    list_kind = draw(st.sampled_from([Kind.BULLET, Kind.ORDERED, Kind.PLAIN]))

    def edit(doc: Doc) -> None:
        if not doc.items or kind == "new":
            doc.items.append(Held(Paragraph((Text(text),))))
            return
        number, start, end = _range(doc, index, a, b)
        runs = doc.items[number].content.runs
        paragraph = doc.items[number].content
        if kind == "type":
            put = (Text(text, style_at(runs, start)),)
            doc.change(number, replace(paragraph, runs=splice(runs, start, start, put)))
        elif kind == "delete":
            doc.change(number, replace(paragraph, runs=splice(runs, start, end, ())))
        elif kind in ("bold", "italic"):
            doc.change(number, replace(paragraph, runs=_toggle(runs, start, end, kind)))
        elif kind == "link":
            made = restyle(runs, start, end, lambda s: replace(s, link=target, code=False))
            doc.change(number, replace(paragraph, runs=made))
        elif kind == "list":
            level = paragraph.layout.level if paragraph.layout.kind == list_kind else 0
            layout = Layout(list_kind, level if list_kind is not Kind.PLAIN else 0)
            doc.change(number, replace(paragraph, layout=layout))
        elif kind == "split":  # Enter: the first half keeps the paragraph, as in Qt
            doc.change(number, replace(paragraph, runs=splice(runs, start, doc.size(number), ())))
            rest = splice(runs, 0, start, ())
            doc.items.insert(number + 1, Held(replace(paragraph, runs=rest)))
        elif kind == "join" and number > 0:  # Backspace at a paragraph's start
            before = doc.items[number - 1].content
            joined = replace(before, runs=before.runs + runs)
            del doc.items[number - 1]
            doc.change(number - 1, joined)
        elif kind == "note":
            label = doc.source.new_label()
            doc.source.set_note(label, (Text(text.strip() or "note"),))
            doc.change(
                number, replace(paragraph, runs=splice(runs, start, start, (NoteRef(label),)))
            )
        elif kind == "edit note":
            labels = [
                r.label for item in doc.items for r in item.content.runs if isinstance(r, NoteRef)
            ]
            if labels:
                doc.source.set_note(
                    labels[index % len(labels)], (Text(text.strip() or "n", Style(bold=True)),)
                )
        elif kind == "field":
            put = (Field(name, style_at(runs, start)),)
            doc.change(number, replace(paragraph, runs=splice(runs, start, start, put)))
        elif kind == "break":
            doc.change(number, replace(paragraph, runs=splice(runs, start, start, (Break(),))))

    return edit


def _toggle(runs: tuple[object, ...], start: int, end: int, kind: str) -> tuple[object, ...]:
    texts = [r for r in runs if isinstance(r, Text)]
    on = bool(texts) and all(getattr(r.style, kind) for r in texts)
    return restyle(runs, start, end, lambda s: replace(s, **{kind: not on}))  # type: ignore[arg-type]


SAMPLES = [text for _, text in CORPUS] + HARD


def assert_same(printed: list[object], showed: list[object], markdown: str) -> None:
    """Equal, or a message naming the first paragraph that differs."""
    if printed == showed:
        return
    for number, (a, b) in enumerate(zip(printed, showed, strict=False)):
        if a != b:
            raise AssertionError(f"paragraph {number}:\n{a}\n!=\n{b}\n\n{markdown!r}")
    raise AssertionError(f"{len(printed)} paragraphs printed, {len(showed)} shown\n{markdown!r}")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.lists(edits(), min_size=1, max_size=8))
def test_edited_text_prints_as_the_editor_showed_it(text: str, steps: list[Edit]) -> None:
    doc = Doc.of(text)
    for step in steps:
        step(doc)
        markdown = doc.source.write(doc.items)
        for view, runs in doc.source.reformatted:  # as the editor shows them then
            assert isinstance(view, Held)
            view.content = replace(view.content, runs=runs)
        assert_same(printed_by_renderer(markdown), doc.shown(), markdown)
    # Read back, the Markdown shows the same again.
    assert shown_markdown(markdown) == doc.shown()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="ab .,(*)'é", min_size=1, max_size=5), st.booleans(), st.booleans()
        ),
        min_size=1,
        max_size=8,
    )
)
def test_letters_and_digits_keep_their_formatting(parts: list[tuple[str, bool, bool]]) -> None:
    runs = [Text(t, Style(bold=b, italic=i)) for t, b, i in parts]
    kept = normalise(runs)
    flat = [(c, r.style) for r in runs for c in r.text]
    after = [(c, r.style) for r in kept if isinstance(r, Text) for c in r.text]
    assert [c for c, _ in flat] == [c for c, _ in after]
    for (character, before), (_, now) in zip(flat, after, strict=True):
        if character.isalnum():
            assert (before.bold, before.italic) == (now.bold, now.italic)
        assert now.link == before.link and now.code == before.code


def test_a_footnote_added_goes_at_the_end_and_one_removed_goes_with_its_marker() -> None:
    doc = Doc.of("Para one[^1].\n\nPara two.\n\n[^1]: The first note.\n")
    label = doc.source.new_label()
    assert label == "2"
    doc.source.set_note(label, (Text("A new note."),))
    second = doc.items[1].content
    doc.change(1, replace(second, runs=splice(second.runs, 8, 8, (NoteRef(label),))))
    assert doc.source.write(doc.items) == (
        "Para one[^1].\n\nPara two[^2].\n\n[^1]: The first note.\n\n[^2]: A new note.\n"
    )
    first = doc.items[0].content
    doc.change(0, replace(first, runs=splice(first.runs, 8, 9, ())))
    assert doc.source.write(doc.items) == "Para one.\n\nPara two[^2].\n\n[^2]: A new note.\n"


def test_typing_in_one_paragraph_leaves_the_others_as_written() -> None:
    text = "First *one*  with two spaces.\n\n* star item\n*   wide item\n\nLast line\ncontinued.\n"
    doc = Doc.of(text)
    first = doc.items[0].content
    doc.change(0, replace(first, runs=splice(first.runs, 0, 0, (Text("Very ", PLAIN),))))
    assert doc.source.write(doc.items) == "Very " + text
    wide = doc.items[2].content
    doc.change(2, replace(wide, runs=splice(wide.runs, 4, 4, (Text("r"),))))
    assert "*   wider item\n" in doc.source.write(doc.items)
