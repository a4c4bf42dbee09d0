"""Reading a Word file that came from someone else: in memory, bounded, never extracted.

A .docx is a zip of XML parts. :class:`DocxPackage` reads the file once (a regular file, at
most :data:`MAX_FILE_BYTES`), checks the zip's table of contents against caps before any part
is inflated (Python's zip reader never inflates more than the size an entry declares), and
parses parts with an XML parser that resolves no entities, loads no DTD and uses no network.
"""

from __future__ import annotations

import io
import os
import posixpath
import stat
import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tccm_drafter.errors import InputError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 4000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def xml_parser() -> etree.XMLParser:
    """The only parser for untrusted XML: no entities, no DTD, no network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=False
    )


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (no device, pipe or folder)."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"this is not a regular file; choose {what}", path=path)
            if info.st_size > limit:
                raise InputError(
                    f"the file is too large ({info.st_size // (1024 * 1024)} MB; at most "
                    f"{limit // (1024 * 1024)} MB)",
                    path=path,
                )
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError(f"this is a folder; choose {what}", path=path) from None
    except PermissionError:
        raise InputError("no permission to read this file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    if len(data) > limit:
        raise InputError("the file is too large", path=path)
    return data


def checked_zip(data: bytes, path: Path, what: str) -> zipfile.ZipFile:
    """A zip whose table of contents stays within the caps (nothing inflated yet)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise InputError(f"not {what} (it is not a zip package)", path=path) from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"not {what}: the package holds too many parts", path=path)
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES or any(
        info.file_size > MAX_PART_BYTES for info in infos
    ):
        raise InputError(f"not {what}: its parts are too large once unpacked", path=path)
    return archive


class DocxPackage:
    """The parts of a .docx read from bytes, with their relationships."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.path = path
        self._zip = checked_zip(data, path, "a Word document")
        self._names = {info.filename for info in self._zip.infolist()}
        main = self._main_part()
        if main is None:
            raise InputError("not a Word document (no main document part)", path=path)
        self.main = main

    @classmethod
    def open(cls, path: Path) -> DocxPackage:
        return cls(read_regular_file(path, MAX_FILE_BYTES, "a Word (.docx) file"), path)

    def has(self, name: str) -> bool:
        return name in self._names

    def names(self) -> list[str]:
        return sorted(self._names)

    def read(self, name: str) -> bytes:
        try:
            with self._zip.open(name) as handle:
                data: bytes = handle.read(MAX_PART_BYTES + 1)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            raise InputError(
                f"damaged Word document: cannot read {name} ({exc})", path=self.path
            ) from None
        if len(data) > MAX_PART_BYTES:
            raise InputError(f"damaged Word document: {name} is too large", path=self.path)
        return data

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.read(name), xml_parser())
        except etree.XMLSyntaxError as exc:
            raise InputError(
                f"damaged Word document: {name} is not well-formed XML ({exc})", path=self.path
            ) from None

    def relationships(self, part: str) -> list[tuple[str, str, str, bool]]:
        """``(id, type, target, external)`` of a part; internal targets as part names."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self._names:
            return []
        found: list[tuple[str, str, str, bool]] = []
        for rel in self.xml(rels_name).iter(f"{{{_PKG_RELS}}}Relationship"):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external:
                target = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
            found.append((rel.get("Id", ""), rel.get("Type", ""), target, external))
        return found

    def related(self, part: str, rel_type_suffix: str) -> list[str]:
        """Internal parts related from ``part`` with a type ending in ``/rel_type_suffix``."""
        return [
            target
            for _, kind, target, external in self.relationships(part)
            if not external and kind.endswith("/" + rel_type_suffix) and target in self._names
        ]

    def _main_part(self) -> str | None:
        for _, kind, target, external in self.relationships(""):
            if not external and kind in (OFFICE_DOCUMENT, _STRICT_OFFICE_DOCUMENT):
                return target if target in self._names else None
        return "word/document.xml" if "word/document.xml" in self._names else None
