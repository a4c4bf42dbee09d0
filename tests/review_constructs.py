"""Constructs of real Word files (tests/data/docx, see SOURCES.md) put into our own export.

Each helper takes the XML a public Word file holds for one construct — a tracked formatting
change, a hyperlink, a footnote or endnote reference, a symbol, a tracked paragraph style
change, comment replies — and puts it, as Word wrote it, around words of a
:class:`review_helpers.WordEdit`. Only the words and the ids are ours.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from lxml import etree

from review_helpers import W, WordEdit, w

DATA = Path(__file__).parent / "data" / "docx"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def public_part(name: str, part: str) -> etree._Element:
    """A part of a public Word file in tests/data/docx, parsed."""
    with zipfile.ZipFile(DATA / name) as archive:
        return etree.fromstring(archive.read(part))


def _first(root: etree._Element, path: str) -> etree._Element:
    found = root.find(path, {"w": W})
    assert found is not None, path
    return copy.deepcopy(found)


def word_rpr_change() -> etree._Element:
    """The ``w:rPr`` Word wrote for "track" made bold and red (SDK trackChange.docx)."""
    return _first(public_part("sdk-track-change.docx", "word/document.xml"), ".//w:rPrChange/..")


def format_words(
    edit: WordEdit,
    containing: str,
    words: str,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool = False,
    tracked: bool = True,
) -> None:
    """Make ``words`` bold / not bold, italic / not italic (and underlined) as Word does: the
    run's new properties, and with tracking the old ones in Word's ``w:rPrChange``."""
    run = edit._split_run(edit.paragraph(containing), words)
    old = run.find(w("rPr"))
    old = copy.deepcopy(old) if old is not None else etree.Element(w("rPr"))
    new = copy.deepcopy(old)
    for tag, wanted in (("b", bold), ("i", italic), ("u", underline or None)):
        for found in new.findall(w(tag)):
            new.remove(found)
        if wanted:
            element = etree.SubElement(new, w(tag))
            if tag == "u":
                element.set(w("val"), "single")
    if tracked:
        change = word_rpr_change().find(w("rPrChange"))
        assert change is not None
        for child in list(change):
            change.remove(child)
        change.set(w("author"), edit.author)
        change.append(old)
        new.append(change)
    previous = run.find(w("rPr"))
    if previous is not None:
        run.remove(previous)
    run.insert(0, new)


def link_words(edit: WordEdit, containing: str, words: str, target: str) -> None:
    """Put Word's ``w:hyperlink`` (SDK "Hyperlink - external.docx") around ``words``."""
    source = public_part("sdk-hyperlink-external.docx", "word/document.xml")
    link = _first(source, ".//w:hyperlink")
    style = _first(link, ".//w:rPr")
    run = edit._split_run(edit.paragraph(containing), words)
    for child in list(link):
        link.remove(child)
    rel_id = edit.relate_external(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", target
    )
    link.set(f"{{{R}}}id", rel_id)
    run.addprevious(link)
    properties = run.find(w("rPr"))
    if properties is None:
        properties = etree.SubElement(run, w("rPr"))
        run.insert(0, properties)
    properties.insert(0, style.find(w("rStyle")))
    link.append(run)


def add_note(
    edit: WordEdit, containing: str, after: str, text: str, *, kind: str, tracked: bool = True
) -> None:
    """A footnote or endnote typed after ``after``: reference run and note as Word wrote them
    in SDK ftEdNote.docx, inside a tracked insertion unless ``tracked`` is False."""
    source = public_part("sdk-footnote-endnote.docx", "word/document.xml")
    reference = _first(source, f".//w:{kind}Reference/..")
    notes = public_part("sdk-footnote-endnote.docx", f"word/{kind}s.xml")
    note = _first(notes, f"w:{kind}[@w:id='2']")
    note_id = edit.add_note_part(kind, note, text, notes)
    reference.find(w(f"{kind}Reference")).set(w("id"), note_id)
    run = edit._split_run(edit.paragraph(containing), after)
    if tracked:
        wrapper = edit._tracked("ins")
        wrapper.append(reference)
        run.addnext(wrapper)
    else:
        run.addnext(reference)


def add_symbol(edit: WordEdit, containing: str, after: str, part: str, name: str) -> None:
    """The first ``w:sym`` of a public file (its run as Word wrote it) typed after ``after``."""
    root = public_part(name, part)
    symbol = _first(root, ".//w:sym")
    run = etree.Element(w("r"))
    run.append(symbol)
    edit._split_run(edit.paragraph(containing), after).addnext(run)


def restyle(edit: WordEdit, containing: str, style_id: str, *, tracked: bool = True) -> None:
    """Give a paragraph another style; tracked as Word does with ``w:pPrChange`` (SDK
    Comment042.docx) holding the properties before."""
    p = edit.paragraph(containing)
    properties = p.find(w("pPr"))
    assert properties is not None
    before = copy.deepcopy(properties)
    for mark in list(before):
        if mark.tag == w("rPr"):
            before.remove(mark)
    properties.find(w("pStyle")).set(w("val"), style_id)
    if tracked:
        source = public_part("sdk-paragraph-change.docx", "word/document.xml")
        change = _first(source, ".//w:pPrChange")
        for child in list(change):
            change.remove(child)
        change.append(before)
        properties.append(change)
