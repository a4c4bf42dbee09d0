"""The user's settings: extra library folders, recent files, default profile, last template,
languages and theme."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tccm_drafter.storage import limits, migrations
from tccm_drafter.storage.fields import Fields, ParsedText
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.textfile import parse_toml, read_text
from tccm_drafter.storage.toml_writer import dumps_toml
from tccm_drafter.storage.writing import refuse_newer_toml, write_user_file

MAX_RECENT = 10
#: Days ahead of a deadline that the checks start warning.
DEFAULT_WARNING_DAYS = 7


@dataclass
class LibrarySetting:
    """A library folder beyond the personal one (a colleague's share, a coalition repo)."""

    name: str
    path: Path
    writable: bool = True


@dataclass
class Settings:
    libraries: list[LibrarySetting] = field(default_factory=list)
    #: Most recent first, at most MAX_RECENT.
    recent_files: list[Path] = field(default_factory=list)
    #: Slug of the organisation profile new submissions start with ("" = none).
    default_profile: str = ""
    last_template: str = ""
    #: Language new paragraphs are written in, a BCP 47 tag ("" = the system's).
    default_language: str = ""
    #: The interface language ("" = the system's), e.g. "fr".
    interface_language: str = ""
    #: "system", "light" or "dark".
    theme: str = "system"
    #: Days ahead of the deadline, sign-off and endorsement deadline that the checks warn.
    deadline_warning_days: int = DEFAULT_WARNING_DAYS
    #: Underline misspelt words as the user types (View › Check Spelling as You Type).
    spell_check: bool = True
    #: Keys this version does not know, kept so that saving loses nothing.
    extra: dict[str, Any] = field(default_factory=dict)


def add_recent(settings: Settings, path: Path) -> None:
    """Put ``path`` first in the recent files, without duplicates, keeping MAX_RECENT."""
    path = Path(path).absolute()
    rest = [p for p in settings.recent_files if p != path]
    settings.recent_files = [path, *rest][:MAX_RECENT]


def load_settings(paths: AppPaths) -> Settings:
    """The saved settings, or defaults when there is no settings file yet."""
    path = paths.settings_file
    if not path.exists():
        return Settings()
    text, _ = read_text(path, limits.SETTINGS)
    data = parse_toml(text, path)
    source = ParsedText(path, text)
    fields = Fields(migrations.migrate(migrations.SETTINGS, data, source), source)
    libraries = [
        LibrarySetting(
            name=table.text("name", required=True),
            path=Path(table.text("path", required=True)),
            writable=table.boolean("writable", True),
        )
        for table in fields.tables("libraries")
    ]
    return Settings(
        libraries=libraries,
        recent_files=[Path(p) for p in fields.text_list("recent_files")][:MAX_RECENT],
        default_profile=fields.text("default_profile"),
        last_template=fields.text("last_template"),
        default_language=fields.text("default_language"),
        interface_language=fields.text("interface_language"),
        theme=fields.text("theme") or "system",
        deadline_warning_days=_warning_days(fields),
        spell_check=fields.boolean("spell_check", True),
        extra=fields.unused(),
    )


def _warning_days(fields: Fields) -> int:
    days = fields.integer("deadline_warning_days", DEFAULT_WARNING_DAYS)
    if not 0 <= days <= 365:
        raise fields.error(
            "deadline_warning_days", "'deadline_warning_days' must be between 0 and 365"
        )
    return days


def save_settings(paths: AppPaths, settings: Settings) -> None:
    document: dict[str, Any] = {
        "format": migrations.CURRENT_FORMAT,
        "default_profile": settings.default_profile,
        "last_template": settings.last_template,
        "default_language": settings.default_language,
        "interface_language": settings.interface_language,
        "theme": settings.theme,
        "recent_files": [str(p) for p in settings.recent_files[:MAX_RECENT]],
    }
    if settings.deadline_warning_days != DEFAULT_WARNING_DAYS:
        document["deadline_warning_days"] = settings.deadline_warning_days
    if not settings.spell_check:
        document["spell_check"] = False
    for key, value in settings.extra.items():
        document.setdefault(key, value)
    document["libraries"] = [
        {"name": lib.name, "path": str(lib.path), "writable": lib.writable}
        for lib in settings.libraries
    ]
    write_user_file(paths.settings_file, dumps_toml(document), refuse_newer_than=refuse_newer_toml)
