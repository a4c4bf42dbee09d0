"""Mark each block of a Word export so that a reviewed copy can be read back block by block.

The body writer tells which Word paragraphs each top-level node became; this module puts a
bookmark (``w:bookmarkStart`` / ``w:bookmarkEnd``) around the paragraphs of each block and
stores the map of marked blocks in a custom XML part (``customXml/itemN.xml``). Both survive
editing and saving in Word and in LibreOffice (document variables do not: LibreOffice drops
them). Names and fingerprints: :mod:`tccm_drafter.model.review_marks`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter import APP_NAME, __version__
from tccm_drafter.model.review_marks import (
    MAP_NAMESPACE,
    BlockMark,
    fingerprint,
    paragraph_key,
    styled_fingerprint,
)
from tccm_drafter.render.document import (
    BlockNode,
    Document,
    FootnoteRef,
    Inline,
    Link,
    ListBlock,
    plain_text,
)
from tccm_drafter.render.docx_runs import FORBIDDEN
from tccm_drafter.render.docx_styles import w
from tccm_drafter.storage.review_docx import exported_markdown

_DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


@dataclass(frozen=True)
class BlockSpan:
    """The top-level document nodes ``first..last`` (inclusive) that one block became."""

    mark: BlockMark
    first: int
    last: int


def block_spans(blocks: Sequence[BlockNode]) -> list[BlockSpan]:
    """Each block's nodes and fingerprint, in document order.

    A block's nodes follow each other; should a template ever split them, only the first run
    of nodes is marked (and fingerprinted), so both sides of a review compare the same text.
    """
    spans: list[BlockSpan] = []
    seen: set[tuple[int, int]] = set()
    index = 0
    while index < len(blocks):
        origin = blocks[index].origin
        if origin.section is None or origin.block is None:
            index += 1
            continue
        key = (origin.section, origin.block)
        last = index
        while last + 1 < len(blocks) and _key(blocks[last + 1]) == key:
            last += 1
        if key not in seen:
            seen.add(key)
            texts: list[str] = []
            notes: list[str] = []
            for node in blocks[index : last + 1]:
                _collect(node, texts, notes)
            mark = BlockMark(key[0], key[1], fingerprint(texts, notes), origin.paragraph_id)
            spans.append(BlockSpan(mark, index, last))
        index = last + 1
    return spans


def block_fingerprints(doc: Document) -> dict[tuple[int, int], str]:
    """(section, block) -> fingerprint of the text the block renders to now."""
    return {(s.mark.section, s.mark.block): s.mark.text_hash for s in block_spans(doc.blocks)}


def _key(node: BlockNode) -> tuple[int, int] | None:
    origin = node.origin
    if origin.section is None or origin.block is None:
        return None
    return (origin.section, origin.block)


def _collect(node: BlockNode, texts: list[str], notes: list[str]) -> None:
    if isinstance(node, ListBlock):
        for item in node.items:
            for child in item.blocks:
                _collect(child, texts, notes)
        return
    texts.append(plain_text(node.inlines))
    _footnotes(node.inlines, notes)


def _footnotes(inlines: Sequence[Inline], notes: list[str]) -> None:
    for inline in inlines:
        if isinstance(inline, FootnoteRef):
            notes.append(plain_text(inline.content))
        elif isinstance(inline, Link):
            _footnotes(inline.children, notes)


def add_review_marks(
    word: WordDocument,
    doc: Document,
    paragraphs: Sequence[etree._Element],
    node_paragraphs: Sequence[tuple[int, int]],
) -> list[BlockMark]:
    """Bookmark every block's paragraphs and store the map; returns the marks made.

    ``paragraphs`` are the body's ``w:p`` elements as written; ``node_paragraphs[i]`` is the
    range ``(start, end)`` of them that top-level node ``i`` of ``doc.blocks`` became.
    """
    marks: list[BlockMark] = []
    next_id = _first_free_bookmark_id(word)
    spans = block_spans(doc.blocks)
    in_blocks = {i for span in spans for i in range(span.first, span.last + 1)}
    template_text: list[str] = []
    for index, node in enumerate(doc.blocks):
        if index not in in_blocks:
            _collect(node, template_text, [])
    written: dict[str, list[etree._Element]] = {}
    for span in spans:
        start, end = node_paragraphs[span.first][0], node_paragraphs[span.last][1]
        if end <= start:
            continue  # the block printed nothing
        written[span.mark.name] = list(paragraphs[start:end])
        first, last = paragraphs[start], paragraphs[end - 1]
        begin = etree.Element(w("bookmarkStart"))
        begin.set(w("id"), str(next_id))
        begin.set(w("name"), span.mark.name)
        properties = first.find(w("pPr"))
        if properties is not None:
            properties.addnext(begin)
        else:
            first.insert(0, begin)
        finish = etree.SubElement(last, w("bookmarkEnd"))
        finish.set(w("id"), str(next_id))
        next_id += 1
        marks.append(span.mark)
    keys = sorted({paragraph_key(text) for text in template_text if text.strip()})
    marks = with_styled_hashes(word, marks, written)
    _store_map(word, marks, doc.meta.title, keys)
    return marks


def with_styled_hashes(
    word: WordDocument,
    marks: list[BlockMark],
    spans: dict[str, list[etree._Element]],
) -> list[BlockMark]:
    """The marks with the fingerprint of what the import will read back from their
    paragraphs (``spans``: mark name -> its body paragraphs as written)."""
    styles: dict[str, str] = {}
    for style in word.styles.element.iterchildren(w("style")):
        name = style.find(w("name"))
        style_id = style.get(w("styleId"), "")
        styles[style_id] = name.get(w("val"), style_id) if name is not None else style_id
    links = {
        rel_id: rel.target_ref
        for rel_id, rel in word.part.rels.items()
        if rel.is_external and rel.reltype == RT.HYPERLINK
    }
    notes = next(
        (
            rel.target_part.element
            for rel in word.part.rels.values()
            if rel.reltype == RT.FOOTNOTES and isinstance(rel.target_part, XmlPart)
        ),
        None,
    )
    return [
        replace(
            mark,
            styled_hash=styled_fingerprint(
                exported_markdown(spans.get(mark.name, []), styles, links, notes)
            ),
        )
        for mark in marks
    ]


def _first_free_bookmark_id(word: WordDocument) -> int:
    highest = 0
    for part in word.part.package.iter_parts():
        if not isinstance(part, XmlPart):
            continue
        for start in part.element.iter(w("bookmarkStart")):
            value = start.get(w("id"), "")
            if value.isdigit():
                highest = max(highest, int(value))
    return highest + 1


def _store_map(
    word: WordDocument, marks: list[BlockMark], title: str, template_text: list[str]
) -> None:
    document_part = word.part
    # A reference document made from an earlier export brings its map along: drop it.
    for rel_id, rel in list(document_part.rels.items()):
        is_map = rel.reltype == RT.CUSTOM_XML and not rel.is_external
        if is_map and MAP_NAMESPACE.encode() in rel.target_part.blob:
            document_part.drop_rel(rel_id)
    root = etree.Element(f"{{{MAP_NAMESPACE}}}review", nsmap={None: MAP_NAMESPACE})
    root.set("format", "1")
    root.set("app", f"{APP_NAME} {__version__}")
    root.set("title", FORBIDDEN.sub("", title))
    for mark in marks:
        item = etree.SubElement(root, f"{{{MAP_NAMESPACE}}}block")
        item.set("name", mark.name)
        item.set("section", str(mark.section))
        item.set("block", str(mark.block))
        item.set("hash", mark.text_hash)
        if mark.paragraph_id is not None:
            item.set("paragraph", FORBIDDEN.sub("", mark.paragraph_id))
        if mark.styled_hash:
            item.set("styled", mark.styled_hash)
    own = etree.SubElement(root, f"{{{MAP_NAMESPACE}}}template-text")
    own.set("hashes", " ".join(template_text))
    package = document_part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while f"/customXml/item{number}.xml" in taken:
        number += 1
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    item_part = Part(PackURI(f"/customXml/item{number}.xml"), CT.XML, blob, package)
    props = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" xmlns:ds="{_DS_NS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{MAP_NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()
    props_part = Part(
        PackURI(f"/customXml/itemProps{number}.xml"),
        CT.OFC_CUSTOM_XML_PROPERTIES,
        props,
        package,
    )
    item_part.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    document_part.relate_to(item_part, RT.CUSTOM_XML)


__all__ = ["BlockSpan", "add_review_marks", "block_fingerprints", "block_spans"]
