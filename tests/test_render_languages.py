"""One real submission exported in each of the six UN languages and read back by python-docx
and pandoc: labels, dates and page label in the language, Arabic right to left throughout,
Chinese with an East Asian font."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from babel.dates import format_date as babel_date
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree  # type: ignore[import-untyped]

from clock_helpers import NOW
from tccm_drafter.app.exporting import prepare_export, write_export
from tccm_drafter.model import Library, ParagraphBlock, Submission
from tccm_drafter.render.document import Document, DocumentMeta, Paragraph, Role, Text
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.docx_language import east_asian_font
from tccm_drafter.render.docx_styles import W_NS
from tccm_drafter.render.i18n import Label, country_name, document_labels, fill_label
from tccm_drafter.render.templates import find_template
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paths import examples_dir, starter_library_dir
from tccm_drafter.storage.submission_file import load_submission

TODAY = date(2026, 11, 22)
#: BCP 47 tag of the consultation -> the CLDR locale its dates must match.
LANGUAGES = {"ar": "ar", "zh": "zh", "en": "en_GB", "fr": "fr", "ru": "ru", "es": "es"}
#: Starter paragraphs translated into the language, added to the example's last answer.
TRANSLATED = {lang: f"igf-permanent-mandate-{lang}" for lang in ("ar", "zh", "fr", "ru", "es")}


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = LibraryFolder(starter_library_dir(), "starter", writable=False).load()
    return Library.of(loaded.paragraphs, "starter")


def _in_language(language: str, library: Library) -> Submission:
    """The WSIS+20 response example, addressed to a consultation held in ``language``, with
    footnotes forbidden (so the references list and its heading appear)."""
    example = load_submission(examples_dir() / "wsis20-response.tccm")
    consultation = replace(
        example.consultation,
        language=language,
        rules=replace(example.consultation.rules, footnotes_allowed=False),
    )
    submission = replace(example, consultation=consultation)
    if language in TRANSLATED:
        # A paragraph written in the consultation's language, as a member would add it.
        last = submission.sections[-1]
        translation = library.get(TRANSLATED[language])
        assert translation is not None
        last.blocks = [*last.blocks, ParagraphBlock(translation.id, version=translation.version)]
    return submission


def _export(tmp_path: Path, library: Library, language: str) -> tuple[Path, Submission]:
    submission = _in_language(language, library)
    out = tmp_path / f"response-{language}.docx"
    _write(submission, library, submission.template, out)
    return out, submission


def _write(submission: Submission, library: Library, template: str, out: Path) -> None:
    plan = prepare_export(
        submission, library, None, output=out, template=find_template(template, None)
    )
    write_export(plan, now=NOW)


def _texts(word: WordDocument) -> list[tuple[str, str]]:
    return [(p.style.name if p.style else "", p.text) for p in word.paragraphs]


def _footer_text(word: WordDocument) -> str:
    """What the footer shows, with each field's current result (``1``) in its place."""
    footer = word.sections[0].footer._element
    return "".join(t.text or "" for t in footer.iter(qn("w:t")))


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_word_of_the_export_is_in_the_language(
    tmp_path: Path, library: Library, language: str
) -> None:
    out, submission = _export(tmp_path, library, language)
    labels = document_labels(language)
    word = docx.Document(str(out))
    texts = _texts(word)
    meta = [text for style, text in texts if style == "Meta"]
    org = submission.organisation
    day = babel_date(TODAY, format="long", locale=LANGUAGES[language])
    assert meta[0] == (
        f"{labels['submitted_by'].before}{org.name}{labels['submitted_by'].after} · "
        f"{org.stakeholder_group} · {country_name(org.country, language)}"
    )
    assert meta[1] == f"{day} · {_filled(labels['reference'], submission.consultation.reference)}"
    assert ("Heading 1", labels["references"]) in texts
    notes = [text for style, text in texts if style == "Note"]
    assert notes[0].startswith(labels["contact"].before + org.contact_person)
    assert _footer_text(word) == fill_label(labels["page_of"], page="1", pages="1")
    assert word.core_properties.language.split("-")[0] == language
    if language != "en":
        english = document_labels("en")
        for key in ("submitted_by", "reference", "references", "contact", "page_of"):
            assert english[key].pattern not in "\n".join(t for _, t in texts) + _footer_text(word)


def _filled(label: Label, value: str) -> str:
    return label.before + value + label.after


@pytest.mark.parametrize("language", ["en", "fr", "ar", "zh"])
def test_signatories_and_closing_in_the_language(
    tmp_path: Path, library: Library, language: str
) -> None:
    labels = document_labels(language)
    for name in ("joint-statement", "position-paper"):
        example = load_submission(examples_dir() / f"{name}.tccm")
        submission = replace(example, consultation=replace(example.consultation, language=language))
        out = tmp_path / f"{name}-{language}.docx"
        _write(submission, library, name, out)
        texts = _texts(docx.Document(str(out)))
        if name == "joint-statement":
            assert ("Heading 2", labels["signatories"]) in texts
            first = submission.signatories[0]
            signatory = next(t for s, t in texts if s == "Signatory")
            assert signatory.startswith(
                f"{first.organisation} ({country_name(first.country, language)})"
            )
        else:
            assert ("Signature", labels["yours_sincerely"]) in texts


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(member))


def test_arabic_is_right_to_left_throughout(tmp_path: Path, library: Library) -> None:
    out, _ = _export(tmp_path, library, "ar")
    document = _xml(out, "word/document.xml")
    body = document.find(qn("w:body"))
    sect_pr = body.find(qn("w:sectPr"))
    assert sect_pr.find(qn("w:bidi")) is not None
    styles = _xml(out, "word/styles.xml")
    defaults = styles.find(qn("w:docDefaults"))
    assert defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:bidi')}") is not None
    assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rtl')}") is not None
    word = docx.Document(str(out))
    # Every paragraph in the document's language is right to left: the template's own
    # (title, labels, headings, questions, references, notes) and the Arabic paragraph.
    arabic = [p for p in word.paragraphs if any("\u0600" <= ch <= "\u06ff" for ch in p.text)]
    assert len(arabic) >= 5
    styled = [(p, p.style.name) for p in word.paragraphs if p.style is not None]
    own = [p for p, name in styled if name != "Normal" and not name.startswith("List")]
    assert len(own) >= 15  # title, subtitle, 2 meta, 5 headings, 5 questions, references…
    for paragraph in {id(p): p for p in [*arabic, *own]}.values():
        bidi = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}")
        assert bidi is not None and bidi.get(qn("w:val")) is None, paragraph.text
        for run in paragraph.runs:
            assert run._r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None
    # An English paragraph inside the Arabic document says it is left to right.
    english = next(p for p in word.paragraphs if p.text.startswith("Example Registry thanks"))
    assert english._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}").get(qn("w:val")) == "0"
    for part in ("word/header1.xml", "word/footer1.xml"):
        root = _xml(out, part)
        paragraphs = list(root.iter(qn("w:p")))
        assert paragraphs and all(
            p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs
        )
        assert all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in root.iter(qn("w:r")))
    numbering = _xml(out, "word/numbering.xml")
    levels = list(numbering.iter(qn("w:lvl")))
    assert levels and all(lvl.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for lvl in levels)


def test_chinese_has_an_east_asian_font(tmp_path: Path, library: Library) -> None:
    out, _ = _export(tmp_path, library, "zh")
    styles = _xml(out, "word/styles.xml")
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts, lang = rpr.find(qn("w:rFonts")), rpr.find(qn("w:lang"))
    assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
    assert fonts.get(qn("w:ascii")) == "Liberation Sans"
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    # Latin words keep a Latin language, so they are not broken like ideographs.
    assert not lang.get(qn("w:val")).startswith("zh")
    for style_fonts in styles.iter(qn("w:rFonts")):
        assert style_fonts.get(qn("w:eastAsia")) in (None, "Microsoft YaHei")
    table = _xml(out, "word/fontTable.xml")
    entry = next(f for f in table.iter(qn("w:font")) if f.get(qn("w:name")) == "Microsoft YaHei")
    assert entry.find(qn("w:altName")).get(qn("w:val")) == "微软雅黑"
    assert _xml(out, "word/document.xml").find(f".//{qn('w:bidi')}") is None


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_pandoc_reads_the_language_back(tmp_path: Path, library: Library, language: str) -> None:
    out, submission = _export(tmp_path, library, language)
    labels = document_labels(language)

    def pandoc(fmt: str) -> str:
        return subprocess.run(
            ["pandoc", "-t", fmt, "--wrap=none", str(out)],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    plain = pandoc("plain")
    day = babel_date(TODAY, format="long", locale=LANGUAGES[language])
    assert day in plain
    assert labels["submitted_by"].before + submission.organisation.name in plain
    assert labels["references"] in plain
    assert _filled(labels["reference"], submission.consultation.reference) in plain
    assert country_name("NO", language) in plain
    markdown = pandoc("markdown")
    if language == "ar":
        rtl_spans = markdown.count('{dir="rtl"}')
        assert rtl_spans >= 8
        assert f'[{labels["references"]}]{{dir="rtl"}}' in markdown
        assert "ترحب Example Registry بقرار" in plain
    else:
        assert 'dir="rtl"' not in markdown


def test_an_organisations_letterhead_is_turned_right_to_left_too(tmp_path: Path) -> None:
    reference = tmp_path / "letterhead.docx"
    base = docx.Document()
    table = base.sections[0].header.add_table(rows=1, cols=2, width=Cm(16))
    table.cell(0, 0).text, table.cell(0, 1).text = "Coalition", "ORGANISATION"
    base.styles["Title"].font.name = "Liberation Sans"
    title_rpr = base.styles["Title"].element.get_or_add_rPr()
    if title_rpr.find(qn("w:spacing")) is None:
        title_rpr.append(etree.fromstring(f'<w:spacing xmlns:w="{W_NS}" w:val="10"/>'))
    base.save(str(reference))
    doc = Document(
        DocumentMeta(title="t", language="ar", organisation="سجل"),
        [Paragraph([Text("عنوان")], role=Role.TITLE)],
    )
    out = tmp_path / "out.docx"
    DocxExporter(reference).write(doc, out)
    word = docx.Document(str(out))
    header = word.sections[0].header._element
    assert all(t.find(qn("w:bidiVisual")) is not None for t in header.iter(qn("w:tblPr")))
    assert list(header.iter(qn("w:tblPr")))
    # The organisation's own header text is theirs: the marker is only filled in ours.
    assert "ORGANISATION" in "".join(t.text or "" for t in header.iter(qn("w:t")))
    title = word.styles["Title"].element
    assert title.find(f"{qn('w:rPr')}/{qn('w:spacing')}") is None  # would pull letters apart


@pytest.mark.parametrize(
    ("tag", "font"),
    [
        ("zh", "Microsoft YaHei"),
        ("zh-CN", "Microsoft YaHei"),
        ("zh-Hant", "Microsoft JhengHei"),
        ("zh-TW", "Microsoft JhengHei"),
        ("ja", "Yu Gothic"),
        ("ko-KR", "Malgun Gothic"),
        ("en", None),
        ("ar", None),
    ],
)
def test_east_asian_font_by_language(tag: str, font: str | None) -> None:
    found = east_asian_font(tag)
    assert (found.name if found else None) == font
