"""A paste from Word, LibreOffice, Google Docs or a web page, read from the HTML those programs
really put on the clipboard (tests/data/clipboard, SOURCES.md there): bold, italic, links and
lists are kept; fonts, colours, styles, pictures and scripts are not; and what is kept is
written as Markdown the renderer prints as the editor shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rich_helpers import printed_by_renderer, shown
from tccm_drafter.app.paste_html import MAX_HTML_CHARS, paragraphs_from_html, paragraphs_from_text
from tccm_drafter.app.rich_source import BlockSource, Held
from tccm_drafter.app.rich_text import Kind, Layout, Paragraph, Text

CLIPBOARD = Path(__file__).parent / "data" / "clipboard"


def read(name: str) -> list[Paragraph]:
    return paragraphs_from_html((CLIPBOARD / name).read_text(encoding="utf-8"))


def markdown(paragraphs: list[Paragraph]) -> str:
    return BlockSource.of("").write([Held(p) for p in paragraphs])


def styled(paragraph: Paragraph) -> list[tuple[str, bool, bool, str | None]]:
    return [
        (r.text, r.style.bold, r.style.italic, r.style.link)
        for r in paragraph.runs
        if isinstance(r, Text)
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in CLIPBOARD.glob("*.html")))
def test_every_paste_prints_as_it_shows(name: str) -> None:
    paragraphs = read(name)
    written = markdown(paragraphs)
    assert printed_by_renderer(written) == shown(paragraphs, {})
    for leftover in ("<", "mso-", "font-family", "color:", "style=", "file:///", "\ufffc"):
        assert leftover not in written, leftover


def test_word_bold_link_and_the_clipboard_document_around_them() -> None:
    assert markdown(read("word2013-bold.html")) == "**This text is only bolded.**"
    # The whole document Word puts on the clipboard: only the paragraph is kept.
    assert markdown(read("word2013-link-whole.html")) == (
        "There is a [link here](http://www.google.com)."
    )


def test_word_lists_lose_their_typed_bullets_and_numbers() -> None:
    words = ["This", "Is", "A", "One", "Level"]
    bullets = read("word2013-bullets.html")
    assert [p.visible() for p in bullets][:5] == words
    assert {p.layout for p in bullets} == {Layout(Kind.BULLET, 0)}
    numbered = read("word2013-numbered.html")
    assert [p.visible() for p in numbered][:5] == words
    assert {p.layout for p in numbered} == {Layout(Kind.ORDERED, 0)}
    assert markdown(numbered).startswith("1. This\n2. Is\n3. A\n")


def test_word_colours_and_sizes_go_bold_and_italic_stay() -> None:
    paragraphs = read("word2013-colours.html")
    assert [p.visible() for p in paragraphs] == ["RAINBOW"] * 5 + ["Highlight"] * 2
    assert styled(paragraphs[1]) == [("RAINBOW", False, True, None)]
    assert styled(paragraphs[2]) == [("RAINBOW", True, False, None)]
    assert markdown(paragraphs[5:]) == "Hi*ghli*ght\n\nHi**ghli**ght"


def test_a_picture_brings_nothing() -> None:
    assert read("word2013-image.html") == []


def test_google_docs_wrapper_is_not_bold() -> None:
    paragraphs = read("gdocs-newsletter.html")
    assert styled(paragraphs[0]) == [
        ("CKSource", True, False, "https://www.cksource.com"),
        (" Newsletter", True, False, None),
    ]
    assert markdown(paragraphs[1:2]) == "We **have** a s*u*rprise!"
    assert styled(paragraphs[2]) == [
        ("Lorem ipsum dolor sit amet, consectetuer adipiscing.", False, False, None)
    ]
    assert [p.layout.level for p in paragraphs if p.layout.kind is Kind.ORDERED][:5] == [
        0, 1, 1, 2, 2,
    ]  # fmt: skip


def test_google_docs_nested_bullets() -> None:
    paragraphs = read("gdocs-nested-bullets.html")
    assert [(p.layout.kind, p.layout.level) for p in paragraphs][:4] == [
        (Kind.BULLET, 1), (Kind.BULLET, 1), (Kind.BULLET, 2), (Kind.BULLET, 2),
    ]  # fmt: skip
    # The copy started inside a nested list: it is written as a list of its own.
    assert markdown(paragraphs).startswith("- ted items\n- Some list\n  - With nested items\n")


def test_libreoffice_styles_links_lists_and_colours() -> None:
    styles = read("libreoffice-styles.html")
    assert markdown(styles) == (
        "Basic inline styles\n\n**bold**\n\n*italic*\n\nunderline\n\nstrikethrough\n\n"
        "superscript\n\nsubscript"
    )
    assert markdown(read("libreoffice-link.html")) == "Simple text [link](http://example.com/)."
    lists = read("libreoffice-lists.html")
    assert [(p.visible(), p.layout.level) for p in lists[1:6]] == [
        ("list 1", 0), ("list 1.1", 1), ("list 1.2", 1), ("list 1.2.1", 2), ("list 1.2.2", 2),
    ]  # fmt: skip
    assert "\n1. list 1\n   1. list 1.1\n" in markdown(lists)
    assert [p.visible() for p in read("libreoffice-font-colour.html")] == [
        "Background color",
        "Font color",
        "Mixed background and font color",
    ]


def test_web_pages_keep_links_and_lists_but_no_pictures() -> None:
    assert markdown(read("chrome-windows-link.html")) == (
        "X[X](https://en.wikipedia.org/wiki/United_States_Senate_election_in_Illinois,_2004)X"
    )
    page = read("firefox-wikipedia-page.html")
    written = markdown(page)
    assert page[0].visible() == "Synonym"
    assert "- verb\n  - *buy* and *purchase*\n" in written
    assert "[cuneiform](https://en.wikipedia.org/wiki/Cuneiform)" in written
    assert "upload.wikimedia.org" not in written  # pictures (and their links) left out


def test_scripts_styles_and_unsafe_links_are_left_out() -> None:
    hostile = (
        "<style>p { color: red }</style><script>alert('x')</script>"
        '<p onclick="steal()">Hello <a href="javascript:alert(1)">there</a>'
        '<img src="https://tracker.example/pixel.png" alt="pixel"> and '
        '<a href="file:///etc/passwd">here</a> and <a href="/relative">a page</a>.</p>'
        "<iframe src='https://x.example'>framed</iframe><noscript>no</noscript>"
    )
    assert markdown(paragraphs_from_html(hostile)) == "Hello there and here and a page."


def test_a_huge_paste_is_read_only_up_to_its_limit() -> None:
    html = "<p>" + "word " * (MAX_HTML_CHARS // 4) + "</p><p>after the limit</p>"
    paragraphs = paragraphs_from_html(html)
    assert len(paragraphs) == 1 and "after the limit" not in paragraphs[0].visible()


def test_plain_text_is_a_paragraph_a_line() -> None:
    assert [p.visible() for p in paragraphs_from_text("One\r\n\r\nTwo\tthree\n")] == [
        "One",
        "Two three",
    ]
