"""Where the app keeps user data, and where its built-in templates and resources are."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import platformdirs

HOME_ENV = "TCCM_DRAFTER_HOME"
_APP = "tccm-drafter"
_AUTHOR = "TCCM"


@dataclass(frozen=True)
class AppPaths:
    """All folders the app writes to. Pass an instance around; there is no global one.

    By default they follow each platform's conventions (platformdirs). ``home`` (from
    ``--home DIR`` or ``TCCM_DRAFTER_HOME``) puts everything under one folder instead: a
    portable copy on a USB stick, or a test's temporary folder.
    """

    data_dir: Path
    config_dir: Path
    #: What the app can always rebuild (the library index); None: beside ``data_dir``.
    cache: Path | None = None

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = home if home is not None else os.environ.get(HOME_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().absolute()
            return cls(data_dir=root / "data", config_dir=root / "config", cache=root / "cache")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(_APP, _AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(_APP, _AUTHOR)),
            cache=Path(platformdirs.user_cache_dir(_APP, _AUTHOR)),
        )

    @property
    def cache_dir(self) -> Path:
        """What the app can rebuild at any time: safe to delete, never worth a backup."""
        return self.cache if self.cache is not None else self.data_dir.parent / "cache"

    @property
    def index_dir(self) -> Path:
        """The library index (storage/library_index.py): rebuilt from the paragraph files."""
        return self.cache_dir / "index"

    @property
    def library_dir(self) -> Path:
        """The personal paragraph library."""
        return self.data_dir / "library"

    @property
    def templates_dir(self) -> Path:
        """User templates: one folder per template, dropped in by the user."""
        return self.data_dir / "templates"

    @property
    def personal_dictionary(self) -> Path:
        """Words the user added to the spelling dictionary ("Add to My Dictionary")."""
        return self.data_dir / "dictionary.txt"

    @property
    def autosave_dir(self) -> Path:
        return self.data_dir / "autosave"

    @property
    def profiles_dir(self) -> Path:
        """Organisation profiles, one TOML file each."""
        return self.config_dir / "profiles"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    def ensure(self) -> None:
        for folder in (
            self.data_dir,
            self.config_dir,
            self.templates_dir,
            self.autosave_dir,
            self.profiles_dir,
        ):
            folder.mkdir(parents=True, exist_ok=True)


def builtin_templates_dir() -> Path:
    """Folder of the built-in templates."""
    return _package_dir("templates")


def resources_dir() -> Path:
    """Folder of the starter library, example submissions and icons."""
    return _package_dir("resources")


def starter_library_dir() -> Path:
    return resources_dir() / "library"


def examples_dir() -> Path:
    return resources_dir() / "examples"


def icons_dir() -> Path:
    """The app icon: the SVG it is drawn from, and PNGs at the usual sizes (hicolor layout)."""
    return resources_dir() / "icons"


def user_guide_path() -> Path:
    """The user guide (docs/user-guide.md in the source, shipped in the package)."""
    return _package_dir("docs") / "user-guide.md"


def third_party_notices_path() -> Path:
    """The licences of the components the app is built on."""
    return resources_dir() / "THIRD-PARTY-NOTICES.md"


def dictionaries_dir() -> Path:
    """The Hunspell spelling dictionaries the app ships (``<name>.aff`` and ``<name>.dic``)."""
    return resources_dir() / "dictionaries"


def licenses_dir() -> Path:
    """Full texts of the licences the notices refer to (GNU LGPL and GPL)."""
    return resources_dir() / "licenses"


@cache
def _package_dir(name: str) -> Path:
    # Found once per run (the window asks for its resources a dozen times before its first frame).
    # A wheel maps templates/, resources/ and docs/ into the package (see pyproject.toml); a source
    # checkout or an editable install finds them at the top of the repository.
    package_root = Path(__file__).resolve().parent.parent
    inside = package_root / name
    if inside.is_dir():
        return inside
    return package_root.parent.parent / name
