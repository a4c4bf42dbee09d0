"""Bundles: a round trip, and every hostile zip refused whole with the library untouched."""

from __future__ import annotations

import stat
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clock_helpers import NOW
from sharing_helpers import folder_bytes, good_members, make_zip, manifest_for, paragraph
from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.sharing import bundle as bundle_module
from tccm_drafter.sharing.bundle import read_bundle, write_bundle
from tccm_drafter.storage.paragraph_file import dump_paragraph


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    originals = [
        paragraph(
            "igf-funding",
            "Stable *funding*.\n\n[^1]: A note.",
            topics=["igf"],
            history=["0123456789abcdef"],
            version=3,
            short="Funding.",
        ),
        paragraph("open-internet"),
    ]
    path = tmp_path / "out.tccmlib"
    write_bundle(originals, path, "Example Registry", now=NOW)
    bundle = read_bundle(path)
    assert bundle.organisation == "Example Registry"
    assert sorted(bundle.paragraphs, key=lambda p: p.id) == sorted(
        [p for p in originals], key=lambda p: p.id
    )


def _refused(path: Path, home: Path, *needles: str) -> None:
    """The CLI refuses the bundle: exit 2, one line naming it, the library untouched."""
    env_home = ["--home", str(home)]
    subprocess.run(
        [sys.executable, "-m", "tccm_drafter", "library", "list", *env_home],
        check=True,
        capture_output=True,
    )
    library = home / "data" / "library"
    before = folder_bytes(library)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tccm_drafter",
            "library",
            "import",
            str(path),
            "--on-conflict",
            "take-theirs",
            *env_home,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert path.name in lines[0]
    for needle in needles:
        assert needle in lines[0]
    assert folder_bytes(library) == before


def _members(*names: str) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    members = good_members(paragraph("new-one"))
    return [*members, *[(name, b"x") for name in names]]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.md", "unsafe file name"),
        ("/etc/evil.md", "unsafe file name"),
        ("paragraphs\\evil.md", "unsafe file name"),
        ("C:/evil.md", "unsafe file name"),
        ("paragraphs/../../evil.md", "unsafe file name"),
        ("scripts/run.sh", "unexpected file"),
    ],
)
def test_bad_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = make_zip(tmp_path / "bad.tccmlib", _members(name))
    _refused(path, tmp_path / "home", reason)


def test_symlink_entry_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("paragraphs/link.md")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = make_zip(tmp_path / "link.tccmlib", [*_members(), (link, b"/etc/passwd")])
    _refused(path, tmp_path / "home", "links")


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    members = good_members(paragraph("new-one"))
    with pytest.warns(UserWarning):
        path = make_zip(tmp_path / "dup.tccmlib", [*members, members[1]])
    _refused(path, tmp_path / "home", "twice")


def test_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "enc.tccmlib", good_members(paragraph("new-one")))
    data = bytearray(path.read_bytes())
    # set the "encrypted" flag bit in every local and central header
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            flags = struct.unpack_from("<H", data, found + offset)[0]
            struct.pack_into("<H", data, found + offset, flags | 0x1)
            start = found + 4
    path.write_bytes(bytes(data))
    _refused(path, tmp_path / "home", "encrypted")


def test_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_MEMBERS", 2)
    path = make_zip(
        tmp_path / "many.tccmlib",
        good_members(paragraph("a-1"), paragraph("a-2"), paragraph("a-3")),
    )
    with pytest.raises(InputError, match="more than the limit of 2"):
        read_bundle(path)


def test_member_over_the_size_cap(tmp_path: Path) -> None:
    big = paragraph("big", "word " * 300_000)
    path = make_zip(tmp_path / "big.tccmlib", good_members(big), zipfile.ZIP_STORED)
    _refused(path, tmp_path / "home", "paragraphs/big.md", "limit")


def test_total_over_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_TOTAL_BYTES", 2000)
    path = make_zip(
        tmp_path / "total.tccmlib",
        good_members(*[paragraph(f"p-{i}", "x" * 300) for i in range(8)]),
    )
    with pytest.raises(InputError, match="add up to more than"):
        read_bundle(path)


def test_zip_bomb_ratio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_MEMBER_BYTES", 50_000_000)
    bomb = paragraph("bomb", "a" * 5_000_000)
    path = make_zip(tmp_path / "bomb.tccmlib", good_members(bomb))
    with pytest.raises(InputError, match="compression ratio"):
        read_bundle(path)


def test_overlapping_entries(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path / "overlap.tccmlib", good_members(paragraph("aa-1"), paragraph("aa-2"))
    )
    data = bytearray(path.read_bytes())
    centrals = []
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) >= 0:
        centrals.append(found)
        start = found + 4
    # point the last central entry at the previous entry's local header
    previous = struct.unpack_from("<I", data, centrals[-2] + 42)[0]
    struct.pack_into("<I", data, centrals[-1] + 42, previous)
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="entries overlap"):
        read_bundle(path)


@pytest.mark.parametrize(
    ("case", "needle"),
    [
        ("no manifest", "manifest.toml is missing"),
        ("bad toml", "malformed manifest"),
        ("wrong kind", "not a TCCM Drafter library bundle"),
        ("count", "count does not match"),
        ("missing file", "listed in the manifest but missing"),
        ("unlisted file", "not listed in the manifest"),
        ("checksum", "checksum does not match"),
        ("front matter", "paragraphs/p-1.md"),
        ("id mismatch", "does not match the manifest"),
    ],
)
def test_manifest_and_content_problems(tmp_path: Path, case: str, needle: str) -> None:
    good = dump_paragraph(paragraph("p-1")).encode("utf-8")
    files = {"paragraphs/p-1.md": good}
    manifest = manifest_for(files)
    members: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("manifest.toml", manifest),
        *files.items(),
    ]
    if case == "no manifest":
        members = members[1:]
    elif case == "bad toml":
        members[0] = ("manifest.toml", b"format = = 1")
    elif case == "wrong kind":
        members[0] = ("manifest.toml", manifest_for(files, kind="something-else"))
    elif case == "count":
        members[0] = ("manifest.toml", manifest_for(files, count=5))
    elif case == "missing file":
        members = members[:1]
    elif case == "unlisted file":
        members.append(("paragraphs/extra.md", good))
    elif case == "checksum":
        members[1] = ("paragraphs/p-1.md", good.replace(b"Text.", b"Edit."))
    elif case == "front matter":
        broken = b'+++\nformat = 1\nid = "p-1"\nstatus = "aproved"\n+++\n\nText.\n'
        members = [
            ("manifest.toml", manifest_for({"paragraphs/p-1.md": broken})),
            ("paragraphs/p-1.md", broken),
        ]
    elif case == "id mismatch":
        other = dump_paragraph(paragraph("p-2")).encode("utf-8")
        members = [
            ("manifest.toml", manifest_for({"paragraphs/p-1.md": other})),
            ("paragraphs/p-1.md", other),
        ]
    path = make_zip(tmp_path / "case.tccmlib", members)
    _refused(path, tmp_path / "home", needle)


def test_newer_format_is_refused(tmp_path: Path) -> None:
    files = {"paragraphs/p-1.md": dump_paragraph(paragraph("p-1")).encode("utf-8")}
    path = make_zip(
        tmp_path / "newer.tccmlib",
        [("manifest.toml", manifest_for(files, format=9)), *files.items()],
    )
    with pytest.raises(NewerFormatError, match="newer"):
        read_bundle(path)


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage" * 100])
def test_not_a_zip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.tccmlib"
    path.write_bytes(content)
    _refused(path, tmp_path / "home", "not a zip file")
