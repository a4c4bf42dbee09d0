"""The hostile documents of issue 24, built in memory from real files, at any size.

The tests build each at a size that just passes a cap (so the cap is what stops it);
benchmarks/bench_security.py builds the full-size ones the issue measured. Each starts from a
whole Word package, the test call with Word numbering and a table (tests/data/calls/call.docx,
made by tools/make_call_fixtures.py) or the built-in Word reference document, with one part
replaced.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALL = ROOT / "tests" / "data" / "calls" / "call.docx"
REFERENCE = ROOT / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_parts(base: Path, parts: dict[str, bytes]) -> bytes:
    """``base``'s zip with ``parts`` replaced (or added), every member deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zip_:
        for info in source.infolist():
            if info.filename not in parts:
                zip_.writestr(info.filename, source.read(info))
        for name, data in parts.items():
            zip_.writestr(name, data)
    return out.getvalue()


def document_xml(body: str) -> bytes:
    return f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode()


def numbered_call(
    start: int, fmt: str = "decimal", placeholders: int = 1, levels: int = 1
) -> bytes:
    """A call whose list starts at ``start`` in ``fmt``, its pattern ``%1`` x placeholders,
    its definition ``levels`` levels deep; three numbered questions use it."""
    pattern = "%1" * placeholders + "."
    lvls = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{pattern}"/></w:lvl>'
        for level in range(levels)
    )
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">{lvls}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>'
    body = "".join(
        f"<w:p>{numbered}<w:r><w:t>What should happen next, question {n}?</w:t></w:r></w:p>"
        for n in range(3)
    )
    return with_parts(
        CALL, {"word/numbering.xml": numbering.encode(), "word/document.xml": document_xml(body)}
    )


def spanning_call(span: int) -> bytes:
    """A call with a table of questions, one of whose cells spans ``span`` columns."""
    cell = (
        '<w:tc><w:tcPr><w:gridSpan w:val="{}"/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    )
    rows = (
        "<w:tr>" + cell.format(1, "No.") + cell.format(1, "Question") + "</w:tr>"
        "<w:tr>" + cell.format(1, "1") + cell.format(span, "What do you propose?") + "</w:tr>"
    )
    return with_parts(CALL, {"word/document.xml": document_xml(f"<w:tbl>{rows}</w:tbl>")})


def merged_down_call(rows: int) -> bytes:
    """A table whose first column is one cell merged down ``rows`` rows (vertical merge)."""
    first = (
        '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
        "<w:p><w:r><w:t>Theme A</w:t></w:r></w:p></w:tc>"
    )
    more = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    question = "<w:tc><w:p><w:r><w:t>What is question {}?</w:t></w:r></w:p></w:tc>"
    body = "".join(
        "<w:tr>" + (first if n == 0 else more) + question.format(n + 1) + "</w:tr>"
        for n in range(rows)
    )
    return with_parts(CALL, {"word/document.xml": document_xml(f"<w:tbl>{body}</w:tbl>")})


def words(count: int, seed: int = 24) -> list[str]:
    """``count`` made-up short words: text that compresses like text, not like a zip bomb."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = [
        "".join(rng.choices(letters, k=rng.randint(2, 7))) for _ in range(min(count, 20_000))
    ]
    return rng.choices(vocabulary, k=count)


def many_paragraphs(count: int, base: Path = CALL, main: str = "word/document.xml") -> bytes:
    """``count`` tiny paragraphs (a short word each), inside every zip cap."""
    body = "".join(f"<w:p><w:r><w:t>{word}</w:t></w:r></w:p>" for word in words(count))
    return with_parts(base, {main: document_xml(body)})


def many_elements(count: int, base: Path = CALL) -> bytes:
    """One paragraph of ``count`` text elements, inside every zip cap."""
    body = "<w:p><w:r>" + "".join(f"<w:t>{word}</w:t>" for word in words(count)) + "</w:r></w:p>"
    return with_parts(base, {"word/document.xml": document_xml(body)})


def styles_chain(base_styles: bytes, depth: int, *, loop: bool = False) -> bytes:
    """``base_styles`` (a styles.xml) with Normal based on a chain of ``depth`` styles, each on
    the next; the last sets 9 pt (or, with ``loop``, is based on the first)."""
    chain = []
    for n in range(depth):
        last = n == depth - 1
        based = "Chain0" if last and loop else f"Chain{n + 1}"
        size = '<w:rPr><w:sz w:val="18"/></w:rPr>' if last and not loop else ""
        based_on = f'<w:basedOn w:val="{based}"/>' if not last or loop else ""
        chain.append(
            f'<w:style w:type="paragraph" w:styleId="Chain{n}"><w:name w:val="Chain {n}"/>'
            f"{based_on}{size}</w:style>"
        )
    text = base_styles.decode("utf-8")
    normal = text.index("</w:style>", text.index('w:styleId="Normal"'))
    text = text[:normal] + '<w:basedOn w:val="Chain0"/>' + text[normal:]
    end = text.rindex("</w:styles>")
    return (text[:end] + "".join(chain) + text[end:]).encode("utf-8")


def reference_with_styles(depth: int, *, loop: bool = False) -> bytes:
    with zipfile.ZipFile(REFERENCE) as source:
        styles = source.read("word/styles.xml")
    return with_parts(
        REFERENCE, {"word/styles.xml": _without_normal_size(styles_chain(styles, depth, loop=loop))}
    )


def _without_normal_size(styles: bytes) -> bytes:
    """Normal's own size removed, so its size comes through the chain."""
    text = styles.decode("utf-8")
    normal = text.index('w:styleId="Normal"')
    end = text.index("</w:style>", normal)
    part = text[normal:end]
    start = part.find("<w:sz ")
    while start >= 0:
        stop = part.index("/>", start) + 2
        part = part[:start] + part[stop:]
        start = part.find("<w:sz ")
    return (text[:normal] + part + text[end:]).encode("utf-8")


def reference_with(
    *, normal_size: int | None = None, left_margin: int | str | None = None
) -> bytes:
    """The built-in reference document with Normal's font size or the left margin set."""
    with zipfile.ZipFile(REFERENCE) as source:
        styles = source.read("word/styles.xml").decode("utf-8")
        document = source.read("word/document.xml").decode("utf-8")
    parts: dict[str, bytes] = {}
    if normal_size is not None:
        text = _without_normal_size(styles.encode()).decode("utf-8")
        normal = text.index('w:styleId="Normal"')
        head = text.index(">", normal) + 1
        size = f'<w:rPr><w:sz w:val="{normal_size}"/><w:szCs w:val="{normal_size}"/></w:rPr>'
        end = text.index("</w:style>", normal)
        own = text[head:end]
        if "<w:rPr>" in own:
            own = own.replace("<w:rPr>", f'<w:rPr><w:sz w:val="{normal_size}"/>', 1)
        else:
            own += size
        parts["word/styles.xml"] = (text[:head] + own + text[end:]).encode("utf-8")
    if left_margin is not None:
        start = document.index("<w:pgMar ")
        stop = document.index("/>", start)
        tag = document[start:stop]
        left = tag.index('w:left="')
        value_end = tag.index('"', left + 8)
        tag = tag[: left + 8] + str(left_margin) + tag[value_end:]
        parts["word/document.xml"] = (document[:start] + tag + document[stop:]).encode("utf-8")
    return with_parts(REFERENCE, parts)


def central_directory_zip(entries: int, declared: int | None = None) -> bytes:
    """A zip whose central directory lists ``entries`` entries (all naming one tiny member,
    as a crafted file does) and whose end record declares ``declared`` (default: the truth)."""
    name, data = b"a.md", b"x"
    crc = zlib.crc32(data)
    head = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, 1, 1, len(name), 0)
    head += name + data
    entry = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, crc, 1, 1, len(name), 0, 0, 0, 0, 0, 0
    )
    entry += name
    directory = entry * entries
    count = entries if declared is None else declared
    offset = len(head)
    if count < 0xFFFF and len(directory) < 0xFFFFFFFF:
        end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
        return head + directory + end
    end64_at = offset + len(directory)
    end64 = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(directory), offset
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end64_at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return head + directory + end64 + locator + end


CALL_PDF = ROOT / "tests" / "data" / "calls" / "call.pdf"


def encrypted_pdf(version: int = 5) -> bytes:
    """The test call's PDF with an encryption dictionary added as an incremental update, as a
    writer that encrypts with an empty user password leaves it: /V 5 /R 6 is AES-256, /V 2
    /R 3 is RC4. Its keys are random bytes, so no password opens it."""
    import re
    import secrets

    data = CALL_PDF.read_bytes()
    root = re.findall(rb"/Root (\d+) 0 R", data)[-1]
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    file_id = secrets.token_hex(16).encode()
    if version == 5:
        keys = (
            b"/V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen "
            b"/Length 32 >> >> /StmF /StdCF /StrF /StdCF"
            b" /O <"
            + secrets.token_hex(48).encode()
            + b"> /U <"
            + secrets.token_hex(48).encode()
            + b"> /OE <"
            + secrets.token_hex(32).encode()
            + b"> /UE <"
            + secrets.token_hex(32).encode()
            + b"> /Perms <"
            + secrets.token_hex(16).encode()
            + b">"
        )
    else:
        keys = (
            b"/V 2 /R 3 /Length 128 /O <"
            + secrets.token_hex(32).encode()
            + b"> /U <"
            + secrets.token_hex(32).encode()
            + b">"
        )
    body = b"\n%d 0 obj\n<< /Filter /Standard /P -1028 " % size + keys + b" >>\nendobj\n"
    offset = len(data) + 1  # the object starts after the leading newline
    xref_at = len(data) + len(body)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, offset)
    trailer = b"trailer\n<< /Size %d /Root %s 0 R /Encrypt %d 0 R /ID [<%s><%s>] /Prev %d >>\n" % (
        size + 1,
        root,
        size,
        file_id,
        file_id,
        previous,
    )
    return data + body + xref + trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at


def damaged_pdf() -> bytes:
    """The test call's PDF with its cross-reference offsets wrong, which pypdf repairs while
    logging what it did."""
    import re

    data = CALL_PDF.read_bytes()
    data = re.sub(rb"startxref\s+\d+", b"startxref\n999999", data)
    return re.sub(
        rb"(\d{10}) 00000 n", lambda found: b"%010d 00000 n" % (int(found.group(1)) + 7), data
    )
