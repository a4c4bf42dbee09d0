"""Ids are file names on every system: reserved names, case clashes, length, zip name encoding."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from sharing_helpers import folder_bytes, good_members, make_zip, manifest_for, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.storage.ids import portable_id_problem
from tccm_drafter.storage.library_folder import LibraryFolder
from tccm_drafter.storage.paragraph_file import dump_paragraph

RESERVED = ["con", "nul", "com1", "lpt1", "aux", "prn", "con.old", "nul.draft", "lpt9", "com0"]


@pytest.mark.parametrize("pid", RESERVED)
def test_reserved_names_are_refused_on_save(tmp_path: Path, pid: str) -> None:
    with pytest.raises(InputError) as caught:
        LibraryFolder(tmp_path).save(paragraph(pid))
    assert "Windows reserves the file name" in str(caught.value)
    assert folder_bytes(tmp_path) == {}


def test_near_misses_are_fine() -> None:
    for pid in ("console", "nullify", "com10", "lpt", "auxiliary", "prn-2", "icon"):
        assert portable_id_problem(pid) is None, pid


@pytest.mark.parametrize("member", ["paragraphs/CON.md", "paragraphs/nul.md", "paragraphs/Com1.md"])
def test_reserved_member_names_are_refused(tmp_path: Path, member: str) -> None:
    files = {member: dump_paragraph(paragraph("fine")).encode("utf-8")}
    path = make_zip(
        tmp_path / "b.tccmlib", [("manifest.toml", manifest_for(files)), *files.items()]
    )
    with pytest.raises(InputError, match="reserves"):
        read_bundle(path)


@pytest.mark.parametrize("pid", ["con", "aux.v2", "x" * 101])
def test_bundle_ids_must_be_portable(tmp_path: Path, pid: str) -> None:
    data = dump_paragraph(paragraph(pid)).encode("utf-8")
    files = {"paragraphs/p.md": data}
    manifest = manifest_for({}, count=1)
    manifest = manifest.replace(
        b"paragraphs = []",
        b'[[paragraphs]]\nid = "'
        + pid.encode()
        + b'"\npath = "paragraphs/p.md"\nsha256 = "'
        + hashlib.sha256(data).hexdigest().encode()
        + b'"\n',
    )
    path = make_zip(tmp_path / "b.tccmlib", [("manifest.toml", manifest), *files.items()])
    with pytest.raises(InputError) as caught:
        read_bundle(path)
    assert "bundle refused" in str(caught.value)
    assert "reserves" in str(caught.value) or "at most 100 characters" in str(caught.value)


def test_names_that_differ_only_in_case(tmp_path: Path) -> None:
    # In a bundle
    members = good_members(paragraph("one"), paragraph("two"))
    members[2] = ("paragraphs/ONE.md", members[1][1])
    path = make_zip(tmp_path / "case.tccmlib", members)
    with pytest.raises(InputError, match="differ only in case"):
        read_bundle(path)
    # On save: a file called Guide.md (another paragraph's) is already in the folder
    library = tmp_path / "library"
    library.mkdir()
    (library / "Guide.md").write_text(dump_paragraph(paragraph("other")), encoding="utf-8")
    folder = LibraryFolder(library)
    folder.load()
    before = folder_bytes(library)
    with pytest.raises(InputError, match="differs from it only in capitals"):
        folder.save(paragraph("guide"), check_disk=False)
    assert folder_bytes(library) == before
    # In an import's batch: the whole batch is refused, nothing written
    with pytest.raises(InputError, match="differs from it only in capitals"):
        folder.save_many([paragraph("fresh"), paragraph("guide")])
    assert folder_bytes(library) == before


def _zip_with_raw_name(path: Path, raw_name: bytes, *, utf8_flag: bool) -> Path:
    """A bundle with one extra member whose name is ``raw_name`` as stored bytes."""
    placeholder = b"paragraphs/" + b"Q" * (len(raw_name) - len(b"paragraphs/"))
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in good_members(paragraph("fine")):
            archive.writestr(name, data)
        archive.writestr(zipfile.ZipInfo(placeholder.decode("ascii")), b"x")
    raw = bytearray(path.read_bytes().replace(placeholder, raw_name))
    if utf8_flag:  # zipfile sets the flag itself only for names it encodes as UTF-8
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = raw.rindex(signature) + offset
            raw[at + 1] |= 0x08  # bit 11 of the little-endian flags
    path.write_bytes(bytes(raw))
    return path


def test_non_utf8_names_in_a_zip(tmp_path: Path) -> None:
    # An old zip tool: the name in code page 437 (0x82 is an e with an acute), no UTF-8 flag.
    cp437 = _zip_with_raw_name(tmp_path / "a.tccmlib", b"paragraphs/caf\x82.md", utf8_flag=False)
    with pytest.raises(InputError) as caught:
        read_bundle(cp437)
    assert "bundle refused" in str(caught.value) and "not UTF-8" in str(caught.value)
    # The UTF-8 flag set, but the bytes are not UTF-8.
    broken = _zip_with_raw_name(tmp_path / "b.tccmlib", b"paragraphs/caf\xe9.md", utf8_flag=True)
    with pytest.raises(InputError) as caught:
        read_bundle(broken)
    assert "bundle refused" in str(caught.value) and "not valid UTF-8" in str(caught.value)
    # A UTF-8 name with the flag is a name like any other (refused here only as unlisted).
    fine = _zip_with_raw_name(tmp_path / "c.tccmlib", "paragraphs/café.md".encode(), utf8_flag=True)
    with pytest.raises(InputError, match="not listed in the manifest"):
        read_bundle(fine)
