"""A submission exported to Word, and edits made to it the way Word records a reviewer's work.

:class:`WordEdit` changes the XML of a real export as Word writes tracked changes: ``w:ins``
and ``w:del`` runs with ``w:author`` and ``w:date``, a paragraph mark inserted (split, new
paragraph) or deleted, tracked moves (``w:moveFrom`` / ``w:moveTo`` with named ranges), and
comments (``comments.xml``, ``commentRangeStart`` / ``commentRangeEnd``,
``commentReference``, ``commentsExtended.xml`` for "resolved").
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import date
from pathlib import Path

from lxml import etree

from tccm_drafter.model import (
    Consultation,
    Library,
    Organisation,
    ParagraphBlock,
    Section,
    Submission,
    TextBlock,
)
from tccm_drafter.model.paragraph import Paragraph, Status
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.render.templates import Template

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
TODAY = date(2026, 3, 1)
WHEN = "2026-03-02T10:15:00Z"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def review_library() -> Library:
    def paragraph(pid: str, body: str) -> Paragraph:
        return Paragraph(pid, pid.replace("-", " ").title(), body, status=Status.APPROVED)

    return Library.of(
        [
            paragraph(
                "igf-mandate",
                "{{ org.name }} welcomes the **permanent** mandate of the IGF[^1]. It needs:\n\n"
                "- predictable resources;\n"
                "- a *stronger* [intersessional programme](https://example.org/igf).\n\n"
                "[^1]: Outcome document, paragraph 12.",
            ),
            paragraph("igf-funding", "The Forum needs stable funding from many sources."),
            paragraph(
                "open-internet",
                "One open Internet serves everyone.\n\nFragmentation would harm users.",
            ),
            paragraph("equal-footing", "Stakeholders should take part on an equal footing."),
            paragraph("no-duplication", "New processes should not duplicate the IGF."),
        ]
    )


def review_submission() -> Submission:
    return Submission(
        title="Response to the review",
        organisation=Organisation(name="Example Registry", country="NO"),
        consultation=Consultation(title="WSIS+20 follow-up", language="en-GB"),
        date=TODAY,
        sections=[
            Section(
                "The IGF",
                "How should the IGF evolve?",
                blocks=[
                    ParagraphBlock("igf-mandate"),
                    ParagraphBlock("igf-funding"),
                    TextBlock("We thank the co-facilitators for this consultation."),
                ],
            ),
            Section(
                "The Internet",
                "What Internet do you want?",
                blocks=[ParagraphBlock("open-internet"), ParagraphBlock("equal-footing")],
            ),
            Section(
                "Other matters",
                "Anything else?",
                blocks=[ParagraphBlock("no-duplication")],
            ),
        ],
    )


def export_docx(submission: Submission, library: Library, template: Template) -> bytes:
    result = render_submission(submission, library, template, today=TODAY)
    return DocxExporter(review_marks=True).build(result.document)


class WordEdit:
    """The parts of a .docx, with edits in the style of Word's tracked changes."""

    def __init__(self, data: bytes, author: str = "Legal team") -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.doc = etree.fromstring(self.parts["word/document.xml"])
        self.author = author
        self._next_id = 900
        self._comments: etree._Element | None = None
        self._extended: etree._Element | None = None
        self._notes: dict[str, etree._Element] = {}

    # ------------------------------------------------------------------ finding

    def paragraph(self, containing: str) -> etree._Element:
        for p in self.doc.iter(w("p")):
            if containing in "".join(t.text or "" for t in p.iter(w("t"))):
                return p
        raise AssertionError(f"no paragraph with {containing!r}")

    def _id(self) -> str:
        self._next_id += 1
        return str(self._next_id)

    def _tracked(self, tag: str, author: str | None = None) -> etree._Element:
        element = etree.Element(w(tag))
        element.set(w("id"), self._id())
        element.set(w("author"), author or self.author)
        element.set(w("date"), WHEN)
        return element

    def _split_run(self, p: etree._Element, text: str) -> etree._Element:
        """Make ``text`` a run of its own inside ``p`` and return that run."""
        for run in p.iter(w("r")):
            t = run.find(w("t"))
            if t is None or text not in (t.text or ""):
                continue
            before, after = (t.text or "").split(text, 1)
            pieces: list[etree._Element] = []
            middle: etree._Element | None = None
            for number, piece in enumerate((before, text, after)):
                if piece:
                    extra = copy.deepcopy(run)
                    extra.find(w("t")).text = piece
                    pieces.append(extra)
                    if number == 1:
                        middle = extra
            for extra in pieces:
                run.addprevious(extra)
            run.getparent().remove(run)
            assert middle is not None
            return middle
        raise AssertionError(f"no run with {text!r}")

    def _mark(self, p: etree._Element, tag: str, author: str | None = None) -> None:
        properties = p.find(w("pPr"))
        if properties is None:
            properties = etree.SubElement(p, w("pPr"))
            p.insert(0, properties)
        marks = properties.find(w("rPr"))
        if marks is None:
            marks = etree.SubElement(properties, w("rPr"))
        marks.append(self._tracked(tag, author))

    # ------------------------------------------------------------------ tracked edits

    def replace_words(self, containing: str, old: str, new: str, author: str | None = None) -> None:
        p = self.paragraph(containing)
        run = self._split_run(p, old)
        deleted = self._tracked("del", author)
        run.addprevious(deleted)
        deleted.append(run)
        run.find(w("t")).tag = w("delText")
        inserted = self._tracked("ins", author)
        new_run = copy.deepcopy(run)
        new_run.find(w("delText")).tag = w("t")
        new_run.find(w("t")).text = new
        inserted.append(new_run)
        deleted.addnext(inserted)

    def delete_paragraph(self, containing: str) -> None:
        p = self.paragraph(containing)
        for run in list(p.iterchildren(w("r"))):
            deleted = self._tracked("del")
            run.addprevious(deleted)
            deleted.append(run)
            for t in run.iter(w("t")):
                t.tag = w("delText")
        self._mark(p, "del")

    def split_paragraph(self, containing: str, second_starts: str) -> None:
        """Enter pressed before ``second_starts`` (Word marks the first part's mark new)."""
        p = self.paragraph(containing)
        run = self._split_run(p, second_starts)
        first = etree.Element(w("p"))
        first.append(copy.deepcopy(p.find(w("pPr"))))
        p.addprevious(first)
        for child in list(p):
            if child is run:
                break
            if child.tag != w("pPr"):
                first.append(child)
        self._mark(first, "ins")

    def insert_paragraph_after(self, containing: str, text: str) -> etree._Element:
        p = self.paragraph(containing)
        new = etree.Element(w("p"))
        properties = etree.SubElement(new, w("pPr"))
        etree.SubElement(properties, w("pStyle")).set(w("val"), "Normal")
        p.addnext(new)
        self._mark(new, "ins")
        inserted = self._tracked("ins")
        run = etree.SubElement(inserted, w("r"))
        etree.SubElement(run, w("t")).text = text
        new.append(inserted)
        return new

    def move_paragraph(self, containing: str, after: str) -> None:
        """A tracked move: the text leaves its place (the bookmark stays) for a new one."""
        p = self.paragraph(containing)
        target = self.paragraph(after)
        copy_p = copy.deepcopy(p)
        for mark in list(copy_p.iter(w("bookmarkStart"), w("bookmarkEnd"))):
            mark.getparent().remove(mark)
        name = "move" + self._id()
        for kind, paragraph in (("moveFrom", p), ("moveTo", copy_p)):
            for run in list(paragraph.iterchildren(w("r"))):
                wrapper = self._tracked(kind)
                run.addprevious(wrapper)
                wrapper.append(run)
            self._mark(paragraph, kind)
            start = etree.Element(w(kind + "RangeStart"))
            start.set(w("id"), self._id())
            start.set(w("name"), name)
            start.set(w("author"), self.author)
            start.set(w("date"), WHEN)
            end = etree.Element(w(kind + "RangeEnd"))
            end.set(w("id"), start.get(w("id")))
            if kind == "moveTo":
                target.addnext(copy_p)
            paragraph.addprevious(start)
            paragraph.addnext(end)

    def type_untracked(self, containing: str, old: str, new: str) -> None:
        for t in self.paragraph(containing).iter(w("t")):
            if old in (t.text or ""):
                t.text = (t.text or "").replace(old, new)
                return
        raise AssertionError(old)

    # ------------------------------------------------------------------ comments

    def comment(
        self,
        containing: str,
        anchor: str,
        text: str,
        author: str | None = None,
        resolved: bool = False,
    ) -> None:
        p = self.paragraph(containing)
        run = self._split_run(p, anchor)
        key = str(len(self._comment_root()))
        start = etree.Element(w("commentRangeStart"))
        start.set(w("id"), key)
        run.addprevious(start)
        end = etree.Element(w("commentRangeEnd"))
        end.set(w("id"), key)
        run.addnext(end)
        reference = etree.Element(w("r"))
        etree.SubElement(reference, w("commentReference")).set(w("id"), key)
        end.addnext(reference)
        note = etree.SubElement(self._comment_root(), w("comment"))
        note.set(w("id"), key)
        note.set(w("author"), author or self.author)
        note.set(w("date"), WHEN)
        note.set(w("initials"), "LT")
        para = etree.SubElement(note, w("p"))
        para_id = f"{int(key) + 0x100:08X}"
        para.set(f"{{{W14}}}paraId", para_id)
        etree.SubElement(etree.SubElement(para, w("r")), w("t")).text = text
        if resolved:
            item = etree.SubElement(self._extended_root(), f"{{{W15}}}commentEx")
            item.set(f"{{{W15}}}paraId", para_id)
            item.set(f"{{{W15}}}done", "1")

    def _comment_root(self) -> etree._Element:
        if self._comments is None:
            self._comments = etree.Element(w("comments"), nsmap={"w": W, "w14": W14})
            self._relate(
                "comments.xml",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            )
        return self._comments

    def _extended_root(self) -> etree._Element:
        if self._extended is None:
            self._extended = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
            self._relate(
                "commentsExtended.xml",
                "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                "application/vnd.openxmlformats-officedocument.wordprocessingml."
                "commentsExtended+xml",
            )
        return self._extended

    def relate_external(self, rel_type: str, target: str) -> str:
        """A new external relationship of the document part; returns its id."""
        rels = self.parts["word/_rels/document.xml.rels"].decode()
        rel_id = f"rIdLink{len(rels)}"
        rel = f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{target}" '
        rel += 'TargetMode="External"/>'
        self.parts["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", rel + "</Relationships>"
        ).encode()
        return rel_id

    def add_note_part(
        self, kind: str, note: etree._Element, text: str, empty: etree._Element
    ) -> str:
        """Add ``note`` (a ``w:footnote`` / ``w:endnote`` as Word wrote it) saying ``text`` to
        the notes part, made from ``empty`` (its separators) when the file has none."""
        name = f"word/{kind}s.xml"
        if name not in self._notes:
            if name in self.parts:
                self._notes[name] = etree.fromstring(self.parts[name])
            else:
                for child in list(empty):
                    if child.get(w("type")) not in ("separator", "continuationSeparator"):
                        empty.remove(child)
                self._notes[name] = empty
                base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                self._relate(
                    f"{kind}s.xml",
                    base + f"{kind}s",
                    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
                )
        root = self._notes[name]
        note_id = str(max(int(n.get(w("id"), "0")) for n in root) + 1)
        note.set(w("id"), note_id)
        runs = [r for r in note.iter(w("r")) if r.find(w("t")) is not None]
        for run in runs[1:]:
            run.getparent().remove(run)
        runs[0].find(w("t")).text = " " + text
        root.append(note)
        return note_id

    def _relate(self, target: str, rel_type: str, content_type: str) -> None:
        rels = self.parts["word/_rels/document.xml.rels"].decode()
        rel = f'<Relationship Id="rIdReview{len(rels)}" Type="{rel_type}" Target="{target}"/>'
        self.parts["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>", rel + "</Relationships>"
        ).encode()
        types = self.parts["[Content_Types].xml"].decode()
        override = f'<Override PartName="/word/{target}" ContentType="{content_type}"/>'
        self.parts["[Content_Types].xml"] = types.replace(
            "</Types>", override + "</Types>"
        ).encode()

    # ------------------------------------------------------------------ saving

    def build(self) -> bytes:
        self.parts["word/document.xml"] = etree.tostring(
            self.doc, xml_declaration=True, encoding="UTF-8", standalone=True
        )
        for name, root in (
            ("word/comments.xml", self._comments),
            ("word/commentsExtended.xml", self._extended),
            *self._notes.items(),
        ):
            if root is not None:
                self.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return out.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.build())
        return path
