"""Organisation profiles and user settings: round trips, defaults and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tccm_drafter.errors import InputError, NewerFormatError
from tccm_drafter.model import Organisation
from tccm_drafter.storage.paths import AppPaths
from tccm_drafter.storage.profiles import delete_profile, load_profiles, save_profile
from tccm_drafter.storage.settings import (
    MAX_RECENT,
    LibrarySetting,
    Settings,
    add_recent,
    load_settings,
    save_settings,
)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")


def _org() -> Organisation:
    return Organisation(
        name="Nordic Registry AS",
        short_name="NoReg",
        stakeholder_group="Technical community",
        country="NO",
        website="https://noreg.example",
        contact_person="Kari",
        email="kari@noreg.example",
        signatory='For the Board: "Kari" # CEO',
        reference_docx="/home/kari/letterhead.docx",
    )


def test_profile_round_trip(paths: AppPaths) -> None:
    path = save_profile(paths, _org())
    assert path == paths.profiles_dir / "noreg.toml"
    assert 'country = "NO"' in path.read_text().splitlines()
    assert load_profiles(paths) == [_org()]


def test_profiles_are_sorted_and_deleted(paths: AppPaths) -> None:
    save_profile(paths, _org())
    save_profile(paths, Organisation(name="Académie Internet"))
    assert [o.name for o in load_profiles(paths)] == ["Académie Internet", "Nordic Registry AS"]
    delete_profile(paths, _org())
    assert [o.name for o in load_profiles(paths)] == ["Académie Internet"]
    delete_profile(paths, "academie-internet")
    assert load_profiles(paths) == []


def test_no_profiles_folder_means_no_profiles(paths: AppPaths) -> None:
    assert load_profiles(paths) == []


def test_broken_profile_is_reported_and_others_load(paths: AppPaths) -> None:
    save_profile(paths, _org())
    broken = paths.profiles_dir / "broken.toml"
    broken.write_text('format = 1\nname = "X"\ncountry = 47\n')
    errors: list[InputError] = []
    assert load_profiles(paths, errors) == [_org()]
    assert str(errors[0]).startswith(f"{broken}:3:")
    with pytest.raises(InputError, match="'country' must be text"):
        load_profiles(paths)


def test_profile_needs_a_name(paths: AppPaths) -> None:
    with pytest.raises(InputError, match="needs a name"):
        save_profile(paths, Organisation())


def test_settings_default_when_missing(paths: AppPaths) -> None:
    assert load_settings(paths) == Settings()


def test_settings_round_trip(paths: AppPaths, tmp_path: Path) -> None:
    settings = Settings(
        libraries=[LibrarySetting("coalition", tmp_path / "shared lib", writable=False)],
        default_profile="noreg",
        last_template="joint-statement",
        extra={"window": {"width": 1200}},
    )
    add_recent(settings, tmp_path / "a.tccm")
    save_settings(paths, settings)
    assert load_settings(paths) == settings


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings()
    for i in range(12):
        add_recent(settings, tmp_path / f"{i}.tccm")
    add_recent(settings, tmp_path / "5.tccm")
    names = [p.name for p in settings.recent_files]
    assert len(names) == MAX_RECENT
    assert names[:3] == ["5.tccm", "11.tccm", "10.tccm"]
    assert names.count("5.tccm") == 1


def test_broken_settings_file(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('format = 1\n[[libraries]]\nname = "x"\n')
    with pytest.raises(InputError) as caught:
        load_settings(paths)
    assert str(caught.value).startswith(f"{paths.settings_file}:2:")
    assert "'libraries[1].path' is missing" in str(caught.value)
    paths.settings_file.write_text("recent_files = [\n")
    with pytest.raises(InputError, match="TOML syntax error"):
        load_settings(paths)


def test_settings_from_newer_version_are_kept(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    original = b'format = 2\ndefault_profile = "x"\n'
    paths.settings_file.write_bytes(original)
    with pytest.raises(NewerFormatError):
        load_settings(paths)
    with pytest.raises(NewerFormatError):
        save_settings(paths, Settings())
    assert paths.settings_file.read_bytes() == original
