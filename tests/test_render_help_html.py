"""Markdown help pages to HTML: escaped text, named headings, sized pictures."""

from __future__ import annotations

from tccm_drafter.render.help_html import CELL_IMAGE_WIDTH, IMAGE_WIDTH, headings, slug, to_html


def test_raw_html_is_escaped_not_passed_through() -> None:
    html = to_html("Hello <script>alert(1)</script> and <img src='https://example.org/t.png'>\n")
    assert "<script>" not in html and "<img src='https" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_headings_carry_anchors_named_from_their_text() -> None:
    html = to_html("# Guide\n\n## The library\n\n## The library\n\n### Never *losing* work!\n")
    assert '<h1><a name="guide"></a>Guide</h1>' in html
    assert '<h2><a name="the-library"></a>The library</h2>' in html
    assert '<h2><a name="the-library-1"></a>The library</h2>' in html
    assert '<a name="never-losing-work"></a>' in html
    assert slug("A submission in ten minutes") == "a-submission-in-ten-minutes"


def test_headings_lists_levels_and_text() -> None:
    assert headings("# One\n\ntext\n\n## Two\n\n```\n# not a heading\n```\n") == [
        (1, "One"),
        (2, "Two"),
    ]


def test_pictures_get_a_width_smaller_in_tables() -> None:
    html = to_html("![shot](a.png)\n\n| x |\n| --- |\n| ![](b.png) |\n")
    assert f'<img src="a.png" alt="shot" width="{IMAGE_WIDTH}" />' in html
    assert f'<img src="b.png" alt="" width="{CELL_IMAGE_WIDTH}" />' in html
    assert "<table>" in html


def test_title_is_escaped() -> None:
    assert "<title>A &amp; B</title>" in to_html("x\n", title="A & B")
