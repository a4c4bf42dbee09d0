"""Reading a zip archive from someone else (a library bundle, a Word file) with bounds.

The archive is held in memory and checked before any member is read: member count, names
(UTF-8, relative, no ``..``, no two that differ only in case), compression (stored or deflate
only: bzip2 and LZMA decompress in one unbounded step), no encryption, declared sizes, the
compression ratio and entries sharing bytes (CVE-2024-0450). Every member is then
decompressed in small steps against a byte budget, so a member that lies about its size
costs at most its cap, never the gigabytes it claims to hold.

Usage::

    with BoundedZip(data, path, ZipLimits(max_members=..., max_member_bytes=...,
                                          max_total_bytes=...)) as archive:
        for info in archive.infos:
            raw = archive.read(info)            # or archive.read(info, cap=...)

Every problem is a :class:`ZipRefused` (an ``InputError`` naming the archive, with
``.member`` naming the entry) that the caller may restate in its own words.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType

from tccm_drafter.errors import InputError
from tccm_drafter.model.counted import counted

ALLOWED_COMPRESSION = frozenset((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
_CHUNK = 64 * 1024
_UTF8_FLAG = 0x800
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length
_LOCAL_SIGNATURE = b"PK\x03\x04"
_END = struct.Struct("<4s4H2LH")  # end of central directory record
_END_SIGNATURE = b"PK\x05\x06"
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_SIGNATURE = b"PK\x06\x06"
_ENTRY = struct.Struct("<4s24xHHH12x")  # central directory entry: name, extra, comment lengths
_ENTRY_SIGNATURE = b"PK\x01\x02"
_MAX_COMMENT = 0xFFFF


def count_entries(data: bytes, stop_after: int) -> int:
    """How many entries the central directory holds, counted in its raw bytes and no further
    than ``stop_after + 1``; 0 when the archive's end cannot be found (zipfile then says why).

    The count is both the one the end record declares and the entries actually walked (the
    standard library reads entries until the directory's declared size is used up, whatever
    count the end record gives), so neither can be used to smuggle more entries in.
    """
    end = data.rfind(_END_SIGNATURE, max(0, len(data) - _END.size - _MAX_COMMENT))
    if end < 0 or end + _END.size > len(data):
        return 0
    fields: tuple[int, ...] = _END.unpack_from(data, end)[1:]
    declared, size = fields[3], fields[4]
    directory_end = end
    if end >= _END64_LOCATOR.size:
        locator = data[end - _END64_LOCATOR.size : end]
        if locator[:4] == _END64_LOCATOR_SIGNATURE:
            directory_end = end - _END64_LOCATOR.size - _END64.size
            record = data[directory_end : directory_end + _END64.size]
            if directory_end < 0 or len(record) < _END64.size or record[:4] != _END64_SIGNATURE:
                return 0
            fields = _END64.unpack(record)[1:]
            declared, size = fields[6], fields[7]
    if declared > stop_after:
        return declared
    position, stop, count = directory_end - size, directory_end, 0
    if position < 0:
        return 0
    while position + _ENTRY.size <= stop and count <= stop_after:
        entry = _ENTRY.unpack_from(data, position)
        if entry[0] != _ENTRY_SIGNATURE:
            break
        lengths: tuple[int, int, int] = entry[1:]
        position += _ENTRY.size + sum(lengths)
        count += 1
    return max(count, declared)


class ZipRefused(InputError):
    """The archive or one of its members cannot be read safely."""

    def __init__(self, message: str, *, path: Path, member: str | None = None) -> None:
        where = f"'{member}': " if member else ""
        super().__init__(f"{where}{message}", path=path)
        self.reason = message
        self.member = member


@dataclass(frozen=True)
class ZipLimits:
    max_members: int
    #: Largest decompressed size of a member unless :meth:`BoundedZip.read` gets another cap.
    max_member_bytes: int
    #: Largest decompressed size of all members together (declared and actually read).
    max_total_bytes: int
    #: Largest decompressed/compressed ratio of a member over ``ratio_floor`` bytes.
    max_ratio: int | None = None
    ratio_floor: int = 64 * 1024


class BoundedZip:
    """A zip archive in memory, checked whole before any member is read."""

    def __init__(self, data: bytes, path: Path, limits: ZipLimits) -> None:
        self.path = path
        self.limits = limits
        self._read_total = 0
        entries = count_entries(data, limits.max_members)
        if entries > limits.max_members:
            # Counted in the central directory's raw bytes: zipfile would first build an
            # object per entry (3,000,000 entries cost 20 s and 1.6 GB before any check).
            raise self.refuse(
                f"{counted(entries, 'file')} is more than the limit of {limits.max_members:,}"
            )
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
        except UnicodeDecodeError:
            raise self.refuse("a file name inside the archive is not valid UTF-8") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
            raise self.refuse("not a zip file, or a damaged one") from None
        try:
            self.infos = self._check(data)
        except BaseException:
            self._archive.close()
            raise

    def refuse(self, message: str, member: str | None = None) -> ZipRefused:
        return ZipRefused(message, path=self.path, member=member)

    def __enter__(self) -> BoundedZip:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def _check(self, data: bytes) -> list[zipfile.ZipInfo]:
        infos = self._archive.infolist()
        limits = self.limits
        if len(infos) > limits.max_members:
            raise self.refuse(
                f"{counted(len(infos), 'file')} is more than the limit of {limits.max_members:,}"
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            self._check_name(info)
            if name.casefold() in seen:
                raise self.refuse(
                    "the same name appears twice (or two names differ only in case)", name
                )
            seen.add(name.casefold())
            if info.flag_bits & 0x1:
                raise self.refuse("encrypted entries are not allowed", name)
            if info.compress_type not in ALLOWED_COMPRESSION:
                raise self.refuse(
                    "compressed with a method other than deflate (bzip2, LZMA, …), which is "
                    "not accepted",
                    name,
                )
            if info.file_size > limits.max_member_bytes:
                raise self.refuse(
                    f"{counted(info.file_size, 'byte')} is more than the limit of "
                    f"{limits.max_member_bytes:,}",
                    name,
                )
            ratio = limits.max_ratio
            if (
                ratio is not None
                and info.file_size > limits.ratio_floor
                and info.file_size > ratio * max(info.compress_size, 1)
            ):
                raise self.refuse("suspicious compression ratio (a zip bomb?)", name)
            total += info.file_size
            if total > limits.max_total_bytes:
                raise self.refuse(f"the files add up to more than {limits.max_total_bytes:,} bytes")
        self._check_overlaps(data, infos)
        return infos

    def _check_name(self, info: zipfile.ZipInfo) -> None:
        name, original = info.filename, info.orig_filename
        if not (info.flag_bits & _UTF8_FLAG) and not original.isascii():
            raise self.refuse("a file name inside the archive is not UTF-8", name)
        pure = PurePosixPath(name)
        if (
            not name
            or original != name
            or "\\" in original
            or "\x00" in original
            or name.startswith("/")
            or (len(name) > 1 and name[1] == ":")
            or ".." in pure.parts
            or any(ord(c) < 32 for c in name)
        ):
            raise self.refuse("unsafe file name inside the archive", name)

    def _check_overlaps(self, data: bytes, infos: list[zipfile.ZipInfo]) -> None:
        """Every entry's local header and data lie apart, before the central directory."""
        spans: list[tuple[int, int, str]] = []
        for info in infos:
            start = info.header_offset
            header = data[start : start + _LOCAL_HEADER.size]
            if len(header) < _LOCAL_HEADER.size:
                raise self.refuse("damaged entry", info.filename)
            signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
            if signature != _LOCAL_SIGNATURE:
                raise self.refuse("damaged entry", info.filename)
            end = start + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
            spans.append((start, end, info.filename))
        spans.sort()
        limit = self._archive.start_dir
        for (_start, end, name), following in zip(spans, [*spans[1:], None], strict=True):
            next_start = following[0] if following else limit
            if end > next_start:
                raise self.refuse("entries overlap (a crafted zip file)", name)

    def read(self, info: zipfile.ZipInfo | str, cap: int | None = None) -> bytes:
        """The member's bytes, decompressed step by step and refused past ``cap`` bytes."""
        if isinstance(info, str):
            name = info
            try:
                info = self._archive.getinfo(name)
            except KeyError:
                raise self.refuse("missing from the archive", name) from None
        cap = cap if cap is not None else self.limits.max_member_bytes
        if info.file_size > cap:
            raise self.refuse(
                f"{counted(info.file_size, 'byte')} is more than the limit of {cap:,}",
                info.filename,
            )
        limit = info.file_size
        chunks: list[bytes] = []
        size = 0
        try:
            with self._archive.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise self.refuse(
                            "decompresses to more than its header says (a crafted zip file)",
                            info.filename,
                        )
                    chunks.append(chunk)
        except ZipRefused:
            raise
        except (zipfile.BadZipFile, NotImplementedError, EOFError, ValueError, OSError) as error:
            raise self.refuse(f"damaged or unsupported zip data ({error})", info.filename) from None
        if size != info.file_size:
            raise self.refuse("the entry's size does not match its header", info.filename)
        self._read_total += size
        if self._read_total > self.limits.max_total_bytes:
            raise self.refuse(
                f"the files add up to more than {self.limits.max_total_bytes:,} bytes"
            )
        return b"".join(chunks)
