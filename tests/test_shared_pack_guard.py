"""The check a fetched pack goes through as it arrives: real packs made by git pass in any
chunking; cut-off packs, objects over the limit and deltas that would build a huge object are
stopped."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from git_server import GIT, make_server_repo
from shared_helpers import files_for, position
from tccm_drafter.sharing.git_pack_guard import GuardedPackWriter, PackLimits, PackRefused

ROOMY = PackLimits(10**9, 10**6, 10**8, 10**10)


def git_pack(tmp_path: Path) -> bytes:
    """A pack of a small repository, made by git itself (with deltas between revisions)."""
    import subprocess

    bare = make_server_repo(
        tmp_path,
        "p.git",
        files_for(*(position(f"igf-{n}", "Words " * 300 + str(n)) for n in range(30))),
    )
    objects = subprocess.run(
        [GIT, "rev-list", "--objects", "--all"], cwd=bare, capture_output=True, check=True
    ).stdout
    ids = b"\n".join(line.split(b" ")[0] for line in objects.splitlines()) + b"\n"
    return subprocess.run(
        [GIT, "pack-objects", "--stdout"], cwd=bare, input=ids, capture_output=True, check=True
    ).stdout


def feed(data: bytes, limits: PackLimits, step: int) -> GuardedPackWriter:
    sink = io.BytesIO()
    guard = GuardedPackWriter(sink, limits)
    for start in range(0, len(data), step):
        guard(data[start : start + step])
    guard.finish()
    assert sink.getvalue() == data  # it passes on exactly what arrived
    return guard


@pytest.mark.parametrize("step", [1, 7, 4096, 10**9])
def test_a_real_pack_passes_in_any_chunking(tmp_path: Path, step: int) -> None:
    data = git_pack(tmp_path)
    assert feed(data, ROOMY, step).received == len(data)


def test_a_pack_cut_off_is_refused(tmp_path: Path) -> None:
    data = git_pack(tmp_path)
    with pytest.raises(PackRefused, match="ended before its last object"):
        feed(data[: len(data) // 2], ROOMY, 1000)


@pytest.mark.parametrize(
    ("limits", "expected"),
    [
        (PackLimits(1000, 10**6, 10**8, 10**10), "sent more than 1,000 bytes"),
        (PackLimits(10**9, 5, 10**8, 10**10), "more than the limit of 5"),
        (PackLimits(10**9, 10**6, 1000, 10**10), "more than the limit"),
        (PackLimits(10**9, 10**6, 10**8, 10_000), "unpacks to more than"),
    ],
)
def test_each_limit_stops_the_pack(tmp_path: Path, limits: PackLimits, expected: str) -> None:
    with pytest.raises(PackRefused, match=expected):
        feed(git_pack(tmp_path), limits, 4096)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def test_a_delta_that_would_build_a_huge_object_is_refused() -> None:
    # A reference delta of a few bytes whose header says it builds a 1 TB object.
    delta = _varint(10) + _varint(2**40) + b"\x0a" + b"x" * 10
    header = bytes([0x80 | (7 << 4) | (len(delta) & 0x0F)]) + _varint(len(delta) >> 4)
    pack = b"PACK" + struct.pack(">II", 2, 1) + header + b"\x11" * 20 + zlib.compress(delta)
    with pytest.raises(PackRefused, match="more than the limit"):
        feed(pack, ROOMY, 3)


def test_something_else_than_a_pack_is_refused() -> None:
    with pytest.raises(PackRefused, match="did not send a git pack"):
        feed(b"<html>Sign in</html>", ROOMY, 100)
