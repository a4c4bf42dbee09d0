"""Checking a git pack as it arrives, before any of it is kept.

A shared repository is untrusted input. A server (or whoever can push to it) could send a
pack that is far larger than a library, or an object that is small on the wire and huge once
decompressed (a "zip bomb"), or a delta that builds a huge object from a small one. The
guard reads the pack stream as the fetch writes it: it counts the bytes received, reads each
object's header (its type and declared size), decompresses each object in small steps only to
count what it holds, and for a delta reads the size of the object it would build; the sizes of
all objects once built are added up too. Anything over a limit stops the fetch at once with
:class:`PackRefused`; the fetch then throws the partial pack away (nothing is kept, no
reference moves).

Pack layout (git's ``Documentation/gitformat-pack.txt``): ``PACK``, version, object count;
per object a header of type and size in 7-bit groups, for an offset delta a variable-length
offset, for a reference delta the base's 20-byte id, then one zlib stream; a 20-byte
checksum at the end.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import IO

from tccm_drafter.model.counted import counted
from tccm_drafter.storage.limits import describe_bytes

_OFS_DELTA, _REF_DELTA = 6, 7
_VALID_TYPES = {1, 2, 3, 4, _OFS_DELTA, _REF_DELTA}
_STEP = 64 * 1024


class PackRefused(Exception):
    """The pack breaks a limit or is not a pack; ``reason`` says which, in words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PackLimits:
    max_pack_bytes: int
    max_objects: int
    max_object_bytes: int
    max_unpacked_bytes: int


class GuardedPackWriter:
    """A ``write(data)`` for a fetch's pack data that checks the stream before passing it on.

    ``target`` receives exactly the bytes the fetch receives; :meth:`finish` says whether the
    pack ended where it should.
    """

    def __init__(self, target: IO[bytes], limits: PackLimits) -> None:
        self._target = target
        self._limits = limits
        self._buffer = b""
        self._received = 0
        self._unpacked = 0
        #: What the objects come to once unpacked and their deltas applied.
        self._built = 0
        self._count: int | None = None
        self._seen = 0
        self._inflater: zlib._Decompress | None = None
        self._declared = 0
        self._produced = 0
        self._delta_head = b""
        self._is_delta = False
        self._done = False

    @property
    def received(self) -> int:
        return self._received

    def __call__(self, data: bytes) -> int:
        self._received += len(data)
        if self._received > self._limits.max_pack_bytes:
            raise PackRefused(
                f"the server sent more than {describe_bytes(self._limits.max_pack_bytes)}"
            )
        self._target.write(data)
        self._buffer += data
        self._advance()
        return len(data)

    def finish(self) -> None:
        """Raise unless every object the pack announced arrived whole."""
        if self._count is not None and self._count > 0 and self._seen < self._count:
            raise PackRefused("the pack ended before its last object")

    def _advance(self) -> None:
        while self._buffer and not self._done:
            if self._count is None:
                if len(self._buffer) < 12:
                    return
                self._start_pack(self._buffer[:12])
                self._buffer = self._buffer[12:]
            elif self._inflater is not None:
                if not self._inflate():
                    return
            elif self._seen < self._count:
                if not self._read_header():
                    return
            else:
                self._done = True  # the checksum follows; nothing more to check

    def _start_pack(self, head: bytes) -> None:
        if head[:4] != b"PACK" or int.from_bytes(head[4:8], "big") not in (2, 3):
            raise PackRefused("the server did not send a git pack")
        self._count = int.from_bytes(head[8:12], "big")
        if self._count > self._limits.max_objects:
            raise PackRefused(
                f"the pack holds {self._count:,} objects, more than the limit of "
                f"{self._limits.max_objects:,}"
            )

    def _read_header(self) -> bool:
        buffer = self._buffer
        if not buffer:
            return False
        kind = (buffer[0] >> 4) & 7
        size = buffer[0] & 0x0F
        shift, index = 4, 0
        while buffer[index] & 0x80:
            index += 1
            if index >= len(buffer):
                return False
            if index > 10:
                raise PackRefused("an object header in the pack is malformed")
            size |= (buffer[index] & 0x7F) << shift
            shift += 7
        index += 1
        if kind not in _VALID_TYPES:
            raise PackRefused("the pack holds an object of an unknown kind")
        if kind == _OFS_DELTA:
            while True:
                if index >= len(buffer):
                    return False
                byte = buffer[index]
                index += 1
                if not byte & 0x80:
                    break
        elif kind == _REF_DELTA:
            index += 20
            if index > len(buffer):
                return False
        self._is_delta = kind in (_OFS_DELTA, _REF_DELTA)
        if self._is_delta:
            if size > self._limits.max_object_bytes:
                raise PackRefused("a delta in the pack is larger than any object may be")
        else:
            self._check_size(size)  # what the object is once unpacked
        self._declared, self._produced = size, 0
        self._delta_head = b""
        self._inflater = zlib.decompressobj()
        self._buffer = buffer[index:]
        return True

    def _check_size(self, size: int) -> None:
        if size > self._limits.max_object_bytes:
            raise PackRefused(
                f"the pack holds a file or object of {counted(size, 'byte')}, more than the "
                f"limit of {describe_bytes(self._limits.max_object_bytes)}"
            )
        self._built += size
        if self._built > self._limits.max_unpacked_bytes:
            self._too_much()

    def _too_much(self) -> None:
        raise PackRefused(
            f"the pack unpacks to more than {describe_bytes(self._limits.max_unpacked_bytes)}"
        )

    def _inflate(self) -> bool:
        inflater = self._inflater
        assert inflater is not None
        data, self._buffer = self._buffer, b""
        while True:
            try:
                out = inflater.decompress(data, _STEP)
            except zlib.error:
                raise PackRefused("an object in the pack is damaged") from None
            self._count_output(out)
            data = inflater.unconsumed_tail
            if inflater.eof:
                if self._produced != self._declared:
                    raise PackRefused("an object in the pack is not the size it declares")
                self._buffer = inflater.unused_data + data
                self._inflater = None
                self._seen += 1
                return True
            if not data:
                return False

    def _count_output(self, out: bytes) -> None:
        self._produced += len(out)
        self._unpacked += len(out)
        if self._produced > self._declared:
            raise PackRefused("an object in the pack is larger than it declares")
        if self._unpacked > self._limits.max_unpacked_bytes:
            self._too_much()
        if self._is_delta and len(self._delta_head) < 20:
            self._delta_head += out[: 20 - len(self._delta_head)]
            sizes = _delta_sizes(self._delta_head)
            if sizes is not None:
                self._check_size(sizes[1])
                self._is_delta = False  # checked


def _delta_sizes(head: bytes) -> tuple[int, int] | None:
    """The base size and the result size a delta starts with, once both have arrived."""
    values: list[int] = []
    value, shift = 0, 0
    for byte in head:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            values.append(value)
            value, shift = 0, 0
            if len(values) == 2:
                return values[0], values[1]
        elif shift > 63:
            raise PackRefused("a delta in the pack is malformed")
    return None
