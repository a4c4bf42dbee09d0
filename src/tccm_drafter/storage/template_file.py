"""A template folder's files: ``template.toml`` read like every other format, and bounded reads.

A template comes from other organisations by email, synced folders and git, so its files are
read as regular files only (never a pipe or a device), capped in size, and a symbolic link is
followed only when it points at a file in the same folder.

``template.toml``::

    format = 1
    title = "Consultation response"
    description = "One line saying what it is for."
    numbering_restart = "document"     # or "section"
    footnote_fallback = "references"   # or "inline"
    reference_docx = "reference.docx"  # optional: a file in the same folder
    page_numbers = true                # false: never add page numbers to a letterhead
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.storage import limits
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.limits import Limit
from tccm_drafter.storage.textfile import decode_text, parse_toml, read_bytes

DESCRIPTION_FILE = "template.toml"
TEMPLATE_FORMAT = 1


@dataclass(frozen=True)
class TemplateFile:
    """What ``template.toml`` says."""

    title: str
    description: str
    numbering_restart: Literal["document", "section"] = "document"
    footnote_fallback: Literal["inline", "references"] = "references"
    reference_docx: Path | None = None
    #: A Word export on a letterhead that shows no page numbers gets them (see
    #: render/docx_page_numbers.py); False leaves the letterhead as it is.
    page_numbers: bool = True


def _inside(folder: Path, name: str) -> Path:
    """Where ``folder/name`` really is, refused when a link leads outside ``folder``."""
    path = folder / name
    try:
        is_link = path.is_symlink()
        target = path.resolve(strict=True)
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError("this symbolic link points at nothing", path=path) from None
        raise InputError("file not found", path=path) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise InputError(f"cannot read the file ({exc})", path=path) from None
    if target.parent != folder.resolve():
        what = "a symbolic link to a file" if is_link else "a file reached through a link"
        raise InputError(
            f"{name} is {what} outside the template folder ({target}); a template may only "
            "use its own files: copy the file into the folder",
            path=path,
        )
    return target


def read_folder_file(folder: Path, name: str, limit: Limit = limits.TEMPLATE) -> bytes:
    """A file of a template folder: an ordinary file (storage's bounded reader), and a
    symbolic link only when it points at a file in that same folder."""
    return read_bytes(_inside(folder, name), limit)


def load_template_file(folder: Path) -> TemplateFile:
    """Read and check ``folder/template.toml``; every error names the file and the line."""
    path = folder / DESCRIPTION_FILE
    if not path.exists() and not path.is_symlink():
        raise InputError(f"template '{folder.name}' has no {DESCRIPTION_FILE}", path=folder)
    text = decode_text(read_folder_file(folder, DESCRIPTION_FILE), path)
    data = parse_toml(text, path)
    fields = Fields(data, ParsedText(path, text))
    fmt = fields.integer("format", TEMPLATE_FORMAT)
    if fmt > TEMPLATE_FORMAT:
        error = fields.error("format", "")
        raise NewerFormatError(
            f"template format {fmt} is newer than this app understands (up to "
            f"{TEMPLATE_FORMAT}); please update TCCM Drafter",
            path=path,
            line=error.line,
            field="format",
        )
    restart = fields.choice("numbering_restart", ("document", "section"), "document")
    fallback = fields.choice("footnote_fallback", ("references", "inline"), "references")
    reference: Path | None = None
    name = fields.text("reference_docx")
    if name:
        if "/" in name or "\\" in name or name.startswith(".") or ":" in name:
            raise fields.error(
                "reference_docx",
                f"'reference_docx' must be the name of a file in the template folder "
                f"(got {name!r})",
            )
        try:
            _inside(folder, name)
        except InputError as error:
            raise fields.error("reference_docx", f"reference document: {error.message}") from None
        reference = folder / name
    return TemplateFile(
        title=fields.text("title", folder.name),
        description=fields.text("description"),
        numbering_restart="section" if restart == "section" else "document",
        footnote_fallback="inline" if fallback == "inline" else "references",
        reference_docx=reference,
        page_numbers=fields.boolean("page_numbers", True),
    )
