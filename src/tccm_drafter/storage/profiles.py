"""Organisation profiles: ``<config>/profiles/<slug>.toml``, one organisation each."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from tccm_drafter.errors import InputError
from tccm_drafter.model import Organisation
from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.submission_file import organisation_from, organisation_table
from tccm_drafter.storage.textfile import parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml
from tccm_drafter.storage.writing import refuse_newer_toml, write_user_file

SUFFIX = ".toml"


def profile_slug(org: Organisation) -> str:
    """File name stem for a profile: the short name, else the name, as lower-case ASCII."""
    label = org.short_name.strip() or org.name.strip()
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "organisation"


def profile_path(paths: AppPaths, org: Organisation) -> Path:
    return paths.profiles_dir / f"{profile_slug(org)}{SUFFIX}"


def load_profile(path: Path) -> Organisation:
    text, _ = read_text(path, limits.PROFILE)
    data = parse_toml(text, path)
    source = ParsedText(path, text)
    data = migrations.migrate(migrations.PROFILE, data, source)
    return organisation_from(Fields(data, source))


def load_profiles(paths: AppPaths, errors: list[InputError] | None = None) -> list[Organisation]:
    """All saved profiles, sorted by name.

    A broken profile raises InputError, unless ``errors`` is given: then it is reported there
    and the other profiles still load.
    """
    folder = paths.profiles_dir
    if not folder.is_dir():
        return []
    found: list[Organisation] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.startswith("."):
            continue
        try:
            found.append(load_profile(path))
        except InputError as error:
            if errors is None:
                raise
            errors.append(error)
    return sorted(found, key=lambda org: org.name.casefold())


def save_profile(paths: AppPaths, org: Organisation) -> Path:
    """Write the profile atomically to ``profiles/<slug>.toml`` and return that path."""
    if not org.name.strip():
        raise InputError("an organisation profile needs a name", field="name")
    document: dict[str, Any] = {"format": migrations.CURRENT_FORMAT}
    document.update(organisation_table(org))
    path = profile_path(paths, org)
    write_user_file(path, dumps_toml(document), refuse_newer_than=refuse_newer_toml)
    return path


def delete_profile(paths: AppPaths, org: Organisation | str) -> None:
    """Remove a profile file, given the organisation or its slug (no file: nothing happens)."""
    slug = org if isinstance(org, str) else profile_slug(org)
    path = paths.profiles_dir / f"{slug}{SUFFIX}"
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(f"could not delete the profile ({exc.strerror})", path=path) from None
