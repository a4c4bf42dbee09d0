"""What a block's first words are as they print (the outline's name for free text)."""

from __future__ import annotations

from tccm_drafter.app.fields import first_words

VALUES = {"org.name": "Example Registry"}


def test_marks_go_and_fields_show_their_values() -> None:
    text = "**We** support *the* [IGF](https://igf.org)[^1], says {{ org.name }}.\n\n[^1]: Note."
    assert first_words(text, VALUES) == "We support the IGF, says Example Registry."


def test_the_first_paragraph_with_words_and_a_limit() -> None:
    assert first_words("\n\n- first item\n- second", VALUES) == "first item"
    long = "word " * 30
    shown = first_words(long, VALUES, limit=20)
    assert len(shown) <= 20 and shown.endswith("…") and shown.startswith("word word")


def test_a_field_without_a_value_shows_its_name_and_empty_text_is_empty() -> None:
    assert first_words("Signed by {{ org.signatory }}", {}) == "Signed by {{ org.signatory }}"
    assert first_words("   \n\n", VALUES) == ""


def _parsed(markdown: str) -> str:
    """The first words as the Markdown reader gives them (the one path before plain text
    had its own): what the fast path for plain text must agree with."""
    from tccm_drafter.app.rich_read import parse
    from tccm_drafter.app.rich_text import printed_text

    for paragraph in parse(markdown).paragraphs:
        text = " ".join(printed_text(paragraph.runs, VALUES).split())
        if text:
            return text if len(text) <= 60 else text[:59].rstrip() + "…"
    return ""


def _texts() -> list[str]:
    """Every paragraph of the starter library and of the shipped examples, whole and cut at
    each blank line and line end, and the shapes of plain text typing gives."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "resources"
    found = []
    for path in [*root.glob("library/*.md"), *root.glob("examples/*.tccm")]:
        whole = path.read_text(encoding="utf-8")
        found += [whole, *whole.split("\n\n"), *whole.splitlines()]
    found += [
        "Plain words.\n\nA second paragraph.",
        "  Three spaces before, then a line\nthat goes on.",
        "\n \n  \nAfter blank lines made of spaces.",
        "First paragraph.\n   \nSecond one, after a line of spaces.",
        "2024 was the year. 3) not a list here",
        "Lines with\r\nWindows ends\r\n\r\nand a second paragraph.",
        "Old Mac\rline ends",
        "Two spaces at the end  \nmake a line break.",
        "A line\n===",
        "A line\n---\nmore",
        "    indented code",
        "1. a list\n2. of two",
        "+ plus list",
        "> quoted",
        "Tab\tinside",
        "Non-breaking\u00a0space and a\u2028line separator.",
        "Ünïcödé, 中文 and عربي.",
    ]
    return found


def test_plain_text_gives_what_the_markdown_reader_gives() -> None:
    from tccm_drafter.app.fields import is_plain

    texts = _texts()
    plain = [t for t in texts if is_plain(t)]
    assert len(plain) > 50 and len(plain) < len(texts)  # both paths are exercised
    for text in texts:
        assert first_words(text, VALUES) == _parsed(text), repr(text)
