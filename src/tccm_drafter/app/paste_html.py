"""What a paste brings into the block editor: the clipboard's HTML (Word, LibreOffice, Google
Docs, web pages) read into paragraphs of runs, keeping bold, italic, links and lists, and
nothing else: fonts, colours, sizes, styles, images, tables' layout, scripts and whatever a
page holds beside its text are left out. The HTML is read here, as text, with the standard
library's parser; nothing in it is ever loaded or run (no picture, no style sheet, no link).

Word's list paragraphs (``mso-list: l0 level2``, the bullet or number in a span Word marks
``mso-list: Ignore``) become list items; Google Docs' wrapper (``<b style="font-weight:
normal">``) is read by its style, as is the bold or italic of a span. A link is kept only for
web and email addresses (``render/links.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from tccm_drafter.app.rich_text import Break, Kind, Layout, Paragraph, Run, Style, Text, merged
from tccm_drafter.model.text_hygiene import clean_text
from tccm_drafter.render.links import is_safe_link
from tccm_drafter.render.placeholders import MAX_BODY_CHARS

#: The most clipboard HTML read (a page of a few hundred kilobytes is common).
MAX_HTML_CHARS = 5_000_000

#: Elements whose content is not text to paste.
_SKIPPED = {
    "head", "title", "style", "script", "noscript", "template", "svg", "math", "iframe",
    "object", "embed", "canvas", "video", "audio", "select", "button", "textarea", "xml",
}  # fmt: skip
_VOID = {"br", "img", "meta", "link", "hr", "input", "col", "area", "base", "wbr", "source"}
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "td", "th", "caption", "section", "article", "header", "footer", "aside",
    "nav", "main", "figure", "figcaption", "dl", "dt", "dd", "address", "body", "html", "hr",
}  # fmt: skip
_BOLD = {"b", "strong"}
_ITALIC = {"i", "em", "cite", "dfn", "var"}
_CODE = {"code", "kbd", "samp", "tt"}
_SPACE = re.compile(r"[ \t\n\r\f]+")
_WORD_LEVEL = re.compile(r"mso-list\s*:[^;]*\blevel(\d+)", re.IGNORECASE)
_NUMBERED = re.compile(r"^\(?[0-9A-Za-z]{1,7}[.)]$")
_DROP = str.maketrans({"\ufffc": None, "\u2028": " ", "\u2029": " ", "\x85": " "})


def _styles(value: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in value.split(";"):
        name, _, setting = part.partition(":")
        found[name.strip().lower()] = setting.strip().lower()
    return found


@dataclass
class _Open:
    tag: str
    style: Style
    skip: bool = False


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.lists: list[Kind] = []
        self.paragraphs: list[Paragraph] = []
        self.runs: list[Run] = []
        self.layout = Layout()
        self.word_marker = ""  # the bullet or number Word put before a list paragraph
        self.word_level = 0
        self.size = 0
        self.pre = 0

    # -- state ------------------------------------------------------------------------------
    @property
    def style(self) -> Style:
        return self.stack[-1].style if self.stack else Style()

    @property
    def skipping(self) -> bool:
        return any(entry.skip for entry in self.stack)

    def flush(self) -> None:
        runs = _tidy(self.runs)
        printed = any(isinstance(r, Text) and r.text.strip() for r in runs)
        if printed and self.size < MAX_BODY_CHARS:
            layout = self.layout
            if self.word_level:
                marker = self.word_marker.replace("\xa0", " ").strip()
                kind = Kind.ORDERED if _NUMBERED.match(marker) else Kind.BULLET
                layout = Layout(kind, self.word_level - 1)
            self.paragraphs.append(Paragraph(runs, layout))
            self.size += sum(len(r.text) for r in runs if isinstance(r, Text))
        self.runs = []
        self.word_marker, self.word_level = "", 0

    # -- the parser's callbacks ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag in _BLOCKS:
            self.flush()
            self._block_start(tag, values)
        if tag == "br" and not self.skipping:
            self.runs.append(Break())
        if tag in _VOID:
            return
        style = self.style
        if tag in _BOLD:
            style = replace(style, bold=True)
        elif tag in _ITALIC:
            style = replace(style, italic=True)
        elif tag in _CODE:
            style = replace(style, code=True)
        elif tag == "a":
            target = values.get("href", "").strip()
            style = replace(style, link=target if target and _web(target) else None)
        style = _with_css(style, _styles(values.get("style", "")))
        css = values.get("style", "").lower().replace(" ", "")
        skip = tag in _SKIPPED or "mso-list:ignore" in css or "display:none" in css
        self.stack.append(_Open(tag, style, skip))
        if tag == "pre":
            self.pre += 1

    def _block_start(self, tag: str, values: dict[str, str]) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(Kind.ORDERED if tag == "ol" else Kind.BULLET)
        if tag == "li" and self.lists:
            self.layout = Layout(self.lists[-1], len(self.lists) - 1)
        elif tag not in ("p", "div") or not self.lists:
            self.layout = Layout()
        level = _WORD_LEVEL.search(values.get("style", ""))
        if tag == "p" and level is not None:
            self.word_level = int(level.group(1))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not any(entry.tag == tag for entry in self.stack):
            return  # a closing tag nobody opened
        if tag in _BLOCKS:
            self.flush()
        while self.stack:
            entry = self.stack.pop()
            if entry.tag == "pre":
                self.pre -= 1
            if entry.tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            if entry.tag == tag:
                break
        if tag == "li" or not self.lists:
            self.layout = Layout()
        elif tag in ("ul", "ol"):
            self.layout = Layout(self.lists[-1], len(self.lists) - 1)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.stack and self.stack[-1].skip and self.stack[-1].tag == "span":
                self.word_marker += data
            return
        if self.pre:
            for number, line in enumerate(data.split("\n")):
                if number:
                    self.runs.append(Break())
                if line:
                    self.runs.append(Text(line, self.style))
            return
        self.runs.append(Text(data, self.style))


def _web(target: str) -> bool:
    return is_safe_link(target) and not target.startswith("#")


def _with_css(style: Style, css: dict[str, str]) -> Style:
    weight = css.get("font-weight")
    if weight is not None:
        bold = weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600)
        style = replace(style, bold=bold)
    slant = css.get("font-style")
    if slant is not None:
        style = replace(style, italic=slant in ("italic", "oblique"))
    return style


def _tidy(runs: list[Run]) -> tuple[Run, ...]:
    """Spaces as a browser shows them: each stretch of white space one space, none at the
    paragraph's ends or next to a line break."""
    out: list[Run] = []
    for run in runs:
        if isinstance(run, Text):
            text = clean_text(run.text.translate(_DROP), one_line=True)
            text = text if run.style.code else _SPACE.sub(" ", text)
            if text.startswith(" ") and _ends_in_space(out):
                text = text[1:]
            if text:
                out.append(Text(text, run.style))
            continue
        if out and isinstance(out[-1], Text) and out[-1].text.endswith(" "):
            out[-1] = Text(out[-1].text[:-1], out[-1].style)
        out.append(run)
    while out and (isinstance(out[-1], Break) or not _visible(out[-1])):
        out.pop()
    while out and isinstance(out[0], Break):
        out.pop(0)
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text.rstrip(" "), out[-1].style)
    return merged(out)


def _ends_in_space(runs: list[Run]) -> bool:
    """True at a paragraph's start, after a line break or after a space."""
    last = runs[-1] if runs else None
    return (
        last is None
        or isinstance(last, Break)
        or (isinstance(last, Text) and last.text.endswith(" "))
    )


def _visible(run: Run) -> bool:
    return not isinstance(run, Text) or bool(run.text.strip(" "))


def paragraphs_from_html(html: str) -> list[Paragraph]:
    """The paragraphs the clipboard's HTML holds, as the editor keeps them."""
    reader = _Reader()
    reader.feed(html[:MAX_HTML_CHARS])
    reader.close()
    reader.flush()
    return reader.paragraphs


def paragraphs_from_text(text: str) -> list[Paragraph]:
    """Plain text: one paragraph per line with text on it."""
    found: list[Paragraph] = []
    for line in clean_text(text[:MAX_BODY_CHARS]).splitlines():
        line = line.replace("\t", " ").translate(_DROP).strip()
        if line:
            found.append(Paragraph((Text(line),)))
    return found
