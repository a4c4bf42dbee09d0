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
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import tomli_w

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Paragraph
from tccm_drafter.model.counted import counted
from tccm_drafter.model.text_hygiene import clean_text
from tccm_drafter.storage import limits
from tccm_drafter.storage.atomic import atomic_write_bytes
from tccm_drafter.storage.ids import is_reserved_name, portable_id_problem
from tccm_drafter.storage.paragraph_file import dump_paragraph, parse_paragraph
from tccm_drafter.storage.textfile import parse_toml, read_bytes
from tccm_drafter.storage.zipread import BoundedZip, ZipLimits, ZipRefused

SUFFIX = ".tccmlib"
MANIFEST = "manifest.toml"
KIND = "tccm-library-bundle"
FORMAT = 1

# The limits live in storage/limits.py; these names are kept for the tests and the docs.
MAX_FILE_BYTES = limits.BUNDLE.max_bytes
MAX_MEMBERS = limits.BUNDLE_MAX_MEMBERS
MAX_MEMBER_BYTES = limits.BUNDLE_MAX_MEMBER_BYTES
MAX_MANIFEST_BYTES = limits.BUNDLE_MAX_MANIFEST_BYTES
MAX_TOTAL_BYTES = limits.BUNDLE_MAX_TOTAL_BYTES
MAX_RATIO = limits.BUNDLE_MAX_RATIO
#: Small members compress oddly (a paragraph of one repeated word); the ratio cap starts here.
RATIO_FLOOR_BYTES = limits.BUNDLE_RATIO_FLOOR_BYTES
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)


@dataclass
class Bundle:
    path: Path
    organisation: str
    created: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def write_bundle(
    paragraphs: list[Paragraph], path: Path, organisation: str, *, now: datetime
) -> bytes:
    """Write ``paragraphs`` to a new bundle at ``path`` (atomically) and return its bytes;
    ``now`` (aware) is when it was made."""
    created = now.astimezone(UTC).replace(microsecond=0)
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


def _check_name(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    pure = PurePosixPath(name)
    if name != MANIFEST and not (
        len(pure.parts) == 2 and pure.parts[0] == "paragraphs" and name.endswith(".md")
    ):
        raise _refuse(
            path, "unexpected file (a bundle holds manifest.toml and paragraphs/*.md only)", name
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode) or info.is_dir():
        raise _refuse(path, "links and folders are not allowed in a bundle", name)
    if name != MANIFEST and is_reserved_name(pure.name):
        raise _refuse(path, "a file name Windows reserves for a device", name)


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    where = Path(f"{path.name}:{MANIFEST}")
    try:
        manifest = parse_toml(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        raise _refuse(path, "malformed manifest (not UTF-8 text)", MANIFEST) from None
    except InputError as error:
        raise _refuse(path, f"malformed manifest ({error.message})", MANIFEST) from None
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
        ):
            raise _refuse(path, "malformed paragraph entry in the manifest", MANIFEST)
        problem = portable_id_problem(entry["id"])
        if problem is not None:
            raise _refuse(path, problem, MANIFEST)
    return manifest


def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle completely; raises :class:`InputError` naming what is wrong."""
    data = read_bytes(path, limits.BUNDLE)
    try:
        limits_now = ZipLimits(
            max_members=MAX_MEMBERS,
            max_member_bytes=max(MAX_MEMBER_BYTES, MAX_MANIFEST_BYTES),
            max_total_bytes=MAX_TOTAL_BYTES,
            max_ratio=MAX_RATIO,
            ratio_floor=RATIO_FLOOR_BYTES,
        )
        with BoundedZip(data, path, limits_now) as archive:
            return _read_archive(path, archive)
    except ZipRefused as refused:
        raise _refuse(path, refused.reason, refused.member) from None


def _read_archive(path: Path, archive: BoundedZip) -> Bundle:
    infos = {info.filename: info for info in archive.infos}
    for info in archive.infos:
        _check_name(path, info)
        if info.filename != MANIFEST and info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(
                path,
                f"{counted(info.file_size, 'byte')} is more than the limit of {MAX_MEMBER_BYTES:,}",
                info.filename,
            )
    if MANIFEST not in infos:
        raise _refuse(path, "manifest.toml is missing")
    manifest = _manifest(path, archive.read(infos[MANIFEST], limits.BUNDLE_MAX_MANIFEST_BYTES))
    listed = {entry["path"]: entry for entry in manifest["paragraphs"]}
    unlisted = sorted(set(infos) - set(listed) - {MANIFEST})
    if unlisted:
        raise _refuse(path, "file not listed in the manifest", unlisted[0])
    bundle = Bundle(
        path,
        clean_text(str(manifest.get("organisation", "")), one_line=True),
        str(manifest.get("created", "")),
    )
    ids: set[str] = set()
    for member, entry in listed.items():
        if member not in infos:
            raise _refuse(path, "listed in the manifest but missing", member)
        raw = archive.read(infos[member], MAX_MEMBER_BYTES)
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
    return bundle
