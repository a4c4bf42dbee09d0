"""``.tccmlib`` bundles: a zip of paragraph files with a manifest, read with suspicion.

A bundle comes by email from another organisation. It is read into memory with caps on the
number of members, each member's size, the total size and the compression ratio; it is never
extracted to disk. Anything unexpected (odd names, links, encryption, overlapping entries,
missing or unlisted files, a wrong checksum, a malformed paragraph) refuses the whole bundle
with one message naming the bundle and the member, before anything is written.
"""

from __future__ import annotations

import hashlib
import io
import stat
import struct
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import tomli
import tomli_w

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph
from tccm_drafter.storage.atomic import atomic_write_bytes
from tccm_drafter.storage.paragraph_file import dump_paragraph, is_valid_id, parse_paragraph

SUFFIX = ".tccmlib"
MANIFEST = "manifest.toml"
KIND = "tccm-library-bundle"
FORMAT = 1

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
#: Small members compress oddly (a paragraph of one repeated word); the ratio cap starts here.
RATIO_FLOOR_BYTES = 64 * 1024

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length
_LOCAL_SIGNATURE = b"PK\x03\x04"
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)


@dataclass
class Bundle:
    path: Path
    organisation: str
    created: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def write_bundle(
    paragraphs: list[Paragraph], path: Path, organisation: str, *, now: datetime | None = None
) -> bytes:
    """Write ``paragraphs`` to a new bundle at ``path`` (atomically) and return its bytes."""
    created = (now or datetime.now(UTC)).replace(microsecond=0)
    files: list[tuple[str, bytes]] = []
    listed: list[dict[str, Any]] = []
    for paragraph in sorted(paragraphs, key=lambda p: p.id):
        data = dump_paragraph(paragraph).encode("utf-8")
        name = f"paragraphs/{paragraph.id}.md"
        files.append((name, data))
        listed.append(
            {"id": paragraph.id, "path": name, "sha256": hashlib.sha256(data).hexdigest()}
        )
    manifest = {
        "format": FORMAT,
        "kind": KIND,
        "organisation": organisation,
        "created": created,
        "count": len(listed),
        "paragraphs": listed,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in [(MANIFEST, tomli_w.dumps(manifest).encode("utf-8")), *files]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    payload = buffer.getvalue()
    atomic_write_bytes(path, payload)
    return payload


def _refuse(path: Path, message: str, member: str | None = None) -> InputError:
    where = f"'{member}': " if member else ""
    return InputError(f"bundle refused, nothing was imported: {where}{message}", path=path)


def _check_name(path: Path, name: str) -> None:
    pure = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or ".." in pure.parts
    ):
        raise _refuse(path, "unsafe file name inside the bundle", name)
    if name != MANIFEST and not (
        len(pure.parts) == 2 and pure.parts[0] == "paragraphs" and name.endswith(".md")
    ):
        raise _refuse(
            path, "unexpected file (a bundle holds manifest.toml and paragraphs/*.md only)", name
        )


def _check_entries(path: Path, data: bytes, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"{len(infos):,} files is more than the limit of {MAX_MEMBERS:,}")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(path, name)
        if name in seen:
            raise _refuse(path, "the same name appears twice", name)
        seen.add(name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir():
            raise _refuse(path, "links and folders are not allowed in a bundle", name)
        if info.flag_bits & 0x1:
            raise _refuse(path, "encrypted entries are not allowed", name)
        cap = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_MEMBER_BYTES
        if info.file_size > cap:
            raise _refuse(path, f"{info.file_size:,} bytes is more than the limit of {cap:,}", name)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _refuse(path, "suspicious compression ratio (a zip bomb?)", name)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(path, f"the files add up to more than {MAX_TOTAL_BYTES:,} bytes")
    # Python 3.11's zipfile does not notice entries that share bytes (CVE-2024-0450): check
    # that every entry's local header and data lie apart, before the central directory.
    spans: list[tuple[int, int, str]] = []
    for info in infos:
        start = info.header_offset
        header = data[start : start + _LOCAL_HEADER.size]
        if len(header) < _LOCAL_HEADER.size:
            raise _refuse(path, "damaged entry", info.filename)
        signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
        if signature != _LOCAL_SIGNATURE:
            raise _refuse(path, "damaged entry", info.filename)
        end = start + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
        spans.append((start, end, info.filename))
    spans.sort()
    limit = archive.start_dir
    for (_start, end, name), following in zip(spans, [*spans[1:], None], strict=True):
        next_start = following[0] if following else limit
        if end > next_start:
            raise _refuse(path, "entries overlap (a crafted zip file)", name)
    return infos


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    cap = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_MEMBER_BYTES
    with archive.open(info) as member:
        data = member.read(cap + 1)
    if len(data) > cap or len(data) != info.file_size:
        raise _refuse(path, "the entry's size does not match its header", info.filename)
    return data


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    try:
        manifest = tomli.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError) as error:
        raise _refuse(path, f"malformed manifest ({error})", MANIFEST) from None
    if manifest.get("kind") != KIND:
        raise _refuse(path, "this is not a TCCM Drafter library bundle", MANIFEST)
    fmt = manifest.get("format")
    if not isinstance(fmt, int):
        raise _refuse(path, "the manifest has no format version", MANIFEST)
    if fmt > FORMAT:
        raise NewerFormatError(
            f"the bundle was made by a newer TCCM Drafter (format {fmt}); please update", path=path
        )
    entries = manifest.get("paragraphs", [])
    if not isinstance(entries, list) or manifest.get("count") != len(entries):
        raise _refuse(path, "the manifest's paragraph count does not match its list", MANIFEST)
    for entry in entries:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("id"), str)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("sha256"), str)
            and is_valid_id(entry["id"])
        ):
            raise _refuse(path, "malformed paragraph entry in the manifest", MANIFEST)
    return manifest


def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle completely; raises :class:`InputError` naming what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(path, f"the file is larger than {MAX_FILE_BYTES:,} bytes")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the bundle ({error.strerror})", path=path) from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse(path, "not a zip file (is it really a .tccmlib bundle?)") from None
    try:
        infos = {info.filename: info for info in _check_entries(path, data, archive)}
        if MANIFEST not in infos:
            raise _refuse(path, "manifest.toml is missing")
        manifest = _manifest(path, _read_member(path, archive, infos[MANIFEST]))
        listed = {entry["path"]: entry for entry in manifest["paragraphs"]}
        unlisted = sorted(set(infos) - set(listed) - {MANIFEST})
        if unlisted:
            raise _refuse(path, "file not listed in the manifest", unlisted[0])
        bundle = Bundle(
            path, str(manifest.get("organisation", "")), str(manifest.get("created", ""))
        )
        ids: set[str] = set()
        for member, entry in listed.items():
            if member not in infos:
                raise _refuse(path, "listed in the manifest but missing", member)
            raw = _read_member(path, archive, infos[member])
            if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
                raise _refuse(path, "checksum does not match the manifest", member)
            try:
                paragraph = parse_paragraph(raw.decode("utf-8"), Path(f"{path.name}:{member}"))
            except UnicodeDecodeError:
                raise _refuse(path, "not UTF-8 text", member) from None
            except InputError as error:
                raise _refuse(path, str(error), member) from None
            if paragraph.id != entry["id"] or paragraph.id in ids:
                raise _refuse(
                    path,
                    f"paragraph id '{paragraph.id}' does not match the manifest or appears twice",
                    member,
                )
            ids.add(paragraph.id)
            bundle.paragraphs.append(paragraph)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        ValueError,
        OSError,
        RuntimeError,
    ) as error:
        raise _refuse(path, f"damaged or unsupported zip data ({error})") from None
    finally:
        archive.close()
    return bundle
