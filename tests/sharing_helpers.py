"""Builders for the sharing tests: real library folders and real zip files."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import tomli_w

from tccm_drafter.model import Paragraph, Status
from tccm_drafter.storage.folder_lock import LOCK_FILE
from tccm_drafter.storage.paragraph_file import dump_paragraph


def paragraph(pid: str, body: str = "Text.", **fields: object) -> Paragraph:
    return Paragraph(pid, pid.replace("-", " ").title(), body, status=Status.APPROVED, **fields)  # type: ignore[arg-type]


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the (empty, permanent) lock file writers take turns on."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK_FILE
    }


def manifest_for(files: dict[str, bytes], **overrides: object) -> bytes:
    listed = [
        {"id": Path(name).stem, "path": name, "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in files.items()
    ]
    manifest: dict[str, object] = {
        "format": 1,
        "kind": "tccm-library-bundle",
        "organisation": "Example IXP",
        "count": len(listed),
        "paragraphs": listed,
    }
    manifest.update(overrides)
    return tomli_w.dumps(manifest).encode("utf-8")


def make_zip(
    path: Path,
    members: list[tuple[str | zipfile.ZipInfo, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def good_members(*paragraphs: Paragraph) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    files = {f"paragraphs/{p.id}.md": dump_paragraph(p).encode("utf-8") for p in paragraphs}
    return [("manifest.toml", manifest_for(files)), *files.items()]
