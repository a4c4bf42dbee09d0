"""Archives from others: only stored and deflate members, every one decompressed on a budget.

bzip2 and LZMA decompress a whole member in one step, so a tiny member could grow to
gigabytes before any size check; they are refused by their header. A deflate member that
lies about its size stops at its cap.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from sharing_helpers import good_members, make_zip, paragraph
from tccm_drafter.errors import InputError
from tccm_drafter.sharing.bundle import read_bundle
from tccm_drafter.storage.zipread import BoundedZip, ZipLimits, ZipRefused

LIMITS = ZipLimits(max_members=10, max_member_bytes=1_000_000, max_total_bytes=2_000_000)


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_bzip2_and_lzma_are_refused_before_decompressing(tmp_path: Path, method: int) -> None:
    # A member that would decompress to 64 MB; its header honestly says so for bzip2 and
    # LZMA too, so set a small declared size as a crafted file would.
    path = tmp_path / "bomb.tccmlib"
    members = good_members(paragraph("fine"))
    make_zip(path, members, compression=method)
    with pytest.raises(InputError) as caught:
        read_bundle(path)
    assert "other than deflate" in str(caught.value) and "bundle refused" in str(caught.value)


def _lying_deflate(path: Path, real: bytes, declared: int) -> Path:
    """One deflate member whose headers claim ``declared`` bytes but hold ``real``."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = compressor.compress(real) + compressor.flush()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"x" * declared)
    raw = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).infolist()[0]
    # Rebuild: local header + our data + central directory with the declared size kept.
    local = raw[: 30 + len(info.filename)]
    struct.pack_into("<I", local, 18, len(data))  # compressed size
    central_start = raw.index(b"PK\x01\x02")
    central = raw[central_start:]
    struct.pack_into("<I", central, 20, len(data))
    struct.pack_into("<I", central, 16, info.CRC)
    end = central.index(b"PK\x05\x06")
    struct.pack_into("<I", central, end + 16, len(local) + len(data))  # central dir offset
    path.write_bytes(bytes(local) + data + bytes(central))
    return path


def test_a_member_lying_about_its_size_stops_at_its_cap(tmp_path: Path) -> None:
    path = _lying_deflate(tmp_path / "liar.zip", b"\0" * 50_000_000, declared=100)
    with (
        BoundedZip(path.read_bytes(), path, LIMITS) as archive,
        pytest.raises(ZipRefused) as caught,
    ):
        archive.read("word/document.xml")
    # zipfile stops at the declared size and then finds the checksum wrong; either way the
    # member costs at most its declared size, never the 50 MB it really holds.
    assert caught.value.member == "word/document.xml"
    assert "Bad CRC" in str(caught.value) or "more than its header says" in str(caught.value)


def test_the_api_for_other_readers(tmp_path: Path) -> None:
    """What the Word reference-document reader uses: infos, read with a cap, close."""
    path = tmp_path / "ok.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>" * 1000)
        archive.writestr("stored.bin", b"raw", compress_type=zipfile.ZIP_STORED)
    with BoundedZip(path.read_bytes(), path, LIMITS) as archive:
        assert [i.filename for i in archive.infos] == [
            "[Content_Types].xml",
            "word/document.xml",
            "stored.bin",
        ]
        assert archive.read("word/document.xml") == b"<w:document/>" * 1000
        assert archive.read("stored.bin") == b"raw"
        with pytest.raises(ZipRefused, match="more than the limit of 100"):
            archive.read("word/document.xml", cap=100)
    with pytest.raises(ZipRefused, match="not a zip file"):
        BoundedZip(b"PK\x03\x04 not really", path, LIMITS)
    small = ZipLimits(max_members=2, max_member_bytes=10, max_total_bytes=10)
    with pytest.raises(ZipRefused, match="3 files is more than the limit of 2"):
        BoundedZip(path.read_bytes(), path, small)
