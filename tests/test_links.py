"""One rule for live links (render/links.py), applied by the Word writer, the preview HTML and
the Markdown export: only http, https, mailto and in-document anchors become links."""

from __future__ import annotations

import html
import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from clock_helpers import TODAY
from render_helpers import make_library, make_submission, make_template
from tccm_drafter.model import TextBlock
from tccm_drafter.render.document import Document, DocumentMeta, Link, Paragraph, Text
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.html_preview import to_html
from tccm_drafter.render.links import LINK_RULE, anchor_name, is_safe_link
from tccm_drafter.render.markdown_export import to_markdown
from tccm_drafter.render.pipeline import render_submission

SAFE = [
    "https://www.example.org/igf",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/Path?q=1#frag",
    "hTtP://example.org:8080/a%20b",
    "mailto:secretariat@example.org",
    "mailto:a@example.org?subject=IGF&body=Hello",
    "MAILTO:a@example.org?CC=b@example.org",
    "#summary",
    "#b-0-1",
]

UNSAFE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\x00script:alert(1)",
    "java\u200bscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "%6Aavascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "FILE:///C:/Windows/win.ini",
    "file://host/share/doc.docx",
    "smb://host/share",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=x&crumb=location:\\\\host\\share",
    "ms-word:ofe|u|https://example.org/x.docx",
    "ms-excel:ofv|u|https://example.org/x.xlsx",
    "\\\\host\\share\\file.exe",
    "//host/share",
    "/etc/passwd",
    "C:\\Windows\\System32\\calc.exe",
    "C:/Windows/System32/calc.exe",
    "../secret.txt",
    "relative/page.html",
    "ftp://example.org/file",
    "tel:+41000000",
    "https:example.org",
    "https://",
    "https:///etc/passwd",
    "http:\\\\example.org",
    "https://example.org/ space",
    'https://example.org/"onmouseover="x',
    "https://example.org/<script>",
    "https://example.org/\u202egnp.exe",
    "mailto:a@example.org?attach=/etc/passwd",
    "mailto:a@example.org?subject=x&%61ttach=C:/secret",
    "mailto:",
    "#",
    "#a b",
    "",
]


@pytest.mark.parametrize("target", SAFE)
def test_safe_targets(target: str) -> None:
    assert is_safe_link(target)


@pytest.mark.parametrize("target", UNSAFE)
def test_unsafe_targets(target: str) -> None:
    assert not is_safe_link(target)


def test_anchor_name_and_rule() -> None:
    assert anchor_name("#summary") == "summary"
    assert anchor_name("https://example.org/#x") is None
    assert "http" in LINK_RULE and "mailto" in LINK_RULE


def document_with_links(targets: list[str]) -> Document:
    return Document(
        DocumentMeta(title="Links"),
        blocks=[
            Paragraph([Text(f"Link {n}: "), Link(target, (Text(f"label{n}"),))])
            for n, target in enumerate(targets)
        ],
    )


def external_targets(data: bytes) -> list[str]:
    """Every external relationship target anywhere in the package."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".rels"):
                xml = package.read(name).decode("utf-8")
                for rel in re.findall(r"<Relationship [^>]*>", xml):
                    if 'TargetMode="External"' in rel:
                        target = re.search(r'Target="([^"]*)"', rel)
                        assert target is not None
                        found.append(target.group(1))
    return found


def test_word_writes_only_safe_targets_as_hyperlinks() -> None:
    doc = document_with_links(SAFE + UNSAFE)
    data = DocxExporter().build(doc)
    targets = [html.unescape(t) for t in external_targets(data)]
    assert sorted(set(targets)) == sorted(t for t in SAFE if not t.startswith("#"))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode("utf-8")
    # The unsafe links' labels are still there, as plain text outside any hyperlink.
    hyperlinks = re.findall(r"<w:hyperlink .*?</w:hyperlink>", body)
    assert len(hyperlinks) == len(SAFE)
    for n in range(len(SAFE), len(SAFE) + len(UNSAFE)):
        assert f"label{n}" in body
        assert not any(f"label{n}<" in link for link in hyperlinks)


def test_word_export_warns_about_each_refused_link(tmp_path: Path) -> None:
    warnings = DocxExporter().write(
        document_with_links(["smb://host/share", "https://example.org"]), tmp_path / "x.docx"
    )
    messages = [str(w) for w in warnings]
    assert messages == [
        f"Word export: the link to smb://host/share is written as plain text ({LINK_RULE})"
    ]


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs.extend(value or "" for key, value in attrs if key == "href")


def test_preview_html_links_only_safe_targets() -> None:
    parser = _Anchors()
    parser.feed(to_html(document_with_links(SAFE + UNSAFE)))
    assert parser.hrefs == SAFE


def test_markdown_export_keeps_only_safe_links() -> None:
    markdown = to_markdown(document_with_links(["smb://host/share", "https://example.org"]))
    assert "smb://" not in markdown
    assert "[label1](<https://example.org>)" in markdown


BODY_LINKS = [
    "[open](smb://host/share)",
    "<smb://host/share>",
    "[help](ms-msdt:/id%20PCWDiagnostic)",
    "[find](search-ms:query=x)",
    "[doc](file:///etc/passwd)",
    "[page](../secret.html)",
    "[x](&#106;avascript:alert(1))",
    "[y](JAVASCRIPT:alert(1))",
]


@pytest.mark.parametrize("markdown", BODY_LINKS)
def test_links_written_in_a_paragraph_never_become_live(tmp_path: Path, markdown: str) -> None:
    submission = make_submission()
    submission.sections[0].blocks.append(TextBlock(f"See {markdown} now."))
    result = render_submission(
        submission, make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    data = DocxExporter().build(result.document)
    assert external_targets(data) == ["https://example.org/igf"]  # the library's own link
    parser = _Anchors()
    parser.feed(to_html(result.document))
    assert parser.hrefs == ["https://example.org/igf"]
